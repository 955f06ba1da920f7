import { answerJson, grafanaRequest, GrafanaUnavailableError, messageIn, type GrafanaConnection } from './grafanaHttp';

/** The app's settings as Grafana's `/api/plugins/kpi-scorecards-app/settings` answers them. */
export interface StoredSettings {
  enabled?: boolean;
  pinned?: boolean;
  jsonData?: Record<string, unknown>;
}

const PATH = '/api/plugins/kpi-scorecards-app/settings';

/**
 * GET (or, with `write`, POST) of the app's settings, for `pull`, `push` and `check` without `--catalog`, through
 * the bounded client (time limit, size cap). Anything but a settings answer is a GrafanaUnavailableError (exit 2)
 * that says what Grafana said and, for a write, whether it may have been saved.
 */
export async function settingsRequest(connection: GrafanaConnection, write?: StoredSettings): Promise<StoredSettings> {
  const method = write ? 'POST' : 'GET';
  const asked = `${method} ${PATH} of Grafana at ${connection.url}`;
  let answer;
  try {
    answer = await grafanaRequest(connection, { method, path: PATH, body: write });
  } catch (e) {
    // Sent but not answered: the write may have landed all the same.
    if (write && e instanceof GrafanaUnavailableError && !e.tokenRefused) {
      throw new GrafanaUnavailableError(`${e.message}; the catalog may have been saved or not: ${PULL_TO_SEE}`);
    }
    throw e;
  }
  const { status, text } = answer;
  if (status === 404) {
    throw new GrafanaUnavailableError(
      `${asked} answered HTTP 404${messageIn(text)}: is the app kpi-scorecards-app installed there, and --grafana its root URL?`
    );
  }
  if (status < 200 || status >= 300) {
    throw new GrafanaUnavailableError(`${asked} answered HTTP ${status}${messageIn(text)}${afterError(status, write)}`);
  }
  const settings = answerJson(answer, connection, PATH) as StoredSettings;
  const jsonData = (settings as { jsonData?: unknown } | null)?.jsonData;
  if (
    !write &&
    (typeof settings !== 'object' || settings === null || Array.isArray(settings) || !isObjectOrAbsent(jsonData))
  ) {
    throw new GrafanaUnavailableError(`${asked} answered JSON that is not an app's settings (an object with jsonData)`);
  }
  return settings;
}

const PULL_TO_SEE = 'kpi pull shows what is stored';

/** What an error answer means for the catalog: a refused write was not made; a failed one may have been. */
function afterError(status: number, write: StoredSettings | undefined): string {
  if (!write) {
    return '';
  }
  if (status === 409 || status === 412) {
    return ': Grafana refused the write as conflicting with another, nothing was saved: pull, merge and push again';
  }
  return status >= 500 ? `: the catalog may have been saved or not: ${PULL_TO_SEE}` : ': nothing was saved';
}

function isObjectOrAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'object' && !Array.isArray(value));
}
