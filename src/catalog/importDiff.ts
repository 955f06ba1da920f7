import { diffKpi, reviseKpi, revisionBlockers, type Author } from '../kpi/kpiRevisions';
import { stableStringify } from '../kpi/stableStringify';
import { type Kpi, type KpiCatalog } from '../kpi/types';

interface KpiImportChange {
  id: string;
  name: string;
  /** True when the meaning changed: the import bumps this KPI's revision. */
  bumps: boolean;
  changes: string[];
}

interface IdDiff {
  added: string[];
  changed: string[];
  removed: string[];
}

/** What an import would do, shown before anything is saved. */
export interface ImportDiff {
  kpis: { added: Kpi[]; changed: KpiImportChange[]; removed: Kpi[]; unchanged: number };
  objectives: IdDiff;
  scorecards: IdDiff;
}

export function diffCatalogs(current: KpiCatalog, incoming: KpiCatalog): ImportDiff {
  const before = new Map(current.kpis.map((k) => [k.id, k]));
  const after = new Set(incoming.kpis.map((k) => k.id));
  const kpis: ImportDiff['kpis'] = { added: [], changed: [], removed: [], unchanged: 0 };
  for (const kpi of incoming.kpis) {
    const old = before.get(kpi.id);
    if (!old) {
      kpis.added.push(kpi);
      continue;
    }
    const { bumps, changes } = diffKpi(old, kpi);
    if (changes.length === 0) {
      kpis.unchanged++;
    } else {
      kpis.changed.push({ id: kpi.id, name: kpi.name, bumps, changes });
    }
  }
  kpis.removed = current.kpis.filter((k) => !after.has(k.id));
  return {
    kpis,
    objectives: diffById(current.objectives ?? [], incoming.objectives ?? []),
    scorecards: diffById(current.scorecards ?? [], incoming.scorecards ?? []),
  };
}

function diffById<T extends { id: string }>(current: T[], incoming: T[]): IdDiff {
  const before = new Map(current.map((item) => [item.id, stableStringify(item)]));
  const after = new Set(incoming.map((item) => item.id));
  return {
    added: incoming.filter((item) => !before.has(item.id)).map((item) => item.id),
    changed: incoming
      .filter((item) => before.has(item.id) && before.get(item.id) !== stableStringify(item))
      .map((item) => item.id),
    removed: current.filter((item) => !after.has(item.id)).map((item) => item.id),
  };
}

/**
 * The catalog the import produces. A KPI that exists keeps its history and is revised against the incoming
 * definition; a new KPI that brings its own revision and history (an export from another Grafana) keeps them.
 * An existing KPI whose revision or history is broken (see revisionBlockers) is replaced by the incoming one as
 * written, so the YAML tab can fix it.
 */
export function applyImport(current: KpiCatalog, incoming: KpiCatalog, author: Author): KpiCatalog {
  const before = new Map(current.kpis.map((k) => [k.id, k]));
  const kpis = incoming.kpis.map((kpi) => {
    const old = before.get(kpi.id);
    if (old && revisionBlockers(old).length > 0) {
      return kpi;
    }
    if (old) {
      return reviseKpi(old, kpi, author);
    }
    return kpi.revision !== undefined && kpi.history?.length ? kpi : reviseKpi(undefined, kpi, author);
  });
  return { ...incoming, kpis };
}
