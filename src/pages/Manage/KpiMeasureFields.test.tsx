import { fireEvent, render, screen } from '@testing-library/react';
import React from 'react';

// jsdom has no 2D canvas: the reducer's Combobox measures its text on one.
import '../../components/kpi/testing/canvasStub';
import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { KpiMeasureFields } from './KpiMeasureFields';

describe('KpiMeasureFields', () => {
  it("a new SLO objective keeps the SLO's good and total queries (its burn rates and Prometheus rules need them)", () => {
    const good = { expr: 'sum(increase(ok_total[$__range]))' };
    const total = { expr: 'sum(increase(all_total[$__range]))' };
    const kpi = makeKpi({ id: 'api', unit: 'percent', slo: { objective: 99.9, good, total } });
    const set = jest.fn();
    render(<KpiMeasureFields kpi={kpi} set={set} errors={{}} />);
    fireEvent.change(screen.getByLabelText('slo'), { target: { value: '99.5' } });
    expect(set).toHaveBeenLastCalledWith({ slo: { objective: 99.5, good, total } });
    fireEvent.change(screen.getByLabelText('slo'), { target: { value: '' } });
    expect(set).toHaveBeenLastCalledWith({ slo: undefined });
  });
});
