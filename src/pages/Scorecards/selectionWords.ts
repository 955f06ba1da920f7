import { t } from '@grafana/i18n';

import { selectorLabel } from '../../components/kpi/selectorLabel';
import { type ValidationResult } from '../../kpi/catalogEntries';
import { alternativesOf, SELECTOR_FIELDS, type SelectorField } from '../../kpi/selectorAlternatives';
import { type KpiSelector, type KpiStatus } from '../../kpi/types';
import { statusWord } from '../shared/statusWord';

/**
 * A scorecard's selection as a person reads it: "Objective: Grow retained revenue · Type: lagging", with KPI
 * names for ids, objective titles for objective ids and the badge's word for a status.
 */
export function selectionWords(select: KpiSelector, catalog: ValidationResult): string {
  const selector = alternativesOf(select);
  const parts: string[] = [];
  if (selector.ids && selector.ids.length > 0) {
    const names = selector.ids.map((id) => nameOf(catalog, id));
    parts.push(t('scorecards.selection.ids', 'KPIs: {{names}}', { names: names.join(', ') }));
  }
  for (const field of SELECTOR_FIELDS) {
    const values = (selector[field] ?? []).map((value) => valueWord(catalog, field, value));
    if (values.length > 0) {
      parts.push(`${selectorLabel(field)}: ${values.join(t('scorecards.selection.or', ' or '))}`);
    }
  }
  return parts.length > 0 ? parts.join(' · ') : t('scorecards.everything', 'Every KPI');
}

function valueWord(catalog: ValidationResult, field: SelectorField, value: string): string {
  if (field === 'objective') {
    const objective = catalog.objectives.find((o) => o.ok && o.value.id === value);
    return objective?.ok ? objective.value.title : value;
  }
  return field === 'status' ? statusWord(value as KpiStatus) : value;
}

function nameOf(catalog: ValidationResult, id: string): string {
  return catalog.validKpis.find((k) => k.id === id)?.name ?? id;
}

/** A scorecard's layout in words. */
export function layoutWords(layout: unknown): string {
  return layout === 'table'
    ? t('scorecards.layout.table', 'Shown as a table')
    : t('scorecards.layout.cards', 'Shown as cards');
}
