// The Prometheus datasource as Grafana would provision it (uid, name, jsonData such as
// timeInterval, which sets the minimum step and $__rate_interval), read from a
// provisioning file. Its `url` is the Docker stack's; the bench uses PROM_URL instead.
// TestData (type testdata or grafana-testdata-datasource) is served too: its csv_content scenario.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const DEFAULT_PROMETHEUS = { uid: 'prometheus', name: 'Prometheus', jsonData: { httpMethod: 'POST' } };

const TESTDATA_TYPES = ['testdata', 'grafana-testdata-datasource'];

/** @returns {{ prometheus: {uid, name, jsonData}, testdata?: {uid, name}, skipped: string[] }} */
export function readDatasources(path) {
  const doc = parse(readFileSync(path, 'utf8')) ?? {};
  const all = doc.datasources ?? [];
  const found = all.find((ds) => ds.type === 'prometheus');
  const prometheus = found
    ? { uid: found.uid ?? found.name, name: found.name, jsonData: { httpMethod: 'POST', ...(found.jsonData ?? {}) } }
    : DEFAULT_PROMETHEUS;
  const testdataEntry = all.find((ds) => TESTDATA_TYPES.includes(ds.type));
  const testdata = testdataEntry && { uid: testdataEntry.uid ?? testdataEntry.name, name: testdataEntry.name };
  const served = (ds) => ds === found || ds === testdataEntry || ds.type === 'kpi-scorecards-datasource';
  const skipped = all.filter((ds) => !served(ds)).map((ds) => `${ds.name} (${ds.type})`);
  return { prometheus, testdata, skipped };
}
