import { formatKpiValue as formatValue } from '../../components/kpi/formatKpiValue';
import { Kpi } from '../../kpi/types';

/** A KPI value in its Grafana unit (the shared formatter), or an en dash where there is none. */
export function formatKpiValue(kpi: Pick<Kpi, 'unit' | 'decimals'>, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return '–';
  }
  return formatValue(value, kpi.unit, kpi.decimals);
}

/** The target in a table cell: `≥ 10`, `≤ 200 ms`, `95% – 99%`. */
export function formatTarget(kpi: Pick<Kpi, 'unit' | 'decimals' | 'direction' | 'target'>): string {
  const { direction, target } = kpi;
  if (direction === 'in-range') {
    return `${formatKpiValue(kpi, target.min)} – ${formatKpiValue(kpi, target.max)}`;
  }
  return `${direction === 'higher-is-better' ? '≥' : '≤'} ${formatKpiValue(kpi, target.value)}`;
}
