import { SceneAppPage, sceneGraph, type SceneObject } from '@grafana/scenes';

/** A drill-down's header shows a name (the KPI's, the scorecard's) once the catalog is known, not its id. */
export function setPageTitle(from: SceneObject, title: unknown) {
  let page: SceneAppPage;
  try {
    page = sceneGraph.getAncestor(from, SceneAppPage);
  } catch {
    return; // rendered outside an app page (tests, embedding)
  }
  if (typeof title === 'string' && title !== '' && page.state.title !== title) {
    page.setState({ title });
  }
}
