import { makeKpi } from '../test-fixtures/kpiBuilders';
import { problemText } from './problemsText';
import { isHttpUrl, validateCatalog } from './validateCatalog';

const errorsOf = (kpi: Record<string, unknown>) =>
  validateCatalog({ apiVersion: 'kpi-scorecards/v1', kind: 'KpiCatalog', kpis: [{ ...makeKpi(), ...kpi }] })
    .problems.filter((p) => p.severity === 'error')
    .map((p) => problemText(p));

describe('validation bounds', () => {
  it.each(['300000y', '11y', '3651d'])('refuses the window %s, naming the longest', (window) => {
    expect(errorsOf({ window })).toEqual([
      `kpis[0] (deployment-frequency).window: window '${window}' is longer than 10y, the longest a KPI may have`,
    ]);
  });

  it.each(['10y', '3650d', '90d', 'quarter'])('takes the window %s', (window) => {
    expect(errorsOf({ window })).toEqual([]);
  });

  it.each(['https:host', 'http:///host', 'https:/host', 'https:\\\\host', 'http://', 'https:// host'])(
    'refuses the link %s, which URL() would repair into another',
    (url) => {
      expect(isHttpUrl(url)).toBe(false);
      expect(errorsOf({ links: [{ title: 'Runbook', url }] })).toEqual([
        `kpis[0] (deployment-frequency).links[0].url: not a whole http(s) URL with a host, got '${url}': write it like https://wiki.example.com/runbook`,
      ]);
    }
  );

  it.each(['https://wiki.example.com/runbook', 'HTTP://host:8080/x?y#z', 'http://[::1]/', 'https://user@host/'])(
    'takes the link %s',
    (url) => {
      expect(isHttpUrl(url)).toBe(true);
    }
  );
});
