import { getDataSourceSrv } from '@grafana/runtime';
import { sceneGraph, SceneObjectBase, type SceneObjectState } from '@grafana/scenes';
import { type Unsubscribable } from 'rxjs';

import { type ValidationResult } from '../../kpi/catalogEntries';
import { type Kpi } from '../../kpi/types';
import { fetchCatalog, type LoadedCatalog } from '../../query/catalogSettings';
import { errorMessage } from '../../query/errorMessage';
import { type KpiResult } from '../../query/evaluateResults';
import { failureText } from '../../query/failureText';
import { keepWhileReloading } from '../../query/keepWhileReloading';
import { liveKpiResults } from '../../query/liveKpiResults';
import { type RequestResult } from '../../query/runKpiQueries';

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
export type KpiPick = (valid: Kpi[], validation: ValidationResult) => Kpi[];

/**
 * Loads the catalog from the app's settings and evaluates its valid KPIs at `now` through Grafana's
 * datasources. Pages own one each; the time range's refresh (the refresh picker) evaluates again.
 * Evaluated as on the scorecard panel (liveKpiResults): answers close together reach the page as one state, and
 * a KPI whose answers did not change keeps its result object.
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
      this.setState({ phase: 'failed', loadError: errorMessage(e, failureText.request()) });
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
    const valid = this.onlyKpis(validation.validKpis);
    return this.state.pick ? this.state.pick(valid, validation) : valid;
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
    if (!this.isActive) {
      // A catalog that arrives after the page closed: activating again evaluates.
      return;
    }
    const kpis = this.validKpis();
    const timeZone = sceneGraph.getTimeRange(this).getTimeZone();
    // On a refresh the answers on screen stay, marked loading, until the new ones come (as on the panel).
    const onScreen = this.state.results;
    const loading = kpis.map((kpi): KpiResult => ({ kpi, loading: true }));
    this.setState({ results: keepWhileReloading(onScreen, loading), requests: [], evaluatedAt: now });
    // A page about one KPI (and its neighbours) shows each answer at once; a page of many takes them together.
    const coalesce = this.state.only === undefined;
    this._run = liveKpiResults(kpis, { now, timeZone, coalesce }, getDataSourceSrv()).subscribe({
      next: ({ results, requests }) =>
        this.setState({ requests, results: keepWhileReloading(this.state.results, results) }),
      error: (e) => this.setState({ phase: 'failed', loadError: errorMessage(e, failureText.evaluation()) }),
    });
  }
}
