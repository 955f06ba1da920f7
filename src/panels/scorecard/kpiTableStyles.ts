import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';

export type TableStyles = ReturnType<typeof getTableStyles>;

/** The scorecard table's styles: one useStyles2 for the table, handed to its cells. */
export const getTableStyles = (theme: GrafanaTheme2) => ({
  wrapper: css({ height: '100%', overflow: 'auto' }),
  status: css({ display: 'inline-flex', flexWrap: 'wrap', gap: theme.spacing(0.5) }),
  muted: css({ color: theme.colors.text.secondary }),
  error: css({ color: theme.colors.error.text, overflowWrap: 'anywhere' }),
});
