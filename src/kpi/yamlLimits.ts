import { isScalar, visit, type CST, type Document } from 'yaml';

import { CatalogParseError, positionAt } from './catalogParseError';

/**
 * How deep collections may nest. A catalog needs about six levels (kpis, a KPI, its query, a field of the query);
 * the YAML composer, the validators and the views all recurse, and at some 800 levels the stack runs out.
 */
export const MAX_NESTING = 64;

/** How many copies YAML aliases may expand to: more is an alias bomb (a few lines that would fill the memory). */
export const MAX_ALIAS_COUNT = 100;

/**
 * Refuses text whose collections nest deeper than MAX_NESTING, from the parser's token tree (built with a stack
 * of its own, not by recursion) and walked with an explicit stack, so nothing here overflows either.
 */
export function checkNesting(tokens: CST.Token[], text: string): void {
  const stack: Array<{ token: CST.Token | null | undefined; depth: number }> = tokens.map((token) => ({
    token,
    depth: 0,
  }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (!token) {
      continue;
    }
    if (token.type === 'document') {
      stack.push({ token: token.value, depth });
    } else if ('items' in token) {
      if (depth + 1 > MAX_NESTING) {
        const at = positionAt(text, token.offset);
        throw new CatalogParseError(
          `nested deeper than ${MAX_NESTING} levels: a catalog needs a few`,
          at.line,
          at.column
        );
      }
      for (const item of token.items) {
        stack.push({ token: item.key, depth: depth + 1 }, { token: item.value, depth: depth + 1 });
      }
    }
  }
}

/**
 * Refuses a key repeated in one mapping (the last would silently win), as the yaml library's own `uniqueKeys`
 * does, but with one lookup per key: the library compares each key with every earlier one, which takes
 * minutes on 400,000 keys. Keys are compared by their value, as the library does (1 and '1' differ).
 */
export function checkRepeatedKeys(doc: Document, text: string): void {
  let repeated: { offset: number } | undefined;
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        const value = isScalar(key) ? key.value : key;
        if (seen.has(value)) {
          repeated = { offset: isScalar(key) && key.range ? key.range[0] : 0 };
          return visit.BREAK;
        }
        seen.add(value);
      }
      return undefined;
    },
  });
  if (repeated) {
    const at = positionAt(text, repeated.offset);
    throw new CatalogParseError('Map keys must be unique', at.line, at.column);
  }
}

/** The document's plain data; an alias bomb is named as one, not as an internal error. */
export function toPlainData(doc: Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (e instanceof ReferenceError && /alias/i.test(e.message)) {
      throw new CatalogParseError(
        `its aliases (*name) expand to more than ${MAX_ALIAS_COUNT} copies, as an alias bomb does: write the values out or use fewer aliases`
      );
    }
    throw e;
  }
}
