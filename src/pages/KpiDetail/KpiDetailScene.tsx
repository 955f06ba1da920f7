import { rangeUtil } from '@grafana/data';
import { locationService } from '@grafana/runtime';
import {
  sceneGraph,
  SceneObjectBase,
  type SceneComponentProps,
  type SceneObjectState,
  type VizPanel,
} from '@grafana/scenes';
import React from 'react';

import { firstIndexById, shownKpi, type ShownKpi } from '../../kpi/catalogEntries';
import { type Kpi, type Problem } from '../../kpi/types';
import { type LoadedCatalog } from '../../query/catalogSettings';
import { KpiCatalogSource } from '../shared/KpiCatalogSource';
import { setPageTitle } from '../shared/pageTitle';
import { ErrorBudgetSource } from './ErrorBudgetSource';
import { kpiChartPanel } from './kpiChartPanel';
import { KpiDetailView } from './KpiDetailView';
import { KpiTimeRangeCompare } from './KpiTimeRangeCompare';
import { RevisionMarkersLayer } from './RevisionMarkersLayer';
import { windowTimeRange } from './windowTimeRange';

export interface KpiDetailSceneState extends SceneObjectState {
  kpiId: string;
  source: KpiCatalogSource;
  /** The burn-rate answers of an SLO-type KPI, asked at each evaluation's now. */
  budget: ErrorBudgetSource;
  /** The KPI as found in the catalog (what a broken one has); undefined until loaded or when there is no such KPI. */
  kpi?: ShownKpi;
  /** The KPI when it is valid: only a valid one is evaluated, charted and debugged. */
  valid?: Kpi;
  errors?: Problem[];
  chart?: VizPanel;
  /** The URL chose a time range when the page opened: keep it rather than switching to the KPI's window. */
  rangeFromUrl?: boolean;
}

/** One KPI's page: its definition, value, chart, budget, neighbours, history and the debug view. */
export class KpiDetailScene extends SceneObjectBase<KpiDetailSceneState> {
  static Component = KpiDetailRenderer;

  constructor(state: Pick<KpiDetailSceneState, 'kpiId'> & Partial<KpiDetailSceneState>) {
    // Read before URL sync writes the default range into the URL.
    const rangeFromUrl = locationService.getSearchObject().from !== undefined;
    const source = new KpiCatalogSource({ only: [state.kpiId], withNeighbours: true });
    super({ source, budget: new ErrorBudgetSource(), rangeFromUrl, ...state });
    this.addActivationHandler(() => {
      this._subs.add(
        this.state.source.subscribeToState((next, prev) => {
          if (next.loaded && next.loaded !== prev.loaded) {
            this.showKpi(next.loaded);
          }
          if (next.evaluatedAt !== undefined && next.evaluatedAt !== prev.evaluatedAt) {
            // The catalog has been shown by then: an evaluation follows the load.
            this.state.budget.run(this.state.valid, next.evaluatedAt);
          }
        })
      );
      if (this.state.source.state.loaded) {
        this.showKpi(this.state.source.state.loaded);
      }
      // The budget first: the source evaluates as it activates, and that asks the budget's questions.
      const deactivateBudget = this.state.budget.activate();
      const deactivateSource = this.state.source.activate();
      return () => {
        deactivateSource();
        deactivateBudget();
      };
    });
  }

  /** Finds the KPI; a valid one gets its chart, its revision markers and (unless the URL says) its window as range. */
  showKpi(loaded: LoadedCatalog) {
    const { kpis } = loaded.validation;
    const entry = kpis[firstIndexById(kpis).get(this.state.kpiId) ?? -1];
    if (!entry) {
      this.setState({ kpi: undefined, valid: undefined, errors: undefined, chart: undefined });
      return;
    }
    if (!entry.ok) {
      setPageTitle(this, entry.name);
      this.setState({ kpi: shownKpi(entry), valid: undefined, errors: entry.problems, chart: undefined });
      return;
    }
    const kpi = entry.value;
    setPageTitle(this, kpi.name);
    const compare = sceneGraph.findObject(this, (o) => o instanceof KpiTimeRangeCompare);
    (compare as KpiTimeRangeCompare | null)?.forKpi(
      kpi.window,
      kpi.timezone ?? sceneGraph.getTimeRange(this).getTimeZone()
    );
    this.setState({ kpi, valid: kpi, errors: undefined, chart: this.state.chart ?? kpiChartPanel(kpi) });
    this.markersLayer()?.setHistory(kpi.history ?? []);
    if (!this.state.rangeFromUrl) {
      this.setState({ rangeFromUrl: true }); // once: a later reload of the catalog keeps what the user picked
      sceneGraph.getTimeRange(this).onTimeRangeChange(rangeUtil.convertRawToRange(windowTimeRange(kpi.window)));
    }
  }

  private markersLayer(): RevisionMarkersLayer | undefined {
    const layers = sceneGraph.getDataLayers(this);
    for (const set of layers) {
      const found = (set.state as { layers?: unknown[] }).layers?.find((l) => l instanceof RevisionMarkersLayer);
      if (found) {
        return found as RevisionMarkersLayer;
      }
    }
    return undefined;
  }
}

function KpiDetailRenderer({ model }: SceneComponentProps<KpiDetailScene>) {
  const state = model.useState();
  const source = state.source.useState();
  const { answers } = state.budget.useState();
  return <KpiDetailView detail={state} source={source} burn={answers} />;
}
