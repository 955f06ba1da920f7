import { UsageError } from './cliIo';

/** The app's settings as Grafana's `/api/plugins/kpi-scorecards-app/settings` answers them. */
export interface StoredSettings {
  enabled?: boolean;
  pinned?: boolean;
  jsonData?: Record<string, unknown>;
}

const PATH = '/api/plugins/kpi-scorecards-app/settings';

/**
 * GET and POST of the app's settings with a service account token, for `pull`, `push` and `check` without
 * `--catalog`. Kept apart from the commands so it can move onto the shared hardened HTTP client. Anything but a
 * settings answer is a UsageError (exit 2) that says what Grafana said.
 */
export async function settingsRequest(grafana: string, token: string, write?: StoredSettings): Promise<StoredSettings> {
  const url = `${grafana.replace(/\/+$/, '')}${PATH}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: write ? 'POST' : 'GET',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${token}` },
      body: write ? JSON.stringify(write) : undefined,
      signal: AbortSignal.timeout(60_000),
    });
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new UsageError(
      `cannot reach Grafana at ${grafana}: ${cause?.code ?? cause?.message ?? (e as Error).message}`
    );
  }
  const text = await response.text();
  if (response.status === 401 || response.status === 403) {
    throw new UsageError(
      `Grafana refused the token (HTTP ${response.status}): ${write ? 'writing the app settings needs an Admin service account' : 'check GRAFANA_TOKEN'}`
    );
  }
  if (!response.ok) {
    throw new UsageError(`${url} answered HTTP ${response.status}${messageOf(text)}`);
  }
  try {
    return JSON.parse(text) as StoredSettings;
  } catch {
    throw new UsageError(`${url} answered with something that is not JSON: is ${grafana} a Grafana?`);
  }
}

function messageOf(text: string): string {
  try {
    const { message } = JSON.parse(text) as { message?: string };
    return message ? `: ${message}` : '';
  } catch {
    return '';
  }
}

/** `--grafana` and GRAFANA_TOKEN, checked as `check` checks them. */
export function grafanaTarget(grafana: string): { grafana: string; token: string } {
  if (!/^https?:\/\//.test(grafana)) {
    throw new UsageError(`--grafana: '${grafana}' is not an http(s) URL`);
  }
  const token = process.env.GRAFANA_TOKEN;
  if (!token) {
    throw new UsageError('GRAFANA_TOKEN is not set: create a service account token and export it');
  }
  return { grafana, token };
}
