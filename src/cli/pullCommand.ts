import { writeFileSync } from 'node:fs';

import { catalogToYaml } from '../kpi/catalogYaml';
import { type KpiCatalog } from '../kpi/types';
import { EXIT_OK, parseArgs, UsageError } from './cliIo';
import { GRAFANA_OPTION_NAMES, grafanaOptions } from './grafanaOptions';
import { readStoredCatalog } from './storedCatalog';

/** The comment `pull` writes and `push` reads: what the file was pulled from (the stored catalog's hash). */
export const PULLED_MARK = /^#.*\bkpi-pulled sha256:([0-9a-f]{64})/m;

/**
 * `kpi pull --grafana URL [--out FILE] [--timeout SECONDS] [--max-response-mb MIB]`: the catalog stored in that Grafana, as YAML, headed by a comment that
 * records what was pulled, so `push` refuses the file once the stored catalog changed since.
 */
export async function pullCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { options, positional } = parseArgs(args, [...GRAFANA_OPTION_NAMES, 'out']);
  if (positional.length > 0) {
    throw new UsageError(`unexpected argument '${positional[0]}'`);
  }
  const connection = grafanaOptions(options);
  const grafana = connection.url;
  const stored = await readStoredCatalog(connection);
  if (stored.catalog === undefined) {
    throw new UsageError(`${grafana} has no catalog stored yet: nothing to pull`);
  }
  const header = [
    `# Pulled from ${grafana} at catalogVersion ${stored.version} by kpi pull. kpi push refuses this file once the`,
    `# catalog stored there changed since: pull again and merge. Keep this: kpi-pulled sha256:${stored.hash}`,
  ];
  if (stored.jsonData.provisioned === true) {
    header.push('# This catalog is provisioned: change it in the provisioning file, not through kpi push.');
  }
  const text = `${header.join('\n')}\n${catalogToYaml(stored.catalog as KpiCatalog)}`;
  const file = options.get('out');
  if (file === undefined || file === '-') {
    out(text.replace(/\n$/, ''));
    return EXIT_OK;
  }
  try {
    writeFileSync(file, text);
  } catch (e) {
    throw new UsageError(`${file}: cannot write: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  return EXIT_OK;
}
