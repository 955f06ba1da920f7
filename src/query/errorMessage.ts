/**
 * The message of what a Grafana request or datasource threw: a FetchError's `data.message` (the server's own
 * words) first, then an Error's message, then the HTTP status text; `fallback` when it carries none of them (or only empty ones).
 */
export function errorMessage(e: unknown, fallback: string): string {
  if (e && typeof e === 'object') {
    const err = e as { message?: unknown; data?: { message?: unknown }; statusText?: unknown };
    const said = [err.data?.message, err.message, err.statusText].find((s) => typeof s === 'string' && s.trim());
    return typeof said === 'string' ? said : fallback;
  }
  return typeof e === 'string' && e.trim() ? e : fallback;
}
