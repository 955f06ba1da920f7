import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { TextLink, useStyles2 } from '@grafana/ui';
import React from 'react';

import { type ShownKpi } from '../../kpi/catalogEntries';
import { shownRevision } from '../../kpi/kpiRevisions';
import { type Direction } from '../../kpi/types';
import { targetText } from './KpiTarget';
import { reducerWords, windowWords } from './kpiWords';
import { safeLinks } from './safeLinks';

interface Props {
  kpi: ShownKpi;
  /** Links are only useful where the pointer can reach them (a toggletip, a page), not in a hover tooltip. */
  withLinks?: boolean;
  /** The catalog marks it invalid: the spec's defaults (reducer, revision) are a valid KPI's, not this entry's. */
  invalid?: boolean;
}

/** The full definition of a KPI: what it measures and how it is computed. Every value is rendered as text. */
export function KpiDefinition({ kpi, withLinks = false, invalid = false }: Props) {
  const styles = useStyles2(getStyles);
  // A definition the catalog marks invalid may lack any field: only what it has is shown.
  const rows: Array<[string, string | undefined]> = [
    [t('kpi.definition.target', 'Target'), targetText(kpi, true)],
    [t('kpi.definition.window', 'Window'), windowText(kpi, invalid)],
    // As written for a definition the catalog marks invalid (the admin fixing it needs the id); in words otherwise.
    [t('kpi.definition.reducer', 'Reducer'), invalid ? kpi.reduce : reducerWords(kpi.reduce)],
    [t('kpi.definition.revision', 'Revision'), shownRevision(kpi.revision, invalid)],
    [t('kpi.definition.direction', 'Direction'), directionText(kpi.direction)],
    [t('kpi.definition.team', 'Team'), kpi.team],
    [t('kpi.definition.owner', 'Owner'), kpi.owner],
    [t('kpi.definition.objective', 'Objective'), kpi.objective],
    [t('kpi.definition.cadence', 'Review cadence'), kpi.cadence],
    [t('kpi.definition.max-age', 'Stale after'), kpi.maxAge],
    [t('kpi.definition.tags', 'Tags'), kpi.tags?.join(', ')],
  ];
  const links = withLinks ? safeLinks(kpi.links) : [];
  return (
    <div className={styles.wrapper}>
      <div className={styles.name}>{kpi.name}</div>
      {kpi.description && <p className={styles.description}>{kpi.description}</p>}
      <dl className={styles.list}>
        {rows
          .filter((row): row is [string, string] => row[1] !== undefined && row[1] !== '')
          .map(([label, value]) => (
            <React.Fragment key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </React.Fragment>
          ))}
      </dl>
      {links.length > 0 && (
        <ul className={styles.links}>
          {links.map((link) => (
            <li key={link.url}>
              <TextLink href={link.url} external>
                {link.title}
              </TextLink>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  wrapper: css({ maxWidth: 420 }),
  name: css({ fontWeight: theme.typography.fontWeightMedium, marginBottom: theme.spacing(0.5) }),
  description: css({ margin: theme.spacing(0, 0, 1), whiteSpace: 'pre-wrap' }),
  list: css({
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    gap: theme.spacing(0.25, 1),
    margin: 0,
    dt: { color: theme.colors.text.secondary },
    dd: { margin: 0, overflowWrap: 'anywhere' },
  }),
  links: css({ listStyle: 'none', margin: theme.spacing(1, 0, 0), padding: 0 }),
});

function windowText({ window, timezone }: ShownKpi, invalid: boolean): string | undefined {
  if (window === undefined) {
    return undefined;
  }
  const words = invalid ? window : windowWords(window);
  return timezone ? `${words} (${timezone})` : words;
}

function directionText(direction: Direction | undefined): string | undefined {
  switch (direction) {
    case 'higher-is-better':
      return t('kpi.direction.higher', 'Higher is better');
    case 'lower-is-better':
      return t('kpi.direction.lower', 'Lower is better');
    case 'in-range':
      return t('kpi.direction.in-range', 'Within the range');
    default:
      return undefined;
  }
}
