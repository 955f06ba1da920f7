import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Stack, TextLink, useStyles2 } from '@grafana/ui';
import React from 'react';

import { targetText } from '../../components/kpi/KpiTarget';
import { firstIndexById, type ShownKpi, type ValidationResult } from '../../kpi/catalogEntries';
import { shownRevision } from '../../kpi/kpiRevisions';
import { type Kpi } from '../../kpi/types';
import { objectiveCatalogUrl } from '../../routing';
import { testIds } from '../../testIds';
import { describeComputation, describeTarget, describeWindow } from './describeKpi';

type Row = [label: string, value: React.ReactNode];

interface Props {
  kpi: ShownKpi;
  validation: ValidationResult;
  /**
   * The KPI when it is valid. Without it the catalog marks it invalid: the spec's defaults (reducer, unit, at-risk
   * band, revision 1) are a valid KPI's, so only what is written is shown, as in the scorecard's definition, and
   * rows with nothing written are left out.
   */
  valid?: Kpi;
}

/** The definition in words: what, how it is computed, window, target, owner, cadence, revision. */
export function KpiDefinition({ kpi, validation, valid }: Props) {
  const invalid = valid === undefined;
  const styles = useStyles2(getStyles);
  const objectiveId = kpi.objective;
  // The one a link by id reaches.
  const found = objectiveId === undefined ? undefined : firstIndexById(validation.objectives).get(objectiveId);
  const objective = found === undefined ? undefined : validation.objectives[found];
  const rows: Row[] = [
    [t('kpi.definition.what', 'What'), kpi.description || t('kpi.definition.no-description', 'No description')],
    ...measureRows(kpi, valid),
    [t('kpi.definition.window', 'Window'), kpi.window === undefined ? null : describeWindow(kpi.window)],
    [t('kpi.definition.target', 'Target'), valid ? describeTarget(valid) : targetText(kpi)],
    [t('kpi.definition.owner', 'Owner'), `${kpi.owner ?? '–'} (${kpi.team ?? '–'})`],
    [t('kpi.definition.type', 'Type'), [kpi.type, kpi.category].filter(Boolean).join(', ')],
    [t('kpi.definition.review', 'Review'), kpi.cadence ?? t('kpi.definition.no-cadence', 'No review cadence set')],
    [t('kpi.definition.revision', 'Revision'), shownRevision(kpi.revision, invalid)],
    [
      t('kpi.definition.objective', 'Objective'),
      objective && objectiveId ? (
        <TextLink href={objectiveCatalogUrl(objectiveId)}>
          {(objective.ok ? objective.value.title : objective.fields.title) ?? objectiveId}
        </TextLink>
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
function measureRows(kpi: ShownKpi, valid: Kpi | undefined): Row[] {
  if (valid) {
    return [[t('kpi.definition.how', 'How'), describeComputation(valid)]];
  }
  return [
    [t('kpi.definition.reducer', 'Reducer'), kpi.reduce],
    [t('kpi.definition.unit', 'Unit'), kpi.unit],
  ];
}

const getStyles = (theme: GrafanaTheme2) => ({
  list: css({ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: theme.spacing(0.5, 2), margin: 0 }),
  label: css({ color: theme.colors.text.secondary }),
  value: css({ margin: 0 }),
});
