import { checkCommand } from './checkCommand';
import { EXIT_UNREADABLE, UsageError } from './cliIo';
import { evaluateCommand } from './evaluateCommand';
import { GrafanaUnavailableError } from './grafanaHttp';
import { opensloCommand } from './opensloCommand';
import { pullCommand } from './pullCommand';
import { pushCommand } from './pushCommand';
import { reportCommand } from './reportCommand';
import { rulesCommand } from './rulesCommand';
import { validateCommand } from './validateCommand';

const USAGE = `usage:
  kpi validate [--budget KIB] FILE...
  kpi evaluate --catalog FILE --response FILE [--previous FILE] --now ISO-8601 [--tz ZONE]
      (--now without an offset, like 2026-03-31T23:59:59, is UTC; --tz sets only the calendar windows' zone)
  kpi check --grafana URL [--catalog FILE] [--select team=platform,type=lagging] [--tz ZONE] [--allow-stale]
      [--allow-empty] [--timeout SECONDS (30)] [--max-response-mb MIB (32)] [--concurrency N (4)]
      (token in GRAFANA_TOKEN; without --catalog it checks the catalog stored in that Grafana)
      (exit 1: a KPI is off-track or an SLO's page alert holds; 2: one cannot be judged: failed, no data, stale)
  kpi rules grafana FILE [--folder TITLE]   (a Grafana alerting provisioning file)
  kpi rules prometheus FILE                 (Prometheus recording and alerting rules for SLO KPIs with good/total)
  kpi openslo export FILE                 the SLO KPIs as OpenSLO v1 documents
  kpi openslo import FILE...              a catalog from OpenSLO documents (SLO, SLI, DataSource)
  kpi pull --grafana URL [--out FILE]     the catalog stored in Grafana, as YAML
  kpi push --grafana URL FILE             saves FILE there (refused when the stored catalog changed since it was pulled)
      (pull and push take --timeout and --max-response-mb as check does; exit 2 when Grafana cannot be read)
  kpi report --grafana URL [--catalog FILE] --period 2026-Q3 [--select SELECTOR] [--tz ZONE] [--format csv|markdown]
      (a closed month 2026-11, quarter 2026-Q3 or year 2026: each KPI at the period's close and the previous one's)`;

/** The command line's entry: returns the exit code; output and errors go through the given writers. */
export async function main(argv: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'validate':
        return validateCommand(args, out, err);
      case 'evaluate':
        return evaluateCommand(args, out, err);
      case 'rules':
        return rulesCommand(args, out, err);
      case 'check':
        return await checkCommand(args, out, err);
      case 'openslo':
        return opensloCommand(args, out, err);
      case 'pull':
        return await pullCommand(args, out);
      case 'push':
        return await pushCommand(args, out, err);
      case 'report':
        return await reportCommand(args, out, err);
      case undefined:
      case '--help':
      case 'help':
        out(USAGE);
        return command === undefined ? EXIT_UNREADABLE : 0;
      default:
        throw new UsageError(`unknown command '${command}'\n${USAGE}`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof GrafanaUnavailableError) {
      err(`kpi: ${e.message}`);
      return EXIT_UNREADABLE;
    }
    err(`kpi: internal error: ${(e as Error).message ?? e}`);
    return EXIT_UNREADABLE;
  }
}
