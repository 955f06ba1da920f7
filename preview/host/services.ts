// The @grafana/runtime services Grafana installs at boot, backed by this bench.
import { EventBusSrv } from '@grafana/data';
import {
  config,
  FakeEchoSrv,
  locationService,
  setAppEvents,
  setBackendSrv,
  setCurrentUser,
  setDataSourceSrv,
  setEchoSrv,
  setLocationSrv,
  setPluginComponentHook,
  setPluginComponentsHook,
  setPluginFunctionsHook,
  setPluginImportUtils,
  setPluginLinksHook,
  setRunRequest,
  setTemplateSrv,
} from '@grafana/runtime';

// Not exported from @grafana/runtime's entry; the same module instance by path.
import { setPanelRenderer } from '../../node_modules/@grafana/runtime/dist/esm/components/PanelRenderer.mjs';
import { setPluginPage } from '../../node_modules/@grafana/runtime/dist/esm/components/PluginPage.mjs';
import { previewBackendSrv } from './backendSrv';
import { previewDataSourceSrv } from './dataSourceSrv';
import { getPanelPluginFromCache, importPanelPlugin } from './panelPlugins';
import { PreviewPanelRenderer } from './PanelRenderer';
import { PreviewPluginPage } from './PreviewPluginPage';
import { runRequest } from './runRequest';
import { fillStandardRegistries } from './standardRegistries';
import { previewTemplateSrv } from './templateSrv';

export function installRuntimeServices() {
  fillStandardRegistries();
  // Grafana sets its contextSrv user; hasPermission() and friends read it.
  setCurrentUser(config.bootData.user as never);
  setBackendSrv(previewBackendSrv);
  setDataSourceSrv(previewDataSourceSrv);
  setRunRequest(runRequest);
  setTemplateSrv(previewTemplateSrv);
  setAppEvents(new EventBusSrv());
  setEchoSrv(new FakeEchoSrv());
  setLocationSrv({
    update: (opts: { query?: Record<string, unknown>; replace?: boolean }) =>
      locationService.partial(opts.query ?? {}, opts.replace),
  } as never);
  setPluginImportUtils({ importPanelPlugin, getPanelPluginFromCache });
  setPluginPage(PreviewPluginPage);
  setPanelRenderer(PreviewPanelRenderer);
  // No other plugins here, so no extensions to offer.
  setPluginLinksHook(() => ({ links: [], isLoading: false }));
  setPluginComponentsHook(() => ({ components: [], isLoading: false }));
  setPluginComponentHook(() => ({ component: null, isLoading: false }));
  setPluginFunctionsHook(() => ({ functions: [], isLoading: false }));
}
