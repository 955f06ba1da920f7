import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';

import { CARD_SIZE } from './pageSize';

export type CardStyles = ReturnType<typeof getCardStyles>;

/** The scorecard card's styles: one useStyles2 per card, handed to its parts. */
export const getCardStyles = (theme: GrafanaTheme2) => ({
  card: css({
    position: 'relative',
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(0.5),
    minWidth: 0,
    // A vertical scrollbar can take a few px from the width the sparkline was sized for: clip, never overflow.
    overflow: 'hidden',
    padding: theme.spacing(1, 1.5),
    background: theme.colors.background.secondary,
    border: `1px solid ${theme.colors.border.weak}`,
    borderLeftWidth: 4,
    borderRadius: theme.shape.radius.default,
    // A card below the fold skips layout and paint until it scrolls near the viewport (a tall panel, a TV).
    contentVisibility: 'auto',
    containIntrinsicSize: `auto ${CARD_SIZE.normal.height}px`,
    '&:hover': { background: theme.colors.emphasize(theme.colors.background.secondary, 0.03) },
    '&:focus-within': { outline: `2px solid ${theme.colors.primary.main}`, outlineOffset: 1 },
  }),
  compact: css({
    padding: theme.spacing(0.5, 1),
    gap: theme.spacing(0.25),
    containIntrinsicSize: `auto ${CARD_SIZE.compact.height}px`,
  }),
  header: css({ display: 'flex', alignItems: 'center', gap: theme.spacing(0.5), minHeight: 24, order: -1 }),
  spacer: css({ flex: 1 }),
  // Above the stretched link, so the definition button gets its own clicks.
  raised: css({ position: 'relative', zIndex: 1 }),
  name: css({
    fontSize: theme.typography.h5.fontSize,
    fontWeight: theme.typography.fontWeightMedium,
    color: theme.colors.text.primary,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    // The card draws the focus ring (focus-within).
    '&:focus-visible': { outline: 'none' },
  }),
  link: css({
    '&:hover, &:focus-visible': { textDecoration: 'underline' },
    // The stretched link: the whole card opens the KPI's page.
    '&::after': { content: '""', position: 'absolute', inset: 0 },
  }),
  valueRow: css({ display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', gap: theme.spacing(0, 1) }),
  value: css({
    fontSize: theme.typography.h2.fontSize,
    fontWeight: theme.typography.fontWeightMedium,
    lineHeight: 1.1,
  }),
  muted: css({ color: theme.colors.text.secondary }),
  error: css({
    color: theme.colors.error.text,
    fontSize: theme.typography.bodySmall.fontSize,
    display: '-webkit-box',
    WebkitLineClamp: 3,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    overflowWrap: 'anywhere',
  }),
});
