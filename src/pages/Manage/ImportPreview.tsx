import React, { useMemo } from 'react';
import { t } from '@grafana/i18n';
import { Badge, Stack, Text } from '@grafana/ui';
import { diffCatalogs } from '../../catalog/importDiff';
import { KpiCatalog } from '../../kpi/types';
import { testIds } from '../../testIds';

/** What applying `incoming` would do to `current`: added, changed (and whether the revision goes up), removed. */
export function ImportPreview({ current, incoming }: { current: KpiCatalog; incoming: KpiCatalog }) {
  const diff = useMemo(() => diffCatalogs(current, incoming), [current, incoming]);
  const { kpis, objectives, scorecards } = diff;
  const nothing =
    kpis.added.length + kpis.changed.length + kpis.removed.length === 0 &&
    [objectives, scorecards].every((d) => d.added.length + d.changed.length + d.removed.length === 0);
  return (
    <Stack direction="column" gap={1} data-testid={testIds.editor.importPreview}>
      <Text element="h4">{t('manage.preview.title', 'What this changes')}</Text>
      {nothing && <Text color="secondary">{t('manage.preview.nothing', 'Nothing: it is the same catalog')}</Text>}
      {kpis.added.map((k) => (
        <Stack key={`a-${k.id}`} gap={1}>
          <Badge color="green" text={t('manage.preview.added', 'added')} />
          <Text>{`${k.name} (${k.id})`}</Text>
        </Stack>
      ))}
      {kpis.changed.map((c) => (
        <Stack key={`c-${c.id}`} gap={1} alignItems="flex-start">
          <Badge
            color={c.bumps ? 'orange' : 'blue'}
            text={
              c.bumps
                ? t('manage.preview.changed-bump', 'changed, new revision')
                : t('manage.preview.changed', 'changed')
            }
          />
          <Stack direction="column" gap={0}>
            <Text>{`${c.name} (${c.id})`}</Text>
            {c.changes.map((line, i) => (
              <Text key={i} variant="bodySmall" color="secondary">
                {line}
              </Text>
            ))}
          </Stack>
        </Stack>
      ))}
      {kpis.removed.map((k) => (
        <Stack key={`r-${k.id}`} gap={1}>
          <Badge color="red" text={t('manage.preview.removed', 'removed')} />
          <Text>{`${k.name} (${k.id})`}</Text>
        </Stack>
      ))}
      {(['objectives', 'scorecards'] as const).map((list) =>
        (['added', 'changed', 'removed'] as const).map((kind) =>
          diff[list][kind].length > 0 ? (
            <Text key={`${list}-${kind}`}>{`${list} ${kind}: ${diff[list][kind].join(', ')}`}</Text>
          ) : null
        )
      )}
      {kpis.unchanged > 0 && (
        <Text color="secondary">
          {t('manage.preview.unchanged', '{{count}} KPIs unchanged', { count: kpis.unchanged })}
        </Text>
      )}
    </Stack>
  );
}
