import { getDataSourceSrv } from '@grafana/runtime';
import {
  sceneGraph,
  SceneObjectBase,
  SceneObjectUrlSyncConfig,
  type SceneObjectState,
  type SceneObjectUrlValues,
} from '@grafana/scenes';
import { type Unsubscribable } from 'rxjs';

import {
  closedPeriods,
  lastClosedPeriod,
  PeriodError,
  previousReportPeriod,
  readClosedPeriod,
  type PeriodKind,
  type ReportPeriod,
} from '../../kpi/reportPeriod';
import { buildReport, reportEntries, type Report } from '../../kpi/reportRows';
import { fetchCatalog, type LoadedCatalog } from '../../query/catalogSettings';
import { errorMessage } from '../../query/errorMessage';
import { evaluateAtCloses } from '../../query/evaluateAtCloses';
import { failureText } from '../../query/failureText';
import { REPORT_URL_KEYS } from '../../routing';
import { liveEvaluateAt } from './liveEvaluateAt';
import { OFFERED } from './periodWords';
import { ReportView } from './ReportView';

export interface ReportSceneState extends SceneObjectState {
  /** As written in the URL (`2026-Q3`); none: the last closed quarter. */
  period?: string;
  team?: string;
  objective?: string;
  phase: 'loading' | 'ready' | 'failed';
  loaded?: LoadedCatalog;
  loadError?: string;
  /** The report of the period and selection shown; none while it is being evaluated. */
  report?: Report;
  /** Why the period in the URL cannot be reported (malformed, open, in the future). */
  periodProblem?: string;
}

/**
 * A closed period's report: the selected KPIs evaluated at the period's close and the previous period's
 * (evaluateAtCloses, as `kpi report` does), grouped by objective. The period and selection live in the URL.
 */
export class ReportScene extends SceneObjectBase<ReportSceneState> {
  static Component = ReportView;
  protected _urlSync = new SceneObjectUrlSyncConfig(this, { keys: [...REPORT_URL_KEYS] });
  private _run?: Unsubscribable;

  constructor(state: Partial<ReportSceneState> = {}) {
    super({ phase: 'loading', ...state });
    this.addActivationHandler(() => {
      if (this.state.loaded) {
        this.evaluate();
      } else {
        this.load();
      }
      return () => this._run?.unsubscribe();
    });
  }

  getUrlState(): SceneObjectUrlValues {
    const { period, team, objective } = this.state;
    return { period, team, objective };
  }

  updateFromUrl(values: SceneObjectUrlValues) {
    const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
    const next = { period: text(values.period), team: text(values.team), objective: text(values.objective) };
    const { period, team, objective } = this.state;
    if (next.period !== period || next.team !== team || next.objective !== objective) {
      this.setState(next);
      this.evaluate();
    }
  }

  /** The zone periods are read in: the page's (the viewer's, unless Grafana's settings name one). */
  timeZone(): string {
    return sceneGraph.getTimeRange(this).getTimeZone();
  }

  /** The period the page shows: the URL's when it is a closed one, else the last closed quarter. */
  shownPeriod(): ReportPeriod {
    const zone = this.timeZone();
    return this.readPeriod().period ?? lastClosedPeriod('quarter', Date.now(), zone);
  }

  /** The closed periods of a kind the picker offers, newest first. */
  offeredPeriods(kind: PeriodKind): ReportPeriod[] {
    return closedPeriods(kind, Date.now(), this.timeZone(), OFFERED[kind]);
  }

  setKind(kind: PeriodKind) {
    this.setPeriod(lastClosedPeriod(kind, Date.now(), this.timeZone()).label);
  }

  setPeriod(period: string) {
    this._urlSync.performBrowserHistoryAction(() => this.setState({ period }));
    this.evaluate();
  }

  /** A team or an objective (not both: a report covers one of them), or the whole catalog. */
  setScope(scope: { team?: string; objective?: string }) {
    this._urlSync.performBrowserHistoryAction(() => this.setState({ team: scope.team, objective: scope.objective }));
    this.evaluate();
  }

  async load(): Promise<void> {
    this.setState({ phase: 'loading', loadError: undefined });
    try {
      this.setState({ loaded: await fetchCatalog(), phase: 'ready' });
      this.evaluate();
    } catch (e) {
      this.setState({ phase: 'failed', loadError: errorMessage(e, failureText.request()) });
    }
  }

  evaluate() {
    this._run?.unsubscribe();
    const validation = this.state.loaded?.validation;
    if (!validation || !this.isActive) {
      return;
    }
    const { periodProblem } = this.readPeriod();
    const period = this.shownPeriod();
    const previousPeriod = previousReportPeriod(period);
    const selector = { team: this.state.team, objective: this.state.objective };
    const entries = reportEntries(validation, selector);
    const kpis = entries.flatMap((entry) => (entry.ok ? [entry.value] : []));
    this.setState({ report: undefined, periodProblem });
    this._run = evaluateAtCloses(kpis, period, previousPeriod, liveEvaluateAt(getDataSourceSrv())).subscribe({
      next: (closed) =>
        this.setState({ report: buildReport({ validation, entries, period, previousPeriod, ...closed }) }),
      error: (e) => this.setState({ phase: 'failed', loadError: errorMessage(e, failureText.evaluation()) }),
    });
  }

  private readPeriod(): { period?: ReportPeriod; periodProblem?: string } {
    if (this.state.period === undefined) {
      return {};
    }
    try {
      return { period: readClosedPeriod(this.state.period, this.timeZone(), Date.now()) };
    } catch (e) {
      if (e instanceof PeriodError) {
        return { periodProblem: e.message };
      }
      throw e;
    }
  }
}
