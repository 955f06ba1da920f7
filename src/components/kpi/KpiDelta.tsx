import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import React from 'react';

import { type DeltaKind, type Direction, type Kpi, type KpiEvaluation } from '../../kpi/types';
import { deltaMood, deltaText, readsAsZero, type DeltaMood } from './deltaText';
import { fixedText } from './fixedText';

interface Props {
  delta: number | null;
  deltaKind: DeltaKind | null;
  direction: Direction;
  unit?: string;
  decimals?: number;
}

/** KpiDelta's props for a KPI's evaluation. */
export function deltaOf(
  kpi: Pick<Kpi, 'direction' | 'unit' | 'decimals'>,
  evaluation: Pick<KpiEvaluation, 'delta' | 'deltaKind'>
): Props {
  const { direction, unit, decimals } = kpi;
  return { delta: evaluation.delta, deltaKind: evaluation.deltaKind, direction, unit, decimals };
}

/** Change against the previous period: an arrow for the direction, coloured by whether that is good for this KPI. */
export const KpiDelta = React.memo(function KpiDelta({ delta, deltaKind, direction, unit, decimals }: Props) {
  const styles = useStyles2(getStyles);
  if (delta === null || deltaKind === null || !Number.isFinite(delta)) {
    return <span className={styles.neutral}>{fixedText('kpi.delta.none', 'No previous period')}</span>;
  }
  const text = deltaText(delta, deltaKind, unit, decimals);
  const zero = readsAsZero(text);
  const mood = zero ? 'neutral' : deltaMood(delta, direction);
  // Read after the number ("+3.2% vs previous period (better)"); one fixed text per mood, no interpolation:
  // a 200-KPI scorecard asked i18next to interpolate it 200 times.
  const versus = versusPrevious(mood);
  return (
    <span className={styles[mood]} title={versus} data-mood={mood}>
      {/* An arrow character, not a @grafana/ui Icon: 200 cards' Icons cost three extra renders of the panel. */}
      <span aria-hidden>{zero ? ARROWS.flat : delta > 0 ? ARROWS.up : ARROWS.down}</span>
      {text}
      <span className={styles.srOnly}> {versus}</span>
    </span>
  );
});

function versusPrevious(mood: DeltaMood): string {
  switch (mood) {
    case 'better':
      return fixedText('kpi.delta.versus-better', 'vs previous period (better)');
    case 'worse':
      return fixedText('kpi.delta.versus-worse', 'vs previous period (worse)');
    case 'neutral':
      return fixedText('kpi.delta.versus-neutral', 'vs previous period (neither better nor worse)');
  }
}

/** Symbols, not words: screen readers skip them (aria-hidden) and read the mood text instead. */
const ARROWS = { flat: '→', up: '↑', down: '↓' };

const getStyles = (theme: GrafanaTheme2) => {
  const base = {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.25),
    whiteSpace: 'nowrap' as const,
  };
  return {
    better: css({ ...base, color: theme.visualization.getColorByName('green') }),
    worse: css({ ...base, color: theme.visualization.getColorByName('red') }),
    neutral: css({ ...base, color: theme.colors.text.secondary }),
    srOnly: css({ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }),
  };
};
