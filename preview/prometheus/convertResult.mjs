// Prometheus HTTP API body -> DataResponse frames, after Grafana's converter
// (pkg/promlib/converter/prom.go): one frame per series, `Time` + `Value` fields,
// the series labels on the value field, matrix -> timeseries-multi,
// vector and scalar -> numeric-multi, all at typeVersion [0, 1].
import { newSeriesFields } from './frameJson.mjs';

const TYPE_VERSION = [0, 1];

/** Go's strconv.ParseFloat accepts what Prometheus writes: "NaN", "+Inf", "-Inf". */
export function parsePromValue(s) {
  switch (s) {
    case 'NaN':
      return NaN;
    case '+Inf':
    case 'Inf':
      return Infinity;
    case '-Inf':
      return -Infinity;
    default:
      return Number(s);
  }
}

/** Go: time.UnixMilli(int64(fv * 1000.0)) */
const timeFromFloat = (t) => Math.trunc(t * 1000);

function seriesFrame(series, frameType, resultType) {
  const fields = newSeriesFields(series.metric ?? {});
  const pairs = series.values ?? (series.value ? [series.value] : []);
  for (const [t, v] of pairs) {
    fields[0].values.push(timeFromFloat(t));
    fields[1].values.push(parsePromValue(v));
  }
  return { name: '', meta: { type: frameType, typeVersion: TYPE_VERSION, custom: { resultType } }, fields };
}

function readResult(resultType, result) {
  switch (resultType) {
    case 'matrix':
      return result.map((s) => seriesFrame(s, 'timeseries-multi', 'matrix'));
    case 'vector':
      return result.map((s) => seriesFrame(s, 'numeric-multi', 'vector'));
    case 'scalar':
      return [seriesFrame({ value: result }, 'numeric-multi', 'scalar')];
    case 'string': {
      const frame = seriesFrame({ value: [result[0], 0] }, 'timeseries-multi', 'string');
      frame.meta = { type: 'timeseries-multi', typeVersion: [0, 0], custom: { resultType: 'string' } };
      frame.fields[1] = { ...frame.fields[1], type: 'string', typeInfo: { frame: 'string' }, values: [result[1]] };
      return [frame];
    }
    default:
      throw new Error(`unknown result type: ${resultType}`);
  }
}

/**
 * @param body the parsed JSON body of /api/v1/query or /api/v1/query_range
 * @returns {{ frames?: object[], error?: string, errorSource?: string }}
 */
export function convertPrometheusResult(body) {
  if (body?.status === 'error') {
    // Grafana sets no error source here; its SDK middleware later marks it "plugin".
    return { error: `${body.errorType ?? ''}: ${body.error ?? ''}` };
  }
  let frames;
  if (body?.data) {
    if (!body.data.resultType) {
      return { error: 'no resultType found', errorSource: 'downstream' };
    }
    try {
      frames = readResult(body.data.resultType, body.data.result ?? []);
    } catch (e) {
      return { error: e.message };
    }
    if (frames.length === 0) {
      frames = undefined; // Go leaves Frames nil for an empty result
    }
  }
  const notices = [
    ...(body?.warnings ?? []).map((text) => ({ severity: 'warning', text })),
    ...(body?.infos ?? []).map((text) => ({ severity: 'info', text })),
  ];
  if (notices.length > 0) {
    frames ??= [{ name: 'Warnings', meta: { typeVersion: [0, 0] }, fields: [] }];
    for (const frame of frames) {
      frame.meta = { ...(frame.meta ?? { typeVersion: [0, 0] }), notices };
    }
  }
  return { frames };
}
