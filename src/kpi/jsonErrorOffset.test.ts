import fc from 'fast-check';

import { jsonErrorOffset } from './jsonErrorOffset';

/** What JSON.parse says: undefined for JSON, else V8's position for the error, or null where it names none. */
function v8Position(text: string): number | null | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (e) {
    const position = /at position (\d+)/.exec((e as Error).message);
    return position ? Number(position[1]) : null;
  }
}

describe('jsonErrorOffset', () => {
  it.each([
    ['a trailing comma in an object', '{"a": 1,}', 8],
    ['a trailing comma in a list', '[1, 2,]', 6],
    ['a single-quoted name', "{'a': 1}", 1],
    ['a single-quoted value', `{"a": 'x'}`, 6],
    ['a missing comma', '{"a": 1\n "b": 2}', 9],
    ['a comment', '{"a": 1} // note', 9],
    ['a bare word', '{"a": yes}', 6],
    ['text cut short', '{"a": [1', 8],
    ['nothing', '', 0],
  ])('finds %s', (_name, text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('finds nothing wrong in JSON', () => {
    fc.assert(fc.property(fc.json(), (text) => jsonErrorOffset(text) === undefined));
  });

  // The scanner points at the start of the token that fails (`-3.5e,1`: the number at 0), V8 inside it (5).
  it('agrees with JSON.parse on what is JSON, and points at or before where V8 says the error is', () => {
    const edit = fc.constantFrom(',', "'", '}', ']', '"', '-', '.', 'e', '\\', '\n', 'x', '0', '/', '\u0001', '{');
    fc.assert(
      fc.property(fc.json(), fc.nat(), edit, fc.boolean(), (json, i, insert, replace) => {
        const k = i % (json.length + 1);
        const text = json.slice(0, k) + insert + json.slice(replace ? k + 1 : k);
        const v8 = v8Position(text);
        const ours = jsonErrorOffset(text);
        return v8 === undefined ? ours === undefined : ours !== undefined && (v8 === null || ours <= v8);
      }),
      { numRuns: 3000 }
    );
  });
});
