import { config } from '@grafana/runtime';

import { type Author } from '../kpi/kpiRevisions';

/** Who is saving, for a KPI's revision history: the login Grafana knows them by, and when. */
export function currentAuthor(now: Date = new Date()): Author {
  const user = config.bootData?.user;
  const by = user?.login || user?.email || user?.name || 'unknown';
  return { by, at: now.toISOString() };
}
