import { createDataFrame, FieldType, type DataQueryRequest, type DataQueryResponse } from '@grafana/data';
import { type DataQuery } from '@grafana/schema';
import { Observable, of, throwError } from 'rxjs';

import { type KpiCatalog } from '../../../kpi/types';

/** How the fake datasource answers one KPI (by refId): samples from a function of time, an error, nothing, or never. */
export type Answer =
  | { kind: 'series'; value: (t: number) => number | null; stepMs?: number; until?: number }
  | { kind: 'error'; message: string }
  | { kind: 'empty' }
  | { kind: 'pending' };

export interface FakeDatasource {
  query: jest.Mock<Observable<DataQueryResponse>, [DataQueryRequest<DataQuery>]>;
  /** How many queries are still subscribed (a cancelled request unsubscribes). */
  open: () => number;
}

/** A datasource whose query() answers with frames built by @grafana/data, as a real one hands them to Grafana. */
export function fakeDatasource(answers: Record<string, Answer>): FakeDatasource {
  let open = 0;
  const query = jest.fn((request: DataQueryRequest<DataQuery>) => {
    const from = request.range.from.valueOf();
    const to = request.range.to.valueOf();
    const errors = request.targets
      .filter((q) => answers[q.refId]?.kind === 'error')
      .map((q) => ({ refId: q.refId, message: (answers[q.refId] as { message: string }).message }));
    if (request.targets.some((q) => answers[q.refId]?.kind === 'pending')) {
      return new Observable<DataQueryResponse>(() => {
        open++;
        return () => open--;
      });
    }
    const data = request.targets.flatMap((q) => {
      const answer = answers[q.refId] ?? { kind: 'empty' };
      if (answer.kind === 'series') {
        const step = answer.stepMs ?? 3600_000;
        const end = Math.min(to, answer.until ?? to);
        const times: number[] = [];
        for (let t = from; t <= end; t += step) {
          times.push(t);
        }
        return [
          createDataFrame({
            refId: q.refId,
            fields: [
              { name: 'Time', type: FieldType.time, values: times },
              { name: 'Value', type: FieldType.number, values: times.map(answer.value) },
            ],
          }),
        ];
      }
      return answer.kind === 'empty' ? [createDataFrame({ refId: q.refId, fields: [] })] : [];
    });
    return of({ data, errors });
  });
  return { query, open: () => open };
}

/** The plugin-settings answer of Grafana's backend for a given jsonData; `fail` makes the request fail. */
export function fakeBackendSrv(settings: { catalog?: KpiCatalog | string } | 'fail' | 'pending') {
  return {
    fetch: jest.fn(() => {
      if (settings === 'fail') {
        return throwError(() => ({
          status: 404,
          data: { message: 'Plugin not found, no installed plugin with that id' },
        }));
      }
      if (settings === 'pending') {
        return new Observable(() => {});
      }
      return of({ data: { enabled: true, jsonData: settings } });
    }),
  };
}
