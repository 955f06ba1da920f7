import { isRecord } from '../places';
import { Kpi, KpiCatalog, Problem } from '../types';
import { fromTimeWindow } from './opensloWindow';
import { ANNOTATION } from './toOpenSlo';

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
 * an error at its place when missing: nothing is guessed.
 */
export function fromOpenSlo(documents: unknown[]): OpenSloImport {
  const problems: Problem[] = [];
  const named = (kind: string) =>
    new Map(
      documents
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
    const place = `[${i}]${typeof meta.name === 'string' ? ` (${meta.name})` : ''}`;
    const error = (at: string, message: string) =>
      problems.push({ severity: 'error', place: `${place}.${at}`, message, kpiIndex: kpis.length });
    kpis.push(readSlo(doc, meta, slis, sources, error));
  });
  if (!documents.some((d) => isRecord(d) && d.kind === 'SLO')) {
    problems.push({ severity: 'error', place: '(document)', message: 'no OpenSLO document of kind SLO' });
  }
  return { catalog: { apiVersion: 'kpi-scorecards/v1', kind: 'KpiCatalog', kpis }, problems };
}

type Report = (place: string, message: string) => void;

function readSlo(
  doc: Record<string, unknown>,
  meta: Record<string, unknown>,
  slis: Map<unknown, unknown>,
  sources: Map<unknown, unknown>,
  error: Report
): Kpi {
  const spec = isRecord(doc.spec) ? doc.spec : {};
  const notes = isRecord(meta.annotations) ? meta.annotations : {};
  const needed = (key: keyof typeof ANNOTATION, what: string) => {
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
  const window = fromTimeWindow(Array.isArray(spec.timeWindow) ? spec.timeWindow[0] : undefined);
  if (typeof window === 'string') {
    error('spec.timeWindow[0]', window);
  } else {
    // An export carries the zone in its fields (none for the viewer's); another tool's calendar names it.
    if (window.timezone && !fields) {
      kpi.timezone = window.timezone;
    }
    kpi.window = window.window;
  }
  const objective = Array.isArray(spec.objectives) && isRecord(spec.objectives[0]) ? spec.objectives[0] : {};
  if (objective.op !== undefined || objective.value !== undefined) {
    error(
      'spec.objectives[0].value',
      'a threshold on the raw metric: the catalog`s SLO KPI needs a query whose value is the SLI in percent'
    );
  }
  const target = typeof objective.target === 'number' ? objective.target : NaN;
  if (!(target > 0 && target < 1)) {
    error('spec.objectives[0].target', 'required: the objective as a ratio between 0 and 1');
  }
  const exported = isRecord(fields?.slo) && (fields.slo.objective as number) / 100 === target ? fields.slo : undefined;
  kpi.slo = exported ?? { objective: target * 100 };
  if (!fields) {
    // An SLO's target is its objective (an export carries its own target in its fields).
    kpi.target = { value: target * 100 };
  }
  kpi.query = readQuery(spec, slis, sources, error);
  return { ...kpi, ...fields, ...(exported ? { slo: exported } : {}) } as unknown as Kpi;
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

/** The KPI's query: the indicator's thresholdMetric source, with its datasource from a DataSource document if named. */
function readQuery(
  spec: Record<string, unknown>,
  slis: Map<unknown, unknown>,
  sources: Map<unknown, unknown>,
  error: Report
) {
  const inline = isRecord(spec.indicator) ? spec.indicator.spec : undefined;
  const sli = inline ?? slis.get(spec.indicatorRef);
  const at = inline ? 'spec.indicator.spec' : 'spec.indicatorRef';
  if (!isRecord(sli)) {
    error(
      at,
      spec.indicatorRef ? `no SLI document named '${spec.indicatorRef}'` : 'required: an indicator or indicatorRef'
    );
    return undefined;
  }
  const source = isRecord(sli.thresholdMetric) ? sli.thresholdMetric.metricSource : undefined;
  if (!isRecord(source) || !isRecord(source.spec)) {
    error(
      `${at}${isRecord(sli.ratioMetric) ? '.ratioMetric' : '.thresholdMetric'}`,
      'the catalog needs the KPI`s own query (its value the SLI in percent) as a thresholdMetric source: a ratioMetric`s good and total are not one'
    );
    return undefined;
  }
  const query = { ...source.spec };
  if (!isRecord(query.datasource)) {
    const ref = source.metricSourceRef;
    const named = sources.get(ref);
    const type = isRecord(named) && typeof named.type === 'string' ? named.type : source.type;
    if (typeof ref === 'string') {
      query.datasource = { type, uid: ref };
    } else {
      error(
        `${at}.thresholdMetric.metricSource`,
        'the catalog needs a Grafana datasource: a metricSourceRef naming its uid, or spec.datasource'
      );
    }
  }
  return query;
}
