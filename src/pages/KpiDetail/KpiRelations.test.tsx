import { render, screen, within } from '@testing-library/react';
import React from 'react';
import { MemoryRouter } from 'react-router-dom';

import { type Kpi } from '../../kpi/types';
import { validateCatalog } from '../../kpi/validateCatalog';
import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { testIds } from '../../testIds';
import { catalogOf } from '../shared/testing/pageTestKit';
import { KpiRelations } from './KpiRelations';

/** The relations of `kpi` (one of `kpis`, by its id) as the KPI page shows them: from the validated catalog. */
function renderRelations(kpi: Kpi, kpis: unknown[]) {
  const { kpis: entries } = validateCatalog(catalogOf(kpis as Array<Record<string, unknown>>));
  const entry = entries.find((e) => (e.ok ? e.value.id : e.fields.id) === kpi.id)!;
  const shown = entry.ok ? entry.value : { ...entry.fields, id: entry.id, name: entry.name };
  render(
    <MemoryRouter>
      <KpiRelations kpi={shown} kpis={entries} results={[]} />
    </MemoryRouter>
  );
  return screen.getByTestId(testIds.kpiDetail.relations);
}

const mttr = makeKpi({ id: 'mttr', name: 'Time to restore', type: 'lagging' });
const deploys = makeKpi({ id: 'deploys', name: 'Deploys', drives: ['mttr'] });

function relations(kpis: unknown[]) {
  return renderRelations(mttr, kpis);
}

describe('KpiRelations', () => {
  it('links a driving KPI by its id', () => {
    const list = relations([deploys, mttr]);
    expect(within(list).getByRole('link', { name: 'Deploys' })).toHaveAttribute(
      'href',
      '/a/kpi-scorecards-app/kpi/deploys'
    );
  });

  it('names a driving entry without an id by its place, with no link (it would open /kpi/undefined)', () => {
    const list = relations([mttr, { name: 'Nameless', drives: ['mttr'] }, { drives: ['mttr'] }]);
    expect(within(list).getByText('Nameless')).toBeInTheDocument();
    expect(within(list).getByText('kpis[2]')).toBeInTheDocument();
    expect(within(list).queryAllByRole('link')).toHaveLength(0);
  });

  it('shows a driving entry whose id an earlier KPI has without a link (it would open that other KPI)', () => {
    const list = relations([deploys, mttr, { ...deploys, name: 'Deploys again' }]);
    expect(within(list).getByRole('link', { name: 'Deploys' })).toBeInTheDocument();
    expect(within(list).getByText('Deploys again')).toBeInTheDocument();
    expect(within(list).queryByRole('link', { name: 'Deploys again' })).toBeNull();
  });

  it('names a drives id that no KPI has without a link (it would open a page that is not there)', () => {
    const kpi = { ...mttr, drives: ['deploys', 'ghost'] };
    const list = renderRelations(kpi, [{ ...deploys, drives: [] }, kpi]);
    expect(within(list).getByRole('link', { name: 'Deploys' })).toBeInTheDocument();
    expect(within(list).getByText('ghost')).toBeInTheDocument();
    expect(within(list).queryByRole('link', { name: 'ghost' })).toBeNull();
  });

  it('names a driven KPI whose name is not text by its id, and skips a drives item that is not an id', () => {
    const kpi = { ...mttr, drives: ['deploys', { id: 'x' }] } as unknown as Kpi;
    const list = renderRelations(kpi, [{ ...deploys, drives: [], name: { en: 'x' } }, kpi]);
    expect(within(list).getByRole('link', { name: 'deploys' })).toHaveAttribute(
      'href',
      '/a/kpi-scorecards-app/kpi/deploys'
    );
  });
});
