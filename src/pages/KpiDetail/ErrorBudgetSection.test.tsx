import React from 'react';
import { render, screen } from '@testing-library/react';
import { evenSeries, makeKpi } from '../../test-fixtures/kpiBuilders';
import { KpiResult } from '../../query/evaluateResults';
import { testIds } from '../../testIds';
import { ErrorBudgetSection } from './ErrorBudgetSection';

const NOW = Date.parse('2026-03-18T12:00:00Z');
const MINUTE = 60_000;

describe('ErrorBudgetSection', () => {
  it('states an alert with the burn rates it is read from, so the reader can check it', () => {
    // A 99.9% SLO over 30 days; the last hour answers 98.5%: 15x the allowed burn, the rest 99.95% (0.5x).
    const kpi = makeKpi({ id: 'availability', unit: 'percent', window: '30d', slo: { objective: 99.9 } });
    const count = 3 * 24 * 60 + 1; // a sample a minute for three days, oldest first
    const values = Array.from({ length: count }, (_, i) => (count - 1 - i < 60 ? 98.5 : 99.95));
    const result = {
      kpi,
      loading: false,
      evaluation: { value: 99.9 },
      current: { frames: [evenSeries(NOW, MINUTE, values)] },
    } as unknown as KpiResult;
    render(<ErrorBudgetSection kpi={kpi} result={result} now={NOW} />);
    expect(screen.getByText('Burn rate 1h: 15.00×')).toBeInTheDocument();
    expect(
      screen.getByText('Burn rate 15.00× over 1h and 15.00× over 5m, both at least 14.4×: page')
    ).toBeInTheDocument();
  });

  it('appears for an SLO-type KPI only, and says when there is no SLI value to compute the budget from yet', () => {
    const { rerender } = render(<ErrorBudgetSection kpi={makeKpi({ slo: { objective: 99.9 } })} now={NOW} />);
    const section = screen.getByTestId(testIds.kpiDetail.errorBudget);
    expect(section).toHaveTextContent('Error budget (SLO 99.9%)');
    expect(section).toHaveTextContent('No SLI value yet to compute the budget from');
    rerender(<ErrorBudgetSection kpi={makeKpi()} now={NOW} />);
    expect(screen.queryByTestId(testIds.kpiDetail.errorBudget)).toBeNull();
  });
});
