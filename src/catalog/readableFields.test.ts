import { kpiSchema } from '../kpi/catalogSchema';
import { makeKpi } from '../test-fixtures/kpiBuilders';
import { readableFields } from './readableFields';

describe('readableFields', () => {
  it('leaves out and names the fields a form cannot show, keeping the rest as written', () => {
    const raw = { ...makeKpi(), tags: 'dora', links: { url: 'https://example.com' }, drives: 'mttr', future: 1 };
    const { item, unreadable } = readableFields(kpiSchema, raw);
    expect(unreadable.sort()).toEqual(['drives', 'links', 'tags']);
    expect(item).toEqual({ ...makeKpi(), future: 1 });
  });

  it('keeps revision and history as written: no form shows them, and their errors block applying', () => {
    const raw = { ...makeKpi(), revision: 'two', history: 'none' };
    expect(readableFields(kpiSchema, raw)).toEqual({ item: raw, unreadable: [] });
  });

  it('keeps values of the right type that break a rule, which the form shows and marks (an empty owner)', () => {
    const raw = { ...makeKpi(), owner: '', direction: 'up' };
    expect(readableFields(kpiSchema, raw)).toEqual({ item: raw, unreadable: [] });
  });

  it('reads a valid KPI whole', () => {
    expect(readableFields(kpiSchema, makeKpi())).toEqual({ item: makeKpi(), unreadable: [] });
  });
});
