import { CatalogParseError } from '../kpi/catalogParseError';
import { catalogToYaml } from '../kpi/catalogYaml';
import { fromOpenSlo } from '../kpi/openslo/fromOpenSlo';
import { openSloExport } from '../kpi/openslo/openSloExport';
import { openSloDocuments } from '../kpi/openslo/openSloText';
import { placeText } from '../kpi/places';
import { validateCatalog } from '../kpi/validateCatalog';
import { EXIT_FAILED, EXIT_OK, readCatalogFile, readText, UsageError } from './cliIo';
import { problemLine } from './problemLine';

/**
 * `kpi openslo export FILE`: the catalog's valid SLO KPIs as OpenSLO v1 documents, one `---` apart; the KPIs it
 * cannot write are named on stderr with why. `kpi openslo import FILE...`: a catalog from OpenSLO documents, with
 * what they lack for it (owner, team, type) as errors at their places, `FILE: [INDEX] (NAME).PATH: MESSAGE`.
 */
export function opensloCommand(args: string[], out: (line: string) => void, err: (line: string) => void): number {
  const [action, ...files] = args;
  if (action === 'export' && files.length === 1) {
    return exportSlos(files[0], out, err);
  }
  if (action === 'import' && files.length > 0) {
    return importSlos(files, out, err);
  }
  throw new UsageError('usage: kpi openslo export FILE | kpi openslo import FILE...');
}

function exportSlos(file: string, out: (line: string) => void, err: (line: string) => void): number {
  const { catalog, prefix } = readCatalogFile(file);
  const validation = validateCatalog(catalog);
  const errors = validation.problems.filter((p) => p.severity === 'error');
  errors.forEach((p) => err(problemLine(file, prefix, p)));
  const exported = openSloExport(validation);
  exported.skipped.forEach(({ index, id, reason }) =>
    err(`${file}: ${prefix}kpis[${index}] (${id}): not exported: ${reason}`)
  );
  if (exported.count > 0) {
    out(exported.text.replace(/\n$/, ''));
  }
  return errors.length > 0 ? EXIT_FAILED : EXIT_OK;
}

function importSlos(files: string[], out: (line: string) => void, err: (line: string) => void): number {
  const kpis: unknown[] = [];
  let failed = false;
  // Read all first: an SLO may name an SLI or DataSource kept in another of the files.
  const read = files.map((file) => ({ file, documents: readOpenSloFile(file) }));
  const all = read.flatMap(({ documents }) => documents);
  for (const { file, documents } of read) {
    const { catalog, problems } = fromOpenSlo(documents, all);
    problems.forEach((p) => err(problemLine(file, '', p)));
    failed ||= problems.some((p) => p.severity === 'error');
    kpis.push(...catalog.kpis);
  }
  const catalog = { apiVersion: 'kpi-scorecards/v1', kind: 'KpiCatalog', kpis };
  if (!failed) {
    // The documents had what the catalog needs: the catalog's own rules still apply (ids, units, queries).
    // An objective or KPI it names is not in OpenSLO: a warning, as the catalog it is merged into may have it.
    const dangling = /^no (objective|KPI) with id /;
    const errors = validateCatalog(catalog).problems.filter((p) => p.severity === 'error');
    for (const p of errors) {
      err(`(imported catalog): ${placeText(p.at)}: ${dangling.test(p.message) ? 'warning: ' : ''}${p.message}`);
    }
    failed = errors.some((p) => !dangling.test(p.message));
  }
  out(catalogToYaml(catalog as never).replace(/\n$/, ''));
  return failed ? EXIT_FAILED : EXIT_OK;
}

function readOpenSloFile(file: string): unknown[] {
  let documents: unknown[] | undefined;
  try {
    documents = openSloDocuments(readText(file));
  } catch (e) {
    if (e instanceof CatalogParseError) {
      throw new UsageError(`${file}: ${e.message}`);
    }
    throw e;
  }
  if (!documents) {
    throw new UsageError(`${file}: not OpenSLO (no apiVersion: openslo/v1)`);
  }
  return documents;
}
