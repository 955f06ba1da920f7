import { render, screen } from '@testing-library/react';
import React from 'react';

import { KpiSparkline } from './KpiSparkline';

/**
 * jsdom has no 2D canvas: this context keeps what is drawn, as strokes of their points, so a test reads the
 * picture (where the line and the dashed target are) rather than the calls.
 */
interface Stroke {
  /** One list of [x, y] per connected piece: a gap starts a new one. */
  pieces: number[][][];
  color: string;
  dashed: boolean;
}

function recordingCanvas(): Stroke[] {
  const strokes: Stroke[] = [];
  let pieces: number[][][] = [];
  let dash: number[] = [];
  const context = {
    strokeStyle: '',
    lineWidth: 1,
    setTransform: () => undefined,
    clearRect: () => strokes.splice(0),
    beginPath: () => (pieces = []),
    moveTo: (x: number, y: number) => pieces.push([[x, y]]),
    lineTo: (x: number, y: number) => pieces[pieces.length - 1].push([x, y]),
    // d3 closes a piece of one point with an arc-less closePath: nothing to draw for it.
    closePath: () => undefined,
    setLineDash: (segments: number[]) => (dash = segments),
    stroke: () => strokes.push({ pieces, color: context.strokeStyle, dashed: dash.length > 0 }),
  };
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as never);
  return strokes;
}

const series = { times: [1, 2, 3, 4], values: [5, 6, 7, 8] };

describe('KpiSparkline', () => {
  afterEach(() => jest.restoreAllMocks());

  it('draws the values and the target line on the same honest range', () => {
    const strokes = recordingCanvas();
    render(
      <KpiSparkline
        series={series}
        direction="higher-is-better"
        target={{ value: 10, atRisk: 8 }}
        width={100}
        height={30}
        color="#123456"
      />
    );
    expect(screen.getByRole('img', { name: 'Trend over the window with the target line' })).toBeInTheDocument();
    const [trend, targetLine] = strokes;
    expect(trend.color).toBe('#123456');
    const [points] = trend.pieces;
    // Range 5..10 over 30 px, half a px kept inside at each edge: 5 at the bottom, 8 three fifths up.
    expect(points.map(([x]) => Math.round(x))).toEqual([0, 33, 67, 100]);
    expect(points[0][1]).toBeCloseTo(29.5);
    expect(points[3][1]).toBeCloseTo(29.5 - (3 / 5) * 29);
    // The target, 10, is the range's top: the dashed line runs across the top pixel row.
    expect(targetLine.dashed).toBe(true);
    expect(targetLine.pieces).toEqual([
      [
        [0, 0.5],
        [100, 0.5],
      ],
    ]);
  });

  it('keeps a target on the range’s bottom inside the canvas', () => {
    const strokes = recordingCanvas();
    render(<KpiSparkline series={series} direction="lower-is-better" target={{ value: 5 }} width={100} height={30} />);
    expect(strokes[1].pieces[0][0][1]).toBe(29.5);
  });

  it('places samples by their time, not their position', () => {
    const strokes = recordingCanvas();
    render(
      <KpiSparkline
        series={{ times: [0, 10, 20, 100], values: [5, 6, 7, 8] }}
        direction="higher-is-better"
        target={{ value: 10 }}
        width={100}
        height={30}
      />
    );
    expect(strokes[0].pieces[0].map(([x]) => x)).toEqual([0, 10, 20, 100]);
  });

  it('draws rows that come newest first in time order, and leaves out a time that could not be read', () => {
    const strokes = recordingCanvas();
    render(
      <KpiSparkline
        series={{ times: [100, NaN, 20, 10, 0], values: [8, 9, 7, 6, 5] }}
        direction="higher-is-better"
        target={{ value: 10 }}
        width={100}
        height={30}
      />
    );
    const [points] = strokes[0].pieces;
    expect(points.map(([x]) => x)).toEqual([0, 10, 20, 100]);
    // Rising over time: each point higher up (a smaller y) than the one before.
    expect(points.map(([, y]) => y)).toEqual([...points.map(([, y]) => y)].sort((a, b) => b - a));
  });

  it('leaves a gap where samples are missing', () => {
    const strokes = recordingCanvas();
    render(
      <KpiSparkline
        series={{ times: [1, 2, 3, 4, 5], values: [5, 6, null, 7, 8] }}
        direction="higher-is-better"
        target={{ value: 10 }}
        width={100}
        height={30}
      />
    );
    expect(strokes[0].pieces.map((piece) => piece.length)).toEqual([2, 2]);
  });

  it('draws both ends of an in-range target', () => {
    const strokes = recordingCanvas();
    render(<KpiSparkline series={series} direction="in-range" target={{ min: 5, max: 8 }} width={100} height={30} />);
    const [low, high] = strokes[1].pieces.map(([[, y]]) => y);
    // 8 above 5: the max's line is higher up (a smaller y).
    expect(high).toBeLessThan(low);
  });

  it('draws again in the new colour when the theme or status changes', () => {
    const strokes = recordingCanvas();
    const props = { series, direction: 'higher-is-better' as const, target: { value: 10 }, width: 100, height: 30 };
    const { rerender } = render(<KpiSparkline {...props} color="#111111" />);
    rerender(<KpiSparkline {...props} color="#222222" />);
    expect(strokes.map((s) => s.color)[0]).toBe('#222222');
  });

  it('draws nothing with fewer than two values', () => {
    recordingCanvas();
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
