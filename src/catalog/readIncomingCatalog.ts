import { placeInFile, readCatalogText, type LocatedCatalog } from '../kpi/catalogYaml';
import { fromOpenSlo } from '../kpi/openslo/fromOpenSlo';
import { openSloDocuments } from '../kpi/openslo/openSloText';
import { problemText } from '../kpi/problemsText';
import { type KpiCatalog, type Problem } from '../kpi/types';
import { validateCatalog } from '../kpi/validateCatalog';

export interface IncomingCatalog {
  /** Set only when the text is a catalog without errors: only then may it be applied. */
  catalog?: KpiCatalog;
  errors: string[];
  warnings: string[];
}

/**
 * Reads a pasted or uploaded catalog (YAML or JSON, or an app provisioning file holding one) and validates it
 * like a save would: every problem with its place; a catalog with errors is never half-applied. Findings about
 * the file itself (a `$NAME` Grafana would take from the environment) are warnings, as in `kpi validate`.
 */
export function readIncomingCatalog(text: string): IncomingCatalog {
  if (text.trim() === '') {
    return { errors: [], warnings: [] };
  }
  let located: LocatedCatalog & { openSloErrors?: string[] };
  try {
    located = readOpenSlo(text) ?? readCatalogText(text);
  } catch (e) {
    return { errors: [(e as Error).message], warnings: [] };
  }
  if (located.openSloErrors && located.openSloErrors.length > 0) {
    return { errors: located.openSloErrors, warnings: located.warnings.map(problemText) };
  }
  const validation = validateCatalog(located.catalog);
  const problems = [...validation.problems, ...located.warnings];
  const lines = (severity: Problem['severity']) =>
    problems.filter((p) => p.severity === severity).map((p) => `${placeInFile(located.prefix, p.at)}: ${p.message}`);
  const errors = lines('error');
  return { catalog: errors.length === 0 ? validation.catalog : undefined, errors, warnings: lines('warning') };
}

/** OpenSLO documents (recognised by their apiVersion) as a catalog, with what they lack for one at its place. */
function readOpenSlo(text: string): (LocatedCatalog & { openSloErrors: string[] }) | undefined {
  const documents = openSloDocuments(text);
  if (!documents) {
    return undefined;
  }
  const { catalog, problems } = fromOpenSlo(documents);
  const openSloErrors = problems.filter((p) => p.severity === 'error').map(problemText);
  // What it reads but cannot keep (a second objective) is a warning beside the catalog's own.
  const warnings = problems.filter((p) => p.severity === 'warning');
  return { catalog, prefix: '', warnings, openSloErrors };
}
