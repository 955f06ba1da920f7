import { type MetricFindValue } from '@grafana/data';

import { type LoadedCatalog } from '../query/catalogSettings';
import { type KpiVariableKind } from './kpiQuery';

/**
 * What a dashboard variable on the KPI datasource lists, from the catalog's valid KPIs and objectives: teams,
 * objectives (by id, titled), categories, tags, KPI ids (named) or the ids of the SLOs (the KPIs with an `slo`
 * block); each once, sorted by what the user reads.
 */
export function catalogVariableValues(catalog: LoadedCatalog, kind: KpiVariableKind): MetricFindValue[] {
  const kpis = catalog.validation.kpis.flatMap((e) => (e.ok ? [e.value] : []));
  const byText = (a: MetricFindValue, b: MetricFindValue) => a.text.localeCompare(b.text);
  const plain = (values: Array<string | undefined>) =>
    [...new Set(values.filter((v): v is string => Boolean(v)))].map((v) => ({ text: v, value: v })).sort(byText);
  switch (kind) {
    case 'teams':
      return plain(kpis.map((k) => k.team));
    case 'categories':
      return plain(kpis.map((k) => k.category));
    case 'tags':
      return plain(kpis.flatMap((k) => k.tags ?? []));
    case 'objectives':
      return catalog.validation.objectives
        .flatMap((e) => (e.ok ? [{ text: e.value.title, value: e.value.id }] : []))
        .sort(byText);
    case 'kpis':
      return kpis.map((k) => ({ text: k.name, value: k.id })).sort(byText);
    case 'slos':
      return kpis.flatMap((k) => (k.slo ? [{ text: k.name, value: k.id }] : [])).sort(byText);
  }
}
