import { formattedValueToString, getValueFormat } from '@grafana/data';
import { DeltaKind, Kpi } from '../../kpi/types';

/** A KPI value in its Grafana unit, e.g. `99.9%` or `12 req/s`; an em dash when there is none. */
export function formatKpiValue(kpi: Pick<Kpi, 'unit' | 'decimals'>, value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return '–';
  }
  return formattedValueToString(getValueFormat(kpi.unit ?? 'short')(value, kpi.decimals));
}

/** The target in words: `≥ 10`, `≤ 200 ms`, `95%–99%`. */
export function formatTarget(kpi: Pick<Kpi, 'unit' | 'decimals' | 'direction' | 'target'>): string {
  const { direction, target } = kpi;
  if (direction === 'in-range') {
    return `${formatKpiValue(kpi, target.min)} – ${formatKpiValue(kpi, target.max)}`;
  }
  return `${direction === 'higher-is-better' ? '≥' : '≤'} ${formatKpiValue(kpi, target.value)}`;
}

/** The change against the previous period: `+25 pp`, `-12%`, or an absolute difference in the KPI's unit. */
export function formatDelta(kpi: Pick<Kpi, 'unit' | 'decimals'>, delta: number, kind: DeltaKind): string {
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const magnitude = Math.abs(delta);
  if (kind === 'percentage-points') {
    return `${sign}${magnitude.toFixed(1)} pp`;
  }
  if (kind === 'relative') {
    return `${sign}${(magnitude * 100).toFixed(1)}%`;
  }
  return `${sign}${formatKpiValue(kpi, magnitude)}`;
}
