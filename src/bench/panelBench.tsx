/**
 * Render cost of 200 scorecard cards against 200 @grafana/ui BigValues (the stat panel's core), both with a
 * sparkline, in the same jsdom run: a ratio, since absolute jsdom times say little about a browser. Run with
 * `npx jest --runInBand --testMatch '<rootDir>/src/bench/panelBench.tsx'` (not a *.test file: never part of `jest`).
 */
import '../components/kpi/testing/canvasStub';
import { createTheme, dateTime, FieldType } from '@grafana/data';
import { BigValue, BigValueColorMode, BigValueGraphMode } from '@grafana/ui';
import { act, render } from '@testing-library/react';
import React from 'react';

import { kpiRows } from '../datasource/kpiRows';
import { kpiTableFrame, kpiTrendFrames } from '../datasource/kpiTableFrame';
import { evaluateKpi } from '../kpi/evaluateKpi';
import { resolveWindow } from '../kpi/kpiWindow';
import { KpiCard } from '../panels/scorecard/KpiCard';
import { kpiTableItems } from '../panels/scorecard/kpiTableItems';
import { type ScorecardItem } from '../panels/scorecard/scorecardItems';
import { DEFAULT_OPTIONS } from '../panels/scorecard/scorecardOptions';
import { benchKpi, benchSeries, random, seriesToFrame } from './benchData';

const COUNT = 200;
const ROUNDS = 5;
const NOW = Date.parse('2026-02-15T00:00:00Z');
const SIZE = { width: 240, height: 176 };

/** The cards' items as the panel reads them: from the KPI datasource's table and trend frames. */
function scorecardItems(): ScorecardItem[] {
  const next = random(42);
  const results = Array.from({ length: COUNT }, (_, i) => {
    const kpi = benchKpi(i);
    const frames = [seriesToFrame(benchSeries(720, NOW, next))];
    const window = resolveWindow(kpi.window, NOW, 'utc');
    const evaluation = evaluateKpi({ kpi, now: NOW, window, current: { frames } });
    return { kpi, loading: false, evaluation, window, current: { frames } };
  });
  const indexOf = new Map(results.map((r, i) => [r.kpi.id, i]));
  const rows = kpiRows({ kpis: results.map((r) => r.kpi), invalid: [], indexOf, nothingChosen: false }, results);
  return kpiTableItems([kpiTableFrame(rows, { now: NOW }), ...kpiTrendFrames(rows)])!.items;
}

function bigValueProps() {
  const next = random(42);
  const theme = createTheme();
  return Array.from({ length: COUNT }, () => {
    const { times, values } = benchSeries(720, NOW, next);
    const numbers = values.filter((v): v is number => v !== null);
    const [min, max] = [Math.min(...numbers), Math.max(...numbers)];
    const last = numbers[numbers.length - 1];
    return {
      theme,
      ...SIZE,
      colorMode: BigValueColorMode.Value,
      graphMode: BigValueGraphMode.Area,
      value: { numeric: last, text: String(last), color: theme.visualization.getColorByName('green') },
      sparkline: {
        x: { name: 'time', type: FieldType.time, config: {}, values: times },
        y: {
          name: 'value',
          type: FieldType.number,
          config: {},
          values,
          state: { range: { min, max, delta: max - min } },
        },
        timeRange: {
          from: dateTime(times[0]),
          to: dateTime(NOW),
          raw: { from: dateTime(times[0]), to: dateTime(NOW) },
        },
      },
    };
  });
}

function timeRender(element: React.ReactElement): number {
  const start = performance.now();
  let view: ReturnType<typeof render> | undefined;
  act(() => {
    view = render(element);
  });
  const elapsed = performance.now() - start;
  act(() => view!.unmount());
  return elapsed;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

test('scorecard render cost against BigValue', () => {
  const items = scorecardItems();
  const bigValues = bigValueProps();
  const cards = (
    <div>
      {items.map((item) => (
        <KpiCard
          key={item.kpi.id}
          item={item}
          href={`/a/kpi/${item.kpi.id}`}
          now={NOW}
          options={DEFAULT_OPTIONS}
          sparklineWidth={210}
        />
      ))}
    </div>
  );
  const stats = (
    <div>
      {bigValues.map((props, i) => (
        <BigValue key={i} {...props} />
      ))}
    </div>
  );
  // Warm up both (module init, emotion's style cache), then alternate so drift hits both alike.
  timeRender(cards);
  timeRender(stats);
  const scorecard: number[] = [];
  const bigValue: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    scorecard.push(timeRender(cards));
    bigValue.push(timeRender(stats));
  }
  const ratio = median(scorecard) / median(bigValue);
  process.stdout.write(
    `scorecard 200 KPIs render: ${median(scorecard).toFixed(0)} ms (median of ${ROUNDS})\n` +
      `200 BigValue render: ${median(bigValue).toFixed(0)} ms (median of ${ROUNDS})\n` +
      `scorecard 200 KPIs render / 200 BigValue ratio: ${ratio.toFixed(2)}\n`
  );
  expect(ratio).toBeGreaterThan(0);
}, 300_000);
