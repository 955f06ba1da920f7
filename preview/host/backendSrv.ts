// getBackendSrv() backed by fetch() to the preview server, with Grafana's contract:
// fetch() is an Observable of FetchResponse, non-2xx answers error with a
// FetchError carrying `data`, and a newer request with the same requestId
// cancels the older one.
import { config, type BackendSrv, type BackendSrvRequest, type FetchError, type FetchResponse } from '@grafana/runtime';
import { lastValueFrom, Observable } from 'rxjs';

const inFlight = new Map<string, AbortController>();

function buildUrl(options: BackendSrvRequest): string {
  const path = options.url.startsWith('/') || options.url.startsWith('http') ? options.url : `/${options.url}`;
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(options.params ?? {})) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v !== null) {
        url.searchParams.append(key, String(v));
      }
    }
  }
  return url.toString();
}

function encodeBody(data: unknown): BodyInit | undefined {
  if (data === undefined || data === null) {
    return undefined;
  }
  return typeof data === 'string' || data instanceof FormData || data instanceof Blob ? data : JSON.stringify(data);
}

function fetchObservable<T>(options: BackendSrvRequest): Observable<FetchResponse<T>> {
  return new Observable<FetchResponse<T>>((subscriber) => {
    const controller = new AbortController();
    if (options.requestId) {
      inFlight.get(options.requestId)?.abort();
      inFlight.set(options.requestId, controller);
    }
    const method = (options.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {
      Accept: 'application/json, text/plain, */*',
      // Lets the bench enforce Grafana's role checks on writes.
      'X-Preview-Org-Role': config.bootData.user.orgRole,
      ...(options.headers ?? {}),
    };
    if (options.data !== undefined && typeof options.data !== 'string') {
      headers['Content-Type'] ??= 'application/json';
    }
    fetch(buildUrl(options), {
      method,
      headers,
      body: encodeBody(options.data),
      signal: controller.signal,
      credentials: 'same-origin',
    })
      .then(async (res) => {
        const text = await res.text();
        let data: unknown = text;
        if (options.responseType !== 'text') {
          try {
            data = text ? JSON.parse(text) : undefined;
          } catch {
            // not JSON: keep the text, as Grafana does
          }
        }
        const response = {
          data: data as T,
          status: res.status,
          statusText: res.statusText,
          ok: res.ok,
          headers: res.headers,
          redirected: res.redirected,
          type: res.type,
          url: res.url,
          config: options,
        };
        if (!res.ok) {
          const error: FetchError = { ...response, data, isHandled: false };
          subscriber.error(error);
          return;
        }
        subscriber.next(response);
        subscriber.complete();
      })
      .catch((err) => {
        if (controller.signal.aborted) {
          subscriber.complete(); // cancelled by a newer request: ends quietly, as in Grafana
          return;
        }
        subscriber.error({ status: -1, statusText: String(err), data: { message: String(err) }, config: options });
      })
      .finally(() => {
        if (options.requestId && inFlight.get(options.requestId) === controller) {
          inFlight.delete(options.requestId);
        }
      });
    return () => controller.abort();
  });
}

const request = <T>(options: BackendSrvRequest): Promise<T> =>
  lastValueFrom(fetchObservable<T>(options)).then((r) => r.data);

export const previewBackendSrv = {
  fetch: fetchObservable,
  request,
  datasourceRequest: <T>(options: BackendSrvRequest) => lastValueFrom(fetchObservable<T>(options)),
  get: <T>(
    url: string,
    params?: BackendSrvRequest['params'],
    requestId?: string,
    options?: Partial<BackendSrvRequest>
  ) => request<T>({ ...options, url, params, requestId, method: 'GET' }),
  delete: <T>(url: string, data?: unknown, options?: Partial<BackendSrvRequest>) =>
    request<T>({ ...options, url, data, method: 'DELETE' }),
  post: <T>(url: string, data?: unknown, options?: Partial<BackendSrvRequest>) =>
    request<T>({ ...options, url, data, method: 'POST' }),
  patch: <T>(url: string, data?: unknown, options?: Partial<BackendSrvRequest>) =>
    request<T>({ ...options, url, data, method: 'PATCH' }),
  put: <T>(url: string, data?: unknown, options?: Partial<BackendSrvRequest>) =>
    request<T>({ ...options, url, data, method: 'PUT' }),
} as unknown as BackendSrv;
