// The modules Grafana shares with plugins (its sharedDependencies map), from this
// repo's node_modules so their versions are the ones the plugin was built against.
// Names follow .config/bundler/externals.ts; what is not listed here (jquery, slate,
// prismjs, angular) a plugin built today does not import.
import * as emotionCss from '@emotion/css';
import * as emotionReact from '@emotion/react';
import * as grafanaData from '@grafana/data';
import * as grafanaRuntime from '@grafana/runtime';
import * as grafanaUI from '@grafana/ui';
import * as d3 from 'd3';
import i18next from 'i18next';
import lodash from 'lodash';
// eslint-disable-next-line no-restricted-imports -- Grafana still shares moment with plugins
import moment from 'moment';
import * as react from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import * as reactDom from 'react-dom';
import * as reactRedux from 'react-redux';
import * as reactRouterDom from 'react-router-dom';
import * as redux from 'redux';
import * as rxjs from 'rxjs';
import * as rxjsOperators from 'rxjs/operators';

import { SystemJS } from './systemjs';

/**
 * A module namespace SystemJS keeps as is (untagged objects get copied and frozen).
 * Getters keep ES live bindings live: setPluginPage() reassigns runtime's PluginPage
 * after this registration, and plugins must see the new value, as in Grafana.
 */
function asModule(ns: object, extra: Record<string, unknown> = {}): object {
  const module: Record<string | symbol, unknown> = {};
  for (const key of Object.keys(ns)) {
    Object.defineProperty(module, key, { enumerable: true, get: () => (ns as Record<string, unknown>)[key] });
  }
  Object.assign(module, extra);
  Object.defineProperty(module, Symbol.toStringTag, { value: 'Module' });
  return module;
}

/** `__useDefault`: the AMD factory receives the default export itself (lodash's `_`). */
const withDefault = (value: unknown) => asModule({}, { default: value, __useDefault: true });

const shared: Record<string, object> = {
  '@emotion/css': asModule(emotionCss),
  '@emotion/react': asModule(emotionReact),
  '@grafana/data': asModule(grafanaData),
  '@grafana/runtime': asModule(grafanaRuntime),
  '@grafana/ui': asModule(grafanaUI),
  d3: asModule(d3),
  i18next: withDefault(i18next),
  lodash: withDefault(lodash),
  moment: withDefault(moment),
  react: asModule(react),
  'react/jsx-runtime': asModule(jsxRuntime),
  'react/jsx-dev-runtime': asModule(jsxRuntime),
  'react-dom': asModule(reactDom),
  // Grafana serves react-router-dom-v5-compat here, which re-exports react-router-dom v6.
  'react-router': asModule(reactRouterDom),
  'react-router-dom': asModule(reactRouterDom),
  'react-redux': asModule(reactRedux),
  redux: asModule(redux),
  rxjs: asModule(rxjs),
  'rxjs/operators': asModule(rxjsOperators),
};

export function registerSharedModules() {
  const imports: Record<string, string> = {};
  for (const [name, module] of Object.entries(shared)) {
    SystemJS.set(`package:${name}`, module);
    imports[name] = `package:${name}`;
  }
  SystemJS.addImportMap({ imports });
}
