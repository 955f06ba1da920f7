import { createTheme, FieldType, getDisplayProcessor } from '@grafana/data';

import { kpi } from '../components/kpi/testing/catalogFixture';
import { invalidKpiEvaluation } from '../kpi/invalidKpiEvaluation';
import { type KpiEvaluation } from '../kpi/types';
import { kpiTableItems } from '../panels/scorecard/kpiTableItems';
import { type KpiRow } from './kpiRows';
import { kpiTableFrame, kpiTrendFrames } from './kpiTableFrame';
import { TABLE_FIELDS as F } from './kpiTableMeta';

const NOW = Date.parse('2026-02-15T00:00:00Z');

function evaluation(id: string, over: Partial<KpiEvaluation>): KpiEvaluation {
  return { ...invalidKpiEvaluation(id, ''), error: null, ...over };
}

const deploys = kpi({
  id: 'deploys',
  name: 'Deploys',
  unit: 'short',
  owner: 'ana',
  objective: 'ship',
  links: [{ title: 'Runbook', url: 'https://runbook' }],
});
const latency = kpi({
  id: 'latency',
  name: 'Latency',
  unit: 'ms',
  direction: 'lower-is-better',
  target: { value: 200, atRisk: 250 },
});
const rows: KpiRow[] = [
  {
    kpi: deploys,
    index: 0,
    invalid: false,
    reachable: true,
    evaluation: evaluation('deploys', {
      status: 'at-risk',
      value: 9,
      target: 10,
      atRisk: 8,
      delta: -0.1,
      deltaKind: 'relative',
      previous: 10,
      newestSampleAt: '2026-02-14T23:00:00.000Z',
    }),
    trend: { times: [NOW - 7200_000, NOW - 3600_000], values: [8, 9] },
  },
  { kpi: latency, index: 1, invalid: false, reachable: true, trend: null },
  {
    kpi: { id: 'broken', name: 'Broken' },
    index: 2,
    invalid: true,
    reachable: true,
    evaluation: invalidKpiEvaluation('broken', 'kpis[2] (broken).owner: required'),
    trend: null,
  },
];

describe('kpiTableFrame', () => {
  const frame = kpiTableFrame(rows, { now: NOW });
  const values = (name: string) => frame.fields.find((f) => f.name === name)!.values;

  it('has one row per KPI with the fields a Table, Stat or Bar gauge needs, in order', () => {
    expect(frame.fields.map((f) => f.name)).toEqual(Object.values(F));
    expect(frame.length).toBe(3);
    expect(values(F.id)).toEqual(['deploys', 'latency', 'broken']);
    expect(values(F.status)).toEqual(['at-risk', null, 'error']);
    expect(values(F.value)).toEqual([9, null, null]);
    expect(values(F.target)).toEqual([10, null, null]);
    expect(values(F.unit)).toEqual(['short', 'ms', null]);
    expect(values(F.owner)).toEqual(['ana', 'jane@example.com', null]);
    expect(values(F.links)).toEqual(['Runbook <https://runbook>', null, null]);
    expect(values(F.error)).toEqual([null, null, 'kpis[2] (broken).owner: required']);
    expect(frame.fields.find((f) => f.name === F.value)!.type).toBe(FieldType.number);
  });

  it('colours the status like the badges, and gives no single unit to KPIs in different units', () => {
    const status = frame.fields.find((f) => f.name === F.status)!;
    const display = getDisplayProcessor({ field: status, theme: createTheme() });
    expect(display('off-track').color).toBe(createTheme().visualization.getColorByName('red'));
    expect(frame.fields.find((f) => f.name === F.value)!.config.unit).toBeUndefined();
  });

  it('gives one KPI its unit and its status bands as thresholds', () => {
    const one = kpiTableFrame([rows[0]], { now: NOW });
    const value = one.fields.find((f) => f.name === F.value)!;
    expect(value.config.unit).toBe('short');
    expect(value.config.thresholds?.steps.map((s) => s.color)).toEqual(['red', 'orange', 'green']);
  });

  it('gives each timed trend its own frame, named by the KPI', () => {
    const trends = kpiTrendFrames(rows);
    expect(trends.map((t) => t.name)).toEqual(['deploys']);
    expect(trends[0].fields[1].values).toEqual([8, 9]);
  });

  it('is read back by the scorecard panel as the same KPIs, evaluations and trends', () => {
    const table = kpiTableItems([frame, ...kpiTrendFrames(rows)])!;
    expect(table.now).toBe(NOW);
    expect(table.items.map((i) => [i.kpi.id, i.invalid, i.loading, i.status])).toEqual([
      ['deploys', false, false, 'at-risk'],
      ['latency', false, true, undefined],
      ['broken', true, false, 'error'],
    ]);
    expect(table.items[0].evaluation).toEqual(rows[0].evaluation);
    expect(table.items[0].trend?.values).toEqual([8, 9]);
  });

  it('keeps an unchanged KPI’s item object when the table is read again', () => {
    const first = kpiTableItems([frame])!;
    const previous = new Map(first.items.map((i) => [i.index, i]));
    const again = kpiTableItems([kpiTableFrame(rows, { now: NOW })], previous)!;
    expect(again.items[0]).toBe(first.items[0]);
  });

  it('keeps a KPI’s last figures, marked loading, while a refresh’s answer is on its way', () => {
    const first = kpiTableItems([frame])!;
    const previous = new Map(first.items.map((i) => [i.index, i]));
    const reloading = rows.map((r) => ({ ...r, evaluation: undefined }));
    const again = kpiTableItems([kpiTableFrame(reloading, { now: NOW })], previous)!;
    expect(again.items[0]).toMatchObject({ loading: true, status: 'at-risk', evaluation: rows[0].evaluation });
    expect(again.items[1]).toMatchObject({ loading: true, evaluation: undefined });
  });
});
