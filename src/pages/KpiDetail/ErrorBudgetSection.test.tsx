import { type DataSourceSrv } from '@grafana/runtime';
import { render, screen } from '@testing-library/react';
import React from 'react';
import { lastValueFrom } from 'rxjs';

import { liveBurnAnswers } from '../../query/liveBurnAnswers';
import { liveKpiResults } from '../../query/liveKpiResults';
import { DAY, HOUR, makeKpi } from '../../test-fixtures/kpiBuilders';
import { testIds } from '../../testIds';
import { fakeDataSourceSrv, steppedAnswers } from '../shared/testing/pageTestKit';
import { ErrorBudgetSection } from './ErrorBudgetSection';

const MINUTE = 60_000;
// A 99.9% SLO over 30 days: the window's own query (720 points) is answered with one sample an hour.
const kpi = makeKpi({ id: 'availability', unit: 'percent', window: '30d', slo: { objective: 99.9 } });

/** The SLI (in percent) that burns a 99.9% budget `rate` times as fast as it allows. */
const burning = (rate: number) => 100 - rate * 0.1;

/**
 * The section as the page feeds it: the KPI evaluated over its window and its burn-rate answers, both asked
 * at `now` through the query layer of a datasource that answers like Prometheus, `sli(time)` at each step.
 */
async function renderAt(now: number, sli: (time: number) => number) {
  const { srv, requests } = fakeDataSourceSrv({}, steppedAnswers(sli));
  const dsSrv = srv as unknown as DataSourceSrv;
  const live = await lastValueFrom(liveKpiResults([kpi], { now, timeZone: 'utc', coalesce: false }, dsSrv));
  const burn = await lastValueFrom(liveBurnAnswers(kpi, { now, timeZone: 'utc' }, dsSrv));
  render(<ErrorBudgetSection kpi={kpi} result={live.results[0]} burn={burn} />);
  return { requests };
}

describe('ErrorBudgetSection', () => {
  it('pages for a steady 20x burn at 20 past the hour, though the window has no sample in the last 5m', async () => {
    const now = Date.parse('2026-03-18T12:20:00Z');
    const { requests } = await renderAt(now, () => burning(20));
    // The window's own query is answered hourly: its newest sample is 12:00, none in the last 5m.
    expect(requests.find((r) => r.range.from.valueOf() === now - 30 * DAY)?.intervalMs).toBe(HOUR);
    expect(screen.getByText('Burn rate 1h: 20.00×')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Pages: the budget burns 20.0× faster than allowed over the last 1h and 20.0× over the last 5m (this alert pages from 14.4× on both)'
      )
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Pages: the budget burns 20.0× faster than allowed over the last 6h and 20.0× over the last 30m (this alert pages from 6× on both)'
      )
    ).toBeInTheDocument();
    // Every span an alert reads, the 3d too, and that these are an approximation (no good/total here).
    expect(screen.getByText('Burn rate 3d: 20.00×')).toBeInTheDocument();
    expect(screen.getByText(/^Approximation: burn rates are the mean/)).toBeInTheDocument();
    // 98% over the window: the budget is overspent, so it is spent now.
    expect(screen.getByText('The budget is spent')).toBeInTheDocument();
  });

  it('states an alert with the burn rates it is read from, so the reader can check it', async () => {
    // The last hour answers 98.5% (15x the allowed burn), before it 99.95% (0.5x).
    const now = Date.parse('2026-03-18T12:00:00Z');
    await renderAt(now, (time) => (time > now - HOUR ? 98.5 : 99.95));
    expect(screen.getByText('Burn rate 1h: 15.00×')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Pages: the budget burns 15.0× faster than allowed over the last 1h and 15.0× over the last 5m (this alert pages from 14.4× on both)'
      )
    ).toBeInTheDocument();
  });

  it('says a span without a sample has no data and its pair cannot be checked, rather than calling it quiet', async () => {
    // No traffic for the last 70 minutes: the ratio is 0/0, which is no sample, not a healthy 0 burn.
    const now = Date.parse('2026-03-18T12:20:00Z');
    await renderAt(now, (time) => (time > now - 70 * MINUTE ? NaN : burning(20)));
    expect(screen.getByText('Burn rate 1h: no data')).toBeInTheDocument();
    expect(screen.getByText('The 1h/5m alert cannot be checked: no samples over 1h, 5m')).toBeInTheDocument();
    expect(screen.getByText('The 6h/30m alert cannot be checked: no samples over 30m')).toBeInTheDocument();
    expect(screen.queryByText(/: page$/)).toBeNull();
  });

  it('says when no alert holds, and how long the budget lasts at the rate of the last hour', async () => {
    // 0.5x all along: half the budget is left over 30 days, spent in 0.5 * 30d / 0.5 = 30 days at this rate.
    const now = Date.parse('2026-03-18T12:00:00Z');
    await renderAt(now, () => burning(0.5));
    expect(screen.getByText('No burn-rate alert holds: every window burns below its threshold')).toBeInTheDocument();
    expect(screen.getByText('At the rate of the last 1h, the budget is spent in 30d')).toBeInTheDocument();
  });

  it('says the burn rates are on their way while they are', () => {
    const result = { kpi, loading: false, evaluation: { value: 99.9 } } as never;
    render(
      <ErrorBudgetSection kpi={kpi} result={result} burn={{ now: 0, loading: true, outcomes: {}, requests: [] }} />
    );
    expect(screen.getByText('Reading the burn rates…')).toBeInTheDocument();
    expect(screen.queryByText(/Burn rate 1h/)).toBeNull();
  });

  it('appears for an SLO-type KPI only, and says when there is no SLI value to compute the budget from yet', () => {
    const { rerender } = render(<ErrorBudgetSection kpi={makeKpi({ slo: { objective: 99.9 } })} />);
    const section = screen.getByTestId(testIds.kpiDetail.errorBudget);
    expect(section).toHaveTextContent('Error budget (SLO 99.9%)');
    expect(section).toHaveTextContent('No SLI value yet to compute the budget from');
    rerender(<ErrorBudgetSection kpi={makeKpi()} />);
    expect(screen.queryByTestId(testIds.kpiDetail.errorBudget)).toBeNull();
  });
});
