import { render, screen } from '@testing-library/react';
import React from 'react';

import { KpiDelta } from './KpiDelta';

describe('KpiDelta', () => {
  it('shows percentage points for a percentage unit (25% -> 50% is +25 pp)', () => {
    render(<KpiDelta delta={25} deltaKind="percentage-points" direction="higher-is-better" unit="percent" />);
    expect(screen.getByText('+25.0 pp')).toBeInTheDocument();
  });

  it('shows a relative change otherwise', () => {
    render(<KpiDelta delta={0.2} deltaKind="relative" direction="higher-is-better" />);
    expect(screen.getByText('+20.0%')).toBeInTheDocument();
  });

  it('shows the absolute difference in the unit when the previous value was 0', () => {
    render(<KpiDelta delta={3} deltaKind="absolute" direction="higher-is-better" unit="suffix: req/s" />);
    expect(screen.getByText('+3 req/s')).toBeInTheDocument();
  });

  it('colours by direction: down is good for lower-is-better', () => {
    const { container, rerender } = render(<KpiDelta delta={-0.1} deltaKind="relative" direction="lower-is-better" />);
    expect(container.querySelector('[data-mood]')).toHaveAttribute('data-mood', 'better');
    // Read as one phrase; the words are also its tooltip.
    expect(container.querySelector('[data-mood]')).toHaveTextContent('−10.0% vs previous period (better)');
    expect(container.querySelector('[data-mood]')).toHaveAttribute('title', 'vs previous period (better)');
    rerender(<KpiDelta delta={-0.1} deltaKind="relative" direction="higher-is-better" />);
    expect(container.querySelector('[data-mood]')).toHaveAttribute('data-mood', 'worse');
    rerender(<KpiDelta delta={-0.1} deltaKind="relative" direction="in-range" />);
    expect(container.querySelector('[data-mood]')).toHaveAttribute('data-mood', 'neutral');
  });

  it('says when there is no previous period instead of showing 0', () => {
    render(<KpiDelta delta={null} deltaKind={null} direction="higher-is-better" />);
    expect(screen.getByText('No previous period')).toBeInTheDocument();
  });
});

describe('KpiDelta rounding', () => {
  it('shows a change that rounds to zero as none: no arrow up, no colour', () => {
    const { container } = render(<KpiDelta delta={0.0001} deltaKind="relative" direction="lower-is-better" />);
    expect(screen.getByText('±0.0%')).toBeInTheDocument();
    expect(container.querySelector('[data-mood]')).toHaveAttribute('data-mood', 'neutral');
  });
});
