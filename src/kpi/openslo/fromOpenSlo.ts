import { isRecord } from '../places';
import { type Kpi, type KpiCatalog, type Problem } from '../types';
import { readIndicator, type Report } from './openSloIndicator';
import { fromTimeWindow } from './opensloWindow';
import { ANNOTATION, objectiveRatio } from './toOpenSlo';

export const OPENSLO_API = /^openslo\/v1/;

export interface OpenSloImport {
  catalog: KpiCatalog;
  /** What the documents lack for the catalog, each at its place (`[2] (search-slo).metadata.annotations...`). */
  problems: Problem[];
}

/**
 * A catalog from OpenSLO v1 documents: each `kind: SLO` becomes an SLO KPI; its indicator is inline or an `SLI`
 * document named by `indicatorRef`; `DataSource` documents give a metric source's datasource. What the catalog
 * needs and OpenSLO has no field for (owner, team, type) is read from the annotations `toOpenSlo` writes, and is
 * an error at its place when missing: nothing is guessed. `alongside` holds the documents of the other files
 * read with these (SLIs and DataSources they name; SLOs there spare these the "no SLO" error).
 */
export function fromOpenSlo(documents: unknown[], alongside: unknown[] = documents): OpenSloImport {
  const problems: Problem[] = [];
  const named = (kind: string) =>
    new Map(
      [...alongside, ...documents]
        .filter((d): d is Record<string, unknown> => isRecord(d) && d.kind === kind && isRecord(d.metadata))
        .map((d) => [(d.metadata as Record<string, unknown>).name, d.spec])
    );
  const slis = named('SLI');
  const sources = named('DataSource');
  const kpis: Kpi[] = [];
  documents.forEach((doc, i) => {
    if (!isRecord(doc) || doc.kind !== 'SLO') {
      return;
    }
    const meta = isRecord(doc.metadata) ? doc.metadata : {};
    const id = typeof meta.name === 'string' ? meta.name : undefined;
    const report = (severity: Problem['severity']) => (at: string, message: string) =>
      problems.push({ severity, at: { index: i, id, path: at.split('.') }, message });
    kpis.push(readSlo(doc, meta, { slis, sources }, report('error'), report('warning')));
  });
  if (![...documents, ...alongside].some((d) => isRecord(d) && d.kind === 'SLO')) {
    problems.push({ severity: 'error', at: { path: [] }, message: 'no OpenSLO document of kind SLO' });
  }
  return { catalog: { apiVersion: 'kpi-scorecards/v1', kind: 'KpiCatalog', kpis }, problems };
}

function readSlo(
  doc: Record<string, unknown>,
  meta: Record<string, unknown>,
  named: { slis: Map<unknown, unknown>; sources: Map<unknown, unknown> },
  error: Report,
  warning: Report
): Kpi {
  const spec = isRecord(doc.spec) ? doc.spec : {};
  const notes = isRecord(meta.annotations) ? meta.annotations : {};
  const needed = (key: 'owner' | 'team' | 'type', what: string) => {
    const value = notes[ANNOTATION[key]];
    if (typeof value !== 'string' || value === '') {
      error(
        `metadata.annotations.${ANNOTATION[key]}`,
        `required: the catalog needs the KPI's ${what}, which OpenSLO has no field for`
      );
    }
    return typeof value === 'string' ? value : '';
  };
  const kpi: Record<string, unknown> = {
    id: meta.name,
    name: typeof meta.displayName === 'string' ? meta.displayName : meta.name,
    ...(typeof spec.description === 'string' && spec.description !== '' ? { description: spec.description } : {}),
    team: needed('team', 'team'),
    owner: needed('owner', 'owner'),
    type: needed('type', 'type (leading or lagging)'),
    direction: 'higher-is-better',
  };
  const fields = readFields(notes[ANNOTATION.fields], error);
  if (!fields) {
    // Another tool's SLO: its SLI is a share of good events, which the catalog reads in percent.
    kpi.unit = 'percent';
  }
  Object.assign(kpi, readWindow(spec, fields, error));
  if (spec.budgetingMethod !== undefined && spec.budgetingMethod !== 'Occurrences') {
    error(
      'spec.budgetingMethod',
      `'${String(spec.budgetingMethod)}' counts good time slices: the catalog's SLO counts good events (Occurrences)`
    );
  }
  const target = readObjective(spec.objectives, error, warning);
  const { query, good, total } = readIndicator(spec, notes, named.slis, named.sources, error);
  kpi.query = query;
  const { slo, targetField } = sloWithTarget(fields, target, good && total ? { good, total } : {});
  return { ...kpi, ...fields, ...(targetField ? { target: targetField } : {}), slo } as unknown as Kpi;
}

/** The KPI's window (and time zone) from the SLO's timeWindow; an error, and neither, when it has none we read. */
function readWindow(
  spec: Record<string, unknown>,
  fields: Record<string, unknown> | undefined,
  error: Report
): { window?: string; timezone?: string } {
  const window = fromTimeWindow(Array.isArray(spec.timeWindow) ? spec.timeWindow[0] : undefined);
  if (typeof window === 'string') {
    error('spec.timeWindow[0]', window);
    return {};
  }
  // An export carries the zone in its fields (none for the viewer's); another tool's calendar names it.
  return { ...(window.timezone && !fields ? { timezone: window.timezone } : {}), window: window.window };
}

/** The KPI's slo and target fields, from the document's objective (a ratio) and the exported fields if any. */
function sloWithTarget(
  fields: Record<string, unknown> | undefined,
  target: number,
  counts: { good?: unknown; total?: unknown }
): { slo: Record<string, unknown>; targetField: unknown } {
  // The objective as exported (exact, not through a ratio) unless the document's target changed it.
  const exported = isRecord(fields?.slo) ? fields.slo : {};
  const objective =
    typeof exported.objective === 'number' && objectiveRatio(exported.objective) === target
      ? exported.objective
      : Number((target * 100).toPrecision(15));
  const slo = { ...exported, objective, ...counts };
  // An SLO's target is its objective: another tool's says so; an export's own target is left out once the
  // document's objective changed (it may be: it is the objective, whatever the KPI's unit).
  const own = isRecord(fields?.target) ? fields.target : undefined;
  const { value: _old, ...rest } = own ?? {};
  const targetField = !fields ? { value: slo.objective } : objective === exported.objective ? own : rest;
  return { slo, targetField };
}

/** The first objective's target, a ratio; a threshold on the raw metric is an error, more objectives a warning. */
function readObjective(objectives: unknown, error: Report, warning: Report): number {
  const list = Array.isArray(objectives) ? objectives : [];
  const objective = isRecord(list[0]) ? list[0] : {};
  if (objective.value !== undefined) {
    error(
      'spec.objectives[0].value',
      'a threshold on the raw metric: the catalog`s SLO KPI needs a query whose value is the SLI in percent'
    );
  }
  if (list.length > 1) {
    warning('spec.objectives', `only objectives[0] is read: a KPI has one objective (${list.length} here)`);
  }
  const target = typeof objective.target === 'number' ? objective.target : NaN;
  if (!(target > 0 && target < 1)) {
    error('spec.objectives[0].target', 'required: the objective as a ratio between 0 and 1');
  }
  return target;
}

function readFields(value: unknown, error: Report): Record<string, unknown> | undefined {
  if (value === undefined) {
    return undefined;
  }
  try {
    const fields = JSON.parse(String(value));
    if (isRecord(fields)) {
      return fields;
    }
  } catch {
    // reported below
  }
  error(`metadata.annotations.${ANNOTATION.fields}`, 'not a JSON object of KPI fields');
  return undefined;
}
