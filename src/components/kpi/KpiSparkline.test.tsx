import React from 'react';
import { render, screen } from '@testing-library/react';
import { KpiSparkline } from './KpiSparkline';

const series = { times: [1, 2, 3, 4], values: [5, 6, 7, 8] };

/** The path's points, in px, one list per drawn segment (d3 writes `Mx,yLx,y…`). */
function segments(container: HTMLElement): number[][][] {
  const d = container.querySelector('path')!.getAttribute('d')!;
  return d
    .split('M')
    .filter(Boolean)
    .map((segment) =>
      segment
        .replace(/Z$/, '')
        .split('L')
        .map((point) => point.split(',').map(Number))
    );
}

const targetY = (line: Element) => Number(line.getAttribute('y1'));

describe('KpiSparkline', () => {
  it('draws the values and the target line on the same honest range', () => {
    const { container } = render(
      <KpiSparkline
        series={series}
        direction="higher-is-better"
        target={{ value: 10, atRisk: 8 }}
        width={100}
        height={30}
      />
    );
    expect(screen.getByRole('img', { name: 'Trend over the window with the target line' })).toBeInTheDocument();
    const [points] = segments(container);
    // Range 5..10 over 30 px (half a px kept inside at each edge): 5 at the bottom, 8 three fifths up.
    expect(points.map(([x]) => Math.round(x))).toEqual([0, 33, 67, 100]);
    expect(points[0][1]).toBeCloseTo(29.5);
    expect(points[3][1]).toBeCloseTo(29.5 - (3 / 5) * 29);
    // The target, 10, is the range's top: the dashed line is at the top edge.
    const [line] = screen.getAllByTestId('kpi-sparkline-target');
    expect(targetY(line)).toBeLessThanOrEqual(2);
  });

  it('places samples by their time, not their position', () => {
    const { container } = render(
      <KpiSparkline
        series={{ times: [0, 10, 20, 100], values: [5, 6, 7, 8] }}
        direction="higher-is-better"
        target={{ value: 10 }}
        width={100}
        height={30}
      />
    );
    expect(segments(container)[0].map(([x]) => x)).toEqual([0, 10, 20, 100]);
  });

  it('leaves a gap where samples are missing', () => {
    const { container } = render(
      <KpiSparkline
        series={{ times: [1, 2, 3, 4, 5], values: [5, 6, null, 7, 8] }}
        direction="higher-is-better"
        target={{ value: 10 }}
        width={100}
        height={30}
      />
    );
    expect(segments(container).map((points) => points.length)).toEqual([2, 2]);
  });

  it('draws both ends of an in-range target', () => {
    render(<KpiSparkline series={series} direction="in-range" target={{ min: 5, max: 8 }} width={100} height={30} />);
    const lines = screen.getAllByTestId('kpi-sparkline-target');
    expect(lines).toHaveLength(2);
    // 8 above 5: the max's line is higher up (a smaller y).
    expect(targetY(lines[1])).toBeLessThan(targetY(lines[0]));
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
