import { type GrafanaConnection } from './grafanaHttp';
import { UsageError } from './usageError';

/** Defaults of the options every command that talks to Grafana takes (documented in the README). */
const GRAFANA_DEFAULTS = { timeoutSeconds: 30, maxResponseMiB: 32, concurrency: 4 };

/** The option names grafanaOptions reads, for a command's parseArgs. */
export const GRAFANA_OPTION_NAMES = ['grafana', 'timeout', 'max-response-mb', 'concurrency'];

/**
 * `--grafana URL [--timeout SECONDS] [--max-response-mb MIB] [--concurrency N]` and GRAFANA_TOKEN: where and how
 * the command asks Grafana, refused with a UsageError (exit 2) when it cannot be right.
 */
export function grafanaOptions(
  options: Map<string, string>,
  role = 'Viewer is enough'
): GrafanaConnection & { concurrency: number } {
  const url = options.get('grafana');
  if (url === undefined) {
    throw new UsageError('--grafana is required');
  }
  if (!isHttpRoot(url)) {
    throw new UsageError(`--grafana: '${url}' is not an http(s) URL with a host`);
  }
  const token = process.env.GRAFANA_TOKEN;
  if (!token) {
    throw new UsageError(`GRAFANA_TOKEN is not set: create a service account token (${role}) and export it`);
  }
  const timeoutSeconds = numberOption(options, 'timeout', GRAFANA_DEFAULTS.timeoutSeconds, 0.001, 3600, 'seconds');
  const concurrency = numberOption(options, 'concurrency', GRAFANA_DEFAULTS.concurrency, 1, 32, 'requests at once');
  if (!Number.isInteger(concurrency)) {
    throw new UsageError(`--concurrency: '${options.get('concurrency')}' is not a whole number`);
  }
  return {
    url,
    token,
    timeoutMs: Math.round(timeoutSeconds * 1000),
    maxBytes: maxResponseBytes(options),
    concurrency,
  };
}

/** `--max-response-mb`: the largest answer read, from Grafana or from a saved answer's file (evaluate). */
export function maxResponseBytes(options: Map<string, string>): number {
  const mib = numberOption(options, 'max-response-mb', GRAFANA_DEFAULTS.maxResponseMiB, 0.001, 4096, 'MiB');
  return Math.round(mib * 2 ** 20);
}

function numberOption(
  options: Map<string, string>,
  name: string,
  fallback: number,
  min: number,
  max: number,
  unit: string
): number {
  const text = options.get(name);
  if (text === undefined) {
    return fallback;
  }
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < min || value > max) {
    throw new UsageError(`--${name}: '${text}' is not a number from ${min} to ${max} (${unit})`);
  }
  return value;
}

function isHttpRoot(text: string): boolean {
  try {
    const url = new URL(text);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && /^https?:\/\/[^/]/i.test(text)
    );
  } catch {
    return false;
  }
}
