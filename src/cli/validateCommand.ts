import { budgetProblem, catalogSize, readBudgetKiB } from '../kpi/catalogBudget';
import { validateCatalog } from '../kpi/validateCatalog';
import { EXIT_FAILED, EXIT_OK, EXIT_UNREADABLE, parseArgs, readCatalogFile, UsageError } from './cliIo';
import { problemLine } from './problemLine';

function passedSummary(catalog: unknown, warnings: number): string {
  const list = (catalog as { kpis?: unknown } | null)?.kpis;
  const count = Array.isArray(list) ? list.length : 0;
  const kpis = count === 1 ? '1 KPI' : `${count} KPIs`;
  if (warnings === 0) {
    return `${kpis}, no problems`;
  }
  return `${kpis}, no errors, ${warnings === 1 ? '1 warning' : `${warnings} warnings`}`;
}

/**
 * `kpi validate [--budget KIB] FILE...`: one line per problem, then for a file without errors
 * one line with its KPI count; exit 0 clean, 1 errors, 2 a file could not be read or
 * parsed. The size budget is --budget, else a provisioning file's jsonData.catalogBudgetKiB, else 64 KiB.
 */
export function validateCommand(args: string[], out: (line: string) => void, err: (line: string) => void): number {
  const { options, positional: files } = parseArgs(args, ['budget']);
  const budgetOption = options.has('budget') ? readBudgetKiB(options.get('budget')) : undefined;
  if (budgetOption?.error) {
    throw new UsageError(`--budget: ${budgetOption.error}`);
  }
  if (files.length === 0) {
    throw new UsageError('validate needs at least one FILE (a catalog, or an app provisioning file)');
  }
  let exit = EXIT_OK;
  for (const file of files) {
    try {
      exit = Math.max(exit, validateFile(file, budgetOption?.kib, out));
    } catch (e) {
      // One file's failure, expected or not, is its own line and never stops the other files' checks.
      err(e instanceof UsageError ? e.message : `${file}: internal error: ${(e as Error)?.message ?? e}`);
      exit = EXIT_UNREADABLE;
    }
  }
  return exit;
}

/** One file's problem lines, or its passed line: EXIT_FAILED when it has errors, else EXIT_OK. */
function validateFile(file: string, budgetOptionKiB: number | undefined, out: (line: string) => void): number {
  const { catalog, prefix, warnings, budgetKiB } = readCatalogFile(file);
  const fromFile = readBudgetKiB(budgetKiB);
  if (budgetOptionKiB === undefined && fromFile.error) {
    throw new UsageError(`${file}: ${prefix.replace(/catalog\.$/, '')}catalogBudgetKiB: ${fromFile.error}`);
  }
  const { problems } = validateCatalog(catalog);
  // The app stores the catalog as jsonData.catalog, an object: that is what the budget counts.
  const size = budgetProblem(catalogSize({ catalog }, budgetOptionKiB ?? fromFile.kib));
  const all = [...problems, ...(size ? [size] : []), ...warnings];
  const errors = all.filter((p) => p.severity === 'error');
  // Errors first, as validateCatalog orders them: the size refusal is an error like any other.
  for (const p of [...errors, ...all.filter((q) => q.severity !== 'error')]) {
    out(problemLine(file, prefix, p));
  }
  if (errors.length > 0) {
    return EXIT_FAILED;
  }
  // A file that passes says so, so a silent run is never mistaken for one that checked nothing.
  out(`${file}: ${passedSummary(catalog, all.length)}`);
  return EXIT_OK;
}
