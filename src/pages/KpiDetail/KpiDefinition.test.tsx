import React from 'react';
import { render, screen } from '@testing-library/react';
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
});
