import { render, screen } from '@testing-library/react';
import React from 'react';

import { shownKpi } from '../../kpi/catalogEntries';
import { validateCatalog } from '../../kpi/validateCatalog';
import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { KpiDefinition } from './KpiDefinition';

/** A catalog entry as written, as the panel shows it: through validation, what it has of its fields. */
function shown(raw: Record<string, unknown>) {
  return shownKpi(validateCatalog({ apiVersion: 'kpi-scorecards/v1', kind: 'KpiCatalog', kpis: [raw] }).kpis[0]);
}

describe('KpiDefinition', () => {
  it('gives the full definition: window, reducer, revision, description', () => {
    render(
      <KpiDefinition kpi={makeKpi({ window: 'quarter', reduce: 'sum', revision: 4, timezone: 'Europe/Berlin' })} />
    );
    expect(screen.getByText('the current quarter so far (Europe/Berlin)')).toBeInTheDocument();
    expect(screen.getByText('the total')).toBeInTheDocument();
    expect(screen.getByText('4')).toBeInTheDocument();
    expect(screen.getByText('How often code ships to production.')).toBeInTheDocument();
    expect(screen.getByText('≥ 10')).toBeInTheDocument();
  });

  it('renders markup in names and descriptions as text and keeps only http(s) links', () => {
    const kpi = makeKpi({
      name: '<img src=x onerror="window.pwned=1">',
      description: '<script>window.pwned=1</script>',
      links: [
        { title: 'Runbook', url: 'https://wiki.example.com/deploys' },
        { title: 'Evil', url: 'javascript:window.pwned=1' },
        { title: 'Data', url: 'data:text/html,<script>1</script>' },
      ],
    });
    const { container } = render(<KpiDefinition kpi={kpi} withLinks />);
    expect(screen.getByText('<img src=x onerror="window.pwned=1">')).toBeInTheDocument();
    expect(screen.getByText('<script>window.pwned=1</script>')).toBeInTheDocument();
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByRole('link', { name: /Runbook/ })).toHaveAttribute('href', 'https://wiki.example.com/deploys');
    expect(screen.queryByRole('link', { name: /Evil|Data/ })).toBeNull();
  });

  it('shows what a definition the catalog marks invalid has, and nothing for what it lacks or holds wrongly', () => {
    const broken = {
      id: 'kpis[3]',
      name: 'kpis[3]',
      team: 'platform',
      owner: { name: 'jane' },
      window: 7,
      tags: 'dora',
    };
    const { container } = render(
      <KpiDefinition kpi={shown({ ...broken, links: 'https://x.example.com' })} withLinks />
    );
    expect(screen.getByText('kpis[3]')).toBeInTheDocument();
    expect(screen.getByText('platform')).toBeInTheDocument();
    expect(container.textContent).not.toMatch(/undefined|object|dora|Owner|Window|Target|Tags/);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('gives a definition the catalog marks invalid no defaults it does not have: only what is written', () => {
    const { container, rerender } = render(<KpiDefinition kpi={shown({})} invalid />);
    expect(container.textContent).toBe('kpis[0]');
    rerender(<KpiDefinition kpi={shown({ id: 'x', name: 'X', reduce: 'sum', revision: 3 })} invalid />);
    expect(screen.getByText('sum')).toBeInTheDocument();
    expect(screen.getByText('3')).toBeInTheDocument();
  });

  it('shows the target of a definition the catalog marks invalid only where it is a number in a unit as text', () => {
    const kpi = { id: 'x', name: 'X', direction: 'higher-is-better', target: { value: 12 }, unit: { id: 'ms' } };
    const { rerender } = render(<KpiDefinition kpi={shown(kpi)} invalid />);
    expect(screen.getByText('≥ 12')).toBeInTheDocument();
    rerender(
      <KpiDefinition kpi={shown({ ...kpi, unit: 'ms', target: { value: { n: 12 } }, decimals: [1] })} invalid />
    );
    expect(screen.queryByText(/≥/)).toBeNull();
    expect(document.body).not.toHaveTextContent('[object Object]');
  });

  it('gives a valid KPI without reducer or revision the spec defaults, in words', () => {
    render(<KpiDefinition kpi={makeKpi()} />);
    expect(screen.getByText('the latest value')).toBeInTheDocument();
    expect(screen.getByText('the last 7 days')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/lastNotNull|\b7d\b/);
    expect(screen.getByText('1')).toBeInTheDocument();
  });
});
