import { t } from '@grafana/i18n';
import { EmptyState } from '@grafana/ui';
import React from 'react';

import { type KpiDsQuery } from '../../datasource/kpiQuery';
import { scorecardTestIds } from './testIds';

/**
 * The panel's data holds no KPI table: it has no query on the KPI datasource (a panel saved before the
 * datasource, or one just added). Says how to add one; a panel whose options still select KPIs shows the query
 * that selects the same ones.
 */
export function NoKpiQuery({ legacy, small }: { legacy?: KpiDsQuery; small: boolean }) {
  const selection = legacy ? selectionText(legacy) : '';
  return (
    <div data-testid={scorecardTestIds.noKpiQuery}>
      <EmptyState variant="call-to-action" hideImage={small} message={t('scorecard.no-query.title', 'Add a KPI query')}>
        <p>
          {t(
            'scorecard.no-query.body',
            'This panel shows the KPIs of its query on the KPI Scorecards datasource: edit the panel, choose that datasource and the KPIs in its query.'
          )}
        </p>
        {selection && (
          <p data-testid={scorecardTestIds.legacySelection}>
            {t('scorecard.no-query.legacy', 'This panel’s saved selection: {{selection}}', {
              selection,
              interpolation: { escapeValue: false },
            })}
          </p>
        )}
      </EmptyState>
    </div>
  );
}

function selectionText(q: KpiDsQuery): string {
  if (q.selectBy === 'ids') {
    return `ids ${(q.ids ?? []).join(', ')}`;
  }
  const parts = (['team', 'category', 'type', 'tag', 'objective', 'status'] as const).flatMap((f) =>
    q[f] ? [`${f} ${q[f]}`] : []
  );
  return parts.join(', ');
}
