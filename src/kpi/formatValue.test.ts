import { formatAttainment } from './formatValue';

describe('formatAttainment', () => {
  it('writes whole percents where they say what happened', () => {
    expect(formatAttainment(1.12)).toBe('112%');
    expect(formatAttainment(0.69)).toBe('69%');
    expect(formatAttainment(1)).toBe('100%');
  });

  it('never rounds a miss or an overshoot to 100%', () => {
    expect(formatAttainment(99.919 / 99.95)).toBe('99.97%');
    expect(formatAttainment(99.944 / 99.9)).toBe('100.04%');
    expect(formatAttainment(0.99999)).toBe('99.999%');
  });
});
