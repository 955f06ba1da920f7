import React from 'react';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { Kpi } from '../../kpi/types';
import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { testIds } from '../../testIds';
import { catalogOf } from '../shared/testing/pageTestKit';
import { KpiDefinition } from './KpiDefinition';

describe('KPI page definition', () => {
  it('shows a broken entry whose text fields hold objects or lists with what is text, without failing', () => {
    const fields = { description: { en: 'x' }, owner: ['jane'], team: { name: 'a' }, category: {}, cadence: {} };
    const kpi = { ...makeKpi({ id: 'odd' }), ...fields, objective: { id: 'speed' } } as unknown as Kpi;
    render(<KpiDefinition kpi={kpi} catalog={catalogOf([kpi])} />);
    const definition = screen.getByTestId(testIds.kpiDetail.definition);
    expect(definition).toHaveTextContent('No description');
    expect(definition).toHaveTextContent('– (–)');
    expect(definition).toHaveTextContent('No review cadence set');
    expect(definition).not.toHaveTextContent('[object Object]');
  });

  it('shows a KPI the catalog marks invalid only what is written: no default reducer, unit, band or revision', () => {
    const { target: _t, ...rest } = makeKpi({ id: 'odd' });
    const kpi = { ...rest, unit: { id: 'ms' }, target: { value: 12 } } as unknown as Kpi;
    render(<KpiDefinition kpi={kpi} catalog={catalogOf([kpi])} invalid />);
    const definition = screen.getByTestId(testIds.kpiDetail.definition);
    expect(definition).not.toHaveTextContent(/Revision|lastNotNull|short|Reducer|Unit|at risk/);
    expect(definition).toHaveTextContent('Target ≥ 12');
    expect(definition).not.toHaveTextContent('[object Object]');
  });

  it('shows a valid KPI its reducer, unit and revision 1 by the spec defaults', () => {
    const kpi = makeKpi({ id: 'fine' });
    render(<KpiDefinition kpi={kpi} catalog={catalogOf([kpi])} />);
    const definition = screen.getByTestId(testIds.kpiDetail.definition);
    expect(definition).toHaveTextContent('The latest value of the query over the last 7 days.');
    expect(definition).toHaveTextContent('Revision1');
  });

  it('links the objective a link by id reaches, past entries that are not objects', () => {
    const kpi = makeKpi({ id: 'fine', objective: 'speed' });
    const objectives = [null, { id: 'speed', title: 'Ship faster' }, { id: 'speed', title: 'Twin' }];
    render(
      <MemoryRouter>
        <KpiDefinition kpi={kpi} catalog={catalogOf([kpi], { objectives } as never)} />
      </MemoryRouter>
    );
    expect(screen.getByRole('link', { name: 'Ship faster' })).toBeInTheDocument();
  });
});
