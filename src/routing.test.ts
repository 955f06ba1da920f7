import { dateTime, locationUtil, type GrafanaConfig, type TimeRange } from '@grafana/data';

import {
  appConfigHref,
  CATALOG_URL_KEYS,
  EDITOR_ROUTES,
  kpiDetailHrefs,
  kpiDetailUrl,
  kpiFormUrl,
  manageUrl,
  newKpiFormUrl,
  objectiveCatalogUrl,
  prefixRoute,
  ROUTES,
  scorecardUrl,
} from './routing';

const kpiDetailHref = (kpiId: string, range: TimeRange) => kpiDetailHrefs(range)(kpiId);

// Ids a catalog may hold that a URL cannot carry as they are: a space, a slash, a query and a fragment.
const AWKWARD = 'a b/c?d=1&e#f';
const ENCODED = 'a%20b%2Fc%3Fd%3D1%26e%23f';

describe('the app routes', () => {
  it('every page lives under the app root', () => {
    expect(prefixRoute(ROUTES.Catalog)).toBe('/a/kpi-scorecards-app/catalog');
    expect(prefixRoute(ROUTES.Manage)).toBe('/a/kpi-scorecards-app/manage');
  });

  it("a KPI's page keeps its id as one path segment", () => {
    expect(kpiDetailUrl('mttr')).toBe('/a/kpi-scorecards-app/kpi/mttr');
    expect(kpiDetailUrl(AWKWARD)).toBe(`/a/kpi-scorecards-app/kpi/${ENCODED}`);
    expect(decodeURIComponent(kpiDetailUrl(AWKWARD).split('/').pop()!)).toBe(AWKWARD);
  });

  it("a scorecard's page keeps its id as one path segment", () => {
    expect(scorecardUrl('exec')).toBe('/a/kpi-scorecards-app/scorecards/exec');
    expect(scorecardUrl(AWKWARD)).toBe(`/a/kpi-scorecards-app/scorecards/${ENCODED}`);
  });

  it("the editor lists KPIs at its own URL and opens a KPI's form under it, the id one path segment", () => {
    expect(manageUrl()).toBe('/a/kpi-scorecards-app/manage');
    expect(kpiFormUrl('deploys')).toBe('/a/kpi-scorecards-app/manage/kpi/deploys');
    expect(kpiFormUrl(AWKWARD)).toBe(`/a/kpi-scorecards-app/manage/kpi/${ENCODED}`);
    expect(decodeURIComponent(kpiFormUrl(AWKWARD).split('/').pop()!)).toBe(AWKWARD);
  });

  it("a new KPI's form is not the form of a KPI whose id is that route's name", () => {
    expect(newKpiFormUrl()).toBe('/a/kpi-scorecards-app/manage/new-kpi');
    // A KPI may well be called `new`: its form is still its own.
    expect(kpiFormUrl('new')).toBe('/a/kpi-scorecards-app/manage/kpi/new');
    expect(newKpiFormUrl()).not.toBe(kpiFormUrl(EDITOR_ROUTES.newKpi));
  });

  it("the catalog opens on an objective's KPIs through the filter it reads", () => {
    expect(objectiveCatalogUrl('speed')).toBe('/a/kpi-scorecards-app/catalog?objective=speed');
    const url = new URL(objectiveCatalogUrl(AWKWARD), 'http://grafana');
    expect(url.searchParams.get('objective')).toBe(AWKWARD);
    expect([...url.searchParams.keys()].every((key) => (CATALOG_URL_KEYS as readonly string[]).includes(key))).toBe(
      true
    );
  });

  it('the configuration page is the plugin settings page', () => {
    expect(appConfigHref()).toBe('/plugins/kpi-scorecards-app');
  });
});

describe('kpiDetailHrefs', () => {
  const to = Date.parse('2025-12-31T23:59:59Z');
  const from = to - 86_400_000;

  it('keeps a relative range relative', () => {
    const range = { from: dateTime(from), to: dateTime(to), raw: { from: 'now-90d', to: 'now' } };
    expect(kpiDetailHref('mttr', range)).toBe('/a/kpi-scorecards-app/kpi/mttr?from=now-90d&to=now');
  });

  it('passes an absolute range as epoch ms, and encodes the id', () => {
    const range = { from: dateTime(from), to: dateTime(to), raw: { from: dateTime(from), to: dateTime(to) } };
    expect(kpiDetailHref(AWKWARD, range)).toBe(`/a/kpi-scorecards-app/kpi/${ENCODED}?from=${from}&to=${to}`);
  });

  it('prefixes Grafana’s sub path', () => {
    // Grafana initialises locationUtil with its config at boot.
    locationUtil.initialize({
      config: { appSubUrl: '/grafana' } as GrafanaConfig,
      getTimeRangeForUrl: () => ({ from: 'now-6h', to: 'now' }),
      getVariablesUrlParams: () => ({}),
    });
    const range = { from: dateTime(from), to: dateTime(to), raw: { from: 'now-7d', to: 'now' } };
    expect(kpiDetailHref('mttr', range)).toBe('/grafana/a/kpi-scorecards-app/kpi/mttr?from=now-7d&to=now');
  });
});
