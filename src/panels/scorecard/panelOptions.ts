import { PanelOptionsEditorBuilder } from '@grafana/data';
import { t } from '@grafana/i18n';
import { selectorLabel } from '../../components/kpi/selectorLabel';
import { SELECTOR_FIELDS } from '../../kpi/selectorAlternatives';
import { KpiIdsEditor } from './editors/KpiIdsEditor';
import { SelectorValueEditor } from './editors/SelectorValueEditor';
import { DEFAULT_OPTIONS, ScorecardOptions } from './scorecardOptions';

/** The panel editor: which KPIs, how they are laid out and ordered, and what each one shows. */
export function buildPanelOptions(builder: PanelOptionsEditorBuilder<ScorecardOptions>) {
  const selection = [t('scorecard.options.category-selection', 'KPI selection')];
  const display = [t('scorecard.options.category-display', 'Display')];
  builder
    .addRadio({
      path: 'selectBy',
      name: t('scorecard.options.select-by', 'Choose KPIs'),
      category: selection,
      defaultValue: DEFAULT_OPTIONS.selectBy,
      settings: {
        options: [
          { value: 'selector', label: t('scorecard.options.by-selector', 'Selector') },
          { value: 'ids', label: t('scorecard.options.by-ids', 'By id') },
        ],
      },
    })
    .addCustomEditor({
      id: 'ids',
      path: 'ids',
      name: t('scorecard.options.ids', 'KPIs'),
      description: t(
        'scorecard.options.ids-description',
        'KPIs from the catalog; a template variable like $kpi works too.'
      ),
      category: selection,
      defaultValue: DEFAULT_OPTIONS.ids,
      editor: KpiIdsEditor,
      showIf: (options) => options.selectBy === 'ids',
    });
  for (const field of SELECTOR_FIELDS) {
    builder.addCustomEditor({
      id: `selector-${field}`,
      path: field,
      name: selectorLabel(field),
      description: t(
        'scorecard.options.selector-description',
        'Empty selects all. Template variables allowed; multi-value variables select any of their values.'
      ),
      category: selection,
      defaultValue: DEFAULT_OPTIONS[field],
      editor: SelectorValueEditor,
      settings: { field },
      showIf: (options) => options.selectBy !== 'ids',
    });
  }
  builder
    .addRadio({
      path: 'layout',
      name: t('scorecard.options.layout', 'Layout'),
      category: display,
      defaultValue: DEFAULT_OPTIONS.layout,
      settings: {
        options: [
          { value: 'cards', label: t('scorecard.options.layout-cards', 'Cards') },
          { value: 'table', label: t('scorecard.options.layout-table', 'Table') },
        ],
      },
    })
    .addRadio({
      path: 'sort',
      name: t('scorecard.options.sort', 'Sort'),
      category: display,
      defaultValue: DEFAULT_OPTIONS.sort,
      settings: {
        options: [
          { value: 'worst-first', label: t('scorecard.options.sort-worst', 'Worst first') },
          { value: 'catalog', label: t('scorecard.options.sort-catalog', 'Catalog order') },
          { value: 'name', label: t('scorecard.options.sort-name', 'Name') },
        ],
      },
    })
    .addBooleanSwitch({
      path: 'showSparkline',
      name: t('scorecard.options.sparkline', 'Sparkline'),
      category: display,
      defaultValue: DEFAULT_OPTIONS.showSparkline,
    })
    .addBooleanSwitch({
      path: 'showDelta',
      name: t('scorecard.options.delta', 'Change vs previous period'),
      category: display,
      defaultValue: DEFAULT_OPTIONS.showDelta,
    })
    .addBooleanSwitch({
      path: 'showForecast',
      name: t('scorecard.options.forecast', 'Forecast (calendar windows)'),
      category: display,
      defaultValue: DEFAULT_OPTIONS.showForecast,
    })
    .addBooleanSwitch({
      path: 'showOwner',
      name: t('scorecard.options.owner', 'Owner'),
      category: display,
      defaultValue: DEFAULT_OPTIONS.showOwner,
    })
    .addBooleanSwitch({
      path: 'compact',
      name: t('scorecard.options.compact', 'Compact'),
      description: t(
        'scorecard.options.compact-description',
        'Name, value and status only: for small panels and wall screens with many KPIs.'
      ),
      category: display,
      defaultValue: DEFAULT_OPTIONS.compact,
    });
}
