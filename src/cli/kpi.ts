import { EXIT_UNREADABLE, UsageError } from './cliIo';
import { checkCommand } from './checkCommand';
import { evaluateCommand } from './evaluateCommand';
import { validateCommand } from './validateCommand';

const USAGE = `usage:
  kpi validate FILE...
  kpi evaluate --catalog FILE --response FILE [--previous FILE] --now ISO-8601 [--tz ZONE]
      (--now without an offset, like 2026-03-31T23:59:59, is UTC; --tz sets only the calendar windows' zone)
  kpi check --grafana URL --catalog FILE [--select team=platform,type=lagging] [--allow-empty] [--tz ZONE]
      [--timeout SECONDS (30)] [--max-response-mb MIB (32)] [--concurrency N (4)]   (token in GRAFANA_TOKEN)`;

/** The command line's entry: returns the exit code; output and errors go through the given writers. */
export async function main(argv: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'validate':
        return validateCommand(args, out, err);
      case 'evaluate':
        return evaluateCommand(args, out, err);
      case 'check':
        return await checkCommand(args, out, err);
      case undefined:
      case '--help':
      case 'help':
        out(USAGE);
        return command === undefined ? EXIT_UNREADABLE : 0;
      default:
        throw new UsageError(`unknown command '${command}'\n${USAGE}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      err(`kpi: ${e.message}`);
      return EXIT_UNREADABLE;
    }
    err(`kpi: internal error: ${(e as Error).message ?? e}`);
    return EXIT_UNREADABLE;
  }
}
