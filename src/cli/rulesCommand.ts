import { itemPlace } from '../kpi/places';
import { validateCatalog } from '../kpi/validateCatalog';
import { grafanaRules } from '../rules/grafanaRules';
import { DEFAULT_RULE_FOLDER } from '../rules/grafanaRulesFile';
import { type SkippedKpi } from '../rules/kpiRule';
import { prometheusRules } from '../rules/prometheusRules';
import { grafanaRulesYaml, prometheusRulesYaml } from '../rules/ruleFiles';
import { EXIT_FAILED, EXIT_OK, parseArgs, readCatalogFile, UsageError } from './cliIo';
import { problemLine } from './problemLine';

/**
 * `kpi rules grafana FILE [--folder TITLE]` and `kpi rules prometheus FILE`: the rule file on stdout; the catalog's
 * errors, and every KPI that gets no rule with why, on stderr. Exit 1 when the catalog has errors.
 */
export function rulesCommand(args: string[], out: (line: string) => void, err: (line: string) => void): number {
  const [target, ...rest] = args;
  if (target !== 'grafana' && target !== 'prometheus') {
    throw new UsageError(`rules needs 'grafana' or 'prometheus', not '${target ?? ''}'`);
  }
  const { options, positional } = parseArgs(rest, target === 'grafana' ? ['folder'] : []);
  if (positional.length !== 1) {
    throw new UsageError(`rules ${target} needs exactly one FILE (a catalog, or an app provisioning file)`);
  }
  const [file] = positional;
  const { catalog, prefix } = readCatalogFile(file);
  const validation = validateCatalog(catalog);
  for (const problem of validation.problems.filter((p) => p.severity === 'error')) {
    err(problemLine(file, prefix, problem));
  }
  const valid = validation.validKpis;
  // Only valid KPIs get rules, so a skipped one is a valid entry: named by its place and id.
  const skipLine = ({ kpiId, reason }: SkippedKpi) => {
    const entry = validation.kpis.find((e) => e.ok && e.value.id === kpiId);
    err(`${file}: ${prefix}${itemPlace('kpis', entry?.index ?? -1, entry?.ok ? entry.value : undefined)}: ${reason}`);
  };
  if (target === 'grafana') {
    const folder = options.get('folder') ?? DEFAULT_RULE_FOLDER;
    const { rules, skipped } = grafanaRules(valid);
    skipped.forEach(({ kpiId, reason }) => skipLine({ kpiId, reason: `no Grafana rule: ${reason}` }));
    out(grafanaRulesYaml(rules, folder).trimEnd());
  } else {
    const { file: rules, skipped } = prometheusRules(valid);
    skipped.forEach(({ kpiId, reason }) => skipLine({ kpiId, reason: `no Prometheus rules: ${reason}` }));
    out(prometheusRulesYaml(rules).trimEnd());
  }
  return validation.hasErrors ? EXIT_FAILED : EXIT_OK;
}
