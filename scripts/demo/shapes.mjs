// Building blocks for the demo's metric stories: trends relative to the anchor ("now" of the
// generated history) and daily/weekly seasonality in UTC.

export const MINUTE = 60;
export const HOUR = 3600;
export const DAY = 86400;

/**
 * Piecewise-linear level by days before the anchor: points are [daysAgo, value] from oldest to newest.
 * Flat before the first point and after the last, so the level stops moving once the live exporter
 * runs past the anchor and the designed statuses hold.
 */
export function trend(daysAgo, points) {
  if (daysAgo >= points[0][0]) {
    return points[0][1];
  }
  for (let i = 1; i < points.length; i++) {
    const [d0, v0] = points[i - 1];
    const [d1, v1] = points[i];
    if (daysAgo >= d1) {
      return v0 + ((v1 - v0) * (d0 - daysAgo)) / (d0 - d1);
    }
  }
  return points[points.length - 1][1];
}

/** Weekly factor for t from Monday..Sunday factors, normalised to a mean of 1. */
export function weekly(t, factors) {
  const mean = factors.reduce((a, b) => a + b, 0) / factors.length;
  const mondayFirst = (new Date(t * 1000).getUTCDay() + 6) % 7;
  return factors[mondayFirst] / mean;
}

/** 1 + amplitude * cos(...) peaking at peakHour UTC: a daily cycle with a mean of 1. */
export function daily(t, amplitude, peakHour = 15) {
  const hour = (t % DAY) / HOUR;
  return 1 + amplitude * Math.cos((2 * Math.PI * (hour - peakHour)) / 24);
}

/** Standard normal CDF (Abramowitz-Stegun 7.1.26, error < 1.5e-7). */
export function normalCdf(z) {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}

/** Share of a log-normal distribution (median, sigma) at or below x. */
export function logNormalCdf(x, median, sigma) {
  return x === Infinity ? 1 : normalCdf(Math.log(x / median) / sigma);
}
