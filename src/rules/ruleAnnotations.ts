import { formatKpiValue } from '../kpi/formatValue';
import { type Kpi } from '../kpi/types';
import { kpiDetailUrl } from '../routing';
import { templateLiteral } from './templateText';

/**
 * A number in the KPI's unit for the admin's reading: the catalog's targets, formatted as the app formats them.
 * Grafana puts a space before a custom suffix, so `suffix: deploys` gives two; a page collapses them, a
 * notification's plain text does not.
 */
export function inUnit(kpi: Kpi, value: number): string {
  return formatKpiValue(value, kpi.unit, kpi.decimals).replace(/\s{2,}/g, ' ');
}

/**
 * The template of an expression's value in a notification. Grafana's templates know no Grafana units: a ratio
 * (percentunit) reads as a percentage, anything else as a number of six significant digits.
 */
export function valueTemplate(kpi: Kpi, refId: string): string {
  const value = `.Values.${refId}.Value`;
  return kpi.unit === 'percentunit' ? `{{ humanizePercentage ${value} }}` : `{{ printf "%.6g" ${value} }}`;
}

/** The annotations every KPI rule carries: the summary and description given, the runbook and the KPI's page. */
export function ruleAnnotations(kpi: Kpi, summary: string, description: string): Record<string, string> {
  const annotations: Record<string, string> = { summary, description };
  const runbook = kpi.links?.[0]?.url;
  if (runbook) {
    annotations.runbook_url = templateLiteral(runbook);
  }
  annotations.kpi_page = kpiDetailUrl(kpi.id);
  return annotations;
}

/** The labels the spec gives every KPI rule: which KPI, whose, and how loud. */
export function ruleLabels(kpi: Kpi, severity: 'page' | 'ticket'): Record<string, string> {
  return { kpi: kpi.id, team: templateLiteral(kpi.team), severity };
}
