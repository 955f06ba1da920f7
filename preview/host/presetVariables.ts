// A dashboard's template variables as Grafana fills them on load: a query variable asks its datasource's
// metricFindQuery (refresh on load), sorts the values (sort 1/2: alphabetical by text, asc/desc), and with
// includeAll offers "All" first, whose value is every option (Grafana's includeAll without a custom all value).
// The current value: the URL's var-<name> (repeatable), else the dashboard's, else the first option, as
// Grafana picks when the saved one is not among the options.
import { getDataSourceSrv } from '@grafana/runtime';

import type { DataSourceRef, MetricFindValue, ScopedVars } from '@grafana/data';

export interface DashboardVariable {
  name: string;
  label?: string;
  type: string;
  datasource?: DataSourceRef | null;
  query?: unknown;
  sort?: number;
  multi?: boolean;
  includeAll?: boolean;
  hide?: number;
  current?: { text?: string | string[]; value?: string | string[] };
}

export interface PresetVariable {
  name: string;
  label: string;
  multi: boolean;
  includeAll: boolean;
  /** The options as the datasource listed them, sorted ("All" not among them). */
  options: MetricFindValue[];
  /** True when "All" is the current value. */
  all: boolean;
  /** The values chosen (every option's when All). */
  values: string[];
  error?: string;
}

export const ALL_VALUE = '$__all';

async function listOptions(v: DashboardVariable): Promise<MetricFindValue[]> {
  if (v.type !== 'query') {
    return [];
  }
  const ds = await getDataSourceSrv().get(v.datasource);
  if (!ds.metricFindQuery) {
    throw new Error(`datasource ${ds.name} has no variable queries`);
  }
  const found = await ds.metricFindQuery(v.query);
  const sorted = [...found];
  if (v.sort === 1 || v.sort === 2) {
    sorted.sort((a, b) => a.text.localeCompare(b.text) * (v.sort === 2 ? -1 : 1));
  }
  return sorted;
}

function choose(
  v: DashboardVariable,
  options: MetricFindValue[],
  fromUrl: string[]
): Pick<PresetVariable, 'all' | 'values'> {
  const saved = v.current?.value;
  const wanted = fromUrl.length > 0 ? fromUrl : Array.isArray(saved) ? saved : saved ? [saved] : [];
  const every = options.map((o) => String(o.value));
  if (v.includeAll && (wanted.includes(ALL_VALUE) || wanted.includes('All'))) {
    return { all: true, values: every };
  }
  const known = wanted.filter((w) => every.includes(w));
  if (known.length > 0) {
    return { all: false, values: v.multi ? known : known.slice(0, 1) };
  }
  return v.includeAll ? { all: true, values: every } : { all: false, values: every.slice(0, 1) };
}

/** Every variable of the dashboard, filled in, in the dashboard's order. */
export async function loadPresetVariables(
  list: DashboardVariable[],
  params: URLSearchParams
): Promise<PresetVariable[]> {
  return Promise.all(
    list.map(async (v) => {
      const base = {
        name: v.name,
        label: v.label ?? v.name,
        multi: Boolean(v.multi),
        includeAll: Boolean(v.includeAll),
      };
      try {
        const options = await listOptions(v);
        return { ...base, options, ...choose(v, options, params.getAll(`var-${v.name}`)) };
      } catch (e) {
        return { ...base, options: [], all: false, values: [], error: e instanceof Error ? e.message : String(e) };
      }
    })
  );
}

/** The text Grafana shows for a value: its option's text, "All" for All. */
function variableText(v: PresetVariable): string {
  if (v.all) {
    return 'All';
  }
  return v.values.map((value) => v.options.find((o) => o.value === value)?.text ?? value).join(' + ');
}

/** The variables as scopedVars: a multi-value one in Grafana's `pipe` format, as the KPI datasource asks for it. */
export function variablesAsScopedVars(variables: PresetVariable[]): ScopedVars {
  return Object.fromEntries(variables.map((v) => [v.name, { text: variableText(v), value: v.values.join('|') }]));
}
