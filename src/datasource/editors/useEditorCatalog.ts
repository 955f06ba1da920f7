import { useEffect, useState } from 'react';

import { shownKpi, type ShownKpi } from '../../kpi/catalogEntries';
import { fetchCatalog } from '../../query/catalogSettings';

// Six option editors open at once: they share one request, asked again after a short while for fresh values.
const CACHE_MS = 10_000;
let cached: { at: number; kpis: Promise<ShownKpi[]> } | undefined;

function catalogKpis(): Promise<ShownKpi[]> {
  if (!cached || Date.now() - cached.at > CACHE_MS) {
    cached = { at: Date.now(), kpis: fetchCatalog().then((c) => c.validation.kpis.map(shownKpi)) };
  }
  return cached.kpis;
}

/** The catalog's KPIs for the panel editor's pickers; empty (never an error) when the catalog cannot be read. */
export function useEditorCatalog(): ShownKpi[] {
  const [kpis, setKpis] = useState<ShownKpi[]>([]);
  useEffect(() => {
    let current = true;
    catalogKpis().then(
      (loaded) => current && setKpis(loaded),
      () => current && setKpis([])
    );
    return () => {
      current = false;
    };
  }, []);
  return kpis;
}
