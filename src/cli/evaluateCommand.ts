import { ISO_8601, toUtc } from '@grafana/data';

import { evaluateCatalog } from '../kpi/evaluateCatalog';
import { type QueryOutcome } from '../kpi/evaluateKpi';
import { isKnownTimeZone } from '../kpi/grafanaKnowledge';
import { invalidKpiEvaluation } from '../kpi/invalidKpiEvaluation';
import { problemsText } from '../kpi/problemsText';
import { validateCatalog } from '../kpi/validateCatalog';
import { parseDsQueryResponse } from '../query/dsQueryResponse';
import { EXIT_OK, parseArgs, readCatalogFile, readJsonFile, required, UsageError } from './cliIo';
import { maxResponseBytes } from './grafanaOptions';
import { problemLine } from './problemLine';

/** `kpi evaluate --catalog FILE --response FILE [--previous FILE] --now ISO [--tz ZONE]`: a JSON array, catalog order. */
export function evaluateCommand(args: string[], out: (line: string) => void, err: (line: string) => void): number {
  const { options, positional } = parseArgs(args, ['catalog', 'response', 'previous', 'now', 'tz', 'max-response-mb']);
  if (positional.length > 0) {
    throw new UsageError(`unexpected argument '${positional[0]}'`);
  }
  const catalogFile = required(options, 'catalog');
  const now = parseNow(required(options, 'now'));
  const timeZone = options.get('tz') ?? 'utc';
  if (!isKnownTimeZone(timeZone)) {
    throw new UsageError(`--tz: unknown time zone '${timeZone}': use an IANA name like Europe/Berlin or UTC`);
  }
  const { catalog, prefix } = readCatalogFile(catalogFile);
  const maxBytes = maxResponseBytes(options);
  const current = readResponse(required(options, 'response'), maxBytes);
  const previousFile = options.get('previous');
  const previous = previousFile ? readResponse(previousFile, maxBytes) : undefined;

  const validation = validateCatalog(catalog);
  for (const p of validation.problems.filter((p) => p.severity === 'error' && p.at.list !== 'kpis')) {
    err(problemLine(catalogFile, prefix, p));
  }
  const evaluated = new Map(
    evaluateCatalog({
      kpis: validation.validKpis,
      now,
      timeZone,
      current: (kpi) => current.get(kpi.id),
      previous: previous ? (kpi) => previous.get(kpi.id) : undefined,
    }).map((e) => [e.id, e])
  );
  const results = validation.kpis.map((entry) =>
    entry.ok
      ? evaluated.get(entry.value.id)!
      : invalidKpiEvaluation(entry.fields.id ?? '', `invalid KPI definition: ${problemsText(entry.problems)}`)
  );
  out(JSON.stringify(results, null, 2));
  return EXIT_OK;
}

/** An ISO-8601 date and time, to the minute at least; the offset (Z, +02:00, +0200, +02) is optional. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** --now without an offset is UTC, as the rest of the command line; a date that does not exist is refused. */
function parseNow(text: string): number {
  if (!ISO_DATE_TIME.test(text)) {
    throw new UsageError(`--now: '${text}' is not an ISO-8601 time like 2026-03-31T23:59:59Z`);
  }
  // Grafana's dateTime (moment) checks the calendar: 2026-02-30 is not read as March 2.
  const time = toUtc(text, ISO_8601);
  if (!time.isValid()) {
    throw new UsageError(`--now: '${text}' is not a date and time that exists`);
  }
  return time.valueOf();
}

function readResponse(file: string, maxBytes: number): Map<string, QueryOutcome> {
  try {
    return parseDsQueryResponse(readJsonFile(file, maxBytes));
  } catch (e) {
    if (e instanceof UsageError) {
      throw e;
    }
    throw new UsageError(`${file}: ${(e as Error).message}`);
  }
}
