import { t } from '@grafana/i18n';
import { Stack, Text, TextLink } from '@grafana/ui';
import React from 'react';

import { type Entry, type ShownKpi } from '../../kpi/catalogEntries';
import { type Kpi, type KpiStatus } from '../../kpi/types';
import { type KpiResult } from '../../query/evaluateResults';
import { kpiDetailUrl } from '../../routing';
import { testIds } from '../../testIds';
import { KpiStatusBadge } from '../shared/KpiStatusBadge';
import { kpiNeighbours, type Neighbour } from './kpiNeighbours';

/** Cause and effect both ways: the leading KPIs that drive this one, and the lagging ones it drives. */
interface Props {
  kpi: ShownKpi;
  kpis: ReadonlyArray<Entry<Kpi>>;
  /** Statuses of the neighbours, evaluated with the KPI. */
  results: KpiResult[];
}

export function KpiRelations({ kpi, kpis, results }: Props) {
  const status = new Map(results.map((r) => [r.kpi.id, r.evaluation?.status]));
  const { drivenBy, drives } = kpiNeighbours(kpi, kpis);
  if (drivenBy.length === 0 && drives.length === 0) {
    return null;
  }
  return (
    <Stack direction="column" gap={1} data-testid={testIds.kpiDetail.relations}>
      <Text element="h3">{t('kpi.relations.title', 'Cause and effect')}</Text>
      <RelationList label={t('kpi.relations.driven-by', 'Driven by (leading)')} kpis={drivenBy} status={status} />
      <RelationList label={t('kpi.relations.drives', 'Drives (lagging)')} kpis={drives} status={status} />
    </Stack>
  );
}

interface ListProps {
  label: string;
  kpis: Neighbour[];
  /** Only KPIs evaluated with this one have an entry (none when this KPI is broken and was not evaluated). */
  status: Map<string, KpiStatus | undefined>;
}

function RelationList({ label, kpis, status }: ListProps) {
  if (kpis.length === 0) {
    return null;
  }
  return (
    <Stack gap={2} wrap="wrap">
      <Text color="secondary">{label}</Text>
      {/* Keyed by place in the list: an invalid catalog may repeat an id (or a drives list name one twice). */}
      {kpis.map((k, place) => (
        <Stack key={place} gap={0.5} alignItems="center">
          {/* An unreachable neighbour shares its id (if any) with another KPI: that status is not its own. */}
          {k.reachable && status.has(k.id) && <KpiStatusBadge status={status.get(k.id) ?? 'loading'} />}
          {k.reachable ? (
            <TextLink href={kpiDetailUrl(k.id)} inline={false}>
              {k.name}
            </TextLink>
          ) : (
            <Text>{k.name}</Text>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
