import '../../components/kpi/testing/canvasStub';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';

import { kpi } from '../../components/kpi/testing/catalogFixture';
import { scorecardTestIds } from './testIds';
import { settledCard } from './testing/findCard';
import { renderPanel, serveCatalog } from './testing/renderPanel';

jest.mock('@grafana/runtime', () => jest.requireActual('./testing/mockRuntime').mockRuntime());
const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

describe('scorecard panel: keyboard', () => {
  it('reaches each KPI’s page link and its definition button, and shows the definition on focus', async () => {
    serveCatalog(
      [
        kpi({
          id: 'deploys',
          name: 'Deploys',
          window: '28d',
          reduce: 'sum',
          revision: 7,
          description: 'Ships per week.',
        }),
      ],
      {
        deploys: { kind: 'series', value: () => 12 },
      }
    );
    renderPanel();
    const card = await settledCard('deploys');
    const link = within(card).getByRole('link', { name: 'Deploys' });
    // The definition button comes with the first focus in the card: by the time Tab moves on, it is there.
    await act(async () => link.focus());
    const button = within(card).getByRole('button', { name: 'Definition of Deploys' });
    for (const el of [link, button]) {
      expect(el.tabIndex).toBeGreaterThanOrEqual(0);
    }
    // Tab goes to the KPI's link first, then to its own definition (not the next card's).
    expect(link.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const tip = await screen.findByRole('tooltip');
    expect(within(tip).getByText('Ships per week.')).toBeInTheDocument();
    expect(within(tip).getByText('the last 28 days')).toBeInTheDocument();
    expect(within(tip).getByText('the total')).toBeInTheDocument();
    expect(within(tip).getByText('7')).toBeInTheDocument();
  });

  it.each(['cards', 'table'] as const)(
    'shows a KPI’s definition while the pointer is on its name, one at a time; Escape closes it (%s)',
    async (layout) => {
      serveCatalog(
        [
          kpi({ id: 'deploys', name: 'Deploys', description: 'Ships per week.' }),
          kpi({ id: 'lead', name: 'Lead time', description: 'Commit to production.' }),
        ],
        { deploys: { kind: 'series', value: () => 12 }, lead: { kind: 'series', value: () => 3 } }
      );
      await renderPanel({ options: { layout, sort: 'catalog' } }).settled;
      // Looked up at each use: the table may lay its rows out again (the firing rules' answer comes after the KPIs').
      const deploys = () => screen.getByRole('link', { name: 'Deploys' });
      const lead = () => screen.getByRole('link', { name: 'Lead time' });

      fireEvent.mouseOver(deploys());
      const tip = await screen.findByRole('tooltip');
      expect(tip).toHaveTextContent('Ships per week.');
      expect(deploys()).toHaveAttribute('aria-describedby', tip.id);

      fireEvent.mouseOut(deploys(), { relatedTarget: lead() });
      fireEvent.mouseOver(lead());
      await waitFor(() => expect(screen.getByRole('tooltip')).toHaveTextContent('Commit to production.'));
      expect(screen.getAllByRole('tooltip')).toHaveLength(1);
      expect(deploys()).not.toHaveAttribute('aria-describedby');

      fireEvent.keyDown(document, { key: 'Escape' });
      expect(screen.queryByRole('tooltip')).toBeNull();
      fireEvent.mouseOver(deploys());
      fireEvent.mouseOut(deploys(), { relatedTarget: document.body });
      expect(screen.queryByRole('tooltip')).toBeNull();
    }
  );

  it('gives the tooltip back to the focused name when the pointer passes over another name', async () => {
    serveCatalog(
      [
        kpi({ id: 'deploys', name: 'Deploys', description: 'Ships per week.' }),
        kpi({ id: 'lead', name: 'Lead time', description: 'Commit to production.' }),
      ],
      { deploys: { kind: 'series', value: () => 12 }, lead: { kind: 'series', value: () => 3 } }
    );
    renderPanel({ options: { sort: 'catalog' } });
    await screen.findAllByTestId(scorecardTestIds.value);
    const deploys = screen.getByRole('link', { name: 'Deploys' });
    const lead = screen.getByRole('link', { name: 'Lead time' });
    await act(async () => deploys.focus());
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Ships per week.');
    fireEvent.mouseOver(lead);
    expect(screen.getByRole('tooltip')).toHaveTextContent('Commit to production.');
    fireEvent.mouseOut(lead, { relatedTarget: document.body });
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('Ships per week.');
    expect(deploys).toHaveAttribute('aria-describedby', tip.id);
  });

  it('opens the definition with its links from the button (what Enter or Space does on a button)', async () => {
    serveCatalog(
      [kpi({ id: 'deploys', name: 'Deploys', links: [{ title: 'Runbook', url: 'https://wiki.example.com/deploys' }] })],
      {
        deploys: { kind: 'series', value: () => 12 },
      }
    );
    renderPanel();
    const card = await settledCard('deploys');
    expect(within(card).queryByTestId(scorecardTestIds.definitionButton)).toBeNull();
    fireEvent.mouseEnter(card);
    const button = within(card).getByTestId(scorecardTestIds.definitionButton);
    expect(button.tagName).toBe('BUTTON');
    fireEvent.click(button);
    expect(await screen.findByRole('link', { name: /Runbook/ })).toHaveAttribute(
      'href',
      'https://wiki.example.com/deploys'
    );
  });
});

describe('scorecard panel: user text is text', () => {
  afterEach(() => {
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it.each(['cards', 'table'] as const)(
    'renders markup in names, owners and descriptions as text (%s)',
    async (layout) => {
      serveCatalog(
        [
          kpi({
            id: 'evil',
            name: PAYLOAD,
            owner: PAYLOAD,
            description: PAYLOAD,
            links: [{ title: 'Evil', url: 'javascript:window.__pwned=1' }],
          }),
        ],
        { evil: { kind: 'error', message: PAYLOAD } }
      );
      const { container } = renderPanel({ options: { layout } });
      await screen.findAllByText(PAYLOAD, { exact: false });
      expect(container.querySelector('img, script')).toBeNull();
      const link = screen.getByRole('link', { name: PAYLOAD });
      expect(link).toHaveAttribute('href', '/a/kpi-scorecards-app/kpi/evil?from=now-7d&to=now');
      fireEvent.mouseEnter(screen.getByTestId(scorecardTestIds.panel).querySelector('article') ?? link);
      fireEvent.click(screen.getByTestId(scorecardTestIds.definitionButton));
      await screen.findAllByText(PAYLOAD);
      expect(screen.queryByRole('link', { name: 'Evil' })).toBeNull();
      expect(document.querySelector('a[href^="javascript"]')).toBeNull();
    }
  );
});
