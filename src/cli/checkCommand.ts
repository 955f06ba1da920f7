import { type ErrorBudget } from '../kpi/errorBudget';
import { invalidKpiEvaluation } from '../kpi/invalidKpiEvaluation';
import { problemsText } from '../kpi/problemsText';
import { alternativesOf, selectsEntry } from '../kpi/selectorAlternatives';
import { type Kpi, type KpiEvaluation, type KpiSelector } from '../kpi/types';
import { validateCatalog } from '../kpi/validateCatalog';
import { checkBudgets } from './checkBudgets';
import { checkLine } from './checkLine';
import { checkSelectorValues, emptySelectionError, selectorOption } from './checkSelection';
import { EXIT_FAILED, EXIT_OK, EXIT_UNREADABLE, parseArgs, readCatalogFile, UsageError } from './cliIo';
import { evaluateLive } from './evaluateLive';
import { GrafanaUnavailableError, type GrafanaConnection } from './grafanaHttp';
import { GRAFANA_OPTION_NAMES, grafanaOptions } from './grafanaOptions';
import { problemLine } from './problemLine';
import { catalogToCheck } from './storedCatalog';

/**
 * `kpi check --grafana URL [--catalog FILE] [--select SELECTOR] [--allow-stale]` (without --catalog: the catalog
 * stored there): evaluates the selected KPIs live through that Grafana, burn rates included, and exits 1 when one is
 * off-track or an SLO's page alert holds, so a pipeline can gate a deploy on it. A gate never passes on a KPI it
 * could not judge: an invalid definition, a failed query, no data or (unless --allow-stale) stale data exits 2
 * (unless another fails: 1).
 */
export async function checkCommand(
  args: string[],
  out: (line: string) => void,
  err: (line: string) => void
): Promise<number> {
  const { options, positional } = parseArgs(
    args,
    [...GRAFANA_OPTION_NAMES, 'catalog', 'select', 'tz'],
    ['allow-stale', 'allow-empty']
  );
  if (positional.length > 0) {
    throw new UsageError(`unexpected argument '${positional[0]}'`);
  }
  const connection = grafanaOptions(options);
  const selector: KpiSelector = options.has('select') ? selectorOption(options.get('select')!) : {};
  const allowEmpty = options.has('allow-empty');
  const source = await catalogToCheck(options.get('catalog'), connection, readCatalogFile);
  const { catalog, prefix, label: catalogFile } = source;
  checkSelectorValues(selector, catalog);
  const validation = validateCatalog(catalog);
  const chosen = alternativesOf({ ...selector, status: undefined });
  const selected = validation.kpis.filter((entry) => selectsEntry(entry, chosen));
  const kpis = selected.flatMap((entry) => (entry.ok ? [entry.value] : []));
  for (const p of validation.problems.filter((p) => p.severity === 'error')) {
    err(problemLine(catalogFile, prefix, p));
  }
  if (selected.length === 0 && !allowEmpty) {
    throw emptySelectionError(`no KPI in ${catalogFile} matches --select ${options.get('select') ?? ''}`);
  }
  const now = Date.now();
  const timeZone = options.get('tz') ?? 'utc';
  const evaluated = kpis.length > 0 ? await evaluateOrSay(kpis, connection, now, timeZone, err) : [];
  if (evaluated === undefined) {
    return EXIT_UNREADABLE;
  }
  const budgets = await checkBudgets(kpis, evaluated, connection, now, timeZone).catch((e) => {
    if (e instanceof GrafanaUnavailableError) {
      err(`kpi: ${e.message}`);
      return undefined;
    }
    throw e;
  });
  if (budgets === undefined) {
    return EXIT_UNREADABLE;
  }
  // In catalog order: a bad definition where it stands, as an error that says what to fix.
  let next = 0;
  const results = selected.map((entry) =>
    entry.ok
      ? evaluated[next++]
      : invalidKpiEvaluation(entry.id, `invalid KPI definition: ${problemsText(entry.problems)}`)
  );
  const byId = new Map(kpis.map((k) => [k.id, k]));
  const shown = results.filter((r) => !selector.status || r.status === selector.status);
  if (shown.length === 0 && results.length > 0 && !allowEmpty) {
    throw emptySelectionError(`none of the ${results.length} selected KPI(s) is ${selector.status} now`);
  }
  for (const r of shown) {
    out(checkLine(byId.get(r.id), r, budgets.get(r.id)));
  }
  return verdict(shown, budgets, options.has('allow-stale'), out);
}

/** evaluateLive, or undefined (said on stderr) when Grafana is unavailable. */
async function evaluateOrSay(
  kpis: Kpi[],
  grafana: GrafanaConnection & { concurrency: number },
  now: number,
  timeZone: string,
  err: (line: string) => void
): Promise<KpiEvaluation[] | undefined> {
  try {
    return await evaluateLive(kpis, grafana, now, timeZone);
  } catch (e) {
    if (e instanceof GrafanaUnavailableError) {
      err(`kpi: ${e.message}`);
      return undefined;
    }
    throw e;
  }
}

/**
 * The gate's verdict: 1 when a KPI is off-track or an SLO's page alert holds; else 2 when one could not be judged
 * (error, no-data, or stale unless --allow-stale): a gate never passes on a KPI it could not read.
 */
function verdict(
  results: KpiEvaluation[],
  budgets: Map<string, ErrorBudget>,
  allowStale: boolean,
  out: (line: string) => void
): number {
  const ids = (test: (r: KpiEvaluation) => boolean) => results.filter(test).map((r) => r.id);
  const failing = ids(
    (r) => r.status === 'off-track' || (budgets.get(r.id)?.alerts.some((a) => a.severity === 'page') ?? false)
  );
  const unreadable = new Set(['error', 'no-data', ...(allowStale ? [] : ['stale'])]);
  const unjudged = ids((r) => unreadable.has(r.status));
  if (failing.length > 0) {
    out(`failing (off-track or paging): ${failing.join(', ')}`);
    return EXIT_FAILED;
  }
  if (unjudged.length > 0) {
    const hint = allowStale ? '' : ' (--allow-stale lets stale KPIs pass)';
    out(`could not judge: ${unjudged.join(', ')}${hint}; none of the others fails`);
    return EXIT_UNREADABLE;
  }
  out(`${results.length} KPI(s) checked, none off-track or paging`);
  return EXIT_OK;
}
