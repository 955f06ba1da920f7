import { GCProfiler } from 'node:v8';

import { FieldType, reduceField } from '@grafana/data';

import { evaluateCatalog } from '../kpi/evaluateCatalog';
import { problemText } from '../kpi/problemsText';
import { validateCatalog } from '../kpi/validateCatalog';
import { benchCatalog, benchSeries, random, seriesToFrame } from './benchData';
import { benchPresetRequests } from './presetRequestBench';
import { benchRequests } from './requestBench';
import { benchStorage } from './storageBench';

/**
 * The domain's benchmark (run by `npm run bench` with --expose-gc and --single-threaded). Each measure is taken
 * over several rounds after a warm-up; evaluation is compared with bare reduceField on the same series, round by
 * round in the same run.
 */

const ROUNDS = 15;
const VALIDATE_KPIS = 5000;
const EVALUATE_KPIS = 1000;
const POINTS = 720;
const NOW = Date.parse('2026-03-18T12:00:00Z');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function mean(samples: number[]): number {
  return samples.reduce((sum, x) => sum + x, 0) / samples.length;
}

/**
 * The CPU time `run` takes, in ms. bench.mjs runs this with --single-threaded, so V8's collector and compiler work
 * on this thread and are counted, while the time other processes of a shared machine hold the cores is not: the
 * same code measures the same to a few percent on a busy machine, where a wall clock varied by a third.
 */
function time(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

function print(name: string, value: number, digits = 1) {
  process.stdout.write(`${name}: ${value.toFixed(digits)}\n`);
}

function benchValidate() {
  const catalog = benchCatalog(VALIDATE_KPIS);
  const check = validateCatalog(catalog);
  if (check.hasErrors) {
    throw new Error(`the benchmark catalog is invalid: ${problemText(check.problems[0])}`);
  }
  const rounds: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    gc();
    rounds.push(time(() => validateCatalog(catalog)));
  }
  // Peak: the most heap in use at any moment of one validation (before each collection, and at its end).
  gc();
  const profiler = new GCProfiler();
  profiler.start();
  const result = validateCatalog(catalog);
  const atEnd = process.memoryUsage().heapUsed;
  const { statistics } = profiler.stop();
  const peak = Math.max(atEnd, ...statistics.map((s) => s.beforeGC.heapStatistics.usedHeapSize));
  print(`validate ${VALIDATE_KPIS} KPIs ms`, median(rounds));
  print(`validate ${VALIDATE_KPIS} KPIs peak heap MB`, peak / 2 ** 20);
  return result;
}

function benchEvaluate() {
  const { kpis } = benchCatalog(EVALUATE_KPIS);
  const next = random(42);
  const series = kpis.map(() => benchSeries(POINTS, NOW, next));
  // Answers by KPI id, as the query layer hands them to evaluation once a response is read.
  const evaluate = () => {
    const answers = new Map(kpis.map((kpi, i) => [kpi.id, { frames: [seriesToFrame(series[i])] }]));
    return () => evaluateCatalog({ kpis, now: NOW, timeZone: 'utc', current: (kpi) => answers.get(kpi.id) });
  };
  // reduceField caches its result on field.state: every round gets fresh fields.
  const bare = () => {
    const fields = series.map((s) => ({ name: 'Value', type: FieldType.number, config: {}, values: s.values }));
    return () => fields.forEach((field, i) => reduceField({ field, reducers: [kpis[i].reduce!] }));
  };
  const evaluated: number[] = [];
  const reduced: number[] = [];
  for (let r = -2; r < ROUNDS; r++) {
    const [a, b] = [evaluate(), bare()];
    gc();
    const e = time(a);
    gc();
    const f = time(b);
    if (r >= 0) {
      evaluated.push(e);
      reduced.push(f);
    }
  }
  // Means, not medians: the collections that evaluation's garbage causes fall in some rounds, and are its cost too.
  const e = mean(evaluated);
  const b = mean(reduced);

  print(`evaluate ${EVALUATE_KPIS} KPIs x ${POINTS} points ms`, e);
  print(`bare reduceField ${EVALUATE_KPIS} x ${POINTS} points ms`, b);
  print(`evaluate ${EVALUATE_KPIS} KPIs x ${POINTS} points / bare reduceField ratio`, e / b, 2);
}

benchValidate();
benchEvaluate();
benchRequests(print);
// The preset requests run through the KPI datasource's own path, which answers asynchronously.
benchPresetRequests(print)
  .then(() => benchStorage(print))
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
