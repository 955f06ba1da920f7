// setRunRequest(): what Grafana's runRequest does for a panel or a scene, kept to
// its contract: a Loading packet first, then PanelData with series, annotations,
// errors and state (Error when any refId failed).
import {
  LoadingState,
  toDataFrame,
  type DataFrame,
  type DataQueryRequest,
  type DataQueryResponse,
  type DataSourceApi,
  type PanelData,
} from '@grafana/data';
import { toDataQueryError } from '@grafana/runtime';
import { catchError, from, map, of, startWith, type Observable } from 'rxjs';

function toPanelData(packet: DataQueryResponse, request: DataQueryRequest): PanelData {
  const frames: DataFrame[] = (packet.data ?? []).map((d) => toDataFrame(d));
  const errors = packet.errors ?? (packet.error ? [packet.error] : undefined);
  const failed = Boolean(errors?.length);
  return {
    state: failed ? LoadingState.Error : (packet.state ?? LoadingState.Done),
    series: frames.filter((f) => f.meta?.dataTopic !== 'annotations'),
    annotations: frames.filter((f) => f.meta?.dataTopic === 'annotations'),
    error: packet.error ?? errors?.[0],
    errors,
    timeRange: request.range,
    request: { ...request, endTime: Date.now() },
  };
}

export function runRequest(
  datasource: DataSourceApi,
  request: DataQueryRequest,
  queryFunction?: typeof datasource.query
): Observable<PanelData> {
  const loading: PanelData = { state: LoadingState.Loading, series: [], timeRange: request.range, request };
  const query = queryFunction ?? datasource.query.bind(datasource);
  return from(query(request) as Observable<DataQueryResponse> | Promise<DataQueryResponse>).pipe(
    map((packet) => toPanelData(packet, request)),
    catchError((err) => {
      const error = toDataQueryError(err);
      return of<PanelData>({
        state: LoadingState.Error,
        series: [],
        error,
        errors: [error],
        timeRange: request.range,
        request,
      });
    }),
    startWith(loading)
  );
}
