import { getBackendSrv } from '@grafana/runtime';
import { catchError, defer, distinctUntilChanged, map, of, shareReplay, switchMap, timer, type Observable } from 'rxjs';

import { firingKpiRules, RULE_STATUSES_URL, type FiringByKpi } from './firingKpiRules';

/** Grafana evaluates the KPI rules every minute; reading their states as often keeps a card at most a minute behind. */
const POLL_MS = 60_000;

export interface FiringRules {
  byKpi: FiringByKpi;
  /** Why the states could not be read (alerting off, no permission, Grafana down); the view says so where it lists them. */
  error?: string;
}

const NONE: FiringRules = { byKpi: new Map() };

let feed: Observable<FiringRules> | undefined;

/**
 * The app's firing rules, read from Grafana's alerting API now and every POLL_MS, shared by every view that
 * shows them (one request for a dashboard of panels, not one per card); it stops when the last view leaves.
 */
export function firingRulesFeed(): Observable<FiringRules> {
  feed ??= timer(0, POLL_MS).pipe(
    switchMap(() =>
      defer(() =>
        getBackendSrv().fetch<unknown>({ url: RULE_STATUSES_URL, method: 'GET', showErrorAlert: false })
      ).pipe(
        map((response): FiringRules => ({ byKpi: firingKpiRules(response.data) })),
        catchError((e) => of({ ...NONE, error: failure(e) }))
      )
    ),
    distinctUntilChanged((a, b) => JSON.stringify([...a.byKpi, a.error]) === JSON.stringify([...b.byKpi, b.error])),
    shareReplay({ bufferSize: 1, refCount: true })
  );
  return feed;
}

function failure(e: unknown): string {
  const { status, data } = (e ?? {}) as { status?: number; data?: { message?: string } };
  return [status, data?.message ?? (e as Error)?.message].filter(Boolean).join(': ') || 'unknown error';
}
