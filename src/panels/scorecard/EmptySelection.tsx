import { t } from '@grafana/i18n';
import { EmptyState } from '@grafana/ui';
import React from 'react';

import { type EmptyTable } from '../../datasource/kpiTableMeta';
import { type EmptySelectionReason } from '../../kpi/explainSelection';
import { tText } from '../../utils/i18n';
import { scorecardTestIds } from './testIds';

/** Why the KPI table is empty, but for the catalog not being configured (CatalogNotConfigured says that). */
type EmptyWhy = Exclude<EmptyTable, { kind: 'not-configured' }>;

/** Nothing to show: says why, in the user's terms, and what to change in the panel options. */
export function EmptySelection({ why, small }: { why: EmptyWhy; small: boolean }) {
  const lines = explain(why);
  return (
    <div data-testid={scorecardTestIds.emptySelection}>
      <EmptyState variant="not-found" hideImage={small} message={t('scorecard.empty.title', 'No KPIs to show')}>
        {lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </EmptyState>
    </div>
  );
}

function explain(why: EmptyWhy): string[] {
  switch (why.kind) {
    case 'nothing-chosen':
      return [
        t(
          'scorecard.empty.nothing-chosen',
          'No KPI is chosen. In the panel options, pick KPIs by id, or switch to “Selector” to choose them by team, category, type, tag, objective or status.'
        ),
      ];
    case 'status':
      return [
        tText('scorecard.empty.status', 'No selected KPI is {{statuses}} right now.', {
          statuses: why.statuses.join(' or '),
        }),
        t('scorecard.empty.status-fix', 'Clear the status selector to see every selected KPI.'),
      ];
    case 'catalog':
      return why.reasons.map(reasonText);
    case 'unknown-scorecard':
      return [
        tText(
          'scorecard.empty.unknown-scorecard',
          'The catalog has no scorecard with id “{{id}}”. Pick one of its scorecards in the KPI query.',
          { id: why.id }
        ),
      ];
    case 'unreadable-scorecard':
      return [
        tText('scorecard.empty.unreadable-scorecard', 'The selection of scorecard “{{id}}” cannot be read:', {
          id: why.id,
        }),
        ...why.problems,
        t('scorecard.empty.unreadable-scorecard-fix', 'An admin can fix it in the catalog editor.'),
      ];
  }
}

function reasonText(reason: EmptySelectionReason): string {
  switch (reason.kind) {
    case 'empty-catalog':
      return t(
        'scorecard.empty.empty-catalog',
        'The catalog has no KPIs yet. Add KPIs on the KPI Scorecards app’s catalog page.'
      );
    case 'unknown-ids':
      return tText(
        'scorecard.empty.unknown-ids',
        'These KPI ids are not in the catalog: {{ids}}. Pick KPIs from the list in the panel options.',
        { ids: reason.ids.join(', ') }
      );
    case 'no-match':
      return tText(
        'scorecard.empty.no-match',
        'No KPI has {{field}} “{{values}}”. The catalog has: {{known}}. Change the {{field}} selector in the panel options (template variables are filled in first).',
        {
          field: reason.field,
          values: reason.values.join('” or “'),
          known: reason.known.length > 0 ? reason.known.join(', ') : t('scorecard.empty.none', 'none'),
        }
      );
    case 'no-combination':
      return t(
        'scorecard.empty.no-combination',
        'Each selector matches some KPIs, but no KPI matches all of them together. Remove or widen one of the selectors.'
      );
  }
}
