// Steps every demo scenario through time at a fixed 5-minute step from the history's start.
// Counters accumulate their increments; gauges hold their latest value (NaN = no sample).
// The history generator and the live exporter both run this, so live values continue the file.

import { gaussian, hashKey, uniform } from './noise.mjs';
import { createScenarios } from './scenarios/index.mjs';
import { DAY } from './shapes.mjs';

export const STEP_SECONDS = 300;

/** The anchor ("now" of the history) on the step grid. */
export function alignAnchor(unixSeconds) {
  return Math.floor(unixSeconds / STEP_SECONDS) * STEP_SECONDS;
}

/** First step of the history: `days` before the anchor, on a 15-minute boundary. */
export function historyStart(anchor, days) {
  return Math.floor((anchor - days * DAY) / 900) * 900;
}

export function createEngine({ anchor, start }) {
  const scenarios = createScenarios();
  const families = scenarios.flatMap((s) => s.families);
  const series = scenarios.flatMap((s) => s.series.map((def) => ({ ...def, family: familyOf(def.name, s.families) })));
  const values = new Float64Array(series.length).fill(NaN);
  const hashes = new Map();
  const keyed = (salt) => {
    let h = hashes.get(salt);
    if (h === undefined) {
      h = hashKey(salt);
      hashes.set(salt, h);
    }
    return h;
  };
  let t = start - STEP_SECONDS;

  /** Advances one step and returns the values at the new time (the same array, updated in place). */
  function next() {
    t += STEP_SECONDS;
    const k = t / STEP_SECONDS;
    const ctx = {
      t,
      daysAgo: Math.max(0, (anchor - t) / DAY),
      z: (salt) => gaussian(keyed(salt), k),
      zAt: (salt, index) => gaussian(keyed(salt), index),
      u: (salt) => uniform(keyed(salt), k),
    };
    let i = 0;
    for (const scenario of scenarios) {
      const out = scenario.step(ctx);
      for (let j = 0; j < scenario.series.length; j++, i++) {
        const v = out[j];
        if (series[i].counter) {
          values[i] = (Number.isNaN(values[i]) ? 0 : values[i]) + (v ?? 0);
        } else {
          values[i] = v === null || v === undefined ? NaN : v;
        }
      }
    }
    return values;
  }

  return {
    families,
    series,
    next,
    get time() {
      return t;
    },
  };
}

/**
 * The value a scrape at fraction `frac` (0..1) of the way from one step to the next would see:
 * counters rise linearly, gauges hold the earlier step's value (NaN = no sample).
 */
export function valueBetween(series, before, after, frac) {
  return series.counter && !Number.isNaN(after) ? before + frac * (after - before) : before;
}

/** The family a sample name belongs to: deploys_total -> deploys, x_bucket -> x. */
function familyOf(sampleName, families) {
  const family = families.find((f) =>
    [f.name, `${f.name}_total`, `${f.name}_bucket`, `${f.name}_sum`, `${f.name}_count`].includes(sampleName)
  );
  if (!family) {
    throw new Error(`sample ${sampleName} has no family`);
  }
  return family.name;
}
