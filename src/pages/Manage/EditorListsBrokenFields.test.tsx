/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { EmbeddedScene } from '@grafana/scenes';
import { fireEvent, screen, within } from '@testing-library/react';

import { type KpiCatalog } from '../../kpi/types';
import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { asUser, catalogOf, renderScene } from '../shared/testing/pageTestKit';
import { CatalogEditorScene } from './CatalogEditorScene';

/**
 * A catalog the admin saved may hold objects or lists where text belongs: the editor's lists show what is text,
 * the entry's id or place instead of a name that is not, and never "[object Object]".
 */
const broken = catalogOf(
  [
    makeKpi({ id: 'deploys', name: 'Deployment frequency' }),
    { ...makeKpi({ id: 'odd' }), name: { a: 1 }, team: [1], revision: { n: 2 } },
    { ...makeKpi({ name: { a: 1 } as never }), id: { a: 1 } },
    { ...makeKpi({ id: 'driver', drives: ['deploys'] }), name: ['Driver'] },
  ],
  {
    objectives: [
      { id: 'speed', title: { a: 1 }, owner: ['cto'] },
      { id: ['zz'], title: 'Listed id', owner: { name: 'cfo' } },
    ],
    scorecards: [
      { id: 'exec', title: { a: 1 }, select: { ids: ['odd'] } },
      { id: 'goal', title: ['Goal'], select: { objective: 'speed' } },
      { id: 'odd-ids', title: 'Odd ids', select: { ids: [{ id: 'odd' }] } },
    ],
  } as unknown as Partial<KpiCatalog>
);

function renderEditor() {
  const editor = new CatalogEditorScene({ phase: 'ready', saved: broken, draft: broken });
  renderScene(new EmbeddedScene({ body: editor }));
  return editor;
}

const row = (name: string) => screen.getAllByRole('cell', { name })[0].closest('tr')!;
const card = (heading: string) => screen.getByRole('heading', { name: heading }).parentElement!;

describe('catalog editor lists with fields of the wrong type', () => {
  beforeEach(() => asUser('Admin'));

  it('lists a KPI by its id or place where its name is not text, and only text for its team', () => {
    renderEditor();
    const cells = (name: string) =>
      within(row(name))
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    // Name, id, team, revision: the revision is not a number and the KPI is invalid, so no default 1 either.
    expect(cells('odd').slice(0, 4)).toEqual(['odd', 'odd', '', '']);
    expect(cells('kpis[2]').slice(0, 3)).toEqual(['kpis[2]', 'kpis[2]', 'platform']);
    expect(cells('Deployment frequency').slice(0, 4)).toEqual(['Deployment frequency', 'deploys', 'platform', '1']);
    fireEvent.click(screen.getByRole('button', { name: 'Delete kpis[0] (deploys)' }));
    expect(screen.getByRole('dialog')).toHaveTextContent('These KPIs no longer drive it: "driver"');
    expect(document.body).not.toHaveTextContent('[object Object]');
  });

  it('heads an objective or scorecard by its id or place where its title is not text', () => {
    renderEditor();
    fireEvent.click(screen.getByRole('tab', { name: 'Objectives (2)' }));
    expect(card('speed')).not.toHaveTextContent('cto');
    expect(card('Listed id')).not.toHaveTextContent(/zz|cfo/);
    fireEvent.click(within(card('speed')).getByRole('button', { name: 'Delete' }));
    expect(screen.getByRole('dialog')).toHaveTextContent('Delete "speed"?');
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(document.body).not.toHaveTextContent('[object Object]');

    fireEvent.click(screen.getByRole('tab', { name: 'Scorecards (3)' }));
    expect(card('exec')).toHaveTextContent('KPIs: odd');
    expect(card('goal')).toHaveTextContent('Objective: speed');
    // A selection with an id that is not text is named by its problem, not read as something it does not say.
    expect(card('Odd ids')).toHaveTextContent('select.ids[0]');
    expect(card('Odd ids')).not.toHaveTextContent('All KPIs');
    expect(document.body).not.toHaveTextContent('[object Object]');
  });

  it('opens the form of an entry whose title is not text with that input empty and its error, not "[object Object]"', () => {
    renderEditor();
    fireEvent.click(screen.getByRole('tab', { name: 'Objectives (2)' }));
    fireEvent.click(within(card('speed')).getByRole('button', { name: 'Edit' }));
    expect(screen.getByRole('textbox', { name: 'objective title' })).toHaveValue('');
    expect(document.body).toHaveTextContent('must be a string');
    expect(document.body).not.toHaveTextContent('[object Object]');
  });
});
