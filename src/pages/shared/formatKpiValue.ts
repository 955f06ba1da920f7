import { formatKpiValue as formatValue } from '../../components/kpi/formatKpiValue';
import { Kpi } from '../../kpi/types';

/** A KPI value in its Grafana unit (the shared formatter), or an en dash where there is none. */
export function formatKpiValue(kpi: Pick<Kpi, 'unit' | 'decimals'>, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return '–';
  }
  return formatValue(value, kpi.unit, kpi.decimals);
}
