import { CatalogParseError } from '../kpi/catalogParseError';
import { readCatalogText, type LocatedCatalog } from '../kpi/catalogYaml';
import { parseJson } from '../kpi/parseCatalogText';
import { MAX_CATALOG_FILE_BYTES, readTextFile } from './readTextFile';
import { UsageError } from './usageError';

export { UsageError };

/** Exit codes of the spec's command line. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_UNREADABLE = 2;

/** A catalog or other text file, read safely (readTextFile): regular files only, at most 8 MiB, UTF-8. */
export function readText(file: string): string {
  return readTextFile(file, MAX_CATALOG_FILE_BYTES);
}

export function readCatalogFile(file: string): LocatedCatalog {
  const text = readTextFile(file, MAX_CATALOG_FILE_BYTES);
  try {
    return readCatalogText(text, file);
  } catch (e) {
    if (e instanceof CatalogParseError) {
      throw new UsageError(`${file}: ${e.message}`);
    }
    throw e;
  }
}

/** A JSON file (a saved /api/ds/query answer) of at most `maxBytes`. */
export function readJsonFile(file: string, maxBytes: number): unknown {
  const text = readTextFile(file, maxBytes);
  try {
    return parseJson(text);
  } catch (e) {
    if (e instanceof CatalogParseError) {
      throw new UsageError(`${file}: not JSON: ${e.message}`);
    }
    throw e;
  }
}

/** `--name value` options, `--flag` switches (set to 'true') and positional arguments. */
export function parseArgs(
  args: string[],
  known: string[],
  flags: string[] = []
): { options: Map<string, string>; positional: string[] } {
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (flags.includes(name) && inline === undefined) {
      options.set(name, 'true');
      continue;
    }
    if (!known.includes(name)) {
      const all = [...known, ...flags].map((k) => `--${k}`).join(', ');
      throw new UsageError(`unknown option --${name} (known: ${all})`);
    }
    const value = inline ?? args[++i];
    if (value === undefined) {
      throw new UsageError(`--${name} needs a value`);
    }
    options.set(name, value);
  }
  return { options, positional };
}

export function required(options: Map<string, string>, name: string): string {
  const value = options.get(name);
  if (value === undefined) {
    throw new UsageError(`--${name} is required`);
  }
  return value;
}
