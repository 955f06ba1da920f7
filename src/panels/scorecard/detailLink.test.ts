import { GrafanaConfig, TimeRange, dateTime, locationUtil } from '@grafana/data';
import { kpiDetailHrefs } from './detailLink';

const kpiDetailHref = (kpiId: string, range: TimeRange) => kpiDetailHrefs(range)(kpiId);

describe('kpiDetailHrefs', () => {
  const to = Date.parse('2025-12-31T23:59:59Z');
  const from = to - 86_400_000;

  it('keeps a relative range relative', () => {
    const range = { from: dateTime(from), to: dateTime(to), raw: { from: 'now-90d', to: 'now' } };
    expect(kpiDetailHref('mttr', range)).toBe('/a/kpi-scorecards-app/kpi/mttr?from=now-90d&to=now');
  });

  it('passes an absolute range as epoch ms, and encodes the id', () => {
    const range = { from: dateTime(from), to: dateTime(to), raw: { from: dateTime(from), to: dateTime(to) } };
    expect(kpiDetailHref('a b', range)).toBe(`/a/kpi-scorecards-app/kpi/a%20b?from=${from}&to=${to}`);
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
