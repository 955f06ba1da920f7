// Deterministic noise: the same (series key, step) always gives the same number, so the history
// file and the live exporter agree on every sample without sharing state.

const DEMO_SEED = 0x6b7069; // 'kpi'

function mix32(x) {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** FNV-1a of a string, mixed with the demo seed. */
export function hashKey(key, seed = DEMO_SEED) {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h >>> 0);
}

/** Uniform in [0, 1) for step k of the stream named by keyHash. */
export function uniform(keyHash, k) {
  return mix32((keyHash ^ Math.imul(k, 0x9e3779b1)) >>> 0) / 4294967296;
}

/** Standard normal (Box-Muller) for step k of the stream named by keyHash. */
export function gaussian(keyHash, k) {
  const u1 = Math.max(uniform(keyHash, k), 1e-12);
  const u2 = uniform(mix32(keyHash ^ 0x5bd1e995), k);
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
