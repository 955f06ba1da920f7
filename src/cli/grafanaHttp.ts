/**
 * The command line's one way to talk to Grafana's HTTP API (check, and pull/push): a service account token, a
 * time limit on the whole request (headers and body: a body that trickles ends too), and a cap on the answer's
 * size, counted while it streams in, so neither a silent server nor a huge answer hangs or crashes the command.
 */
import { sizeText } from './readTextFile';

export interface GrafanaConnection {
  /** Grafana's root URL, http(s). */
  url: string;
  /** A service account token, sent as `Authorization: Bearer`. */
  token: string;
  /** How long one request may take, answer included. */
  timeoutMs: number;
  /** The largest answer read, in bytes. */
  maxBytes: number;
}

export interface GrafanaAnswer {
  status: number;
  /** The answer's media type, for a reader that wants to say what it got instead of JSON. */
  contentType: string;
  text: string;
}

/** Grafana could not be asked, or its answer not read (unreachable, too slow, too big, token refused): stop. */
export class GrafanaUnavailableError extends Error {
  /** `tokenRefused`: Grafana answered 401/403, so a write was certainly not made. */
  constructor(
    message: string,
    readonly tokenRefused = false
  ) {
    super(message);
  }
}

/**
 * One request to Grafana: `path` is the API path (`/api/ds/query`), `body` is sent as JSON. Answers with the
 * status and text of any answer but 401/403 (the token is refused: GrafanaUnavailableError, like every failure
 * to get an answer); `signal` cancels it (the caller's other request failed).
 */
export async function grafanaRequest(
  connection: GrafanaConnection,
  { method, path, body, signal }: { method: 'GET' | 'POST' | 'PUT'; path: string; body?: unknown; signal?: AbortSignal }
): Promise<GrafanaAnswer> {
  const url = `${connection.url.replace(/\/+$/, '')}${path}`;
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(), connection.timeoutMs);
  const aborted = signal ? AbortSignal.any([signal, timer.signal]) : timer.signal;
  const fail = (reason: string) => new GrafanaUnavailableError(reason);
  const asked = `${method} ${path} of Grafana at ${connection.url}`;
  try {
    const response = await fetch(url, {
      method,
      headers: {
        Accept: 'application/json',
        Authorization: `Bearer ${connection.token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: aborted,
    });
    const text = await readCapped(response, connection.maxBytes, () =>
      fail(
        `the answer to ${asked} is larger than ${sizeText(connection.maxBytes)} (raise the cap with --max-response-mb)`
      )
    );
    if (response.status === 401 || response.status === 403) {
      throw new GrafanaUnavailableError(
        `Grafana refused the token (HTTP ${response.status}${messageIn(text)}): check GRAFANA_TOKEN and the service account's role`,
        true
      );
    }
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', text };
  } catch (e) {
    if (e instanceof GrafanaUnavailableError) {
      throw e;
    }
    if (timer.signal.aborted) {
      throw fail(
        `no complete answer to ${asked} within ${connection.timeoutMs / 1000} s (raise the limit with --timeout)`
      );
    }
    if (signal?.aborted) {
      throw fail(`${asked}: cancelled`);
    }
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw fail(`cannot reach Grafana at ${connection.url}: ${cause?.code ?? cause?.message ?? (e as Error).message}`);
  } finally {
    clearTimeout(timeout);
  }
}

/** The body as text, read chunk by chunk and given up past `maxBytes` (a declared length past it is not read). */
async function readCapped(response: Response, maxBytes: number, tooBig: () => Error): Promise<string> {
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await response.body?.cancel();
    throw tooBig();
  }
  if (!response.body) {
    return '';
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      parts.push(decoder.decode());
      return parts.join('');
    }
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooBig();
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
}

/** Grafana's own words in an error answer (`{"message": ...}`), as `: words`, or ''. */
export function messageIn(text: string): string {
  try {
    const { message } = JSON.parse(text) as { message?: unknown };
    return typeof message === 'string' && message ? `: ${message.slice(0, 200)}` : '';
  } catch {
    return '';
  }
}

/**
 * The answer as JSON; anything else (an HTML login page, a proxy's error) means `url` is not the Grafana API.
 */
export function answerJson(answer: GrafanaAnswer, connection: GrafanaConnection, path: string): unknown {
  try {
    return JSON.parse(answer.text);
  } catch {
    const what = answer.contentType.split(';')[0] || 'no content type';
    throw new GrafanaUnavailableError(
      `${connection.url}${path} answered HTTP ${answer.status} with something that is not JSON (${what}): is ${connection.url} a Grafana?`
    );
  }
}
