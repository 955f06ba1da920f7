import { t } from '@grafana/i18n';

import { type SelectorField } from '../../kpi/selectorAlternatives';

/** The name of a KPI selector field (team, type…), the same in the catalog's filters, the editor and the panel. */
export function selectorLabel(field: SelectorField): string {
  switch (field) {
    case 'team':
      return t('kpi.selector.team', 'Team');
    case 'category':
      return t('kpi.selector.category', 'Category');
    case 'type':
      return t('kpi.selector.type', 'Type');
    case 'tag':
      return t('kpi.selector.tag', 'Tag');
    case 'objective':
      return t('kpi.selector.objective', 'Objective');
    case 'status':
      return t('kpi.selector.status', 'Status');
  }
}
