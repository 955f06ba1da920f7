import { useEffect, useState } from 'react';
import { LoadedCatalog, fetchCatalog } from '../../query/catalogSettings';
import { errorMessage } from '../../query/errorMessage';
import { failureText } from '../../query/failureText';

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
      // The same settings give the same object (fetchCatalog): a refresh that finds them unchanged keeps the
      // state, so nothing downstream re-queries or re-renders.
      (catalog) =>
        current &&
        setState((prev) =>
          prev.status === 'loaded' && prev.catalog === catalog ? prev : { status: 'loaded', catalog }
        ),
      (e) => current && setState({ status: 'failed', message: errorMessage(e, failureText.request()) })
    );
    return () => {
      current = false;
    };
  }, [refreshKey]);
  return state;
}
