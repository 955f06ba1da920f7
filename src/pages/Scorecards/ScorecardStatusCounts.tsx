import { t } from '@grafana/i18n';
import { Stack, Text } from '@grafana/ui';
import React from 'react';

import { type CatalogRow, type RowStatus } from '../Catalog/catalogRows';
import { KpiStatusBadge } from '../shared/KpiStatusBadge';
import { shownSeverity } from '../shared/shownStatus';

/** How many of a scorecard's KPIs are in each status, worst first: "2 Off track, 1 At risk, 5 On track". */
export function ScorecardStatusCounts({ rows }: { rows: CatalogRow[] }) {
  if (rows.length === 0) {
    return <Text color="secondary">{t('scorecards.no-kpis', 'No KPI matches this scorecard')}</Text>;
  }
  const counts = new Map<RowStatus, number>();
  for (const { status } of rows) {
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  const ordered = [...counts.entries()].sort(([a], [b]) => shownSeverity(a) - shownSeverity(b));
  return (
    <Stack direction="row" gap={2} wrap="wrap" alignItems="center">
      {ordered.map(([status, count]) => (
        <Stack key={status} direction="row" gap={0.5} alignItems="center">
          <Text weight="medium">{count}</Text>
          <KpiStatusBadge status={status} />
        </Stack>
      ))}
    </Stack>
  );
}
