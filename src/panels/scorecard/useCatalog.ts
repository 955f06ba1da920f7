import { useEffect, useState } from 'react';
import { LoadedCatalog, fetchCatalog } from '../../query/catalogSettings';

export type CatalogState =
  { status: 'loading' } | { status: 'failed'; message: string } | { status: 'loaded'; catalog: LoadedCatalog };

/**
 * The app's catalog, fetched from its plugin settings. A refresh (new refreshKey) fetches again but keeps the
 * catalog on screen meanwhile; an answer that arrives after unmount or a newer request is dropped.
 */
export function useCatalog(refreshKey?: unknown): CatalogState {
  const [state, setState] = useState<CatalogState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    fetchCatalog().then(
      (catalog) => current && setState((prev) => (sameCatalog(prev, catalog) ? prev : { status: 'loaded', catalog })),
      (e) => current && setState({ status: 'failed', message: errorText(e) })
    );
    return () => {
      current = false;
    };
  }, [refreshKey]);
  return state;
}

function errorText(e: unknown): string {
  const err = e as { data?: { message?: string }; message?: string; status?: number; statusText?: string } | undefined;
  return err?.data?.message ?? err?.message ?? err?.statusText ?? String(e);
}

// A refresh that finds the same settings keeps the same object, so nothing downstream re-queries or re-renders.
function sameCatalog(prev: CatalogState, next: LoadedCatalog): boolean {
  return prev.status === 'loaded' && JSON.stringify(prev.catalog.jsonData) === JSON.stringify(next.jsonData);
}
