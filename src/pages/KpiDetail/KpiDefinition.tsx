import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Stack, TextLink, useStyles2 } from '@grafana/ui';
import { textOf } from '../../kpi/textOf';
import { Kpi, KpiCatalog } from '../../kpi/types';
import { testIds } from '../../testIds';
import { objectiveCatalogUrl } from '../../utils/utils.routing';
import { describeComputation, describeTarget, describeWindow } from './describeKpi';

/** The definition in words: what, how it is computed, window, target, owner, cadence, revision. */
export function KpiDefinition({ kpi, catalog }: { kpi: Kpi; catalog: KpiCatalog }) {
  const styles = useStyles2(getStyles);
  const objective = catalog.objectives?.find((o) => o.id === kpi.objective);
  const rows: Array<[string, React.ReactNode]> = [
    [t('kpi.definition.what', 'What'), textOf(kpi.description) || t('kpi.definition.no-description', 'No description')],
    [t('kpi.definition.how', 'How'), kpi.direction && kpi.target ? describeComputation(kpi) : null],
    [t('kpi.definition.window', 'Window'), typeof kpi.window === 'string' ? describeWindow(kpi.window) : null],
    [t('kpi.definition.target', 'Target'), kpi.direction && kpi.target ? describeTarget(kpi) : null],
    [t('kpi.definition.owner', 'Owner'), `${textOf(kpi.owner) ?? '–'} (${textOf(kpi.team) ?? '–'})`],
    [t('kpi.definition.type', 'Type'), [textOf(kpi.type), textOf(kpi.category)].filter(Boolean).join(', ')],
    [
      t('kpi.definition.review', 'Review'),
      textOf(kpi.cadence) ?? t('kpi.definition.no-cadence', 'No review cadence set'),
    ],
    [t('kpi.definition.revision', 'Revision'), String(kpi.revision ?? 1)],
    [
      t('kpi.definition.objective', 'Objective'),
      objective ? (
        <TextLink href={objectiveCatalogUrl(objective.id)}>{textOf(objective.title) ?? objective.id}</TextLink>
      ) : (
        (textOf(kpi.objective) ?? '–')
      ),
    ],
  ];
  return (
    <Stack direction="column" gap={1}>
      <dl className={styles.list} data-testid={testIds.kpiDetail.definition}>
        {rows.map(([label, value]) => (
          <React.Fragment key={label}>
            <dt className={styles.label}>{label}</dt>
            <dd className={styles.value}>{value}</dd>
          </React.Fragment>
        ))}
      </dl>
    </Stack>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  list: css({ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: theme.spacing(0.5, 2), margin: 0 }),
  label: css({ color: theme.colors.text.secondary }),
  value: css({ margin: 0 }),
});
