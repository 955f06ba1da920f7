// The bits of Go's time and Grafana's gtime/intervalv2 that shape a Prometheus query:
// they decide the step, and the step shows in executedQueryString and field config.
const MS = 1;
const SECOND = 1000 * MS;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const YEAR = 365 * DAY;

/** Go's time.Duration.String() for whole milliseconds: "500ms", "15s", "1m0s", "2h0m0s". */
export function goDurationString(ms) {
  if (ms === 0) {
    return '0s';
  }
  const sign = ms < 0 ? '-' : '';
  ms = Math.abs(ms);
  if (ms < SECOND) {
    return `${sign}${ms}ms`;
  }
  const h = Math.floor(ms / HOUR);
  const m = Math.floor((ms % HOUR) / MINUTE);
  const s = (ms % MINUTE) / SECOND; // keeps a fraction: 1.5s
  let out = `${s}s`;
  if (h > 0 || m > 0) {
    out = `${m}m${out}`;
  }
  if (h > 0) {
    out = `${h}h${out}`;
  }
  return sign + out;
}

/** gtime.FormatInterval: the largest whole unit, "30s", "5m", "1d". */
export function formatInterval(ms) {
  const units = [
    [YEAR, 'y'],
    [DAY, 'd'],
    [HOUR, 'h'],
    [MINUTE, 'm'],
    [SECOND, 's'],
    [MS, 'ms'],
  ];
  for (const [size, unit] of units) {
    if (ms >= size) {
      return `${Math.floor(ms / size)}${unit}`;
    }
  }
  return '1ms';
}

/** gtime.ParseIntervalStringToTimeDuration: "15s", "<1m>", "30" (seconds), "1d", "1w". */
export function parseInterval(str) {
  const s = String(str).replace('<', '').replace('>', '');
  if (/^\d+$/.test(s)) {
    return Number(s) * SECOND;
  }
  const unit = { ms: MS, s: SECOND, m: MINUTE, h: HOUR, d: DAY, w: WEEK, y: YEAR };
  let total = 0;
  let rest = s;
  while (rest.length > 0) {
    const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d|w|y)/.exec(rest);
    if (!m) {
      throw new Error(`invalid interval: ${str}`);
    }
    total += Number(m[1]) * unit[m[2]];
    rest = rest.slice(m[0].length);
  }
  return total;
}

// intervalv2.roundInterval: [upper bound (inclusive), rounded value], in ms.
const ROUNDING = [
  [10, 1],
  [15, 10],
  [35, 20],
  [75, 50],
  [150, 100],
  [350, 200],
  [750, 500],
  [1500, SECOND],
  [3500, 2 * SECOND],
  [7500, 5 * SECOND],
  [12500, 10 * SECOND],
  [17500, 15 * SECOND],
  [25000, 20 * SECOND],
  [45000, 30 * SECOND],
  [90000, MINUTE],
  [210000, 2 * MINUTE],
  [450000, 5 * MINUTE],
  [750000, 10 * MINUTE],
  [1050000, 15 * MINUTE],
  [1500000, 20 * MINUTE],
  [2700000, 30 * MINUTE],
  [5400000, HOUR],
  [9000000, 2 * HOUR],
  [16200000, 3 * HOUR],
  [32400000, 6 * HOUR],
  [86400000, 12 * HOUR],
  [604800000, DAY],
  [1814400000, WEEK],
  [3628800000, 30 * DAY],
];

export function roundInterval(ms) {
  for (const [bound, value] of ROUNDING) {
    if (ms <= bound) {
      return value;
    }
  }
  return YEAR;
}
