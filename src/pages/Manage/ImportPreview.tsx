import { t } from '@grafana/i18n';
import { Badge, Stack, Text } from '@grafana/ui';
import React, { useMemo } from 'react';

import { diffCatalogs, type ImportDiff } from '../../catalog/importDiff';
import { type KpiCatalog } from '../../kpi/types';
import { testIds } from '../../testIds';

/**
 * What applying `incoming` would do to `current`: added, changed (and whether the revision goes up), removed; for
 * a merge (`file` is what was imported), the KPIs the file does not name are listed as kept.
 */
export function ImportPreview({
  current,
  incoming,
  file,
}: {
  current: KpiCatalog;
  incoming: KpiCatalog;
  file?: KpiCatalog;
}) {
  const diff = useMemo(() => diffCatalogs(current, incoming), [current, incoming]);
  const kept = useMemo(() => {
    const named = new Set(file?.kpis.map((k) => k.id));
    return file ? current.kpis.filter((k) => !named.has(k.id)) : [];
  }, [current, file]);
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
      {kept.length > 0 && (
        <Stack gap={1} alignItems="flex-start">
          <Badge color="purple" text={t('manage.preview.kept', 'kept')} />
          <Text>{kept.map((k) => `${k.name} (${k.id})`).join(', ')}</Text>
        </Stack>
      )}
      {otherChanges(diff).map(([key, line]) => (
        <Text key={key}>{line}</Text>
      ))}
      {kpis.unchanged > 0 && (
        <Text color="secondary">
          {t('manage.preview.unchanged', '{{count}} KPIs unchanged', { count: kpis.unchanged })}
        </Text>
      )}
    </Stack>
  );
}

/** Objectives and scorecards by id, one line per kind of change. */
function otherChanges(diff: ImportDiff): Array<[string, string]> {
  const label = {
    objectives: {
      added: t('manage.preview.objectives-added', 'Objectives added'),
      changed: t('manage.preview.objectives-changed', 'Objectives changed'),
      removed: t('manage.preview.objectives-removed', 'Objectives removed'),
    },
    scorecards: {
      added: t('manage.preview.scorecards-added', 'Scorecards added'),
      changed: t('manage.preview.scorecards-changed', 'Scorecards changed'),
      removed: t('manage.preview.scorecards-removed', 'Scorecards removed'),
    },
  };
  const lines: Array<[string, string]> = [];
  for (const list of ['objectives', 'scorecards'] as const) {
    for (const kind of ['added', 'changed', 'removed'] as const) {
      if (diff[list][kind].length > 0) {
        lines.push([`${list}-${kind}`, `${label[list][kind]}: ${diff[list][kind].join(', ')}`]);
      }
    }
  }
  return lines;
}
