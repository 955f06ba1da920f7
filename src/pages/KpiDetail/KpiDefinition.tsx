import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Stack, TextLink, useStyles2 } from '@grafana/ui';
import { targetText } from '../../components/kpi/KpiTarget';
import { shownRevision } from '../../kpi/kpiRevisions';
import { indexOfId, isRecord } from '../../kpi/places';
import { textOf } from '../../kpi/textOf';
import { Kpi, KpiCatalog } from '../../kpi/types';
import { testIds } from '../../testIds';
import { objectiveCatalogUrl } from '../../utils/utils.routing';
import { describeComputation, describeTarget, describeWindow } from './describeKpi';

type Row = [label: string, value: React.ReactNode];

interface Props {
  kpi: Kpi;
  catalog: KpiCatalog;
  /**
   * The catalog marks it invalid: the spec's defaults (reducer, unit, at-risk band, revision 1) are a valid KPI's,
   * so only what is written is shown, as in the scorecard's definition, and rows with nothing written are left out.
   */
  invalid?: boolean;
}

/** The definition in words: what, how it is computed, window, target, owner, cadence, revision. */
export function KpiDefinition({ kpi, catalog, invalid = false }: Props) {
  const styles = useStyles2(getStyles);
  const objectiveId = textOf(kpi.objective);
  // The one a link by id reaches; an invalid catalog may hold entries that are not objects.
  const objectives: unknown[] = catalog.objectives ?? [];
  const objective = objectiveId === undefined ? undefined : objectives[indexOfId(objectives, objectiveId)];
  const rows: Row[] = [
    [t('kpi.definition.what', 'What'), textOf(kpi.description) || t('kpi.definition.no-description', 'No description')],
    ...measureRows(kpi, invalid),
    [t('kpi.definition.window', 'Window'), typeof kpi.window === 'string' ? describeWindow(kpi.window) : null],
    [
      t('kpi.definition.target', 'Target'),
      invalid ? targetText(kpi) : kpi.direction && kpi.target ? describeTarget(kpi) : null,
    ],
    [t('kpi.definition.owner', 'Owner'), `${textOf(kpi.owner) ?? '–'} (${textOf(kpi.team) ?? '–'})`],
    [t('kpi.definition.type', 'Type'), [textOf(kpi.type), textOf(kpi.category)].filter(Boolean).join(', ')],
    [
      t('kpi.definition.review', 'Review'),
      textOf(kpi.cadence) ?? t('kpi.definition.no-cadence', 'No review cadence set'),
    ],
    [t('kpi.definition.revision', 'Revision'), shownRevision(kpi.revision, invalid)],
    [
      t('kpi.definition.objective', 'Objective'),
      isRecord(objective) && objectiveId ? (
        <TextLink href={objectiveCatalogUrl(objectiveId)}>{textOf(objective.title) ?? objectiveId}</TextLink>
      ) : (
        (objectiveId ?? '–')
      ),
    ],
  ];
  const shown = invalid ? rows.filter(([, value]) => value !== null && value !== undefined && value !== '') : rows;
  return (
    <Stack direction="column" gap={1}>
      <dl className={styles.list} data-testid={testIds.kpiDetail.definition}>
        {shown.map(([label, value]) => (
          <React.Fragment key={label}>
            <dt className={styles.label}>{label}</dt>
            <dd className={styles.value}>{value}</dd>
          </React.Fragment>
        ))}
      </dl>
    </Stack>
  );
}

/**
 * How the value is computed: in one sentence for a valid KPI; for an invalid one the reducer and unit as written,
 * not a sentence that would fill in the defaults.
 */
function measureRows(kpi: Kpi, invalid: boolean): Row[] {
  if (!invalid) {
    return [[t('kpi.definition.how', 'How'), kpi.direction && kpi.target ? describeComputation(kpi) : null]];
  }
  return [
    [t('kpi.definition.reducer', 'Reducer'), textOf(kpi.reduce)],
    [t('kpi.definition.unit', 'Unit'), textOf(kpi.unit)],
  ];
}

const getStyles = (theme: GrafanaTheme2) => ({
  list: css({ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: theme.spacing(0.5, 2), margin: 0 }),
  label: css({ color: theme.colors.text.secondary }),
  value: css({ margin: 0 }),
});
