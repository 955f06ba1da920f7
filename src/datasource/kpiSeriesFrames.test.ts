import { createDataFrame, createTheme, FieldType, getDisplayProcessor } from '@grafana/data';

import { kpi } from '../components/kpi/testing/catalogFixture';
import { errorBudget } from '../kpi/errorBudget';
import { kpiSeriesFrames } from './kpiSeriesFrames';
import { sloBudgetFrame } from './sloBudgetFrame';

const T0 = Date.parse('2026-02-14T00:00:00Z');
const answer = createDataFrame({
  refId: 'latency',
  fields: [
    { name: 'Time', type: FieldType.time, values: [T0, T0 + 3600_000, T0 + 7200_000] },
    { name: 'Value', type: FieldType.number, values: [180, 220, 260] },
  ],
});

describe('kpiSeriesFrames', () => {
  it('adds the target and at-risk lines on the series’ time, with the KPI’s name, unit and status bands', () => {
    const latency = kpi({
      id: 'latency',
      name: 'Latency',
      unit: 'ms',
      direction: 'lower-is-better',
      target: { value: 200, atRisk: 250 },
    });
    const [frame] = kpiSeriesFrames(latency, [answer]);
    expect(frame.fields.map((f) => f.name)).toEqual(['Time', 'Value', 'target', 'at risk']);
    expect(frame.fields[2].values).toEqual([200, 200, 200]);
    expect(frame.fields[3].values).toEqual([250, 250, 250]);
    expect(frame.fields[1].config).toMatchObject({ displayName: 'Latency', unit: 'ms' });
    expect(frame.fields[1].config.thresholds?.steps.map((s) => s.color)).toEqual(['green', 'orange', 'red']);
  });

  it('draws an in-range KPI’s band edges as min and max lines', () => {
    const temp = kpi({ id: 'temp', direction: 'in-range', target: { min: 190, max: 230 } });
    const [frame] = kpiSeriesFrames(temp, [answer]);
    expect(frame.fields.map((f) => f.name)).toEqual(['Time', 'Value', 'min', 'max']);
  });

  it('draws an additive calendar KPI as its running total, as the KPI page does', () => {
    const deploys = kpi({ id: 'deploys', window: 'month', reduce: 'sum' });
    const [frame] = kpiSeriesFrames(deploys, [answer]);
    expect(frame.fields[1].values).toEqual([180, 400, 660]);
  });
});

describe('sloBudgetFrame', () => {
  it('is one row with the budget left and a burn rate per span', () => {
    const api = kpi({ id: 'api', unit: 'percent', slo: { objective: 99.9 }, window: '30d' });
    const budget = errorBudget(api, 99.95, {}, T0, 30 * 86_400_000)!;
    const frame = sloBudgetFrame(api, budget);
    const value = (name: string) => frame.fields.find((f) => f.name === name)?.values[0];
    expect(frame.length).toBe(1);
    expect(value('budget left')).toBeCloseTo(0.5);
    expect(value('objective')).toBe(99.9);
    expect(frame.fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['burn rate 5m', 'burn rate 1h', 'burn rate 3d', 'alerts'])
    );
    expect(value('burn rate 1h')).toBeNull();
  });

  it('reads a spent budget as "already spent", not as 0 ms left to spend it in', () => {
    const api = kpi({ id: 'api', unit: 'percent', slo: { objective: 99.9 }, window: '30d' });
    const frame = sloBudgetFrame(api, errorBudget(api, 99.8, {}, T0, 30 * 86_400_000)!);
    const spentIn = frame.fields.find((f) => f.name === 'budget spent in')!;
    expect(spentIn.values[0]).toBe(0);
    expect(getDisplayProcessor({ field: spentIn, theme: createTheme() })(0).text).toBe('already spent');
  });
});
