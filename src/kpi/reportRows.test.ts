import { invalidKpiEvaluation } from './invalidKpiEvaluation';
import { reportCsv } from './reportCsv';
import { markdownText, reportMarkdown } from './reportMarkdown';
import { parseReportPeriod, previousReportPeriod } from './reportPeriod';
import { buildReport, reportEntries } from './reportRows';
import { type KpiEvaluation } from './types';
import { validateCatalog } from './validateCatalog';

const query = { datasource: { type: 'prometheus', uid: 'prom' }, expr: 'x' };
const base = { type: 'lagging', window: '7d', query };
const catalog = {
  apiVersion: 'kpi-scorecards/v1',
  kind: 'KpiCatalog',
  objectives: [
    { id: 'grow', title: 'Grow | "fast", now\nand later' },
    { id: 'keep', title: 'Keep' },
  ],
  kpis: [
    {
      ...base,
      id: 'orphan',
      name: 'Orphan',
      team: 'ops',
      owner: 'o',
      direction: 'higher-is-better',
      target: { value: 1 },
    },
    {
      ...base,
      id: 'lat',
      name: 'Latency',
      team: 'sre',
      owner: 'x',
      objective: 'keep',
      unit: 'ms',
      direction: 'lower-is-better',
      target: { value: 200 },
    },
    {
      ...base,
      id: 'cpu',
      name: 'CPU',
      team: 'sre',
      owner: 'x',
      objective: 'keep',
      unit: 'percentunit',
      direction: 'in-range',
      target: { min: 0.4, max: 0.7 },
    },
    {
      ...base,
      id: 'signups',
      name: '=HYPERLINK("http://evil")',
      team: 'growth',
      owner: '+1, "me"',
      objective: 'grow',
      direction: 'higher-is-better',
      target: { value: 100 },
    },
  ],
};

const evaluation = (id: string, value: number | null, fields: Partial<KpiEvaluation> = {}): KpiEvaluation => ({
  ...invalidKpiEvaluation(id, ''),
  error: null,
  status: 'on-track',
  value,
  ...fields,
});

function report(status?: string) {
  const validation = validateCatalog(catalog);
  const period = parseReportPeriod('2026-Q3', 'utc');
  return buildReport({
    validation,
    entries: reportEntries(validation, {}),
    period,
    previousPeriod: previousReportPeriod(period),
    atClose: new Map([
      ['orphan', evaluation('orphan', null, { status: 'no-data' })],
      ['lat', evaluation('lat', 250, { status: 'off-track', target: 200, attainment: 0.8 })],
      ['cpu', evaluation('cpu', 0.5)],
      ['signups', evaluation('signups', 120, { target: 100, attainment: 1.2 })],
    ]),
    atPreviousClose: new Map([
      ['lat', evaluation('lat', 200)],
      ['cpu', evaluation('cpu', 0.45)],
      ['signups', evaluation('signups', 0)],
    ]),
    status,
  });
}

describe('buildReport', () => {
  it('groups KPIs by objective in the catalog order of objectives, those without one last, counts worst first', () => {
    const { groups } = report();
    expect(groups.map((g) => [g.objective, g.rows.map((r) => r.kpi)])).toEqual([
      ['grow', ['signups']],
      ['keep', ['lat', 'cpu']],
      [null, ['orphan']],
    ]);
    expect(groups[1].counts).toEqual([
      { status: 'off-track', count: 1 },
      { status: 'on-track', count: 1 },
    ]);
  });

  it("compares with the previous period's close: relative, in points for percentages, absolute after a 0", () => {
    const rows = report().groups.flatMap((g) => g.rows);
    const byId = Object.fromEntries(rows.map((r) => [r.kpi, r]));
    expect(byId.lat).toMatchObject({ value: 250, previous: 200, delta: 0.25, deltaKind: 'relative', attainment: 0.8 });
    expect(byId.cpu).toMatchObject({ targetMin: 0.4, targetMax: 0.7, target: null, deltaKind: 'percentage-points' });
    expect(byId.cpu.delta).toBeCloseTo(5);
    expect(byId.signups).toMatchObject({ previous: 0, delta: 120, deltaKind: 'absolute' });
    expect(byId.orphan).toMatchObject({ value: null, previous: null, delta: null, status: 'no-data' });
  });

  it('keeps only the KPIs in the selected status at close', () => {
    expect(report('off-track').groups.flatMap((g) => g.rows.map((r) => r.kpi))).toEqual(['lat']);
  });
});

describe('reportCsv', () => {
  it('quotes commas, quotes and line breaks, defuses formulas, and leaves numbers unformatted', () => {
    const lines = reportCsv(report()).split('\r\n');
    expect(lines[1]).toBe(
      '2026-Q3,2026-07-01T00:00:00+00:00,2026-10-01T00:00:00+00:00,grow,"Grow | ""fast"", now\nand later",signups,' +
        `"'=HYPERLINK(""http://evil"")",growth,"'+1, ""me""",short,higher-is-better,100,,,120,on-track,0,120,absolute,1.2,`
    );
    // The title's line break stays inside its quoted field: the record splits at CRLF only.
    expect(lines).toHaveLength(6);
    expect(lines[5]).toBe('');
  });
});

describe('reportMarkdown', () => {
  it('escapes the catalog text that would break a table or become markup', () => {
    expect(markdownText('a | b\nc [x](javascript:y) <b>')).toBe('a \\| b c \\[x\\](javascript:y) \\<b\\>');
    const markdown = reportMarkdown(report());
    expect(markdown).toContain('## Grow \\| "fast", now and later (grow)');
    expect(markdown).toContain('| Latency (lat) | sre | x | ≤ 200 ms | 250 ms | off-track | 200 ms | +25.0% | 80% |');
    expect(markdown).toContain('| CPU (cpu) | sre | x | 40% – 70% | 50% | on-track | 45% | +5.0 pp | – |');
    expect(markdown).toContain('## No objective');
  });
});
