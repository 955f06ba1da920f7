import { CatalogParseError } from './catalogParseError';
import { parseYamlOrJson } from './parseCatalogText';
import { MAX_ALIAS_COUNT, MAX_NESTING } from './yamlLimits';

function parseError(text: string): CatalogParseError {
  try {
    parseYamlOrJson(text);
  } catch (e) {
    return e as CatalogParseError;
  }
  throw new Error('expected a parse error');
}

const manyKeys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: ${i}`).join('\n') + '\n';

describe('hostile YAML', () => {
  // The library's own check compares each key with every earlier one (40,000 keys: 10 s); `npm run bench`
  // prints how the time grows from 40,000 keys to 400,000 (yaml-keys-400k-vs-40k, about 10 when linear).
  it('finds a key repeated after 40,000 others, at its place, and reads distinct keys as they are', () => {
    const error = parseError(manyKeys(40_000) + 'k7: again\n');
    expect(error).toBeInstanceOf(CatalogParseError);
    expect(error.message).toBe('line 40001, column 1: Map keys must be unique');
    const data = parseYamlOrJson(manyKeys(40_000)) as Record<string, number>;
    expect(Object.keys(data)).toHaveLength(40_000);
    expect(data.k39999).toBe(39_999);
  });

  it('tells keys apart by value and type, in flow and block maps alike', () => {
    expect(parseYamlOrJson('{1: a, "1": b}')).toEqual({ 1: 'b' });
    expect(parseError('a:\n  - { x: 1, y: 2, x: 3 }\n').message).toBe('line 2, column 19: Map keys must be unique');
  });

  it.each([
    ['flow sequences', (n: number) => '['.repeat(n) + ']'.repeat(n)],
    ['flow mappings', (n: number) => '{a: '.repeat(n) + '1' + '}'.repeat(n)],
    ['block mappings', (n: number) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + ' 1\n'],
  ])('refuses %s nested 800 levels deep with the limit, not a stack overflow', (_name, nest) => {
    const error = parseError(nest(800));
    expect(error).toBeInstanceOf(CatalogParseError);
    expect(error.reason).toBe(`nested deeper than ${MAX_NESTING} levels: a catalog needs a few`);
    expect(error.line).toBeGreaterThan(0);
    expect(() => parseYamlOrJson(nest(MAX_NESTING))).not.toThrow();
  });

  it('names an alias bomb as one', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]']
      .concat(['b', 'c', 'd', 'e', 'f'].map((name, i) => `${name}: &${name} [${`*${'abcde'[i]}, `.repeat(9)}]`))
      .join('\n');
    const error = parseError(bomb);
    expect(error).toBeInstanceOf(CatalogParseError);
    expect(error.message).toContain(`expand to more than ${MAX_ALIAS_COUNT} copies, as an alias bomb does`);
  });

  it('refuses a second document', () => {
    expect(parseError('kind: KpiCatalog\n---\nkind: Other\n').message).toMatch(
      /^line 2, column 1: .*multiple documents/
    );
  });
});
