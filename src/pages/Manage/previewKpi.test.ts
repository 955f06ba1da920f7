/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { blankKpi } from '../../catalog/catalogEdits';
import { previewKpi } from './previewKpi';

const query = { datasource: { type: 'prometheus', uid: 'prom' }, expr: 'sum(customers_active)' };

describe('previewKpi', () => {
  it('previews a new KPI with only its query and target filled in: id, name, team and owner do not change a value', () => {
    const preview = previewKpi({ ...blankKpi(), target: { value: 4000 }, query });
    expect(preview).toEqual({ kpi: expect.objectContaining({ query, target: { value: 4000 }, window: '7d' }) });
  });

  it('leaves out links to objectives and other KPIs, which a catalog of one KPI cannot resolve', () => {
    const preview = previewKpi({ ...blankKpi(), query, objective: 'no-such', drives: ['no-such'], weight: 2 });
    expect(preview).toEqual({ kpi: expect.not.objectContaining({ objective: 'no-such' }) });
  });

  it('names the fields that block it, with validation’s words', () => {
    const preview = previewKpi({ ...blankKpi(), window: '7x', query: { datasource: { uid: '' } } });
    expect(Object.keys('problems' in preview ? preview.problems : {})).toEqual(
      expect.arrayContaining(['window', 'query'])
    );
  });
});
