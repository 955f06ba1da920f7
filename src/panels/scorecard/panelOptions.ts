import { type PanelOptionsEditorBuilder } from '@grafana/data';
import { t } from '@grafana/i18n';

import { DEFAULT_OPTIONS, type ScorecardOptions } from './scorecardOptions';

/**
 * The panel editor: how the KPIs are laid out and ordered, and what each one shows. Which KPIs is its query's
 * (the KPI datasource's query editor); a panel saved before keeps its selection in its options (legacyTarget).
 */
export function buildPanelOptions(builder: PanelOptionsEditorBuilder<ScorecardOptions>) {
  const display = [t('scorecard.options.category-display', 'Display')];
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
