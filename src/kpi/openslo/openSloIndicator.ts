import { isRecord } from '../places';
import { type KpiQuery, type SloQuery } from '../types';
import { ANNOTATION } from './toOpenSlo';

export type Report = (place: string, message: string) => void;

/** What an SLO's indicator gives the KPI: its query, and good/total when it is a ratio of events. */
export interface IndicatorQueries {
  query?: KpiQuery;
  good?: SloQuery;
  total?: SloQuery;
}

/**
 * The KPI's queries from an SLO's indicator, inline or an `SLI` document named by `indicatorRef`. A
 * `thresholdMetric`'s source is the KPI's query (its value the SLI in percent); a `ratioMetric`'s good and total
 * are `slo.good`/`slo.total`, and the KPI's own query is then read from the annotation `toOpenSlo` writes (a
 * required field OpenSLO has no place for). A metric source's datasource is its spec's, else the DataSource
 * document its `metricSourceRef` names.
 */
export function readIndicator(
  spec: Record<string, unknown>,
  notes: Record<string, unknown>,
  slis: Map<unknown, unknown>,
  sources: Map<unknown, unknown>,
  error: Report
): IndicatorQueries {
  const inline = isRecord(spec.indicator) ? spec.indicator.spec : undefined;
  const sli = inline ?? slis.get(spec.indicatorRef);
  const at = inline ? 'spec.indicator.spec' : 'spec.indicatorRef';
  if (!isRecord(sli)) {
    error(
      at,
      spec.indicatorRef ? `no SLI document named '${spec.indicatorRef}'` : 'required: an indicator or indicatorRef'
    );
    return {};
  }
  if (isRecord(sli.ratioMetric)) {
    return readRatio(sli.ratioMetric, `${at}.ratioMetric`, notes, sources, error);
  }
  const query = readSource(sli.thresholdMetric, `${at}.thresholdMetric`, sources, error, true);
  return query ? { query: query as KpiQuery } : {};
}

function readRatio(
  ratio: Record<string, unknown>,
  at: string,
  notes: Record<string, unknown>,
  sources: Map<unknown, unknown>,
  error: Report
): IndicatorQueries {
  if (ratio.bad !== undefined) {
    error(`${at}.bad`, 'the catalog counts good events: use good and total (good = total - bad is not one query)');
  }
  const good = ratio.bad === undefined ? readSource(ratio.good, `${at}.good`, sources, error, false) : undefined;
  const total = readSource(ratio.total, `${at}.total`, sources, error, false);
  const key = `metadata.annotations.${ANNOTATION.query}`;
  const text = notes[ANNOTATION.query];
  let query: unknown;
  try {
    query = typeof text === 'string' ? JSON.parse(text) : undefined;
  } catch {
    // reported below
  }
  if (!isRecord(query)) {
    error(
      key,
      text === undefined
        ? "required with a ratioMetric: the catalog needs the KPI's own query (its value the SLI in percent) as JSON, which good and total are not"
        : 'not a JSON object of a Grafana query'
    );
    return { good, total };
  }
  return { query: query as KpiQuery, good, total };
}

/**
 * A metric source's spec as a query. The KPI's own query needs a datasource (`required`); good and total may
 * leave it out, as they then run on the KPI's.
 */
function readSource(
  holder: unknown,
  at: string,
  sources: Map<unknown, unknown>,
  error: Report,
  required: boolean
): SloQuery | undefined {
  const source = isRecord(holder) ? holder.metricSource : undefined;
  if (!isRecord(source) || !isRecord(source.spec)) {
    error(`${at}.metricSource.spec`, 'required: the query, as the Grafana datasource defines it');
    return undefined;
  }
  const query: SloQuery = { ...source.spec };
  if (isRecord(query.datasource)) {
    return query;
  }
  const ref = source.metricSourceRef;
  if (typeof ref === 'string') {
    const named = sources.get(ref);
    const type = isRecord(named) && typeof named.type === 'string' ? named.type : source.type;
    return { ...query, datasource: { type: typeof type === 'string' ? type : undefined, uid: ref } };
  }
  if (required) {
    error(
      `${at}.metricSource`,
      'the catalog needs a Grafana datasource: a metricSourceRef naming its uid, or spec.datasource'
    );
  }
  return query;
}
