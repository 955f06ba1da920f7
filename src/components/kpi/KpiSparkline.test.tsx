import './testing/canvasStub';
import React from 'react';
import { render, screen } from '@testing-library/react';
import { KpiSparkline } from './KpiSparkline';

const series = { times: [1, 2, 3, 4], values: [5, 6, 7, 8] };

describe('KpiSparkline', () => {
  it('draws the target as a line on the same honest range as the values', () => {
    render(
      <KpiSparkline
        series={series}
        direction="higher-is-better"
        target={{ value: 10, atRisk: 8 }}
        width={100}
        height={30}
      />
    );
    expect(screen.getByRole('img', { name: 'Trend over the window with the target line' })).toBeInTheDocument();
    const [line] = screen.getAllByTestId('kpi-sparkline-target');
    // Range 5..10: the target sits at the very top.
    expect(line).toHaveStyle({ top: '0%' });
  });

  it('draws both ends of an in-range target', () => {
    render(<KpiSparkline series={series} direction="in-range" target={{ min: 5, max: 8 }} width={100} height={30} />);
    expect(screen.getAllByTestId('kpi-sparkline-target')).toHaveLength(2);
  });

  it('draws nothing with fewer than two values', () => {
    const { container } = render(
      <KpiSparkline
        series={{ times: [1, 2], values: [5, null] }}
        direction="higher-is-better"
        target={{ value: 10 }}
        width={100}
        height={30}
      />
    );
    expect(container).toBeEmptyDOMElement();
  });
});
