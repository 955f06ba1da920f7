import { formatKpiValue } from '../../kpi/formatValue';
import { type Kpi } from '../../kpi/types';

/** The pages' one view helper over the domain's formatter: a KPI's value in its unit, or an en dash where there is none. */
export function valueOrDash(kpi: Pick<Kpi, 'unit' | 'decimals'>, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return '–';
  }
  return formatKpiValue(value, kpi.unit, kpi.decimals);
}
