/** The views format as the command line does: one formatter, in the domain. */
export { formatValue as formatKpiValue } from '../../kpi/formatValue';
