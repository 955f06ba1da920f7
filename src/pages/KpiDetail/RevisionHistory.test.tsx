/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { render, screen } from '@testing-library/react';
import React from 'react';

import { type Kpi } from '../../kpi/types';
import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { testIds } from '../../testIds';
import { RevisionHistory } from './RevisionHistory';

const withHistory = (history: unknown) => ({ ...makeKpi({ id: 'odd' }), history }) as unknown as Kpi;

describe('RevisionHistory', () => {
  it('shows what a broken history has as text and names what it leaves out, without failing', () => {
    const history = [
      { revision: 1, at: '2026-01-01T00:00:00Z', by: 'ann', changes: ['created'] },
      { revision: { n: 2 }, at: ['yesterday'], by: { name: 'bob' }, changes: [{ field: 'owner' }, 'owner: a -> b'] },
      'not a revision',
      { revision: 3, at: 'last week', by: 'cy', changes: 'target changed' },
    ];
    render(<RevisionHistory kpi={withHistory(history)} />);
    const table = screen.getByTestId(testIds.kpiDetail.history);
    expect(table).toHaveTextContent('created');
    expect(table).toHaveTextContent('owner: a -> b');
    expect(table).toHaveTextContent('history[1]: revision, at, by, changes[0] left out (wrong type)');
    expect(table).toHaveTextContent('history[2]: not a revision entry (must be an object)');
    expect(table).toHaveTextContent('history[3]: changes left out (wrong type)');
    // A time that is not a date is shown as written, not as the time the page was opened.
    expect(table).toHaveTextContent('last week');
    expect(table).not.toHaveTextContent('[object Object]');
  });

  it('shows no history where it is not a list', () => {
    const { container } = render(<RevisionHistory kpi={withHistory({ revision: 1 })} />);
    expect(container).toBeEmptyDOMElement();
  });
});
