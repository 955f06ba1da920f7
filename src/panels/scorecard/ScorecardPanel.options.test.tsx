import '../../components/kpi/testing/canvasStub';
import { dateTime } from '@grafana/data';
import { screen, waitFor, within } from '@testing-library/react';

import { HOUR, kpi, NOW } from '../../components/kpi/testing/catalogFixture';
import { scorecardTestIds } from './testIds';
import { findCard, settledCard, shownIds } from './testing/findCard';
import { renderPanel, serveCatalog, timeRangeEndingAt } from './testing/renderPanel';

jest.mock('@grafana/runtime', () => jest.requireActual('./testing/mockRuntime').mockRuntime());
const DAY = 24 * HOUR;
const catalog = [
  kpi({ id: 'b-fine', name: 'Beta fine', team: 'platform', tags: ['dora'] }),
  kpi({ id: 'a-bad', name: 'alpha bad', team: 'payments', type: 'lagging' }),
  kpi({ id: 'c-risky', name: 'Gamma risky', team: 'platform', target: { value: 10, atRisk: 8 } }),
];
const answers = {
  'b-fine': { kind: 'series' as const, value: (t: number) => (t <= NOW - 7 * DAY ? 10 : 12) },
  'a-bad': { kind: 'series' as const, value: () => 2 },
  'c-risky': { kind: 'series' as const, value: () => 9 },
};

async function allSettled() {
  for (const { id } of catalog) {
    await settledCard(id);
  }
}

describe('scorecard panel options', () => {
  it('sorts worst first by default, or in catalog order, or by name', async () => {
    serveCatalog(catalog, answers);
    const { unmount } = renderPanel();
    await allSettled();
    expect(shownIds()).toEqual(['a-bad', 'c-risky', 'b-fine']);
    unmount();
    const byCatalog = renderPanel({ options: { sort: 'catalog' } });
    await allSettled();
    expect(shownIds()).toEqual(['b-fine', 'a-bad', 'c-risky']);
    byCatalog.unmount();
    renderPanel({ options: { sort: 'name' } });
    await allSettled();
    expect(shownIds()).toEqual(['a-bad', 'b-fine', 'c-risky']);
  });

  it('selects by team, type and tag, with template variables filled in (multi-value = any of them)', async () => {
    serveCatalog(catalog, answers);
    const replaceVariables = jest.fn((text: string) =>
      text.replace('$team', 'platform|payments').replace('$kind', 'leading')
    );
    renderPanel({ options: { team: '$team', type: '$kind' }, replaceVariables });
    await settledCard('b-fine');
    await settledCard('c-risky');
    expect(shownIds().sort()).toEqual(['b-fine', 'c-risky']);
    expect(replaceVariables).toHaveBeenCalledWith('$team', undefined, 'pipe');
  });

  it('treats a template variable’s All as no restriction', async () => {
    serveCatalog(catalog, answers);
    renderPanel({ options: { team: '$team' }, replaceVariables: (t: string) => t.replace('$team', '$__all') });
    await allSettled();
    expect(shownIds()).toHaveLength(3);
  });

  it('selects by tag and by explicit ids', async () => {
    serveCatalog(catalog, answers);
    const byTag = renderPanel({ options: { tag: 'dora' } });
    await settledCard('b-fine');
    expect(shownIds()).toEqual(['b-fine']);
    byTag.unmount();
    renderPanel({ options: { selectBy: 'ids', ids: ['c-risky', 'a-bad'], team: 'nobody' } });
    await settledCard('a-bad');
    expect(shownIds().sort()).toEqual(['a-bad', 'c-risky']);
  });

  it('filters by status once KPIs are evaluated; a|b accepts either (as the bundled dashboards write it)', async () => {
    serveCatalog(catalog, answers);
    const offTrack = renderPanel({ options: { status: 'off-track' } });
    await waitFor(() => expect(shownIds()).toEqual(['a-bad']));
    offTrack.unmount();
    renderPanel({ options: { status: 'off-track|at-risk' } });
    await waitFor(() => expect(shownIds()).toEqual(['a-bad', 'c-risky']));
  });

  // KpiSparkline.test.tsx reads what the sparkline draws; here it is there or not.
  const SPARKLINE = 'Trend over the window with the target line';

  it('shows the delta, sparkline, owner and type badge, and hides each when asked', async () => {
    serveCatalog(catalog, answers);
    const shown = renderPanel();
    const card = await settledCard('b-fine');
    expect(within(card).getByText('+20.0%')).toBeInTheDocument();
    expect(within(card).getByRole('img', { name: SPARKLINE })).toBeInTheDocument();
    expect(within(card).getByTestId(scorecardTestIds.owner)).toHaveTextContent('Owner: jane@example.com');
    expect(within(card).getByText('Leading')).toBeInTheDocument();
    shown.unmount();
    renderPanel({ options: { showDelta: false, showSparkline: false, showOwner: false } });
    const bare = await settledCard('b-fine');
    expect(within(bare).queryByText('+20.0%')).toBeNull();
    expect(within(bare).queryByRole('img', { name: SPARKLINE })).toBeNull();
    expect(within(bare).queryByTestId(scorecardTestIds.owner)).toBeNull();
  });

  it('shows the forecast for an additive calendar KPI, and hides it when asked', async () => {
    const quarterly = kpi({ id: 'signups', window: 'quarter', reduce: 'sum', target: { value: 3000 } });
    serveCatalog([quarterly], { signups: { kind: 'series', value: () => 1 } });
    const shown = renderPanel();
    const card = await settledCard('signups');
    // 1 per hour from 1 January to 15 February, projected to the end of March.
    expect(within(card).getByTestId(scorecardTestIds.forecast)).toHaveTextContent(
      /^Forecast 2\.\d+ K by the end of the quarter$/
    );
    expect(within(card).getByText('Off track')).toBeInTheDocument();
    shown.unmount();
    renderPanel({ options: { showForecast: false } });
    expect(within(await settledCard('signups')).queryByTestId(scorecardTestIds.forecast)).toBeNull();
  });

  it('compact mode keeps name, value and status word only', async () => {
    serveCatalog(catalog, answers);
    renderPanel({ options: { compact: true } });
    const card = await settledCard('a-bad');
    expect(within(card).getByText('alpha bad')).toBeInTheDocument();
    expect(within(card).getByText('2')).toBeInTheDocument();
    expect(within(card).getByText('Off track')).toBeVisible();
    expect(within(card).queryByText('Target ≥ 10')).toBeNull();
    expect(within(card).queryByTestId(scorecardTestIds.owner)).toBeNull();
    expect(within(card).queryByText('Lagging')).toBeNull();
  });

  it('lays KPIs out as a table', async () => {
    serveCatalog(catalog, answers);
    renderPanel({ options: { layout: 'table' } });
    const table = await screen.findByRole('table');
    await within(table).findByText('Off track');
    expect(within(table).getByRole('columnheader', { name: /Status/ })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: /Owner/ })).toBeInTheDocument();
    const names = within(table)
      .getAllByTestId(scorecardTestIds.row)
      .map((r) => r.getAttribute('data-kpi'));
    expect(names).toEqual(['a-bad', 'c-risky', 'b-fine']);
    expect(within(table).getByText('At risk')).toBeInTheDocument();
    expect(within(table).getByText('+20.0%')).toBeInTheDocument();
  });

  it('evaluates as of the dashboard’s time range end, not the wall clock', async () => {
    const endOfQ4 = Date.parse('2025-12-31T23:59:59Z');
    const ds = serveCatalog(catalog, answers);
    renderPanel({ timeRange: timeRangeEndingAt(endOfQ4, { from: dateTime(endOfQ4 - DAY), to: dateTime(endOfQ4) }) });
    await allSettled();
    expect(ds.query.mock.calls.map(([r]) => r.range.to.valueOf())).toContain(endOfQ4);
  });

  it('evaluates as of the query’s time range end (a refresh asks with the new one)', async () => {
    const ds = serveCatalog(catalog, answers);
    await renderPanel({ timeRange: timeRangeEndingAt(NOW + HOUR) }).settled;
    expect(ds.query.mock.calls.map(([r]) => r.range.to.valueOf())).toContain(NOW + HOUR);
  });

  it('links each KPI to its detail page, keeping the time range', async () => {
    serveCatalog(catalog, answers);
    renderPanel();
    const card = await findCard('b-fine');
    expect(within(card).getByRole('link', { name: 'Beta fine' })).toHaveAttribute(
      'href',
      '/a/kpi-scorecards-app/kpi/b-fine?from=now-7d&to=now'
    );
  });

  it('renders one page of cards for 200 KPIs, with pagination for the rest', async () => {
    const many = Array.from({ length: 200 }, (_, i) => kpi({ id: `kpi-${i}` }));
    serveCatalog(many, Object.fromEntries(many.map((k) => [k.id, { kind: 'series' as const, value: () => 12 }])));
    renderPanel({ width: 1000, height: 600 });
    await settledCard('kpi-0');
    const shown = screen.getAllByTestId(scorecardTestIds.card);
    expect(shown.length).toBeLessThan(30);
    expect(shown.length).toBeGreaterThan(0);
    expect(screen.getByRole('navigation')).toBeInTheDocument();
  });
});
