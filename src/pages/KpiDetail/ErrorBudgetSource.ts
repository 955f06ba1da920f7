import { getDataSourceSrv } from '@grafana/runtime';
import { sceneGraph, SceneObjectBase, type SceneObjectState } from '@grafana/scenes';
import { type Unsubscribable } from 'rxjs';

import { type Kpi } from '../../kpi/types';
import { liveBurnAnswers, type BurnAnswers } from '../../query/liveBurnAnswers';

export interface ErrorBudgetSourceState extends SceneObjectState {
  /** The last answers for the page's SLO-type KPI; undefined for a KPI without an SLO. */
  answers?: BurnAnswers;
}

/**
 * The burn-rate answers of the KPI page: its query once per SRE workbook alert pair (liveBurnAnswers),
 * asked whenever the page evaluates the KPI, at the same now. On a refresh the answers on screen stay until
 * every new one is in, so the alerts do not flicker.
 */
export class ErrorBudgetSource extends SceneObjectBase<ErrorBudgetSourceState> {
  private _run?: Unsubscribable;

  constructor(state: Partial<ErrorBudgetSourceState> = {}) {
    super(state);
    this.addActivationHandler(() => () => this._run?.unsubscribe());
  }

  run(kpi: Kpi | undefined, now: number) {
    this._run?.unsubscribe();
    if (!kpi?.slo || !this.isActive) {
      this.setState({ answers: undefined });
      return;
    }
    const timeZone = sceneGraph.getTimeRange(this).getTimeZone();
    this._run = liveBurnAnswers(kpi, { now, timeZone }, getDataSourceSrv()).subscribe((answers) => {
      if (!answers.loading || !this.state.answers) {
        this.setState({ answers });
      }
    });
  }
}
