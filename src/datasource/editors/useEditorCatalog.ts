import { useEffect, useState } from 'react';

import { shownKpi, type ShownKpi } from '../../kpi/catalogEntries';
import { shownScorecards, type ShownScorecard } from '../../kpi/shownScorecards';
import { fetchCatalog, type LoadedCatalog } from '../../query/catalogSettings';

// Six option editors open at once: they share one request, asked again after a short while for fresh values.
const CACHE_MS = 10_000;
let cached: { at: number; catalog: Promise<LoadedCatalog> } | undefined;

function editorCatalog(): Promise<LoadedCatalog> {
  if (!cached || Date.now() - cached.at > CACHE_MS) {
    cached = { at: Date.now(), catalog: fetchCatalog() };
  }
  return cached.catalog;
}

/** What the editors' pickers list from the catalog; empty (never an error) when the catalog cannot be read. */
function useFromCatalog<T>(read: (catalog: LoadedCatalog) => T[]): T[] {
  const [items, setItems] = useState<T[]>([]);
  useEffect(() => {
    let current = true;
    editorCatalog().then(
      (loaded) => current && setItems(read(loaded)),
      () => current && setItems([])
    );
    return () => {
      current = false;
    };
  }, [read]);
  return items;
}

const kpisOf = (catalog: LoadedCatalog) => catalog.validation.kpis.map(shownKpi);
const scorecardsOf = (catalog: LoadedCatalog) => shownScorecards(catalog.validation);

/** The catalog's KPIs for the panel editor's pickers. */
export function useEditorCatalog(): ShownKpi[] {
  return useFromCatalog(kpisOf);
}

/** The catalog's scorecards, for a query that shows one of them. */
export function useEditorScorecards(): ShownScorecard[] {
  return useFromCatalog(scorecardsOf);
}
