import { type Kpi, type KpiCatalog, type Objective } from '../kpi/types';
import { validateCatalog } from '../kpi/validateCatalog';
import { makeKpi } from '../test-fixtures/kpiBuilders';
import { notObjectEntries as entriesOf } from './notObjectEntries';

const notObjectEntries = (c: KpiCatalog, list: 'kpis' | 'objectives' | 'scorecards') =>
  entriesOf(validateCatalog(c), list);

const catalog = (kpis: unknown[], objectives: unknown[] = []): KpiCatalog => ({
  apiVersion: 'kpi-scorecards/v1',
  kind: 'KpiCatalog',
  kpis: kpis as Kpi[],
  objectives: objectives as Objective[],
});

describe('notObjectEntries', () => {
  it('names each entry that is not an object by its place, with what validation says of it', () => {
    const found = catalog([makeKpi({ id: 'a' }), null, makeKpi({ id: 'b' }), [1]], ['speed']);
    expect(notObjectEntries(found, 'kpis')).toEqual([
      { index: 1, place: 'kpis[1]', problems: ['must be an object, got null'] },
      { index: 3, place: 'kpis[3]', problems: ['must be an object, got a list'] },
    ]);
    expect(notObjectEntries(found, 'objectives')).toEqual([
      { index: 0, place: 'objectives[0]', problems: ['must be an object, got "speed"'] },
    ]);
    expect(notObjectEntries(found, 'scorecards')).toEqual([]);
  });

  it('leaves out objects, even invalid ones: their forms show their problems', () => {
    expect(notObjectEntries(catalog([makeKpi({ owner: '' }), {}]), 'kpis')).toEqual([]);
  });
});
