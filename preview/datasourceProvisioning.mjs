// The Prometheus datasource as Grafana would provision it (uid, name, jsonData such as
// timeInterval, which sets the minimum step and $__rate_interval), read from a
// provisioning file. Its `url` is the Docker stack's; the bench uses PROM_URL instead.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const DEFAULT_PROMETHEUS = { uid: 'prometheus', name: 'Prometheus', jsonData: { httpMethod: 'POST' } };

/** @returns {{ prometheus: {uid, name, jsonData}, skipped: string[] }} */
export function readDatasources(path) {
  const doc = parse(readFileSync(path, 'utf8')) ?? {};
  const all = doc.datasources ?? [];
  const found = all.find((ds) => ds.type === 'prometheus');
  const prometheus = found
    ? { uid: found.uid ?? found.name, name: found.name, jsonData: { httpMethod: 'POST', ...(found.jsonData ?? {}) } }
    : DEFAULT_PROMETHEUS;
  const skipped = all.filter((ds) => ds !== found).map((ds) => `${ds.name} (${ds.type})`);
  return { prometheus, skipped };
}
