import { render, screen } from '@testing-library/react';
import React from 'react';
import { MemoryRouter } from 'react-router-dom';

import { type KpiCatalog } from '../../kpi/types';
import { validateCatalog } from '../../kpi/validateCatalog';
import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { testIds } from '../../testIds';
import { catalogOf } from '../shared/testing/pageTestKit';
import { KpiDefinition } from './KpiDefinition';

/** The first KPI of a catalog as the KPI page gets it: what it has of its fields, and itself when valid. */
function definitionOf(catalog: KpiCatalog) {
  const validation = validateCatalog(catalog);
  const [entry] = validation.kpis;
  const kpi = entry.ok ? entry.value : { ...entry.fields, id: entry.id, name: entry.name };
  return <KpiDefinition kpi={kpi} valid={entry.ok ? entry.value : undefined} validation={validation} />;
}

describe('KPI page definition', () => {
  it('shows a broken entry whose text fields hold objects or lists with what is text, without failing', () => {
    const fields = { description: { en: 'x' }, owner: ['jane'], team: { name: 'a' }, category: {}, cadence: {} };
    const kpi = { ...makeKpi({ id: 'odd' }), ...fields, objective: { id: 'speed' } };
    render(definitionOf(catalogOf([kpi])));
    const definition = screen.getByTestId(testIds.kpiDetail.definition);
    expect(definition).toHaveTextContent('No description');
    expect(definition).toHaveTextContent('– (–)');
    expect(definition).toHaveTextContent('No review cadence set');
    expect(definition).not.toHaveTextContent('[object Object]');
  });

  it('shows a KPI the catalog marks invalid only what is written: no default reducer, unit, band or revision', () => {
    const { target: _t, ...rest } = makeKpi({ id: 'odd' });
    const kpi = { ...rest, unit: { id: 'ms' }, target: { value: 12 } };
    render(definitionOf(catalogOf([kpi])));
    const definition = screen.getByTestId(testIds.kpiDetail.definition);
    expect(definition).not.toHaveTextContent(/Revision|lastNotNull|short|Reducer|Unit|at risk/);
    expect(definition).toHaveTextContent('Target ≥ 12');
    expect(definition).not.toHaveTextContent('[object Object]');
  });

  it('shows a valid KPI its reducer, unit and revision 1 by the spec defaults', () => {
    const kpi = makeKpi({ id: 'fine' });
    render(definitionOf(catalogOf([kpi])));
    const definition = screen.getByTestId(testIds.kpiDetail.definition);
    expect(definition).toHaveTextContent('The latest value of the query over the last 7 days.');
    expect(definition).toHaveTextContent('Revision1');
  });

  it('links the objective a link by id reaches, past entries that are not objects', () => {
    const kpi = makeKpi({ id: 'fine', objective: 'speed' });
    const objectives = [null, { id: 'speed', title: 'Ship faster' }, { id: 'speed', title: 'Twin' }];
    render(<MemoryRouter>{definitionOf(catalogOf([kpi], { objectives } as never))}</MemoryRouter>);
    expect(screen.getByRole('link', { name: 'Ship faster' })).toBeInTheDocument();
  });
});
