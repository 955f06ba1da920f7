import { t } from '@grafana/i18n';

import { type Objective } from '../../kpi/types';
import { type CatalogRow } from './catalogRows';

export type GroupBy = 'none' | 'team' | 'objective';

export interface RowGroup {
  key: string;
  title: string;
  rows: CatalogRow[];
}

/** Groups keep the rows' order (worst first) and come in the order of their worst row. */
export function groupRows(rows: CatalogRow[], groupBy: GroupBy, objectives: Objective[] = []): RowGroup[] {
  if (groupBy === 'none') {
    return [{ key: 'all', title: '', rows }];
  }
  const titles = new Map(objectives.map((o) => [o.id, o.title]));
  const groups = new Map<string, RowGroup>();
  for (const row of rows) {
    const value = groupBy === 'team' ? row.kpi.team : row.kpi.objective;
    const key = typeof value === 'string' && value !== '' ? value : '';
    let group = groups.get(key);
    if (!group) {
      group = { key: key || '(none)', title: groupTitle(groupBy, key, titles), rows: [] };
      groups.set(key, group);
    }
    group.rows.push(row);
  }
  // Insertion order follows the worst-first rows, so the group with the worst KPI comes first.
  return [...groups.values()];
}

function groupTitle(groupBy: GroupBy, key: string, titles: Map<string, string>): string {
  if (key === '') {
    return groupBy === 'team' ? t('catalog.group.no-team', 'No team') : t('catalog.group.no-objective', 'No objective');
  }
  return groupBy === 'objective' ? (titles.get(key) ?? key) : key;
}
