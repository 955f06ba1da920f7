import React from 'react';
import { SceneApp, useSceneApp } from '@grafana/scenes';
import { AppRootProps } from '@grafana/data';
import { PluginPropsContext } from '../../utils/utils.plugin';
import { catalogPage } from '../../pages/Catalog/catalogPage';
import { kpiDetailPage } from '../../pages/KpiDetail/kpiDetailPage';
import { managePage } from '../../pages/Manage/managePage';
import { objectivesPage } from '../../pages/Objectives/objectivesPage';
import { scorecardsPage } from '../../pages/Scorecards/scorecardsPage';

/** One SceneAppPage per nav entry, plus the KPI detail (`kpi/:id`) and the admin's editor (`manage`). */
function getSceneApp() {
  const catalog = catalogPage();
  return new SceneApp({
    pages: [catalog, kpiDetailPage(catalog), objectivesPage(), scorecardsPage(), managePage()],
    urlSyncOptions: { updateUrlOnInit: true, createBrowserHistorySteps: true },
  });
}

function AppWithScenes() {
  const scene = useSceneApp(getSceneApp);
  return <scene.Component model={scene} />;
}

function App(props: AppRootProps) {
  return (
    <PluginPropsContext.Provider value={props}>
      <AppWithScenes />
    </PluginPropsContext.Provider>
  );
}

export default App;
