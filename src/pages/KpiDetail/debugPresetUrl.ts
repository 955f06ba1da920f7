import { DataQueryRequest, urlUtil } from '@grafana/data';
import { DataQuery } from '@grafana/schema';
import { effectiveAtRisk } from '../../kpi/kpiStatus';
import { Kpi } from '../../kpi/types';
import { firstInputSeries } from './firstInputSeries';

/** The bundled debug preset's uid (src/dashboards/debug.json). */
const DEBUG_PRESET_UID = 'kpi-debug';

/**
 * The debug preset opened on this KPI: its id, its query as text, its first input series for the per-label
 * breakdown, target and at-risk lines and the range it was evaluated over. Only for PromQL queries (the preset's panels are Prometheus panels); undefined otherwise.
 */
export function debugPresetUrl(kpi: Kpi, request: DataQueryRequest<DataQuery>): string | undefined {
  const expr = kpi.query.expr;
  if (kpi.query.datasource.type !== 'prometheus' || typeof expr !== 'string') {
    return undefined;
  }
  const input = firstInputSeries(expr);
  const line = (value: number | null | undefined) => (typeof value === 'number' ? String(value) : 'NaN');
  return urlUtil.renderUrl(`/d/${DEBUG_PRESET_UID}`, {
    'var-datasource': kpi.query.datasource.uid,
    'var-kpi': kpi.id,
    'var-query': expr,
    'var-target': line(kpi.target.value),
    'var-atRisk': line(effectiveAtRisk(kpi.direction, kpi.target)),
    ...(input ? { 'var-input': input } : {}),
    from: String(request.range.from.valueOf()),
    to: String(request.range.to.valueOf()),
  });
}
