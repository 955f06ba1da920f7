import { standardEditorsRegistry, standardFieldConfigEditorRegistry } from '@grafana/data';

/** Grafana fills the registries of standard option editors from its own code; in tests, stand-ins do. */
export function registerStandardEditorStandIns() {
  standardEditorsRegistry.setInit(() =>
    ['radio', 'boolean', 'text', 'select'].map((id) => ({ id, name: id, editor: () => null }))
  );
  // The panel has no field config of its own: VizPanel asks the registry for Grafana's standard ones.
  standardFieldConfigEditorRegistry.setInit(() => []);
}
