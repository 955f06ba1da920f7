import { PanelOptionsEditorBuilder } from '@grafana/data';

import { plugin } from './module';
import { buildPanelOptions } from './panelOptions';
import { DEFAULT_OPTIONS, type ScorecardOptions } from './scorecardOptions';
import { registerStandardEditorStandIns } from './testing/standardEditors';

registerStandardEditorStandIns();

describe('panel options', () => {
  const builder = new PanelOptionsEditorBuilder<ScorecardOptions>();
  buildPanelOptions(builder);
  const items = builder.getItems();
  const byPath = new Map(items.map((item) => [item.path, item]));

  it('offers every display option in the panel editor, with the documented defaults', () => {
    const selection = ['selectBy', 'ids', 'team', 'category', 'type', 'tag', 'objective', 'status'];
    const display = Object.keys(DEFAULT_OPTIONS).filter((k) => !selection.includes(k));
    expect([...byPath.keys()].sort()).toEqual(display.sort());
    for (const [path, item] of byPath) {
      expect(item.defaultValue).toEqual(DEFAULT_OPTIONS[path as keyof ScorecardOptions]);
    }
    expect(DEFAULT_OPTIONS.sort).toBe('worst-first');
  });

  it('leaves the choice of KPIs to the query (the KPI datasource’s query editor)', () => {
    for (const path of ['selectBy', 'ids', 'team', 'status']) {
      expect(byPath.has(path)).toBe(false);
    }
  });

  it('is what the module registers', () => {
    expect(plugin.panel).toBeDefined();
    expect(plugin.getPanelOptionsSupplier()).toBeDefined();
  });
});
