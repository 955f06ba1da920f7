import { placeInFile, readCatalogText } from '../kpi/catalogYaml';
import { KpiCatalog, Problem } from '../kpi/types';
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
  let located;
  try {
    located = readCatalogText(text);
  } catch (e) {
    return { errors: [(e as Error).message], warnings: [] };
  }
  const validation = validateCatalog(located.catalog);
  const problems = [...validation.problems, ...located.warnings];
  const lines = (severity: Problem['severity']) =>
    problems.filter((p) => p.severity === severity).map((p) => `${placeInFile(located.prefix, p.at)}: ${p.message}`);
  const errors = lines('error');
  return { catalog: errors.length === 0 ? validation.catalog : undefined, errors, warnings: lines('warning') };
}
