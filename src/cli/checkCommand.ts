import { evaluateCatalog } from '../kpi/evaluateCatalog';
import { QueryOutcome } from '../kpi/evaluateKpi';
import { invalidKpiEvaluation } from '../kpi/invalidKpiEvaluation';
import { entryLabel } from '../kpi/places';
import { problemsText } from '../kpi/problemsText';
import { parseSelector } from '../kpi/selectKpis';
import { alternativesOf, selectsEntry } from '../kpi/selectorAlternatives';
import { Kpi, KpiEvaluation, KpiSelector } from '../kpi/types';
import { validateCatalog } from '../kpi/validateCatalog';
import { planKpiRequests } from '../query/planKpiRequests';
import { EXIT_FAILED, EXIT_OK, EXIT_UNREADABLE, UsageError, parseArgs, readCatalogFile, required } from './cliIo';
import { postDsQuery } from './dsQueryHttp';
import { GrafanaConnection, GrafanaUnavailableError } from './grafanaHttp';
import { GRAFANA_OPTION_NAMES, grafanaOptions } from './grafanaOptions';
import { mapLimited } from './mapLimited';
import { checkSelectorValues, emptySelectionError } from './checkSelection';
import { problemLine } from './problemLine';

/**
 * `kpi check --grafana URL --catalog FILE [--select SELECTOR]`: evaluates the selected KPIs live through that
 * Grafana and exits 1 when one is off-track, so a pipeline can gate a deploy on it. A gate never passes on a
 * KPI it could not judge: a selected KPI whose definition is invalid or whose query failed exits 2 (unless
 * another is off-track: 1).
 */
export async function checkCommand(
  args: string[],
  out: (line: string) => void,
  err: (line: string) => void
): Promise<number> {
  const { options, positional } = parseArgs(
    args,
    [...GRAFANA_OPTION_NAMES, 'catalog', 'select', 'tz'],
    ['allow-empty']
  );
  if (positional.length > 0) {
    throw new UsageError(`unexpected argument '${positional[0]}'`);
  }
  const grafana = grafanaOptions(options);
  const catalogFile = required(options, 'catalog');
  const selector: KpiSelector = options.has('select') ? parseSelectorOption(options.get('select')!) : {};
  const allowEmpty = options.has('allow-empty');
  const { catalog, prefix } = readCatalogFile(catalogFile);
  checkSelectorValues(selector, catalog);
  const validation = validateCatalog(catalog);
  const entries: unknown[] = Array.isArray(validation.catalog.kpis) ? validation.catalog.kpis : [];
  const chosen = alternativesOf({ ...selector, status: undefined });
  const selected = entries.map((entry, index) => ({ entry, index })).filter(({ entry }) => selectsEntry(entry, chosen));
  const kpis = selected.filter(({ index }) => !validation.kpiErrors.has(index)).map(({ entry }) => entry as Kpi);
  for (const p of validation.problems.filter((p) => p.severity === 'error')) {
    err(problemLine(catalogFile, prefix, p));
  }
  if (selected.length === 0 && !allowEmpty) {
    throw emptySelectionError(`no KPI in ${catalogFile} matches --select ${options.get('select') ?? ''}`);
  }
  const now = Date.now();
  const timeZone = options.get('tz') ?? 'utc';
  const evaluated = kpis.length > 0 ? await evaluateLive(kpis, grafana, now, timeZone, err) : [];
  if (evaluated === undefined) {
    return EXIT_UNREADABLE;
  }
  // In catalog order: a bad definition where it stands, as an error that says what to fix.
  let next = 0;
  const results = selected.map(({ entry, index }) => {
    const problems = validation.kpiErrors.get(index);
    return problems
      ? invalidKpiEvaluation(entryLabel(entry, index).id, `invalid KPI definition: ${problemsText(problems)}`)
      : evaluated[next++];
  });
  const withStatus = results.filter((r) => !selector.status || r.status === selector.status);
  if (withStatus.length === 0 && results.length > 0 && !allowEmpty) {
    throw emptySelectionError(`none of the ${results.length} selected KPI(s) is ${selector.status} now`);
  }
  return verdict(withStatus, out);
}

/** The KPIs evaluated through Grafana's /api/ds/query, in their order; undefined when Grafana is unavailable. */
async function evaluateLive(
  kpis: Kpi[],
  grafana: GrafanaConnection & { concurrency: number },
  now: number,
  timeZone: string,
  err: (line: string) => void
): Promise<KpiEvaluation[] | undefined> {
  const plan = planKpiRequests(kpis, { now, timeZone, withPrevious: true });
  const answers = new Map<string, Map<string, QueryOutcome>>();
  try {
    // In parallel within --concurrency; the first request that gets no answer stops the others.
    const outcomes = await mapLimited(plan.requests, grafana.concurrency, (planned, signal) =>
      postDsQuery(grafana, planned, signal)
    );
    plan.requests.forEach((planned, i) => answers.set(planned.key, outcomes[i]));
  } catch (e) {
    if (e instanceof GrafanaUnavailableError) {
      err(`kpi: ${e.message}`);
      return undefined;
    }
    throw e;
  }
  const lookup = (period: 'current' | 'previous') => (kpi: { id: string }) => {
    const ref = plan.kpis.get(kpi.id)?.answers[period];
    return ref ? answers.get(ref.requestKey)?.get(ref.refId) : undefined;
  };
  return evaluateCatalog({ kpis, now, timeZone, current: lookup('current'), previous: lookup('previous') });
}

/** One line per KPI, then the gate's verdict: 1 when one is off-track, else 2 when one could not be judged. */
function verdict(results: KpiEvaluation[], out: (line: string) => void): number {
  for (const r of results) {
    const value = r.value === null ? '-' : String(r.value);
    const target = r.target === null ? '' : ` (target ${r.target})`;
    out(`${r.id}: ${r.status} ${value}${target}${r.error ? `: ${r.error}` : ''}`);
  }
  const ids = (status: string) => results.filter((r) => r.status === status).map((r) => r.id);
  const offTrack = ids('off-track');
  const unjudged = ids('error');
  if (offTrack.length > 0) {
    out(`off-track: ${offTrack.join(', ')}`);
    return EXIT_FAILED;
  }
  if (unjudged.length > 0) {
    out(`could not judge: ${unjudged.join(', ')} (none off-track among the others)`);
    return EXIT_UNREADABLE;
  }
  out(`${results.length} KPI(s) checked, none off-track`);
  return EXIT_OK;
}

function parseSelectorOption(text: string): KpiSelector {
  try {
    return parseSelector(text);
  } catch (e) {
    throw new UsageError(`--select: ${(e as Error).message}`);
  }
}
