import { arrayToDataFrame, DataTopic, LoadingState } from '@grafana/data';
import { t } from '@grafana/i18n';
import { SceneDataLayerBase, sceneGraph, type SceneDataLayerProviderState } from '@grafana/scenes';

import { type Revision } from '../../kpi/types';
import { tText } from '../../utils/i18n';

interface RevisionMarkersLayerState extends SceneDataLayerProviderState {
  history: Revision[];
}

/**
 * Annotations where the KPI's meaning or target changed (a revision bump), so a jump in the chart that comes
 * from a new definition is not read as a change in the world. Fed from the catalog, not from a datasource.
 */
export class RevisionMarkersLayer extends SceneDataLayerBase<RevisionMarkersLayerState> {
  constructor(state: Partial<RevisionMarkersLayerState> = {}) {
    super({ name: t('kpi.revisions.layer', 'Revisions'), isEnabled: true, history: [], ...state });
  }

  onEnable() {}

  onDisable() {}

  setHistory(history: Revision[]) {
    this.setState({ history });
    this.runLayer();
  }

  protected runLayer() {
    const events = revisionEvents(this.state.history);
    const frame = arrayToDataFrame(events);
    frame.meta = { dataTopic: DataTopic.Annotations };
    this.publishResults({
      state: LoadingState.Done,
      series: [frame],
      timeRange: sceneGraph.getTimeRange(this).state.value,
    });
  }
}

/** One marker per revision that bumped the number (the creation is not a change of meaning). */
function revisionEvents(history: Revision[]) {
  return history
    .filter((entry, i) => i > 0 && entry.revision > history[i - 1].revision)
    .map((entry) => ({
      time: Date.parse(entry.at),
      title: tText('kpi.revisions.marker', 'Revision {{revision}}', { revision: entry.revision }),
      text: `${entry.by}: ${entry.changes.join('; ')}`,
      color: 'purple',
      isRegion: false,
    }));
}
