import { SceneRefreshPicker } from '@grafana/scenes';

/**
 * The pages' refresh button. With its text ("Refresh"): Grafana's RefreshPicker names its button by its
 * text only, so an icon-only one has no accessible name for a screen reader.
 */
export function refreshPicker(intervals?: string[]): SceneRefreshPicker {
  return new SceneRefreshPicker({ withText: true, ...(intervals ? { intervals } : {}) });
}
