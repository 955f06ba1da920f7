// The catalog spec's window, reducer and status rules, small and independent of the plugin, so the
// demo data can be checked against its design without a Grafana. Calendar windows in UTC.

const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86400, w: 604800, y: 31536000 };
const ADDITIVE = new Set(['sum', 'count', 'delta']);

export function parseDuration(text) {
  const m = /^(\d+)(s|m|h|d|w|y)$/.exec(text);
  return m ? Number(m[1]) * UNIT_SECONDS[m[2]] : null;
}

/** { from, to, periodEnd } in unix seconds; periodEnd only for calendar windows. */
export function resolveWindow(window, now) {
  const rolling = parseDuration(window);
  if (rolling !== null) {
    return { from: now - rolling, to: now, periodEnd: null };
  }
  const d = new Date(now * 1000);
  const y = d.getUTCFullYear();
  const mo = d.getUTCMonth();
  const at = (year, month, day = 1) => Date.UTC(year, month, day) / 1000;
  switch (window) {
    case 'week': {
      const monday = at(y, mo, d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
      return { from: monday, to: now, periodEnd: monday + 7 * 86400 };
    }
    case 'month':
      return { from: at(y, mo), to: now, periodEnd: at(y, mo + 1) };
    case 'quarter': {
      const q = Math.floor(mo / 3) * 3;
      return { from: at(y, q), to: now, periodEnd: at(y, q + 3) };
    }
    case 'year':
      return { from: at(y, 0), to: now, periodEnd: at(y + 1, 0) };
    default:
      throw new Error(`unknown window ${window}`);
  }
}

/** The spec's previous period: the same length before a rolling window; the same elapsed part of the previous calendar period. */
export function previousWindow(window, win) {
  if (!win.periodEnd) {
    return { from: 2 * win.from - win.to, to: win.from, periodEnd: null };
  }
  const before = resolveWindow(window, win.from - 1);
  return { from: before.from, to: Math.min(before.from + (win.to - win.from), win.from), periodEnd: before.periodEnd };
}

/** Grafana's rangeUtil.roundInterval, in ms: the step a panel of `maxDataPoints` would use. */
export function roundIntervalMs(ms) {
  const table = [
    [15, 10],
    [35, 20],
    [75, 50],
    [150, 100],
    [350, 200],
    [750, 500],
    [1500, 1000],
    [3500, 2000],
    [7500, 5000],
    [12500, 10000],
    [17500, 15000],
    [25000, 20000],
    [45000, 30000],
    [90000, 60000],
    [210000, 120000],
    [450000, 300000],
    [750000, 600000],
    [1050000, 900000],
    [1500000, 1200000],
    [2700000, 1800000],
    [5400000, 3600000],
    [9000000, 7200000],
    [16200000, 10800000],
    [32400000, 21600000],
    [86400000, 43200000],
    [604800000, 86400000],
    [1814400000, 604800000],
    [3628800000, 2592000000],
  ];
  const hit = table.find(([below]) => ms < below);
  return hit ? hit[1] : 31536000000;
}

/** Grafana's reducers for the ids the demo uses; nulls are skipped. */
export function reduce(id, values) {
  const v = values.filter((x) => typeof x === 'number' && !Number.isNaN(x));
  if (v.length === 0) {
    return null;
  }
  switch (id) {
    case 'last':
    case 'lastNotNull':
      return v[v.length - 1];
    case 'mean':
      return v.reduce((a, b) => a + b, 0) / v.length;
    case 'sum':
      return v.reduce((a, b) => a + b, 0);
    case 'count':
      return v.length;
    case 'min':
      return Math.min(...v);
    case 'max':
      return Math.max(...v);
    case 'delta': {
      // Grafana's delta: the rise, with a drop counted as a counter reset.
      let delta = 0;
      for (let i = 1; i < v.length; i++) {
        delta += v[i] >= v[i - 1] ? v[i] - v[i - 1] : v[i];
      }
      return delta;
    }
    default:
      throw new Error(`reducer ${id} is not modelled here`);
  }
}

/**
 * The spec's forecast (2026-12-06): with e the elapsed share and P the previous period's whole total,
 * v + (1 - e) * (v + (1 - e) * P); without P linear (v / e), and none before 10% of the period.
 */
export function forecast(kpi, win, value, now, previousTotal = null) {
  if (!win.periodEnd || !ADDITIVE.has(kpi.reduce ?? 'lastNotNull') || now < win.from) {
    return null;
  }
  const e = Math.min(1, (now - win.from) / (win.periodEnd - win.from));
  if (previousTotal !== null) {
    return value + (1 - e) * (value + (1 - e) * previousTotal);
  }
  return e < 0.1 ? null : value / e;
}

/** An SLO's share of its error budget left, from its SLI in percent. */
export function budgetLeft(kpi, v) {
  return 1 - (100 - v) / (100 - kpi.slo.objective);
}

/** An SLO KPI's status by its error budget: spent is off-track, under 25% left at-risk. */
export function budgetStatus(kpi, v) {
  if (v < kpi.slo.objective) {
    return 'off-track';
  }
  return budgetLeft(kpi, v) < 0.25 ? 'at-risk' : 'on-track';
}

/** on-track | at-risk | off-track for a value, by the spec's target rules and default bands. */
export function thresholdStatus(kpi, v) {
  const { direction, target } = kpi;
  if (direction === 'in-range') {
    if (v >= target.min && v <= target.max) {
      return 'on-track';
    }
    const outside = v < target.min ? target.min - v : v - target.max;
    return outside <= 0.1 * (target.max - target.min) ? 'at-risk' : 'off-track';
  }
  const higher = direction === 'higher-is-better';
  const atRisk =
    target.atRisk ??
    (higher ? target.value - 0.1 * Math.abs(target.value) : target.value + 0.1 * Math.abs(target.value));
  if (higher ? v >= target.value : v <= target.value) {
    return 'on-track';
  }
  return (higher ? v >= atRisk : v <= atRisk) ? 'at-risk' : 'off-track';
}
