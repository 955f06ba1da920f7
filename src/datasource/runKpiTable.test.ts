/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { dateTime, LoadingState, type DataQueryRequest, type DataQueryResponse } from '@grafana/data';
import { type DataSourceSrv } from '@grafana/runtime';
import { lastValueFrom, of, toArray } from 'rxjs';

import { evaluateCatalog } from '../kpi/evaluateCatalog';
import { readCatalogSettings } from '../query/catalogSettings';
import { parseDsQueryResponse } from '../query/dsQueryResponse';
import { type KpiDsQuery } from './kpiQuery';
import { TABLE_FIELDS } from './kpiTableMeta';
import { runKpiTable } from './runKpiTable';

// The command line's data-path fixtures: a catalog and the /api/ds/query answer Grafana gave for its KPIs.
const fixture = (name: string) => readFileSync(join(__dirname, '..', 'test-fixtures', name), 'utf8');
const catalog = readCatalogSettings({ catalog: fixture('catalog.yaml') });
const outcomes = parseDsQueryResponse(JSON.parse(fixture('response.jsonc')));
const NOW = Date.parse('2026-03-18T12:00:00Z');

/** A datasource service whose one Prometheus answers every KPI query (any period) with the fixture's frames. */
function fixtureDsSrv(asked: DataQueryRequest[]): DataSourceSrv {
  const ds = {
    query: (request: DataQueryRequest) => {
      asked.push(request);
      const data = request.targets.flatMap((t) => outcomes.get(t.refId)?.frames ?? []);
      const errors = request.targets.flatMap((t) => {
        const error = outcomes.get(t.refId)?.error;
        return error ? [{ refId: t.refId, message: error }] : [];
      });
      return of<DataQueryResponse>({ data, errors });
    },
  };
  return { get: () => Promise.resolve(ds) } as unknown as DataSourceSrv;
}

function request(): DataQueryRequest {
  const to = dateTime(NOW);
  const from = dateTime(NOW - 7 * 86_400_000);
  return {
    range: { from, to, raw: { from, to } },
    timezone: 'utc',
    scopedVars: {},
    targets: [],
  } as unknown as DataQueryRequest;
}

async function lastAnswer(query: KpiDsQuery, asked: DataQueryRequest[] = []) {
  const deps = { dsSrv: fixtureDsSrv(asked), replace: (s: string) => s, catalog: () => Promise.resolve(catalog) };
  const packets = await lastValueFrom(runKpiTable(query, request(), deps).pipe(toArray()));
  return packets[packets.length - 1];
}

const column = (answer: DataQueryResponse, name: string) =>
  answer.data[0].fields.find((f: { name: string }) => f.name === name)?.values;

describe('runKpiTable on a real catalog and Grafana answer', () => {
  it('answers one table frame with every field a Table, Stat or Bar gauge needs, then the trends', async () => {
    const answer = await lastAnswer({ refId: 'A' });
    expect(answer.state).toBe(LoadingState.Done);
    const [table, ...trends] = answer.data;
    expect(table.fields.map((f: { name: string }) => f.name)).toEqual(Object.values(TABLE_FIELDS));
    expect(table.refId).toBe('A');
    expect(trends.every((f: { meta: { custom: { kpiTrend: unknown } } }) => f.meta.custom.kpiTrend)).toBe(true);
  });

  it('judges each KPI as `kpi evaluate` does on the same answers: one way to judge a KPI', async () => {
    const answer = await lastAnswer({ refId: 'A' });
    const ids = column(answer, TABLE_FIELDS.id);
    const kpis = catalog.validation.kpis.flatMap((e) => (e.ok ? [e.value] : []));
    const answerOf = (k: { id: string }) => outcomes.get(k.id);
    const cli = evaluateCatalog({
      kpis,
      now: NOW,
      timeZone: 'utc',
      current: answerOf,
      previous: answerOf,
      fresh: answerOf,
    });
    const byId = new Map(cli.map((e) => [e.id, e]));
    ids.forEach((id: string, i: number) => {
      const expected = byId.get(id);
      if (expected) {
        expect([id, column(answer, TABLE_FIELDS.status)[i], column(answer, TABLE_FIELDS.value)[i]]).toEqual([
          id,
          expected.status,
          expected.value,
        ]);
      }
    });
    expect(ids).toEqual(expect.arrayContaining(cli.map((e) => e.id)));
  });

  it('keeps the catalog’s invalid entries as error rows that say what is wrong', async () => {
    const answer = await lastAnswer({ refId: 'A' });
    const ids: string[] = column(answer, TABLE_FIELDS.id);
    const invalid = catalog.validation.kpis.filter((e) => !e.ok);
    for (const entry of invalid) {
      const i = ids.indexOf(entry.ok ? '' : entry.id);
      expect(column(answer, TABLE_FIELDS.status)[i]).toBe('error');
      expect(column(answer, TABLE_FIELDS.error)[i]).toBeTruthy();
    }
  });

  it('selects by team and by status after evaluation, and batches the KPIs into few requests', async () => {
    const asked: DataQueryRequest[] = [];
    const answer = await lastAnswer({ refId: 'A', team: 'platform', status: 'on-track|off-track' }, asked);
    const statuses: string[] = column(answer, TABLE_FIELDS.status);
    expect(statuses.every((s) => s === 'on-track' || s === 'off-track')).toBe(true);
    expect(column(answer, TABLE_FIELDS.team).every((t: string) => t === 'platform')).toBe(true);
    const queries = asked.reduce((n, r) => n + r.targets.length, 0);
    expect(asked.length).toBeLessThan(queries);
  });

  it('says why a selection is empty, by the catalog’s values', async () => {
    const answer = await lastAnswer({ refId: 'A', team: 'nobody' });
    expect(answer.data[0].length).toBe(0);
    expect(answer.data[0].meta.custom.kpiTable.empty).toEqual({
      kind: 'catalog',
      reasons: [expect.objectContaining({ kind: 'no-match', field: 'team', values: ['nobody'] })],
    });
  });
});
