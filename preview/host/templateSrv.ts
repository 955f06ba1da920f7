// getTemplateSrv(): Grafana's TemplateSrv hands scene queries to scenes'
// interpolation (the scene object travels in scopedVars.__sceneObject); other
// strings get their scoped variables replaced.
import { interpolate } from '../../node_modules/@grafana/scenes/dist/esm/core/sceneGraph/sceneGraph.js';

import type { ScopedVars, TypedVariableModel } from '@grafana/data';
import type { TemplateSrv } from '@grafana/runtime';
// Only scenes' interpolation, by path: the package entry also pulls in PanelBuilders,
// which import panel defaults this @grafana/schema no longer has.

const VARIABLE = /\$(\w+)|\$\{(\w+)(?::(\w+))?\}|\[\[(\w+)\]\]/g;

export const previewTemplateSrv = {
  getVariables: (): TypedVariableModel[] => [],
  // A fresh RegExp: test() on the shared /g one would carry lastIndex between calls.
  containsTemplate: (target?: string) => Boolean(target && new RegExp(VARIABLE.source).test(target)),
  updateTimeRange: () => {},
  getAdhocFilters: () => [],
  replace(target?: string, scopedVars?: ScopedVars, format?: string | Function): string {
    if (!target) {
      return target ?? '';
    }
    // valueOf(): scenes wraps the object in a SafeSerializableSceneObject.
    const sceneObject = scopedVars?.__sceneObject?.value?.valueOf();
    if (sceneObject && typeof sceneObject === 'object' && 'state' in sceneObject) {
      return interpolate(sceneObject, target, scopedVars, format);
    }
    // ${name:text} is the value's text (an option's title, "All"), ${name:percentencode} the value for a URL.
    return target.replace(VARIABLE, (match, a, b, fmt, c) => {
      const variable = scopedVars?.[a ?? b ?? c];
      const value = fmt === 'text' ? (variable?.text ?? variable?.value) : variable?.value;
      if (value === undefined || value === null) {
        return match;
      }
      return fmt === 'percentencode' ? encodeURIComponent(String(value)) : String(value);
    });
  },
} as unknown as TemplateSrv;
