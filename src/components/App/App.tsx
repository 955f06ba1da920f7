import React from 'react';
import { SceneApp, useSceneApp } from '@grafana/scenes';
import { AppRootProps } from '@grafana/data';
import { PluginPropsContext } from '../../utils/utils.plugin';
import { catalogPage } from '../../pages/Catalog/catalogPage';
import { objectivesPage } from '../../pages/Objectives/objectivesPage';
import { scorecardsPage } from '../../pages/Scorecards/scorecardsPage';

function getSceneApp() {
  return new SceneApp({
    pages: [catalogPage, objectivesPage, scorecardsPage],
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
