import { cx } from '@emotion/css';
import React from 'react';

import { type ShownKpi } from '../../kpi/catalogEntries';
import { type CardStyles } from './kpiCardStyles';
import { scorecardTestIds } from './testIds';
import { DEFINITION_ANCHOR } from './useDefinitionTooltip';

interface Props {
  kpi: ShownKpi;
  index: number;
  href?: string;
  styles: CardStyles;
}

/**
 * The name: a link, or text for an entry a link cannot reach (whose card then shows its definition button at once,
 * for the keyboard); the definition shows on hover or focus.
 */
export function KpiCardName({ kpi, index, href, styles }: Props) {
  const anchor = { [DEFINITION_ANCHOR]: index };
  return href === undefined ? (
    <span className={styles.name} data-testid={scorecardTestIds.name} {...anchor}>
      {kpi.name}
    </span>
  ) : (
    <a href={href} className={cx(styles.name, styles.link)} data-testid={scorecardTestIds.link} {...anchor}>
      {kpi.name}
    </a>
  );
}
