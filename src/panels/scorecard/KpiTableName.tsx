import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { Stack, useStyles2 } from '@grafana/ui';
import React from 'react';

import { KpiDefinitionButton } from './KpiDefinitionButton';
import { type ScorecardItem } from './scorecardItems';
import { scorecardTestIds } from './testIds';
import { DEFINITION_ANCHOR } from './useDefinitionTooltip';

interface Props {
  item: ScorecardItem;
  hrefFor: (kpiId: string) => string;
}

/** A table row's name: a link to the KPI's page unless a link by id cannot reach the entry (no id, or a repeated one). */
export function KpiTableName({ item: { kpi, reachable, invalid, index }, hrefFor }: Props) {
  const styles = useStyles2(getStyles);
  // Its definition shows on hover or focus (useDefinitionTooltip, on the table).
  const anchor = { [DEFINITION_ANCHOR]: index };
  const name = (
    <span data-testid={scorecardTestIds.row} data-kpi={kpi.id}>
      {kpi.name}
    </span>
  );
  return (
    <Stack gap={0.5} alignItems="center">
      {reachable ? (
        <a href={hrefFor(kpi.id)} className={styles.link} data-testid={scorecardTestIds.link} {...anchor}>
          {name}
        </a>
      ) : (
        <span data-testid={scorecardTestIds.name} {...anchor}>
          {name}
        </span>
      )}
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
