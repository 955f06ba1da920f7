import { applyImport } from '../catalog/importDiff';
import { survived, withSave } from '../catalog/saveLineage';
import { budgetProblem, catalogSize, readBudgetKiB } from '../kpi/catalogBudget';
import { emptyCatalog } from '../kpi/emptyCatalog';
import { type KpiCatalog } from '../kpi/types';
import { validateCatalog } from '../kpi/validateCatalog';
import { EXIT_FAILED, EXIT_OK, parseArgs, readCatalogFile, readText, UsageError } from './cliIo';
import { GRAFANA_OPTION_NAMES, grafanaOptions } from './grafanaOptions';
import { settingsRequest } from './grafanaSettingsHttp';
import { problemLine } from './problemLine';
import { PULLED_MARK } from './pullCommand';
import { catalogHash, readStoredCatalog } from './storedCatalog';

/** How long after its write a push reads back a second time (the editor's recheck). */
const RECHECK_MS = 2000;

/**
 * `kpi push --grafana URL [--timeout SECONDS] [--max-response-mb MIB] FILE`: validates FILE and saves it as the app's catalog by the app's own rules (the
 * size budget, revisions recorded, catalogVersion one up, a read-back). Refused (exit 1) with a way forward when
 * the catalog is provisioned, or when the stored one changed since FILE was pulled (its `kpi-pulled` hash) and
 * since the last push (jsonData.catalogPushedSha256): someone edited it in the app, and a push would drop that.
 */
export async function pushCommand(args: string[], out: (line: string) => void, err: (line: string) => void) {
  const { options, positional } = parseArgs(args, GRAFANA_OPTION_NAMES);
  if (positional.length !== 1) {
    throw new UsageError('push needs exactly one FILE (a catalog, or an app provisioning file)');
  }
  const [file] = positional;
  const connection = grafanaOptions(options, 'an Admin one: push writes the app settings');
  const grafana = connection.url;
  const { catalog, prefix } = readCatalogFile(file);
  const pulled = PULLED_MARK.exec(readText(file))?.[1];
  const errors = validateCatalog(catalog).problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    errors.forEach((p) => err(problemLine(file, prefix, p)));
    err(`kpi: ${file} has errors: nothing was pushed`);
    return EXIT_FAILED;
  }
  const stored = await readStoredCatalog(connection);
  const refuse = (why: string) => (err(`kpi: ${why}`), EXIT_FAILED);
  if (stored.jsonData.provisioned === true) {
    return refuse(
      `the catalog in ${grafana} is provisioned (jsonData.provisioned: true): Grafana would replace a push at its ` +
        'next start. Change the provisioning file (provisioning/plugins/*.yaml, jsonData.catalog) and restart Grafana.'
    );
  }
  const author = { by: 'kpi push', at: new Date().toISOString() };
  const base = (stored.catalog ?? emptyCatalog()) as KpiCatalog;
  const written = applyImport(base, catalog as KpiCatalog, author);
  // Nothing to write (a merge that left the catalog alone): no new version, so no open editor sees a conflict.
  if (stored.catalog !== undefined && catalogHash(written) === stored.hash) {
    out(`${grafana} already holds ${file} (catalogVersion ${stored.version}): nothing to push`);
    return EXIT_OK;
  }
  const unchanged = stored.catalog === undefined || [pulled, stored.jsonData.catalogPushedSha256].includes(stored.hash);
  if (!unchanged) {
    return refuse(
      `the catalog in ${grafana} changed since ${file} was ${pulled ? 'pulled' : 'last pushed (it has no kpi-pulled mark)'} ` +
        `(stored catalogVersion ${stored.version}): run kpi pull --grafana ${grafana} --out FILE, merge, and push again`
    );
  }
  const version = stored.version + 1;
  const mark = { version, id: `kpi-push-${author.at}-${Math.random().toString(36).slice(2)}` };
  const jsonData = {
    ...stored.jsonData,
    catalog: written,
    catalogVersion: version,
    catalogPushedSha256: catalogHash(written),
    catalogSaves: withSave(stored.jsonData.catalogSaves, mark),
  };
  const size = budgetProblem(catalogSize(jsonData, readBudgetKiB(stored.jsonData.catalogBudgetKiB).kib));
  if (size?.severity === 'error') {
    return refuse(`${file}: ${size.message}: nothing was pushed`);
  }
  const { enabled, pinned } = stored.settings;
  await settingsRequest(connection, { enabled: enabled ?? true, pinned: pinned ?? true, jsonData });
  // Read back at once and again shortly after, as the editor does: Grafana has no compare-and-swap, and a save
  // that read before this write can land just after the first read-back.
  for (const wait of [0, RECHECK_MS]) {
    await new Promise((resolve) => setTimeout(resolve, wait));
    const after = await readStoredCatalog(connection);
    if (!survived(after.jsonData.catalogSaves, mark)) {
      return refuse(
        `another save replaced this push at the same moment (now catalogVersion ${after.version}): pull and push again`
      );
    }
  }
  out(`pushed ${file} to ${grafana}: catalogVersion ${version}, ${written.kpis.length} KPI(s)`);
  return EXIT_OK;
}
