import { t } from '@grafana/i18n';
import { Tab, TabsBar } from '@grafana/ui';
import React from 'react';

import { type KpiCatalog } from '../../kpi/types';

import type { EditorTab } from './editorTabs';

interface Props {
  draft: KpiCatalog;
  tab: EditorTab;
  onTab: (tab: EditorTab) => void;
}

/** The editor's tabs, each list with how many entries the draft has. */
export function EditorTabsBar({ draft, tab: open, onTab }: Props) {
  const tabs: Array<[EditorTab, string]> = [
    ['kpis', t('manage.tab.kpis', 'KPIs ({{count}})', { count: draft.kpis.length })],
    ['objectives', t('manage.tab.objectives', 'Objectives ({{count}})', { count: draft.objectives?.length ?? 0 })],
    ['scorecards', t('manage.tab.scorecards', 'Scorecards ({{count}})', { count: draft.scorecards?.length ?? 0 })],
    ['alerting', t('manage.tab.alerting', 'Alerting')],
    ['yaml', t('manage.tab.yaml', 'YAML')],
    ['import', t('manage.tab.import', 'Import')],
  ];
  return (
    <TabsBar>
      {tabs.map(([tab, label]) => (
        <Tab key={tab} label={label} active={open === tab} onChangeTab={() => onTab(tab)} />
      ))}
    </TabsBar>
  );
}
