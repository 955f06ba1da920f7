// Types for the modules imported by path because their package entry does not export them.
declare module '*/components/PluginPage.mjs' {
  export function setPluginPage(component: unknown): void;
}
declare module '*/components/PanelRenderer.mjs' {
  export function setPanelRenderer(component: unknown): void;
}
declare module '*/core/sceneGraph/sceneGraph.js' {
  export function interpolate(sceneObject: object, value: string, scopedVars?: object, format?: unknown): string;
}
