import React from 'react';
import { t } from '@grafana/i18n';
import { Stack, Text, TextLink } from '@grafana/ui';
import { kpiDetailUrl } from '../../constants';
import { isRecord } from '../../kpi/places';
import { Kpi, KpiCatalog } from '../../kpi/types';
import { testIds } from '../../testIds';

/** Cause and effect both ways: the leading KPIs that drive this one, and the lagging ones it drives. */
export function KpiRelations({ kpi, catalog }: { kpi: Kpi; catalog: KpiCatalog }) {
  const kpis = catalog.kpis.filter(isRecord) as Kpi[];
  const drivenBy = kpis.filter((k) => Array.isArray(k.drives) && k.drives.includes(kpi.id));
  const drives = (Array.isArray(kpi.drives) ? kpi.drives : []).map(
    (id) => kpis.find((k) => k.id === id) ?? { id, name: id }
  );
  if (drivenBy.length === 0 && drives.length === 0) {
    return null;
  }
  return (
    <Stack direction="column" gap={1} data-testid={testIds.kpiDetail.relations}>
      <Text element="h3">{t('kpi.relations.title', 'Cause and effect')}</Text>
      <RelationList label={t('kpi.relations.driven-by', 'Driven by (leading)')} kpis={drivenBy} />
      <RelationList label={t('kpi.relations.drives', 'Drives (lagging)')} kpis={drives} />
    </Stack>
  );
}

function RelationList({ label, kpis }: { label: string; kpis: Array<Pick<Kpi, 'id' | 'name'>> }) {
  if (kpis.length === 0) {
    return null;
  }
  return (
    <Stack gap={2} wrap="wrap">
      <Text color="secondary">{label}</Text>
      {kpis.map((k) => (
        <TextLink key={k.id} href={kpiDetailUrl(k.id)} inline={false}>
          {k.name}
        </TextLink>
      ))}
    </Stack>
  );
}
