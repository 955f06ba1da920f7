import { burnThreshold } from '../kpi/errorBudget';
import { thresholdStatus } from '../kpi/kpiStatus';
import { type Kpi } from '../kpi/types';
import { makeKpi } from '../test-fixtures/kpiBuilders';
import { type AlertQuery } from './alertQueries';
import { grafanaRules } from './grafanaRules';
import { grafanaRulesFile } from './grafanaRulesFile';
import { type KpiRule } from './kpiRule';

const rulesOf = (...kpis: Kpi[]) => grafanaRules(kpis).rules;
const node = (rule: KpiRule, refId: string) => rule.data.find((q) => q.refId === refId)!;

/** Grafana's threshold expression, as pkg/expr/threshold.go evaluates it. */
function thresholdFires(query: AlertQuery, v: number): boolean {
  const { type, params } = (query.model.conditions as Array<{ evaluator: { type: string; params: number[] } }>)[0]
    .evaluator;
  const [a, b] = params;
  return { gt: v > a, lt: v < a, outside_range: v < a || v > b, within_range: v > a && v < b }[type]!;
}

/**
 * A rule's math condition with each refId given a number: Grafana's math here is JavaScript's (comparisons,
 * && and ||, arithmetic), and its lexer reads `$` and letters only, as the regular expression does.
 */
function conditionFires(rule: KpiRule, values: Record<string, number>): boolean {
  const known: Record<string, number> = { ...values };
  const evaluate = (refId: string): number => {
    if (refId in known) {
      return known[refId];
    }
    const query = node(rule, refId);
    expect(query.model.type).toBe('math');
    const formula = String(query.model.expression).replace(/\$([A-Za-z]+)/g, (_, name) => `(${evaluate(name)})`);
    known[refId] = Number(new Function(`return ${formula};`)());
    return known[refId];
  };
  return evaluate(rule.condition) !== 0;
}

describe('grafanaRules: the off-track rule', () => {
  it.each<[string, Partial<Kpi>, number[]]>([
    ['higher-is-better', { direction: 'higher-is-better', target: { value: 10, atRisk: 8 } }, [7.99, 8, 9, 10, 11]],
    ['higher-is-better, default band', { target: { value: 50 } }, [44.99, 45, 46]],
    ['lower-is-better', { direction: 'lower-is-better', target: { value: 300, atRisk: 400 } }, [299, 400, 400.01]],
    ['target 0', { direction: 'lower-is-better', target: { value: 0 } }, [-1, 0, 0.001]],
    ['in-range', { direction: 'in-range', target: { min: 0.4, max: 0.7 } }, [0.36, 0.37, 0.5, 0.73, 0.7301]],
  ])('fires exactly when the app calls a %s KPI off-track', (_, overrides, values) => {
    const kpi = makeKpi(overrides);
    const [rule] = rulesOf(kpi);
    for (const v of values) {
      const offTrack = thresholdStatus(kpi.direction, kpi.target, v) === 'off-track';
      expect([v, thresholdFires(node(rule, rule.condition), v)]).toEqual([v, offTrack]);
    }
  });

  it('asks the KPI query over its window, reduces it by its reducer, and labels it a ticket', () => {
    const [rule] = rulesOf(makeKpi({ window: '7d', reduce: 'mean' }));
    expect(rule.data.map((q) => [q.refId, q.datasourceUid, q.relativeTimeRange.from])).toEqual([
      ['A', 'prometheus', 7 * 86400],
      ['B', '__expr__', 0],
      ['C', '__expr__', 0],
    ]);
    expect(node(rule, 'A').model).toMatchObject({ expr: 'sum(increase(deploys_total[1h]))', maxDataPoints: 720 });
    expect(node(rule, 'B').model).toMatchObject({ type: 'reduce', expression: 'A', reducer: 'mean' });
    expect(rule.labels).toEqual({ kpi: 'deployment-frequency', team: 'platform', severity: 'ticket' });
    expect(rule).toMatchObject({ condition: 'C', noDataState: 'NoData', execErrState: 'Error', for: '0s' });
  });

  it('judges an SLO KPI on its objective, in its unit', () => {
    const slo = { direction: 'higher-is-better' as const, target: {}, slo: { objective: 99.95 } };
    const inPercent = rulesOf(makeKpi({ ...slo, unit: 'percent' }))[0];
    const asRatio = rulesOf(makeKpi({ ...slo, unit: 'percentunit' }))[0];
    expect(node(inPercent, 'C').model.conditions).toEqual([{ evaluator: { type: 'lt', params: [99.95] } }]);
    expect(node(asRatio, 'C').model.conditions).toEqual([{ evaluator: { type: 'lt', params: [0.9995] } }]);
  });

  it('names the KPIs it cannot express, and why', () => {
    const { rules, skipped } = grafanaRules([
      makeKpi({ id: 'quarter', window: 'quarter', reduce: 'delta' }),
      makeKpi({ id: 'delta', reduce: 'delta' }),
      makeKpi({ id: 'ok', reduce: 'lastNotNull' }),
    ]);
    expect(rules.map((r) => r.uid)).toEqual(['kpi-ok-off-track']);
    expect(skipped).toEqual([
      { kpiId: 'quarter', reason: expect.stringContaining("window 'quarter' is a calendar period") },
      { kpiId: 'delta', reason: expect.stringContaining("reducer 'delta' is not one of Grafana's reduce") },
    ]);
  });
});

describe('grafanaRules: burn-rate rules of an SLO KPI', () => {
  const good = { expr: 'sum(increase(http_requests_total{code!~"5.."}[$__range]))' };
  const total = { expr: 'sum(increase(http_requests_total[$__range]))' };
  const sloKpi = (overrides: Partial<Kpi> = {}) =>
    makeKpi({
      id: 'checkout',
      unit: 'percent',
      target: {},
      window: '30d',
      slo: { objective: 99.9, good, total },
      ...overrides,
    });

  it('gives a page and a ticket rule beside the off-track rule, with stable uids', () => {
    const rules = rulesOf(sloKpi());
    expect(rules.map((r) => [r.uid, r.labels.severity])).toEqual([
      ['kpi-checkout-off-track', 'ticket'],
      ['kpi-checkout-burn-page', 'page'],
      ['kpi-checkout-burn-ticket', 'ticket'],
    ]);
    expect(rulesOf(sloKpi())).toEqual(rules);
  });

  it('reads each span from good/total as one number over the span', () => {
    const page = rulesOf(sloKpi())[1];
    expect(node(page, 'GoodEventsOneHour')).toMatchObject({
      datasourceUid: 'prometheus',
      relativeTimeRange: { from: 3600, to: 0 },
      model: { expr: good.expr, instant: true, range: false },
    });
    expect(node(page, 'TotalEventsFiveMinutes').relativeTimeRange.from).toBe(300);
  });

  it('pages when both spans of a pair burn at 14.4x (1h, 5m) or 6x (6h, 30m), not when one does', () => {
    const page = rulesOf(sloKpi())[1];
    // Per span [good, total]: 2% errors burn a 0.1% budget 20x; 0.8% 8x; none 0x.
    const spans = (rates: Record<string, number>) =>
      Object.fromEntries(
        Object.entries(rates).flatMap(([span, errors]) => [
          [`Good${span}`, 10_000 * (1 - errors)],
          [`Total${span}`, 10_000],
        ])
      );
    const quiet = { OneHour: 0, FiveMinutes: 0, SixHours: 0, ThirtyMinutes: 0 };
    expect(conditionFires(page, spans(quiet))).toBe(false);
    expect(conditionFires(page, spans({ ...quiet, OneHour: 0.02, FiveMinutes: 0.02 }))).toBe(true);
    expect(conditionFires(page, spans({ ...quiet, OneHour: 0.02 }))).toBe(false);
    expect(conditionFires(page, spans({ ...quiet, SixHours: 0.008, ThirtyMinutes: 0.008 }))).toBe(true);
    expect(conditionFires(page, spans({ ...quiet, SixHours: 0.008, ThirtyMinutes: 0.008, OneHour: 0.008 }))).toBe(true);
    expect(conditionFires(page, spans({ ...quiet, ThirtyMinutes: 0.05 }))).toBe(false);
  });

  it('scales the factors to the window as the app does, and reads the SLI query without good/total', () => {
    const ticket = rulesOf(sloKpi({ window: '28d', slo: { objective: 99.9 } }))[2];
    const day = 86_400_000;
    const factors = [
      burnThreshold(0.1, 28 * day, day), // 2.8 over 1d and 2h
      burnThreshold(0.1, 28 * day, 3 * day), // 0.93 over 3d and 6h
    ];
    expect(node(ticket, 'Ticket').model.expression).toBe(
      `($BurnOneDay >= ${factors[0]} && $BurnTwoHours >= ${factors[0]}) || ($BurnThreeDays >= ${factors[1]} && $BurnSixHours >= ${factors[1]})`
    );
    expect(node(ticket, 'SliOneDay').model).toMatchObject({ type: 'reduce', reducer: 'mean' });
    // An SLI of 99.7% (percent) is a burn of 3x: above 2.8 on both ticket spans of the first pair.
    const sli = { SliOneDay: 99.7, SliTwoHours: 99.7, SliThreeDays: 99.95, SliSixHours: 99.95 };
    expect(conditionFires(ticket, sli)).toBe(true);
    expect(conditionFires(ticket, { ...sli, SliTwoHours: 99.8 })).toBe(false);
  });
});

describe('grafanaRules: uids, titles and text', () => {
  it('keeps uids within 40 characters and apart for long ids', () => {
    const long = 'a-very-long-kpi-identifier-that-goes-on-and-on';
    const rules = rulesOf(makeKpi({ id: `${long}-1` }), makeKpi({ id: `${long}-2` }));
    expect(rules.map((r) => r.uid.length <= 40)).toEqual([true, true]);
    expect(new Set(rules.map((r) => r.uid)).size).toBe(2);
  });

  it('tells KPIs with one name apart in their titles', () => {
    const rules = rulesOf(makeKpi({ id: 'a', name: 'Latency' }), makeKpi({ id: 'b', name: 'Latency' }));
    expect(rules.map((r) => r.title)).toEqual(['Off track: Latency (a)', 'Off track: Latency (b)']);
  });

  it('never lets catalog text run as a template or read the environment', () => {
    const kpi = makeKpi({ name: 'Evil {{ .Labels }} $HOME', team: 'ops$USER' });
    const [rule] = rulesOf(kpi);
    expect(rule.annotations.summary).toBe('Evil {{ "{{" }} .Labels }} {{ "$" }}HOME is off track');
    expect(rule.labels.team).toBe('ops{{ "$" }}USER');
    const [fileRule] = grafanaRulesFile([rule]).groups[0].rules;
    expect(fileRule.title).toBe('Off track: Evil {{ .Labels }} $$HOME');
    expect(fileRule.labels.team).toBe('ops{{ "$$" }}USER');
    expect(grafanaRulesFile([rule]).groups[0].name).toBe('KPI ops$$USER');
  });

  it("says the edge in the KPI's unit as a notification shows it: one space before a custom suffix", () => {
    const [rule] = rulesOf(makeKpi({ unit: 'suffix: deploys', decimals: 0, target: { value: 50, atRisk: 40 } }));
    expect(rule.annotations.description).toContain('off track below 40 deploys (target 50 deploys).');
  });

  it('links the runbook and the KPI page', () => {
    const [rule] = rulesOf(makeKpi({ links: [{ title: 'Runbook', url: 'https://wiki.example.com/deploys' }] }));
    expect(rule.annotations).toMatchObject({
      runbook_url: 'https://wiki.example.com/deploys',
      kpi_page: '/a/kpi-scorecards-app/kpi/deployment-frequency',
    });
  });
});
