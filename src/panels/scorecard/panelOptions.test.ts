import { PanelOptionsEditorBuilder, standardEditorsRegistry } from '@grafana/data';
import { plugin } from './module';
import { buildPanelOptions } from './panelOptions';
import { DEFAULT_OPTIONS, ScorecardOptions } from './scorecardOptions';

// Grafana fills the registry of standard option editors from its own code; here stand-ins do.
standardEditorsRegistry.setInit(() =>
  ['radio', 'boolean', 'text', 'select'].map((id) => ({ id, name: id, editor: () => null }))
);

describe('panel options', () => {
  const builder = new PanelOptionsEditorBuilder<ScorecardOptions>();
  buildPanelOptions(builder);
  const items = builder.getItems();
  const byPath = new Map(items.map((item) => [item.path, item]));

  it('offers every option in the panel editor, with the documented defaults', () => {
    expect([...byPath.keys()].sort()).toEqual(Object.keys(DEFAULT_OPTIONS).sort());
    for (const [path, item] of byPath) {
      expect(item.defaultValue).toEqual(DEFAULT_OPTIONS[path as keyof ScorecardOptions]);
    }
    expect(DEFAULT_OPTIONS.sort).toBe('worst-first');
  });

  it('shows the id picker or the selectors, whichever way KPIs are chosen', () => {
    const byIds = { ...DEFAULT_OPTIONS, selectBy: 'ids' as const };
    expect(byPath.get('ids')!.showIf!(byIds, undefined)).toBe(true);
    expect(byPath.get('team')!.showIf!(byIds, undefined)).toBe(false);
    expect(byPath.get('ids')!.showIf!(DEFAULT_OPTIONS, undefined)).toBe(false);
    expect(byPath.get('status')!.showIf!(DEFAULT_OPTIONS, undefined)).toBe(true);
  });

  it('is what the module registers', () => {
    expect(plugin.panel).toBeDefined();
    expect(plugin.getPanelOptionsSupplier()).toBeDefined();
  });
});
