import { type DataFrame } from '@grafana/data';
import { type CustomTransformOperator, type SceneDataTransformer } from '@grafana/scenes';
import { lastValueFrom, of } from 'rxjs';

import { evaluateKpi } from '../../kpi/evaluateKpi';
import { resolveWindow } from '../../kpi/kpiWindow';
import { type Kpi } from '../../kpi/types';
import { alignedSeries, DAY, HOUR, makeKpi } from '../../test-fixtures/kpiBuilders';
import { kpiChartPanel } from './kpiChartPanel';

const NOW = Date.parse('2026-12-06T14:00:00Z');

/** The KPI page's chart: what its line draws from an answer, and the thresholds it is drawn against. */
async function chartOf(kpi: Kpi, frame: DataFrame) {
  const panel = kpiChartPanel(kpi);
  const { transformations } = (panel.state.$data as SceneDataTransformer).state;
  let frames = [frame];
  for (const operator of transformations as CustomTransformOperator[]) {
    frames = await lastValueFrom(of(frames).pipe(operator({ interpolate: (s: string) => s })));
  }
  const drawn = frames[0].fields[1].values as number[];
  const { thresholds } = panel.state.fieldConfig.defaults;
  const custom = panel.state.fieldConfig.defaults.custom as { axisSoftMin?: number; axisSoftMax?: number };
  const steps = thresholds!.steps.map(({ value, color }) => [value, color]);
  // uPlot scales to the data: the axis's soft limits are what keep every threshold line on the plot.
  const lines = thresholds!.steps.map((s) => s.value).filter(Number.isFinite);
  expect(custom.axisSoftMin).toBeLessThan(Math.min(...lines));
  expect(custom.axisSoftMax).toBeGreaterThan(Math.max(...lines));
  return { drawn, steps };
}

const valueOf = (kpi: Kpi, frame: DataFrame) =>
  evaluateKpi({ kpi, now: NOW, window: resolveWindow(kpi.window, NOW, 'utc'), current: { frames: [frame] } }).value;

describe('the KPI page’s chart', () => {
  it('charts "this month" as the running total that ends at the value shown, against the month’s target', async () => {
    const kpi = makeKpi({
      window: 'month',
      timezone: 'UTC',
      reduce: 'delta',
      target: { value: 1_500_000, atRisk: 1_350_000 },
    });
    const start = Date.parse('2026-12-01T00:00:00Z');
    const frame = alignedSeries(start, NOW, HOUR, (t) => 9_500_000 + ((t - start) / DAY) * 34_000);
    const { drawn, steps } = await chartOf(kpi, frame);

    expect(drawn[0]).toBe(0);
    expect(drawn[drawn.length - 1]).toBeCloseTo(valueOf(kpi, frame)!, 6);
    expect(Math.max(...drawn)).toBeLessThan(1_350_000); // the raw counter ($9.5M) would sit far above the target
    expect(steps).toEqual([
      [-Infinity, 'red'],
      [1_350_000, 'orange'],
      [1_500_000, 'green'],
    ]);
  });

  it('starts the running total again at the 1st of the month', async () => {
    const kpi = makeKpi({ window: 'month', timezone: 'UTC', reduce: 'sum', target: { value: 100 } });
    const frame = alignedSeries(Date.parse('2026-11-30T22:00:00Z'), Date.parse('2026-12-01T01:00:00Z'), HOUR, () => 1);
    expect((await chartOf(kpi, frame)).drawn).toEqual([1, 2, 1, 2]);
  });

  it('an SLO: its SLI so far, against the edges of its budget (not 10% under the objective)', async () => {
    const kpi = makeKpi({ unit: 'percent', target: {}, window: '30d', reduce: 'mean', slo: { objective: 99.9 } });
    const frame = alignedSeries(NOW - 30 * DAY, NOW, HOUR, (t) => (t === NOW - 12 * DAY ? 97 : 99.97));
    const { drawn, steps } = await chartOf(kpi, frame);

    expect(drawn[drawn.length - 1]).toBeCloseTo(valueOf(kpi, frame)!, 9);
    expect(Math.min(...drawn)).toBeGreaterThan(99.925);
    expect(steps).toEqual([
      [-Infinity, 'red'],
      [99.9, 'orange'],
      [99.925, 'green'],
    ]);
  });

  it('any other KPI: its series as answered, against its target', async () => {
    const kpi = makeKpi({ window: '7d', reduce: 'mean', target: { value: 10, atRisk: 8 } });
    const frame = alignedSeries(NOW - 7 * DAY, NOW, HOUR, (t) => (t / HOUR) % 12);
    const { drawn, steps } = await chartOf(kpi, frame);
    expect(drawn).toEqual(frame.fields[1].values);
    expect(steps).toEqual([
      [-Infinity, 'red'],
      [8, 'orange'],
      [10, 'green'],
    ]);
  });
});
