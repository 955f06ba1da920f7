import { entryPlace, isRecord, type CatalogList, type PathKey, type Place } from './places';
import { type Problem } from './types';

// Grafana expands $NAME and ${NAME} from the environment in every value of a provisioning file; `$$` is a
// literal `$`. A KPI query's `$__rate_interval` written there would reach the datasource as an empty string.
const DOLLAR = /\$\$|\$\{(\w+)\}|\$(\w+)/g;

/**
 * The catalog as Grafana reads it from a provisioning file: `$$` becomes `$`. A lone `$NAME` is left as it
 * is (its value is the environment's) and reported, since in a KPI query it is almost always meant for the
 * datasource. Places are relative to the catalog, like validation's.
 */
export function readProvisioningEscapes(value: unknown): { value: unknown; warnings: Problem[] } {
  const warnings: Problem[] = [];
  const walk = (node: unknown, path: PathKey[]): unknown => {
    if (typeof node === 'string') {
      return node.replace(DOLLAR, (match, braced?: string, bare?: string) => {
        if (match === '$$') {
          return '$';
        }
        const name = braced ?? bare;
        warnings.push({
          severity: 'warning',
          at: placeOf(value, path),
          message: `Grafana replaces ${match} with the environment variable ${name} when it reads a provisioning file; write $${match} to keep it for the datasource`,
        });
        return match;
      });
    }
    if (Array.isArray(node)) {
      return node.map((item, i) => walk(item, [...path, i]));
    }
    if (isRecord(node)) {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, [...path, k])]));
    }
    return node;
  };
  return { value: walk(value, []), warnings };
}

const LISTS: readonly string[] = ['kpis', 'objectives', 'scorecards'];

/** `kpis[0] (deploys).query.expr`: the entry by list, index and id, like validation's places. */
function placeOf(root: unknown, path: PathKey[]): Place {
  const [list, index, ...rest] = path;
  if (isRecord(root) && LISTS.includes(String(list)) && typeof index === 'number' && Array.isArray(root[list])) {
    return entryPlace(list as CatalogList, index, root[list][index], rest);
  }
  return { path };
}
