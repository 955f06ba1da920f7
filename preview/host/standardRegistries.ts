// Grafana fills these @grafana/data registries from its own code (no package has
// them): option editors, field options (with their processors, so overrides apply)
// and transformers. Editors are never shown here, so they render nothing.
import {
  booleanOverrideProcessor,
  dataLinksOverrideProcessor,
  displayNameOverrideProcessor,
  FieldColorModeId,
  identityOverrideProcessor,
  numberOverrideProcessor,
  standardEditorsRegistry,
  standardFieldConfigEditorRegistry,
  standardTransformers,
  standardTransformersRegistry,
  stringOverrideProcessor,
  ThresholdsMode,
  thresholdsOverrideProcessor,
  unitOverrideProcessor,
  valueMappingsOverrideProcessor,
  type FieldConfigPropertyItem,
  type TransformerRegistryItem,
} from '@grafana/data';

const NoEditor = () => null;

function option(
  id: string,
  process: FieldConfigPropertyItem['process'],
  defaultValue?: unknown
): FieldConfigPropertyItem {
  return {
    id,
    path: id,
    name: id,
    editor: NoEditor,
    override: NoEditor,
    process,
    shouldApply: () => true,
    defaultValue,
    category: ['Standard options'],
  } as FieldConfigPropertyItem;
}

// The editor ids PanelOptionsEditorBuilder's add*() methods look up.
const OPTION_EDITORS = [
  'boolean',
  'color',
  'dashboard-uid',
  'field-name',
  'multi-select',
  'number',
  'radio',
  'select',
  'slider',
  'strings',
  'text',
  'timezone',
  'unit',
];

export function fillStandardRegistries() {
  standardEditorsRegistry.setInit(() => OPTION_EDITORS.map((id) => ({ id, name: id, editor: NoEditor })));
  standardFieldConfigEditorRegistry.setInit(() => [
    option('unit', unitOverrideProcessor),
    option('fieldMinMax', booleanOverrideProcessor),
    option('min', numberOverrideProcessor),
    option('max', numberOverrideProcessor),
    option('decimals', numberOverrideProcessor),
    option('displayName', displayNameOverrideProcessor),
    option('color', identityOverrideProcessor, { mode: FieldColorModeId.PaletteClassic }),
    option('noValue', stringOverrideProcessor),
    option('links', dataLinksOverrideProcessor, []),
    option('mappings', valueMappingsOverrideProcessor, []),
    option('thresholds', thresholdsOverrideProcessor, {
      mode: ThresholdsMode.Absolute,
      steps: [
        { value: -Infinity, color: 'green' },
        { value: 80, color: 'red' },
      ],
    }),
    option('filterable', booleanOverrideProcessor),
  ]);
  standardTransformersRegistry.setInit(
    () =>
      Object.values(standardTransformers).map((transformation) => ({
        id: transformation.id,
        name: transformation.name,
        description: transformation.description,
        transformation,
        editor: NoEditor,
      })) as unknown as TransformerRegistryItem[]
  );
}
