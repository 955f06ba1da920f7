import {
  createDataFrame,
  FieldType,
  MappingType,
  type DataFrame,
  type FieldConfig,
  type ValueMapping,
} from '@grafana/data';

import { kpiThresholds } from '../kpi/kpiThresholds';
import { type Kpi } from '../kpi/types';
import { type KpiRow } from './kpiRows';
import { TABLE_FIELDS, type KpiTableMeta, type KpiTrendMeta } from './kpiTableMeta';

/** Status colours as Grafana value mappings: a Table, Stat or Bar gauge colours the status column like the badges. */
const STATUS_MAPPINGS: ValueMapping[] = [
  {
    type: MappingType.ValueToText,
    options: {
      'on-track': { color: 'green', index: 0 },
      'at-risk': { color: 'orange', index: 1 },
      'off-track': { color: 'red', index: 2 },
      'no-data': { color: 'text', index: 3 },
      stale: { color: 'text', index: 4 },
      error: { color: 'red', index: 5 },
    },
  },
];

/**
 * The KPI table: one row per KPI with the fields a Table, Stat or Bar gauge panel needs, and the rows'
 * definitions in `meta.custom` for the scorecard panel. A KPI still loading has empty cells.
 *
 * Units: a field has one unit in Grafana, so value, target, delta and forecast carry the KPIs' unit (and
 * decimals) when they all share it; otherwise each row's unit is in the `unit` column, which Grafana's "Rows to
 * fields" transformation reads as each field's unit. Thresholds: the value's own when the table holds one KPI.
 */
export function kpiTableFrame(rows: KpiRow[], meta: Omit<KpiTableMeta, 'rows'>, refId = 'A'): DataFrame {
  const ev = rows.map((r) => r.evaluation);
  const num = (pick: (i: number) => number | null | undefined) => rows.map((_, i) => pick(i) ?? null);
  const text = (pick: (i: number) => string | null | undefined) => rows.map((_, i) => pick(i) ?? null);
  const units = new Set(rows.map((r) => r.kpi.unit ?? ''));
  const decimals = new Set(rows.map((r) => r.kpi.decimals));
  const shared: FieldConfig = {
    unit: units.size === 1 ? [...units][0] || undefined : undefined,
    decimals: decimals.size === 1 ? [...decimals][0] : undefined,
  };
  const F = TABLE_FIELDS;
  const tableMeta: KpiTableMeta = {
    ...meta,
    rows: rows.map(({ kpi, index, invalid, reachable }) => ({ kpi, index, invalid, reachable })),
  };
  return createDataFrame({
    refId,
    name: 'KPIs',
    meta: { preferredVisualisationType: 'table', custom: { kpiTable: tableMeta } },
    fields: [
      { name: F.id, type: FieldType.string, values: text((i) => rows[i].kpi.id) },
      { name: F.name, type: FieldType.string, values: text((i) => rows[i].kpi.name) },
      {
        name: F.status,
        type: FieldType.string,
        values: text((i) => ev[i]?.status),
        config: { mappings: STATUS_MAPPINGS, custom: { cellOptions: { type: 'color-text' } } },
      },
      {
        name: F.value,
        type: FieldType.number,
        values: num((i) => ev[i]?.value),
        config: { ...shared, thresholds: rows.length === 1 ? thresholdsOf(rows[0]) : undefined },
      },
      { name: F.target, type: FieldType.number, values: num((i) => ev[i]?.target), config: shared },
      { name: F.unit, type: FieldType.string, values: text((i) => rows[i].kpi.unit) },
      { name: F.delta, type: FieldType.number, values: num((i) => ev[i]?.delta) },
      { name: F.forecast, type: FieldType.number, values: num((i) => ev[i]?.forecast), config: shared },
      {
        name: F.budgetLeft,
        type: FieldType.number,
        values: num((i) => ev[i]?.budgetLeft),
        config: { unit: 'percentunit' },
      },
      { name: F.owner, type: FieldType.string, values: text((i) => rows[i].kpi.owner) },
      { name: F.team, type: FieldType.string, values: text((i) => rows[i].kpi.team) },
      { name: F.type, type: FieldType.string, values: text((i) => rows[i].kpi.type) },
      { name: F.objective, type: FieldType.string, values: text((i) => rows[i].kpi.objective) },
      { name: F.links, type: FieldType.string, values: text((i) => linksText(rows[i].kpi.links)) },
      { name: F.atRisk, type: FieldType.number, values: num((i) => ev[i]?.atRisk), config: shared },
      { name: F.previous, type: FieldType.number, values: num((i) => ev[i]?.previous), config: shared },
      { name: F.deltaKind, type: FieldType.string, values: text((i) => ev[i]?.deltaKind) },
      { name: F.attainment, type: FieldType.number, values: num((i) => ev[i]?.attainment) },
      { name: F.updated, type: FieldType.string, values: text((i) => ev[i]?.newestSampleAt) },
      { name: F.error, type: FieldType.string, values: text((i) => ev[i]?.error) },
    ],
  });
}

/** Each row's trend as its own frame (time and value, named by the KPI's id), for sparklines. */
export function kpiTrendFrames(rows: KpiRow[], refId = 'A'): DataFrame[] {
  return rows.flatMap(({ kpi, trend }) => {
    if (!trend?.times) {
      return [];
    }
    const custom: { kpiTrend: KpiTrendMeta } = { kpiTrend: { kpiId: kpi.id } };
    return [
      createDataFrame({
        refId,
        name: kpi.id,
        meta: { custom },
        fields: [
          { name: 'time', type: FieldType.time, values: trend.times },
          { name: kpi.name, type: FieldType.number, values: trend.values, config: { unit: kpi.unit } },
        ],
      }),
    ];
  });
}

/** Links as `title <url>`, comma-separated: readable in a table cell and a CSV. */
function linksText(links: Kpi['links']): string | null {
  return links && links.length > 0 ? links.map((l) => `${l.title} <${l.url}>`).join(', ') : null;
}

function thresholdsOf(row: KpiRow) {
  return row.invalid ? undefined : kpiThresholds(row.kpi as Kpi);
}
