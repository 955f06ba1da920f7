import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { Stack, Tooltip, useStyles2 } from '@grafana/ui';
import { KpiDefinition } from '../../components/kpi/KpiDefinition';
import { KpiDefinitionButton } from './KpiDefinitionButton';
import { ScorecardItem } from './scorecardItems';
import { scorecardTestIds } from './testIds';

interface Props {
  item: ScorecardItem;
  hrefFor: (kpiId: string) => string;
}

/** A table row's name: a link to the KPI's page unless a link by id cannot reach the entry (no id, or a repeated one). */
export function KpiTableName({ item: { kpi, reachable, invalid }, hrefFor }: Props) {
  const styles = useStyles2(getStyles);
  const name = (
    <span data-testid={scorecardTestIds.row} data-kpi={kpi.id}>
      {kpi.name}
    </span>
  );
  return (
    <Stack gap={0.5} alignItems="center">
      <Tooltip content={<KpiDefinition kpi={kpi} invalid={invalid} />} placement="bottom-start">
        {reachable ? (
          <a href={hrefFor(kpi.id)} className={styles.link} data-testid={scorecardTestIds.link}>
            {name}
          </a>
        ) : (
          <span data-testid={scorecardTestIds.name}>{name}</span>
        )}
      </Tooltip>
      <KpiDefinitionButton kpi={kpi} invalid={invalid} />
    </Stack>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  link: css({
    color: theme.colors.text.link,
    '&:hover': { textDecoration: 'underline' },
  }),
});
