import { render, screen } from '@testing-library/react';
import React from 'react';

import { type KpiEvaluation } from '../../kpi/types';
import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { KpiValueText } from './KpiValueText';

const now = Date.parse('2026-05-20T12:00:00Z');
const evaluation = (overrides: Partial<KpiEvaluation>): KpiEvaluation => ({
  id: 'k',
  status: 'on-track',
  value: 12,
  target: 10,
  atRisk: 8,
  attainment: 1.2,
  forecast: null,
  previous: null,
  delta: null,
  deltaKind: null,
  newestSampleAt: '2026-05-20T11:59:00Z',
  budgetLeft: null,
  error: null,
  ...overrides,
});

describe('KpiValueText', () => {
  it('shows a stale value with how old it is, never as if current', () => {
    render(
      <KpiValueText
        kpi={makeKpi()}
        evaluation={evaluation({ status: 'stale', newestSampleAt: '2026-05-20T09:00:00Z' })}
        now={now}
      />
    );
    expect(screen.getByText('12')).toBeInTheDocument();
    expect(screen.getByText('updated 3 hours ago')).toBeInTheDocument();
  });

  it('puts the forecast beside the value of an additive calendar KPI', () => {
    render(
      <KpiValueText
        kpi={makeKpi({ window: 'quarter', reduce: 'sum' })}
        evaluation={evaluation({ value: 30, forecast: 120 })}
        now={now}
      />
    );
    expect(screen.getByText('Forecast 120 by the end of the quarter')).toBeInTheDocument();
  });

  it('says nothing about age for a fresh value', () => {
    render(<KpiValueText kpi={makeKpi()} evaluation={evaluation({})} now={now} />);
    expect(screen.queryByText(/updated/)).toBeNull();
  });
});
