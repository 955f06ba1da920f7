import { render, screen } from '@testing-library/react';
import React from 'react';

import { KpiValue } from './KpiValue';

describe('KpiValue', () => {
  it.each([
    [0.987, 'percentunit', 1, '98.7%'],
    [99.95, 'percent', 2, '99.95%'],
    [1234, 'suffix: req/s', 0, '1234 req/s'],
    [250, 'ms', undefined, '250 ms'],
    [12, undefined, undefined, '12'],
  ])('writes %p in %p with %p decimals as %p', (value, unit, decimals, text) => {
    render(<KpiValue value={value} unit={unit} decimals={decimals} />);
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  it('says there is no value instead of showing 0', () => {
    render(<KpiValue value={null} unit="percent" />);
    expect(screen.getByText('No value')).toBeInTheDocument();
  });
});
