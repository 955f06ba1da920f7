import { type AppRootProps } from '@grafana/data';
import { SceneApp, useSceneApp } from '@grafana/scenes';
import React from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';

import { catalogPage } from '../../pages/Catalog/catalogPage';
import { kpiDetailPage } from '../../pages/KpiDetail/kpiDetailPage';
import { managePage } from '../../pages/Manage/managePage';
import { objectivesPage } from '../../pages/Objectives/objectivesPage';
import { reportsPage } from '../../pages/Reports/reportsPage';
import { scorecardsPage } from '../../pages/Scorecards/scorecardsPage';
import { prefixRoute, ROUTES } from '../../routing';

/** One SceneAppPage per nav entry (catalog, objectives, scorecards, reports), plus the KPI detail (`kpi/:id`) and the admin's editor (`manage`). */
function getSceneApp() {
  const catalog = catalogPage();
  return new SceneApp({
    pages: [catalog, kpiDetailPage(catalog), objectivesPage(), scorecardsPage(), reportsPage(), managePage()],
    urlSyncOptions: { updateUrlOnInit: true, createBrowserHistorySteps: true },
  });
}

function AppWithScenes() {
  const scene = useSceneApp(getSceneApp);
  // The app's own root (/a/kpi-scorecards-app) has no page of its own: open the catalog, the default nav entry.
  return (
    <Routes>
      <Route index element={<Navigate to={prefixRoute(ROUTES.Catalog)} replace />} />
      <Route path="*" element={<scene.Component model={scene} />} />
    </Routes>
  );
}

function App(_props: AppRootProps) {
  return <AppWithScenes />;
}

export default App;
