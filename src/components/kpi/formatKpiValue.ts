/** The views format with the domain's formatters (the command line uses the same module). */
export { formatKpiValue, formatThreshold } from '../../kpi/formatValue';
