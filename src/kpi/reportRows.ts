import { shownKpi, type Entry, type ValidationResult } from './catalogEntries';
import { setDelta } from './evaluateKpi';
import { DEFAULT_UNIT } from './grafanaKnowledge';
import { invalidKpiEvaluation } from './invalidKpiEvaluation';
import { STATUS_SEVERITY } from './kpiStatus';
import { problemsText } from './problemsText';
import { type ReportPeriod } from './reportPeriod';
import { alternativesOf, selectsEntry, type AlternativesSelector } from './selectorAlternatives';
import {
  type DeltaKind,
  type Direction,
  type Kpi,
  type KpiEvaluation,
  type KpiSelector,
  type KpiStatus,
} from './types';

/** One KPI of a period-close report: as it stood when the period closed, and at the previous period's close. */
export interface ReportRow {
  kpi: string;
  name: string;
  team: string;
  owner: string;
  unit: string;
  decimals?: number;
  direction?: Direction;
  /** The KPI as written, for the views' target text. */
  definition: Partial<Kpi>;
  target: number | null;
  targetMin: number | null;
  targetMax: number | null;
  value: number | null;
  status: KpiStatus;
  previous: number | null;
  delta: number | null;
  deltaKind: DeltaKind | null;
  attainment: number | null;
  error: string | null;
}

/** The KPIs of one objective (or of none), with how many are in each status, worst first. */
export interface ReportGroup {
  objective: string | null;
  title: string | null;
  rows: ReportRow[];
  counts: Array<{ status: KpiStatus; count: number }>;
}

export interface Report {
  period: ReportPeriod;
  previousPeriod: ReportPeriod;
  groups: ReportGroup[];
}

/** The catalog entries a report covers: every KPI the selector takes, valid or not, in catalog order. */
export function reportEntries(validation: ValidationResult, selector: KpiSelector): Array<Entry<Kpi>> {
  const chosen: AlternativesSelector = alternativesOf({ ...selector, status: undefined });
  return validation.kpis.filter((entry) => selectsEntry(entry, chosen));
}

export interface ReportInput {
  validation: ValidationResult;
  entries: Array<Entry<Kpi>>;
  period: ReportPeriod;
  previousPeriod: ReportPeriod;
  /** Each valid KPI evaluated at the period's close, and at the previous period's close, by id. */
  atClose: Map<string, KpiEvaluation>;
  atPreviousClose: Map<string, KpiEvaluation>;
  /** Only KPIs in this status at close (the selector's `status`). */
  status?: string;
}

/**
 * The report: the entries grouped by objective (in the catalog's order of objectives, KPIs without one last),
 * each row its value, status and attainment at close, the previous period's value at its own close and the
 * delta between the two. A KPI the catalog defines badly is a row in error that says what to fix.
 */
export function buildReport(input: ReportInput): Report {
  const rows = input.entries.map((entry) => [entry, reportRow(entry, input)] as const);
  const shown = rows.filter(([, row]) => !input.status || row.status === input.status);
  const titles = new Map<string, string>();
  for (const objective of input.validation.objectives) {
    if (objective.ok && !titles.has(objective.value.id)) {
      titles.set(objective.value.id, objective.value.title);
    }
  }
  const order = [...titles.keys()];
  const groupOf = (entry: Entry<Kpi>) => {
    const id = shownKpi(entry).objective;
    return typeof id === 'string' && titles.has(id) ? id : null;
  };
  const groups = [...order, null]
    .map((objective) => {
      const inGroup = shown.filter(([entry]) => groupOf(entry) === objective).map(([, row]) => row);
      const title = objective === null ? null : titles.get(objective)!;
      return { objective, title, rows: inGroup, counts: statusCounts(inGroup) };
    })
    .filter((group) => group.rows.length > 0);
  return { period: input.period, previousPeriod: input.previousPeriod, groups };
}

function reportRow(entry: Entry<Kpi>, input: ReportInput): ReportRow {
  const kpi = shownKpi(entry);
  const evaluation = entry.ok
    ? (input.atClose.get(kpi.id) ?? invalidKpiEvaluation(kpi.id, 'not evaluated'))
    : invalidKpiEvaluation(kpi.id, `invalid KPI definition: ${problemsText(entry.problems)}`);
  const before = entry.ok ? input.atPreviousClose.get(kpi.id) : undefined;
  const previous = before?.value ?? null;
  const change: Pick<KpiEvaluation, 'delta' | 'deltaKind'> = { delta: null, deltaKind: null };
  if (entry.ok && evaluation.value !== null && previous !== null) {
    setDelta(change, entry.value, evaluation.value, previous);
  }
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const number = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const inRange = kpi.direction === 'in-range';
  return {
    kpi: kpi.id,
    name: kpi.name,
    team: text(kpi.team),
    owner: text(kpi.owner),
    unit: text(kpi.unit) || DEFAULT_UNIT,
    decimals: number(kpi.decimals) ?? undefined,
    direction: kpi.direction,
    definition: kpi,
    target: evaluation.target ?? (inRange ? null : number(kpi.target?.value)),
    targetMin: inRange ? number(kpi.target?.min) : null,
    targetMax: inRange ? number(kpi.target?.max) : null,
    value: evaluation.value,
    status: evaluation.status,
    previous,
    delta: change.delta,
    deltaKind: change.deltaKind,
    attainment: evaluation.attainment,
    error: evaluation.error,
  };
}

function statusCounts(rows: ReportRow[]): Array<{ status: KpiStatus; count: number }> {
  const counts = new Map<KpiStatus, number>();
  for (const { status } of rows) {
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => STATUS_SEVERITY[a] - STATUS_SEVERITY[b])
    .map(([status, count]) => ({ status, count }));
}
