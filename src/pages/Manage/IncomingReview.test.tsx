/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { act, render, screen } from '@testing-library/react';
import React from 'react';

import { catalogToYaml } from '../../kpi/catalogYaml';
import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { catalogOf } from '../shared/testing/pageTestKit';
import { IncomingReview, REVIEW_DELAY_MS } from './IncomingReview';

const mockReads: string[] = [];
jest.mock('../../catalog/readIncomingCatalog', () => {
  const actual = jest.requireActual('../../catalog/readIncomingCatalog');
  return {
    ...actual,
    readIncomingCatalog: (text: string) => {
      mockReads.push(text);
      return actual.readIncomingCatalog(text);
    },
  };
});

describe('IncomingReview', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('reads the text once typing pauses, not once a keystroke, and offers to apply only what it read', () => {
    const onApply = jest.fn();
    const draft = catalogOf([]);
    const text = catalogToYaml(catalogOf([makeKpi()]));
    const review = (typed: string) => (
      <IncomingReview draft={draft} text={typed} applyLabel="Apply" mode="replace" budgetKiB={64} onApply={onApply} />
    );
    const { rerender } = render(review(''));
    mockReads.length = 0;
    // Typed a character at a time, faster than the pause.
    for (let i = 1; i <= text.length; i += 7) {
      rerender(review(text.slice(0, i)));
      act(() => jest.advanceTimersByTime(REVIEW_DELAY_MS / 4));
    }
    rerender(review(text));
    expect(mockReads).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Apply' })).toBeNull();
    expect(screen.getByText('Reading the catalog…')).toBeInTheDocument();
    act(() => jest.advanceTimersByTime(REVIEW_DELAY_MS));
    expect(mockReads).toEqual([text]);
    act(() => screen.getByRole('button', { name: 'Apply' }).click());
    expect(onApply).toHaveBeenCalledWith(expect.objectContaining({ kpis: [makeKpi()] }), 'replace');
  });
});
