import '../../components/kpi/testing/canvasStub';
import { screen, within } from '@testing-library/react';

import { kpi } from '../../components/kpi/testing/catalogFixture';
import { type Kpi } from '../../kpi/types';
import { scorecardTestIds } from './testIds';
import { findCard } from './testing/findCard';
import { renderPanel, serveCatalog } from './testing/renderPanel';

jest.mock('@grafana/runtime', () => jest.requireActual('./testing/mockRuntime').mockRuntime());
const FINE_HREF = '/a/kpi-scorecards-app/kpi/fine?from=now-7d&to=now';
const fine = kpi({ id: 'fine', name: 'Fine' });
const broken = (entry: object) => entry as unknown as Kpi;

describe('scorecard panel: an entry a link by id cannot reach', () => {
  // Each is shown with its error, by its name or place, and none has a page of its own: a link would open
  // "No KPI with id kpis[0]", or the page of the valid KPI whose id it repeats.
  const cases: Array<[string, Kpi[], string]> = [
    ['not an object', [broken([]), fine], 'kpis[0]'],
    ['without an id', [broken({ ...kpi({ id: 'x', name: 'Nameless' }), id: undefined }), fine], 'Nameless'],
    ['with an id that is not a string', [broken({ ...kpi({ id: 'x', name: 'Seven' }), id: 7 }), fine], 'Seven'],
    ['repeating an earlier id', [fine, kpi({ id: 'fine', name: 'Fine again' })], 'Fine again'],
  ];
  const layouts = ['cards', 'table'] as const;

  it.each(layouts.flatMap((layout) => cases.map(([what, kpis, name]) => [what, layout, kpis, name] as const)))(
    '%s (%s): its name, its error, no link; the valid KPI keeps its link',
    async (_what, layout, kpis, name) => {
      serveCatalog(kpis, { fine: { kind: 'series', value: () => 12 } });
      renderPanel({ options: { layout, sort: 'catalog' } });
      await screen.findByText('On track');
      expect(screen.getByTestId(scorecardTestIds.name)).toHaveTextContent(name);
      expect(screen.getByTestId(scorecardTestIds.error)).toBeInTheDocument();
      const links = screen.getAllByTestId(scorecardTestIds.link);
      expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([['Fine', FINE_HREF]]);
    }
  );

  it('keeps a broken KPI with an id of its own linked: its page shows what is wrong', async () => {
    serveCatalog([broken({ ...kpi({ id: 'ownerless', name: 'Ownerless' }), owner: undefined })]);
    renderPanel();
    const card = await findCard('ownerless');
    expect(within(card).getByRole('link', { name: 'Ownerless' })).toHaveAttribute(
      'href',
      '/a/kpi-scorecards-app/kpi/ownerless?from=now-7d&to=now'
    );
  });

  it('has its definition button from the start, for the keyboard to reach, and opens nothing on click', async () => {
    serveCatalog([broken([]), fine], { fine: { kind: 'series', value: () => 12 } });
    renderPanel();
    const card = await findCard('kpis[0]');
    expect(within(card).getByRole('button', { name: 'Definition of kpis[0]' }).tabIndex).toBe(0);
    expect(within(card).getByTestId(scorecardTestIds.name)).toHaveTextContent('kpis[0]');
    expect(card.querySelector('a')).toBeNull();
  });
});
