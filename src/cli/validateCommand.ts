import { validateCatalog } from '../kpi/validateCatalog';
import { EXIT_FAILED, EXIT_OK, EXIT_UNREADABLE, UsageError, readCatalogFile } from './cliIo';
import { problemLine } from './problemLine';

/** `kpi validate FILE...`: one line per problem; 0 clean, 1 errors, 2 a file could not be read or parsed. */
export function validateCommand(files: string[], out: (line: string) => void, err: (line: string) => void): number {
  if (files.length === 0) {
    throw new UsageError('validate needs at least one FILE (a catalog, or an app provisioning file)');
  }
  let exit = EXIT_OK;
  for (const file of files) {
    try {
      const { catalog, prefix, warnings } = readCatalogFile(file);
      const { problems } = validateCatalog(catalog);
      for (const p of [...problems, ...warnings]) {
        out(problemLine(file, prefix, p));
        if (p.severity === 'error') {
          exit = Math.max(exit, EXIT_FAILED);
        }
      }
    } catch (e) {
      // One file's failure, expected or not, is its own line and never stops the other files' checks.
      err(e instanceof UsageError ? e.message : `${file}: internal error: ${(e as Error)?.message ?? e}`);
      exit = EXIT_UNREADABLE;
    }
  }
  return exit;
}
