/**
 * The message of what a Grafana request or datasource threw: a FetchError's `data.message` (the server's own
 * words) first, then an Error's message, then the HTTP status text; `fallback` when it carries none of them.
 */
export function errorMessage(e: unknown, fallback: string): string {
  if (e && typeof e === 'object') {
    const err = e as { message?: string; data?: { message?: string }; statusText?: string };
    return err.data?.message ?? err.message ?? err.statusText ?? fallback;
  }
  return e === undefined || e === null ? fallback : String(e);
}
