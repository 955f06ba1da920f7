import '../../components/kpi/testing/canvasStub';
import { type StandardEditorsRegistryItem } from '@grafana/data';
import { act, fireEvent, render, screen } from '@testing-library/react';
import React from 'react';

import { catalogOf, kpi } from '../../components/kpi/testing/catalogFixture';
import { sizeElementsForComboboxes } from '../../pages/shared/testing/pageTestKit';
import { serveCatalog } from '../../panels/scorecard/testing/renderPanel';
import { KpiIdsEditor } from './KpiIdsEditor';
import { ScorecardPicker } from './ScorecardPicker';
import { SelectorValueEditor } from './SelectorValueEditor';

jest.mock('@grafana/runtime', () => jest.requireActual('../../panels/scorecard/testing/mockRuntime').mockRuntime());
const item = (field?: string) =>
  ({ id: 'x', name: 'x', settings: field ? { field } : undefined }) as unknown as StandardEditorsRegistryItem;
const context = { data: [] };

describe('option editors', () => {
  beforeEach(() => {
    serveCatalog(
      catalogOf(
        [kpi({ id: 'deploys', name: 'Deployment frequency', team: 'platform' }), kpi({ id: 'refunds', team: 'payments' })],
        { scorecards: [{ id: 'exec', title: 'Executive weekly', select: { team: 'platform' } }] }
      )
    );
  });

  it('shows chosen KPIs by their catalog names once the catalog is read', async () => {
    render(<KpiIdsEditor value={['deploys']} onChange={jest.fn()} item={item()} context={context} />);
    expect(await screen.findByText('Deployment frequency')).toBeInTheDocument();
  });

  it('keeps a typed template variable as a chosen value', async () => {
    render(<KpiIdsEditor value={['$kpi']} onChange={jest.fn()} item={item()} context={context} />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 0))); // let the catalog arrive
    expect(screen.getByText('$kpi')).toBeInTheDocument();
  });

  it('shows a selector’s value, a template variable included, and "Any" when empty', async () => {
    const { rerender } = render(
      <SelectorValueEditor value="$team" onChange={jest.fn()} item={item('team')} context={context} />
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 0))); // let the catalog arrive
    expect(screen.getByDisplayValue('$team')).toBeInTheDocument();
    rerender(<SelectorValueEditor value="" onChange={jest.fn()} item={item('team')} context={context} />);
    expect(screen.getByPlaceholderText('Any')).toBeInTheDocument();
  });

  it('lists the catalog’s scorecards by title and keeps the chosen one’s id', async () => {
    sizeElementsForComboboxes();
    const onChange = jest.fn();
    const { rerender } = render(<ScorecardPicker id="sc" value="" onChange={onChange} />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 0))); // let the catalog arrive
    fireEvent.click(screen.getByPlaceholderText('Choose a scorecard'));
    fireEvent.click(await screen.findByRole('option', { name: /Executive weekly/ }));
    expect(onChange).toHaveBeenCalledWith('exec');
    rerender(<ScorecardPicker id="sc" value="exec" onChange={onChange} />);
    expect(screen.getByDisplayValue('Executive weekly')).toBeInTheDocument();
    jest.restoreAllMocks();
  });
});
