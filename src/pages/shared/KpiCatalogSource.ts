import { SceneObjectBase, SceneObjectState, sceneGraph } from '@grafana/scenes';
import { getDataSourceSrv } from '@grafana/runtime';
import { Unsubscribable } from 'rxjs';
import { isRecord } from '../../kpi/places';
import { Kpi, KpiCatalog } from '../../kpi/types';
import { LoadedCatalog, fetchCatalog } from '../../query/catalogSettings';
import { coalesceAnswers } from '../../query/coalesceAnswers';
import { KpiResult, evaluateResults } from '../../query/evaluateResults';
import { planKpiRequests } from '../../query/planKpiRequests';
import { RequestResult, runKpiQueries } from '../../query/runKpiQueries';

export interface KpiCatalogSourceState extends SceneObjectState {
  phase: 'loading' | 'ready' | 'failed';
  loaded?: LoadedCatalog;
  /** One per evaluated KPI, in catalog order; a KPI stays `loading` until its answer arrives. */
  results: KpiResult[];
  /** The requests exactly as sent, for the debug view. */
  requests: RequestResult[];
  loadError?: string;
  /** The `now` the results were evaluated at (epoch ms). */
  evaluatedAt?: number;
  /** When set, only these KPI ids are evaluated (the detail page needs one KPI). */
  only?: string[];
  /** With `only`: also the KPIs linked to them by `drives`, both ways (the detail page shows their status). */
  withNeighbours?: boolean;
  /** A page's own choice among the valid KPIs, made once the catalog is known: only what it shows is queried. */
  pick?: KpiPick;
}

/** Picks from the valid KPIs (in catalog order) the ones a page shows; returns them in catalog order. */
export type KpiPick = (valid: Kpi[], catalog: KpiCatalog) => Kpi[];

/**
 * Loads the catalog from the app's settings and evaluates its valid KPIs at `now` through Grafana's
 * datasources. Pages own one each; the time range's refresh (the refresh picker) evaluates again.
 * Answers that arrive close together reach the page as one state, as on the scorecard panel (coalesceAnswers).
 */
export class KpiCatalogSource extends SceneObjectBase<KpiCatalogSourceState> {
  private _run?: Unsubscribable;

  constructor(state: Partial<KpiCatalogSourceState> = {}) {
    super({ phase: 'loading', results: [], requests: [], ...state });
    this.addActivationHandler(() => this._onActivate());
  }

  private _onActivate() {
    if (!this.state.loaded) {
      this.load();
    } else {
      this.evaluate();
    }
    // KPIs are evaluated at now whatever range a chart shows: only a refresh (same range, new value) re-evaluates.
    const timeRange = sceneGraph.getTimeRange(this);
    this._subs.add(
      timeRange.subscribeToState((next, prev) => {
        if (next.from === prev.from && next.to === prev.to && next.value !== prev.value) {
          this.evaluate();
        }
      })
    );
    return () => this._run?.unsubscribe();
  }

  async load(): Promise<void> {
    this.setState({ phase: 'loading', loadError: undefined });
    try {
      this.setLoaded(await fetchCatalog());
    } catch (e) {
      this.setState({ phase: 'failed', loadError: (e as { message?: string })?.message ?? String(e) });
    }
  }

  setLoaded(loaded: LoadedCatalog) {
    this.setState({ loaded, phase: 'ready' });
    this.evaluate();
  }

  /**
   * The KPIs to query: those that passed validation (the others are shown with their errors), narrowed by
   * `only` and `pick` to what the page shows.
   */
  validKpis(): Kpi[] {
    const validation = this.state.loaded?.validation;
    if (!validation) {
      return [];
    }
    const valid = validation.catalog.kpis.filter((kpi, i) => isRecord(kpi) && !validation.kpiErrors.has(i));
    const { pick } = this.state;
    return pick ? pick(this.onlyKpis(valid), validation.catalog) : this.onlyKpis(valid);
  }

  private onlyKpis(valid: Kpi[]): Kpi[] {
    if (!this.state.only) {
      return valid;
    }
    const only = new Set(this.state.only);
    // What the chosen KPIs drive, worked out once: not a scan of the catalog for every KPI.
    const drivenByChosen = new Set(valid.filter((k) => only.has(k.id)).flatMap((k) => k.drives ?? []));
    const linked = (kpi: Kpi) => (kpi.drives ?? []).some((id) => only.has(id)) || drivenByChosen.has(kpi.id);
    return valid.filter((kpi) => only.has(kpi.id) || (this.state.withNeighbours && linked(kpi)));
  }

  evaluate(now = Date.now()) {
    this._run?.unsubscribe();
    const kpis = this.validKpis();
    const timeZone = sceneGraph.getTimeRange(this).getTimeZone();
    const plan = planKpiRequests(kpis, { now, timeZone, withPrevious: true });
    this.setState({ results: kpis.map((kpi) => ({ kpi, loading: true })), requests: [], evaluatedAt: now });
    const answers = runKpiQueries(plan, getDataSourceSrv(), { timezone: timeZone });
    this._run = answers.pipe(coalesceAnswers()).subscribe({
      next: (requests) => this.setState({ requests, results: evaluateResults(kpis, plan, requests, now) }),
      error: (e) => this.setState({ phase: 'failed', loadError: String(e) }),
    });
  }
}
