// Grafana's querydata step after the converter (pkg/promlib/querydata/response.go):
// step interval on the time field, displayNameFromDS from the legend, the metric
// name as the value field's name, executedQueryString and calculatedMinStep on
// the first frame, and one empty frame when Prometheus returned no series.
import { convertPrometheusResult } from './convertResult.mjs';
import { goDurationString } from './goTime.mjs';

const LEGEND_AUTO = '__auto';

/** metricNameFromLabels: Prometheus' own series notation, labels sorted, values quoted. */
export function metricNameFromLabels(labels) {
  const name = labels.__name__;
  const pairs = Object.entries(labels)
    .filter(([k]) => k !== '__name__')
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .sort();
  if (pairs.length === 0) {
    return name ?? '{}';
  }
  return `${name ?? ''}{${pairs.join(', ')}}`;
}

export function getName(query, field) {
  const labels = field.labels ?? {};
  let legend = metricNameFromLabels(labels);
  if (query.legendFormat === LEGEND_AUTO) {
    if (Object.keys(labels).length > 0) {
      legend = '';
    }
  } else if (query.legendFormat) {
    legend = query.legendFormat.replace(/\{\{\s*(.+?)\s*\}\}/g, (_, label) => labels[label.trim()] ?? '');
  }
  return legend === '{}' ? query.expr : legend;
}

export const executedQueryString = (query) => `Expr: ${query.expr}\nStep: ${goDurationString(query.stepMs)}`;

function addMetadataToMultiFrame(query, frame) {
  frame.meta ??= { typeVersion: [0, 0] };
  if (frame.fields.length < 2) {
    return;
  }
  frame.fields[0].config = { interval: query.stepMs };
  const customName = getName(query, frame.fields[1]);
  if (customName) {
    frame.fields[1].config = { displayNameFromDS: customName };
  }
  if (frame.meta.type === 'heatmap-cells') {
    return;
  }
  const metricName = frame.fields[1].labels?.__name__;
  if (metricName !== undefined) {
    frame.fields[1].name = metricName;
  }
}

/**
 * @param query a parseQuery() result
 * @param httpStatus Prometheus' HTTP status
 * @param body Prometheus' parsed JSON body (or its raw text when not JSON)
 * @returns a DataResponse { status, frames, error?, errorSource? }
 */
export function parsePrometheusResponse(query, httpStatus, body) {
  const parseable =
    (httpStatus >= 200 && httpStatus < 300) || httpStatus === 400 || httpStatus === 422 || httpStatus === 503;
  if (!parseable) {
    const frame = { name: '', fields: [] };
    addMetadataToMultiFrame(query, frame);
    frame.meta.executedQueryString = executedQueryString(query);
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return {
      status: httpStatus,
      error: `unexpected response with status code ${httpStatus}: ${text.slice(0, 1024)}`,
      errorSource: 'downstream',
      frames: [frame],
    };
  }
  const rsp =
    typeof body === 'string'
      ? { error: `response from prometheus couldn't be parsed. it is non-json` }
      : convertPrometheusResult(body);
  const frames = rsp.frames ?? [{ name: '', fields: [] }];
  frames.forEach((frame, i) => {
    addMetadataToMultiFrame(query, frame);
    if (i === 0) {
      frame.meta.executedQueryString = executedQueryString(query);
      frame.meta.custom = { calculatedMinStep: query.stepMs, ...(frame.meta.custom ?? {}) };
    }
  });
  if (rsp.error) {
    // The SDK's error-source middleware marks an unmarked error as the plugin's.
    return { status: httpStatus, error: rsp.error, errorSource: rsp.errorSource ?? 'plugin', frames };
  }
  // processExemplars rebuilds the response without a status; the JSON writer then says 200.
  return { status: 200, frames };
}
