import { lastValueFrom } from 'rxjs';

import { isKnownTimeZone } from '../kpi/grafanaKnowledge';
import { reportCsv } from '../kpi/reportCsv';
import { reportMarkdown } from '../kpi/reportMarkdown';
import { PeriodError, previousReportPeriod, readClosedPeriod, type ReportPeriod } from '../kpi/reportPeriod';
import { buildReport, reportEntries } from '../kpi/reportRows';
import { type KpiSelector } from '../kpi/types';
import { validateCatalog } from '../kpi/validateCatalog';
import { evaluateAtCloses } from '../query/evaluateAtCloses';
import { checkSelectorValues, selectorOption } from './checkSelection';
import { EXIT_OK, parseArgs, readCatalogFile, required, UsageError } from './cliIo';
import { evaluateLive } from './evaluateLive';
import { GRAFANA_OPTION_NAMES, grafanaOptions } from './grafanaOptions';
import { problemLine } from './problemLine';
import { catalogToCheck } from './storedCatalog';

const FORMATS = ['csv', 'markdown'];

/**
 * `kpi report --grafana URL [--catalog FILE] --period PERIOD [--select SELECTOR] [--tz ZONE] [--format csv|markdown]`:
 * every selected KPI as it stood when a closed month, quarter or year ended, beside the previous period's, as
 * CSV (the Reports page's download, byte for byte) or a Markdown table per objective. A report, not a gate: exit 0
 * whatever the statuses; 2 when an argument is wrong or Grafana cannot be read.
 */
export async function reportCommand(
  args: string[],
  out: (line: string) => void,
  err: (line: string) => void,
  now = Date.now()
): Promise<number> {
  const { options, positional } = parseArgs(args, [
    ...GRAFANA_OPTION_NAMES,
    'catalog',
    'period',
    'select',
    'tz',
    'format',
  ]);
  if (positional.length > 0) {
    throw new UsageError(`unexpected argument '${positional[0]}'`);
  }
  const timeZone = options.get('tz') ?? 'utc';
  if (!isKnownTimeZone(timeZone)) {
    throw new UsageError(`--tz: unknown time zone '${timeZone}': use an IANA name like Europe/Berlin or UTC`);
  }
  const period = closedPeriod(required(options, 'period'), timeZone, now);
  const format = options.get('format') ?? 'csv';
  if (!FORMATS.includes(format)) {
    throw new UsageError(`--format: '${format}' is not csv or markdown`);
  }
  const connection = grafanaOptions(options);
  const selector: KpiSelector = options.has('select') ? selectorOption(options.get('select')!) : {};
  const { catalog, prefix, label } = await catalogToCheck(options.get('catalog'), connection, readCatalogFile);
  checkSelectorValues(selector, catalog);
  const validation = validateCatalog(catalog);
  for (const p of validation.problems.filter((p) => p.severity === 'error')) {
    err(problemLine(label, prefix, p));
  }
  const entries = reportEntries(validation, selector);
  const kpis = entries.flatMap((entry) => (entry.ok ? [entry.value] : []));
  const previousPeriod = previousReportPeriod(period);
  const closed = await lastValueFrom(
    evaluateAtCloses(kpis, period, previousPeriod, (some, at, zone) => evaluateLive(some, connection, at, zone))
  );
  const report = buildReport({ validation, entries, period, previousPeriod, ...closed, status: selector.status });
  const text = format === 'csv' ? reportCsv(report) : reportMarkdown(report);
  // `out` ends what it writes with a line feed: the text's own last one is left to it (a CSV record ends in CRLF).
  out(text.replace(/\n$/, ''));
  return EXIT_OK;
}

/** --period read in the zone, refused when it cannot be read or has not closed by `now`. */
function closedPeriod(text: string, timeZone: string, now: number): ReportPeriod {
  try {
    return readClosedPeriod(text, timeZone, now);
  } catch (e) {
    if (e instanceof PeriodError) {
      throw new UsageError(`--period: ${e.message}`);
    }
    throw e;
  }
}
