import {
  SceneObjectBase,
  SceneObjectUrlSyncConfig,
  type SceneComponentProps,
  type SceneObjectState,
  type SceneObjectUrlValues,
} from '@grafana/scenes';
import React from 'react';

import { CATALOG_URL_KEYS } from '../../routing';
import { KpiCatalogSource } from '../shared/KpiCatalogSource';
import { FILTER_KEYS, type CatalogFilters, type FilterKey } from './catalogFilters';
import { CatalogView } from './CatalogView';
import { type GroupBy } from './groupRows';

export interface CatalogSceneState extends SceneObjectState, CatalogFilters {
  source: KpiCatalogSource;
  groupBy: GroupBy;
}

const GROUPS: GroupBy[] = ['none', 'team', 'objective'];

/** The catalog page: every KPI with its status, filtered and grouped by what is in the URL. */
export class CatalogScene extends SceneObjectBase<CatalogSceneState> {
  static Component = CatalogSceneRenderer;

  protected _urlSync = new SceneObjectUrlSyncConfig(this, { keys: [...CATALOG_URL_KEYS] });

  constructor(state: Partial<CatalogSceneState> = {}) {
    super({ source: new KpiCatalogSource(), search: '', groupBy: 'none', ...state });
    // The source has no view of its own: it lives while the page does.
    this.addActivationHandler(() => this.state.source.activate());
  }

  getUrlState(): SceneObjectUrlValues {
    const values: SceneObjectUrlValues = {
      q: this.state.search || undefined,
      groupBy: this.state.groupBy === 'none' ? undefined : this.state.groupBy,
    };
    for (const key of FILTER_KEYS) {
      values[key] = this.state[key] || undefined;
    }
    return values;
  }

  updateFromUrl(values: SceneObjectUrlValues) {
    const update: Partial<CatalogSceneState> = {};
    const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
    if ('q' in values) {
      update.search = text(values.q) ?? '';
    }
    if ('groupBy' in values) {
      const groupBy = text(values.groupBy) as GroupBy | undefined;
      update.groupBy = groupBy && GROUPS.includes(groupBy) ? groupBy : 'none';
    }
    for (const key of FILTER_KEYS) {
      if (key in values) {
        update[key] = text(values[key]);
      }
    }
    this.setState(update);
  }

  /** Typing replaces the URL; it does not leave one browser history step per keystroke. */
  setSearch(search: string) {
    this.setState({ search });
  }

  /** A chosen filter or grouping is a step the browser's back button undoes. */
  setFilter(key: FilterKey, value: string | undefined) {
    this._urlSync.performBrowserHistoryAction(() => this.setState({ [key]: value || undefined }));
  }

  setGroupBy(groupBy: GroupBy) {
    this._urlSync.performBrowserHistoryAction(() => this.setState({ groupBy }));
  }

  clearFilters() {
    const cleared: Partial<CatalogSceneState> = { search: '' };
    for (const key of FILTER_KEYS) {
      cleared[key] = undefined;
    }
    this._urlSync.performBrowserHistoryAction(() => this.setState(cleared));
  }
}

function CatalogSceneRenderer({ model }: SceneComponentProps<CatalogScene>) {
  const state = model.useState();
  const source = state.source.useState();
  return <CatalogView model={model} filters={state} groupBy={state.groupBy} source={source} />;
}
