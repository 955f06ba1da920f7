import { evenSeries, HOUR, makeKpi } from '../test-fixtures/kpiBuilders';
import { evaluateKpi } from './evaluateKpi';
import { thresholdStatus } from './kpiStatus';
import { resolveWindow } from './kpiWindow';
import { sloStatusTarget } from './sloBudget';
import { type Kpi } from './types';

const NOW = Date.parse('2026-03-18T12:00:00Z');
const slo = (overrides: Partial<Kpi> = {}) =>
  makeKpi({ unit: 'percent', target: {}, window: '30d', slo: { objective: 99.9 }, ...overrides });

function evaluate(kpi: Kpi, value: number) {
  const window = resolveWindow(kpi.window, NOW, 'utc');
  return evaluateKpi({ kpi, now: NOW, window, current: { frames: [evenSeries(NOW, HOUR, [value])] } });
}

// budgetLeft = 1 - (100 - v) / (100 - objective); off-track below the objective, at-risk under 25% left.
describe('SLO KPIs are judged by their error budget', () => {
  it.each([
    ['untouched', 100, 1, 'on-track'],
    ['half spent', 99.95, 0.5, 'on-track'],
    ['exactly 25% left: not yet at risk', 99.925, 0.25, 'on-track'],
    ['just under 25% left', 99.924, 0.24, 'at-risk'],
    ['spent to the last drop: the objective is met', 99.9, 0, 'at-risk'],
    ['overspent: the SLO is missed', 99.89, -0.1, 'off-track'],
    // The demo: 98% against 99.9% is twenty times the budget, never "at risk".
    ['twenty times the budget', 98, -19, 'off-track'],
  ])('%s (SLI %s%%): budget %s, %s', (_name, value, left, status) => {
    const result = evaluate(slo(), value);
    expect(result.budgetLeft).toBeCloseTo(left, 12);
    expect(result.status).toBe(status);
  });

  it('checkout at 99.915% against 99.95% is 70% over its budget: off-track, not "at risk"', () => {
    const result = evaluate(slo({ slo: { objective: 99.95 } }), 99.915);
    expect(result.budgetLeft).toBeCloseTo(-0.7, 12);
    expect(result.status).toBe('off-track');
  });

  it('reads a percentunit SLI (0..1) against the objective in percent, and reports the target in that unit', () => {
    const result = evaluate(slo({ unit: 'percentunit' }), 0.99925);
    expect(result).toMatchObject({ status: 'on-track', target: 0.999, atRisk: null });
    expect(result.budgetLeft).toBeCloseTo(0.25, 12);
  });

  it('has the objective as its target and no at-risk boundary, whatever target.value says', () => {
    expect(evaluate(slo({ target: { value: 99.9 } }), 99.99)).toMatchObject({ target: 99.9, atRisk: null });
    expect(evaluate(slo(), 99.99).attainment).toBeCloseTo(99.99 / 99.9, 12);
  });

  it('a KPI without slo has no budget', () => {
    expect(evaluate(makeKpi(), 12).budgetLeft).toBeNull();
  });

  it('a stale SLO keeps its budget but is never judged healthy', () => {
    const kpi = slo({ maxAge: '10m' });
    const window = resolveWindow(kpi.window, NOW, 'utc');
    const frames = [evenSeries(NOW - HOUR, HOUR, [99.99])];
    const result = evaluateKpi({ kpi, now: NOW, window, current: { frames } });
    expect(result.status).toBe('stale');
    expect(result.budgetLeft).toBeCloseTo(0.9, 12);
  });
});

// Charts and sparklines mark these edges: they must be the ones the status reads, not the default band of 10%.
describe('sloStatusTarget: an SLO’s status edges as a target', () => {
  it('is on track from a quarter of the budget left, at risk down to the objective, in the KPI’s unit', () => {
    expect(sloStatusTarget(slo())).toEqual({ value: 99.925, atRisk: 99.9 });
    expect(sloStatusTarget(slo({ slo: { objective: 99.95 } }))).toEqual({ value: 99.9625, atRisk: 99.95 });
    expect(sloStatusTarget(slo({ unit: 'percentunit' }))).toEqual({ value: 0.99925, atRisk: 0.999 });
    expect(sloStatusTarget(makeKpi())).toBeNull();
  });

  it.each([100, 99.95, 99.925, 99.924, 99.9, 99.89, 98, 89.91])(
    'the threshold rule on the edges gives the budget status for an SLI of %s%%',
    (value) => {
      const kpi = slo();
      expect(thresholdStatus(kpi.direction, sloStatusTarget(kpi)!, value)).toBe(evaluate(kpi, value).status);
    }
  );
});
