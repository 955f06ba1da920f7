import '../components/kpi/testing/canvasStub';
import { fireEvent, render, screen } from '@testing-library/react';
import React from 'react';

import { kpi } from '../components/kpi/testing/catalogFixture';
import { serveCatalog } from '../panels/scorecard/testing/renderPanel';
import { type KpiDataSource } from './KpiDataSource';
import { type KpiDsQuery } from './kpiQuery';
import { KpiQueryEditor } from './KpiQueryEditor';

jest.mock('@grafana/runtime', () => jest.requireActual('../panels/scorecard/testing/mockRuntime').mockRuntime());

function renderEditor(query: KpiDsQuery) {
  const onChange = jest.fn();
  const onRunQuery = jest.fn();
  render(<KpiQueryEditor query={query} onChange={onChange} onRunQuery={onRunQuery} datasource={{} as KpiDataSource} />);
  return { onChange, onRunQuery };
}

describe('KpiQueryEditor', () => {
  beforeEach(() => serveCatalog([kpi({ id: 'deploys', name: 'Deployment frequency' })]));

  it('offers the selector fields for a KPI table, and runs the query when the kind changes', () => {
    const { onChange, onRunQuery } = renderEditor({ refId: 'A', queryType: 'kpis', team: '$team' });
    for (const label of ['Team', 'Category', 'Type', 'Tag', 'Objective', 'Status']) {
      expect(screen.getByText(label)).toBeInTheDocument();
    }
    expect(screen.getByDisplayValue('$team')).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText('One KPI over time'));
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ queryType: 'series', team: '$team' }));
    expect(onRunQuery).toHaveBeenCalled();
  });

  it('offers the KPI picker for a series or a budget query', () => {
    renderEditor({ refId: 'A', queryType: 'budget', kpi: '$kpi' });
    expect(screen.getByText('KPI')).toBeInTheDocument();
    expect(screen.getByDisplayValue('$kpi')).toBeInTheDocument();
    expect(screen.queryByText('Team')).toBeNull();
  });
});
