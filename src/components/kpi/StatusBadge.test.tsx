import { createTheme } from '@grafana/data';
import { render, screen } from '@testing-library/react';
import React from 'react';

import { STATUSES } from '../../kpi/types';
import { statusAppearance } from './statusAppearance';
import { StatusBadge } from './StatusBadge';

const words = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  stale: 'Stale',
  'no-data': 'No data',
  error: 'Error',
};

describe('StatusBadge: never colour alone', () => {
  it.each(STATUSES.map((s) => [s, words[s]]))('%s shows the word "%s"', (status, word) => {
    const { container } = render(<StatusBadge status={status} />);
    expect(screen.getByText(word)).toBeVisible();
    expect(container.querySelector('[data-status]')).toHaveAttribute('data-status', status);
  });

  it('keeps the word for screen readers and as a tooltip when only the icon shows', () => {
    const { container } = render(<StatusBadge status="off-track" iconOnly />);
    expect(screen.getByText('Off track')).toBeInTheDocument();
    expect(screen.getByTitle('Off track')).toBeInTheDocument();
    expect(container.querySelector('svg')).not.toBeNull();
  });

  it.each(['dark', 'light'] as const)(
    'takes distinct colours from the %s theme; stale and no-data never look healthy',
    (mode) => {
      const theme = createTheme({ colors: { mode } });
      const color = (s: (typeof STATUSES)[number]) => statusAppearance(s, theme).color;
      expect(color('on-track')).toBe(theme.visualization.getColorByName('green'));
      expect(new Set([color('on-track'), color('at-risk'), color('off-track')]).size).toBe(3);
      expect(color('stale')).toBe(theme.colors.text.secondary);
      expect(color('no-data')).toBe(theme.colors.text.secondary);
      expect(color('stale')).not.toBe(color('on-track'));
      expect(new Set(STATUSES.map((s) => statusAppearance(s, theme).icon)).size).toBe(STATUSES.length);
    }
  );
});
