/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { type InterpolateFunction } from '@grafana/data';

import { readCatalogSettings } from '../query/catalogSettings';
import { selectPanelKpis } from '../query/selectPanelKpis';
import { makeKpi } from '../test-fixtures/kpiBuilders';
import { tableSelection, type TableSelection } from './tableSelection';

const catalog = readCatalogSettings({
  catalog: {
    apiVersion: 'kpi-scorecards/v1',
    kind: 'KpiCatalog',
    kpis: [
      makeKpi({ id: 'deploys', team: 'platform', type: 'leading' }),
      makeKpi({ id: 'mttr', team: 'platform', type: 'lagging' }),
      makeKpi({ id: 'nps', team: 'product', type: 'lagging' }),
    ],
    scorecards: [
      { id: 'platform', title: 'Platform', select: { team: 'platform' } },
      { id: 'picked', title: 'Picked', select: { ids: ['nps', 'deploys'], status: 'off-track' } },
      { id: 'broken', title: 'Broken', select: 'team=platform' },
    ],
  } as never,
});
const asIs: InterpolateFunction = (text) => text;
const selected = (chosen: TableSelection) =>
  'empty' in chosen ? chosen.empty : selectPanelKpis(catalog, chosen.selector, chosen.byIds).kpis.map((k) => k.id);

describe('a KPI table query by catalog scorecard', () => {
  it("selects the KPIs of the scorecard's select, as the scorecard page shows them", () => {
    expect(selected(tableSelection({ refId: 'A', selectBy: 'scorecard', scorecard: 'platform' }, catalog, asIs))).toEqual(
      ['deploys', 'mttr']
    );
  });

  it('keeps the status criterion for after evaluation, and ids as one criterion in catalog order', () => {
    const chosen = tableSelection({ refId: 'A', selectBy: 'scorecard', scorecard: 'picked' }, catalog, asIs);
    expect(selected(chosen)).toEqual(['deploys', 'nps']);
    expect('selector' in chosen && chosen.selector.status).toEqual(['off-track']);
  });

  it('fills in a template variable naming the scorecard', () => {
    const replace: InterpolateFunction = (text) => text.replace('$scorecard', 'platform');
    expect(selected(tableSelection({ refId: 'A', selectBy: 'scorecard', scorecard: '$scorecard' }, catalog, replace)))
      .toEqual(['deploys', 'mttr']);
  });

  it('says why it selects nothing: no scorecard chosen, an unknown one, or a select that cannot be read', () => {
    expect(selected(tableSelection({ refId: 'A', selectBy: 'scorecard' }, catalog, asIs))).toEqual({
      kind: 'nothing-chosen',
    });
    expect(selected(tableSelection({ refId: 'A', selectBy: 'scorecard', scorecard: 'gone' }, catalog, asIs))).toEqual({
      kind: 'unknown-scorecard',
      id: 'gone',
    });
    expect(selected(tableSelection({ refId: 'A', selectBy: 'scorecard', scorecard: 'broken' }, catalog, asIs))).toEqual({
      kind: 'unreadable-scorecard',
      id: 'broken',
      problems: [expect.stringMatching(/^select: must be an object/)],
    });
  });

  it('reads a query by selector or ids as before', () => {
    expect(selected(tableSelection({ refId: 'A', team: 'product' }, catalog, asIs))).toEqual(['nps']);
    expect(selected(tableSelection({ refId: 'A', selectBy: 'ids', ids: [] }, catalog, asIs))).toEqual([]);
  });
});
