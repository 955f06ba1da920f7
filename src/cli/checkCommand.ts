import { evaluateCatalog } from '../kpi/evaluateCatalog';
import { QueryOutcome } from '../kpi/evaluateKpi';
import { matchesSelector, parseSelector } from '../kpi/selectKpis';
import { KpiSelector } from '../kpi/types';
import { validateCatalog } from '../kpi/validateCatalog';
import { GrafanaUnavailableError, postDsQuery } from '../query/dsQueryHttp';
import { planKpiRequests } from '../query/planKpiRequests';
import { EXIT_FAILED, EXIT_OK, EXIT_UNREADABLE, UsageError, parseArgs, readCatalogFile, required } from './cliIo';

/**
 * `kpi check --grafana URL --catalog FILE [--select SELECTOR]`: evaluates the selected KPIs live through that
 * Grafana and exits 1 when one is off-track, so a pipeline can gate a deploy on it.
 */
export async function checkCommand(
  args: string[],
  out: (line: string) => void,
  err: (line: string) => void
): Promise<number> {
  const { options, positional } = parseArgs(args, ['grafana', 'catalog', 'select', 'tz']);
  if (positional.length > 0) {
    throw new UsageError(`unexpected argument '${positional[0]}'`);
  }
  const grafana = required(options, 'grafana');
  if (!/^https?:\/\//.test(grafana)) {
    throw new UsageError(`--grafana: '${grafana}' is not an http(s) URL`);
  }
  const token = process.env.GRAFANA_TOKEN;
  if (!token) {
    throw new UsageError('GRAFANA_TOKEN is not set: create a service account token (Viewer is enough) and export it');
  }
  const catalogFile = required(options, 'catalog');
  const selector: KpiSelector = options.has('select') ? parseSelectorOption(options.get('select')!) : {};
  const { catalog } = readCatalogFile(catalogFile);
  const validation = validateCatalog(catalog);
  const kpis = (Array.isArray(validation.catalog.kpis) ? validation.catalog.kpis : []).filter(
    (kpi, i) => !validation.kpiErrors.has(i) && matchesSelector(kpi, { ...selector, status: undefined })
  );
  for (const p of validation.problems.filter((p) => p.severity === 'error')) {
    err(`${catalogFile}: ${p.place}: ${p.message}`);
  }
  if (kpis.length === 0) {
    throw new UsageError(`no valid KPI in ${catalogFile} matches the selection`);
  }

  const now = Date.now();
  const timeZone = options.get('tz') ?? 'utc';
  const plan = planKpiRequests(kpis, { now, timeZone, withPrevious: true });
  const answers = new Map<string, Map<string, QueryOutcome>>();
  try {
    for (const planned of plan.requests) {
      answers.set(planned.key, await postDsQuery(grafana, token, planned));
    }
  } catch (e) {
    if (e instanceof GrafanaUnavailableError) {
      err(`kpi: ${e.message}`);
      return EXIT_UNREADABLE;
    }
    throw e;
  }
  const lookup = (period: 'current' | 'previous') => (kpi: { id: string }) => {
    const ref = plan.kpis.get(kpi.id)?.answers[period];
    return ref ? answers.get(ref.requestKey)?.get(ref.refId) : undefined;
  };
  const results = evaluateCatalog({
    kpis,
    now,
    timeZone,
    current: lookup('current'),
    previous: lookup('previous'),
  }).filter((r) => !selector.status || r.status === selector.status);
  for (const r of results) {
    const value = r.value === null ? '-' : String(r.value);
    const target = r.target === null ? '' : ` (target ${r.target})`;
    out(`${r.id}: ${r.status} ${value}${target}${r.error ? `: ${r.error}` : ''}`);
  }
  const offTrack = results.filter((r) => r.status === 'off-track');
  out(
    offTrack.length > 0
      ? `off-track: ${offTrack.map((r) => r.id).join(', ')}`
      : `${results.length} KPI(s) checked, none off-track`
  );
  return offTrack.length > 0 ? EXIT_FAILED : EXIT_OK;
}

function parseSelectorOption(text: string): KpiSelector {
  try {
    return parseSelector(text);
  } catch (e) {
    throw new UsageError(`--select: ${(e as Error).message}`);
  }
}
