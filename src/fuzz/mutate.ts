import fc from 'fast-check';

/** Values a broken or hostile file puts where something else belongs. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, 0, -1, NaN, Infinity, 1e308, '', ' ', '~', '300000y', '1ms', 'https:host'),
  fc.constantFrom('http:///host', 'javascript:alert(1)', '<script>alert(1)</script>', '__proto__'),
  fc.constantFrom([], {}, [null], { frames: {} }, { message: 42 }, 'x'.repeat(10_000)),
  fc.string({ maxLength: 20 }),
  fc.double(),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 3 }),
  fc.anything({ maxDepth: 2 })
);

/** Every place in a JSON-like value, as a path of keys (iteratively: the value may be deep). */
function paths(root: unknown): PropertyKey[][] {
  const found: PropertyKey[][] = [[]];
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) {
        const next = [...path, Array.isArray(value) ? Number(key) : key];
        found.push(next);
        stack.push({ value: (value as Record<string, unknown>)[key], path: next });
      }
    }
  }
  return found;
}

/** A deep copy of `root` with the values at the chosen places replaced (a chosen place is an index modulo). */
export function mutate(root: unknown, changes: Array<[number, unknown]>): unknown {
  let copy = deepCopy(root);
  for (const [choice, replacement] of changes) {
    const all = paths(copy);
    const path = all[choice % all.length];
    // A copy of the replacement: the hostile constants are shared across runs, and a shared one changed by a
    // later edit could come to hold itself (a cycle that `paths` would walk forever).
    if (path.length === 0) {
      copy = deepCopy(replacement);
      continue;
    }
    let parent = copy as Record<PropertyKey, unknown>;
    for (const key of path.slice(0, -1)) {
      parent = parent[key] as Record<PropertyKey, unknown>;
    }
    parent[path[path.length - 1]] = deepCopy(replacement);
  }
  return copy;
}

/** One to three places changed to hostile values. */
export const changes = fc.array(fc.tuple(fc.nat(), hostileValue), { minLength: 1, maxLength: 3 });

/** A copy of plain data that keeps NaN and undefined (jsdom has no structuredClone; JSON would lose them). */
function deepCopy<T>(value: T): T {
  if (Array.isArray(value)) {
    return value.map(deepCopy) as T;
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepCopy(v)])) as T;
  }
  return value;
}
