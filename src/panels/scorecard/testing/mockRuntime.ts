/** What the partly mocked @grafana/runtime hands out; tests set these before rendering. */
export const runtimeStubs: { backend?: unknown; ds?: unknown } = {};

/** @grafana/runtime as is, except the two services the panel talks to. Use inside jest.mock's factory. */
export function mockRuntime() {
  return {
    ...jest.requireActual('@grafana/runtime'),
    getBackendSrv: () => runtimeStubs.backend,
    getDataSourceSrv: () => ({ get: () => Promise.resolve(runtimeStubs.ds) }),
    getTemplateSrv: () => ({ replace: (text: string) => text }),
  };
}
