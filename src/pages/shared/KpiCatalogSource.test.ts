/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { EmbeddedScene, SceneTimeRange } from '@grafana/scenes';

import { fakeSettingsBackend } from '../../catalog/testing/fakeSettingsBackend';
import { COALESCE_MS } from '../../query/coalesceAnswers';
import { fakeLanguage } from '../../test-fixtures/fakeLanguage';
import { KpiCatalogSource } from './KpiCatalogSource';
import { fakeDataSourceSrv, loadedCatalog, sampleCatalog } from './testing/pageTestKit';

const mockDs = fakeDataSourceSrv({ deploys: 2, mttr: 30, nps: 50 });
let mockBackend = fakeSettingsBackend({});
jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getDataSourceSrv: () => mockDs.srv,
  getBackendSrv: () => mockBackend.backendSrv,
}));

jest.mock('@grafana/i18n', () => jest.requireActual('../../test-fixtures/fakeLanguage').mockI18n());

function activeSource(state: ConstructorParameters<typeof KpiCatalogSource>[0] = {}) {
  const source = new KpiCatalogSource(state);
  const timeRange = new SceneTimeRange({});
  new EmbeddedScene({ $timeRange: timeRange, body: source as never });
  const deactivate = source.activate();
  return { source, timeRange, deactivate };
}

const settled = (source: KpiCatalogSource) =>
  new Promise<void>((resolve) => {
    const check = () => source.state.results.length > 0 && source.state.results.every((r) => !r.loading) && resolve();
    source.subscribeToState(check);
    check();
  });

describe('KpiCatalogSource', () => {
  beforeEach(() => {
    mockDs.requests.length = 0;
    mockDs.control.silentUids = [];
  });

  afterEach(() => jest.useRealTimers());

  it('loads the catalog from the plugin settings and evaluates only the KPIs without errors', async () => {
    mockBackend = fakeSettingsBackend({ catalog: sampleCatalog(), catalogVersion: 2 });
    const { source } = activeSource();
    await settled(source);
    expect(source.state.phase).toBe('ready');
    expect(source.state.results.map((r) => [r.kpi.id, r.evaluation?.status])).toEqual([
      ['deploys', 'off-track'],
      ['mttr', 'on-track'],
      ['nps', 'on-track'],
    ]);
    const asked = mockDs.requests.flatMap((r) => r.targets.map((t) => t.refId));
    expect(asked).not.toContain('broken');
  });

  it('evaluates only the KPIs it is told to (the detail page needs one)', async () => {
    const { source } = activeSource({ loaded: loadedCatalog(sampleCatalog()), phase: 'ready', only: ['mttr'] });
    await settled(source);
    expect(source.state.results.map((r) => r.kpi.id)).toEqual(['mttr']);
  });

  it('with neighbours, also evaluates the KPIs linked by drives, both ways', async () => {
    const { source } = activeSource({
      loaded: loadedCatalog(sampleCatalog()),
      phase: 'ready',
      only: ['mttr'],
      withNeighbours: true,
    });
    await settled(source);
    expect(source.state.results.map((r) => r.kpi.id)).toEqual(['deploys', 'mttr']);
  });

  it('evaluates again when the refresh picker refreshes the time range', async () => {
    const { source, timeRange } = activeSource({ loaded: loadedCatalog(sampleCatalog()), phase: 'ready' });
    await settled(source);
    const before = mockDs.requests.length;
    timeRange.onRefresh();
    await settled(source);
    expect(mockDs.requests.length).toBe(before * 2);
  });

  it('does not re-evaluate when a chart range changes: KPIs are judged at now', async () => {
    const { source, timeRange } = activeSource({ loaded: loadedCatalog(sampleCatalog()), phase: 'ready' });
    await settled(source);
    const before = mockDs.requests.length;
    timeRange.setState({ from: 'now-30d' });
    expect(mockDs.requests.length).toBe(before);
  });

  it('shows answers that arrive together in one update, not one per datasource request', async () => {
    // Four requests (two datasources, current and previous period) that all answer at once.
    const source = new KpiCatalogSource({ loaded: loadedCatalog(sampleCatalog()), phase: 'ready' });
    const shown: string[] = [];
    source.subscribeToState((next, prev) => {
      if (next.results !== prev.results && next.results.some((r) => r.evaluation)) {
        shown.push(next.results.map((r) => `${r.kpi.id}:${r.evaluation?.status ?? 'loading'}`).join(' '));
      }
    });
    new EmbeddedScene({ $timeRange: new SceneTimeRange({}), body: source as never });
    source.activate();
    await settled(source);
    // Per datasource: the window, the previous period and the recent span the newest sample is dated from.
    expect(mockDs.requests).toHaveLength(6);
    expect(shown).toEqual(['deploys:off-track mttr:on-track nps:on-track']);
  });

  it('shows what has answered once the coalesce wait is over, without waiting for a slow datasource', async () => {
    jest.useFakeTimers();
    mockDs.control.silentUids = ['prometheus']; // deploys' datasource never answers
    const { source } = activeSource({ loaded: loadedCatalog(sampleCatalog()), phase: 'ready' });
    const status = () => source.state.results.map((r) => [r.kpi.id, r.evaluation?.status ?? 'loading']);
    await jest.advanceTimersByTimeAsync(COALESCE_MS - 1);
    // mttr and nps have answered, but may still be joined by deploys: nothing changes on screen yet.
    expect(status()).toEqual([
      ['deploys', 'loading'],
      ['mttr', 'loading'],
      ['nps', 'loading'],
    ]);
    await jest.advanceTimersByTimeAsync(1);
    expect(status()).toEqual([
      ['deploys', 'loading'],
      ['mttr', 'on-track'],
      ['nps', 'on-track'],
    ]);
  });

  it('on a page about one KPI, shows its answer at once, not after the wait for its neighbours', async () => {
    jest.useFakeTimers();
    mockDs.control.silentUids = ['prometheus']; // deploys' datasource never answers
    const { source, deactivate } = activeSource({
      loaded: loadedCatalog(sampleCatalog()),
      phase: 'ready',
      only: ['mttr'],
      withNeighbours: true,
    });
    await jest.advanceTimersByTimeAsync(0);
    const mttr = source.state.results.find((r) => r.kpi.id === 'mttr');
    expect(mttr?.evaluation?.status).toBe('on-track');
    deactivate();
  });

  it('keeps the answers on screen, marked loading, while a refresh asks again', async () => {
    const { source, timeRange, deactivate } = activeSource({ loaded: loadedCatalog(sampleCatalog()), phase: 'ready' });
    await settled(source);
    mockDs.control.silentUids = ['prometheus']; // the refresh's answers for deploys do not come
    timeRange.onRefresh();
    const deploys = source.state.results.find((r) => r.kpi.id === 'deploys');
    expect(deploys?.loading).toBe(true);
    expect(deploys?.evaluation?.status).toBe('off-track'); // the last answer, not a blank row
    deactivate();
  });

  it('says why when the settings cannot be read', async () => {
    mockBackend = fakeSettingsBackend({});
    mockBackend.backendSrv.fetch.mockImplementationOnce(() => {
      throw new Error('403 Forbidden');
    });
    const { source } = activeSource();
    await new Promise((r) => setTimeout(r, 0));
    expect(source.state).toMatchObject({ phase: 'failed', loadError: '403 Forbidden' });
  });

  describe("a failure without words of its own reads in the user's language", () => {
    beforeEach(() => (fakeLanguage.on = true));
    afterEach(() => (fakeLanguage.on = false));

    it('when the settings cannot be read', async () => {
      mockBackend = fakeSettingsBackend({});
      mockBackend.backendSrv.fetch.mockImplementationOnce(() => {
        throw {};
      });
      const { source } = activeSource();
      await new Promise((r) => setTimeout(r, 0));
      expect(source.state).toMatchObject({ phase: 'failed', loadError: '[errors.request-failed]' });
    });

    it('when the evaluation fails', () => {
      const get = mockDs.srv.get;
      mockDs.srv.get = () => {
        throw {};
      };
      try {
        const { source } = activeSource({ loaded: loadedCatalog(sampleCatalog()), phase: 'ready' });
        expect(source.state).toMatchObject({ phase: 'failed', loadError: '[errors.evaluation-failed]' });
      } finally {
        mockDs.srv.get = get;
      }
    });
  });
});
