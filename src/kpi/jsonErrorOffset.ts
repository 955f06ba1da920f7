// RFC 8259's grammar, only to say where JSON.parse failed: V8 names no position for some errors
// ("Unexpected token ']', "[1,]" is not valid JSON"). Where V8 names one, this finds the same.
const SPACE = /[ \t\n\r]*/y;
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const LITERAL = /true|false|null/y;
const LITERAL_START = /t(?:ru?)?|f(?:a(?:ls?)?)?|n(?:ul?)?/y;

/** The offset of the first character that makes the text not JSON, or undefined when it is JSON. */
export function jsonErrorOffset(text: string): number | undefined {
  // Each reader below moves `at` past what it reads and returns false where the text stops being JSON.
  let at = 0;
  const match = (pattern: RegExp) => {
    pattern.lastIndex = at;
    const found = pattern.test(text);
    at = found ? pattern.lastIndex : at;
    return found;
  };
  const token = (char: string) => {
    match(SPACE);
    if (text[at] !== char) {
      return false;
    }
    at++;
    return true;
  };
  const hex4 = () => {
    const start = at;
    match(/[0-9a-fA-F]{1,4}/y);
    return at - start === 4;
  };
  const string = () => {
    if (!token('"')) {
      return false;
    }
    for (match(PLAIN); match(/\\/y); match(PLAIN)) {
      if (!match(/["\\/bfnrt]/y) && !(match(/u/y) && hex4())) {
        return false;
      }
    }
    return match(/"/y);
  };
  const number = () => {
    match(/-/y);
    return match(/0|[1-9]\d*/y) && (!match(/\./y) || match(/\d+/y)) && (!match(/[eE][+-]?/y) || match(/\d+/y));
  };
  const list = (close: string, item: () => boolean) => {
    if (token(close)) {
      return true;
    }
    do {
      if (!item()) {
        return false;
      }
    } while (token(','));
    return token(close);
  };
  const value = (): boolean => {
    if (token('{')) {
      return list('}', () => string() && token(':') && value());
    }
    if (token('[')) {
      return list(']', value);
    }
    if (text[at] === '"') {
      return string();
    }
    if (/[-\d]/.test(text[at] ?? '')) {
      return number();
    }
    // Wrong from where the text stops spelling true, false or null.
    return match(LITERAL) || (match(LITERAL_START) && false);
  };
  try {
    return value() && (match(SPACE), at === text.length) ? undefined : at;
  } catch {
    // Nesting deeper than the stack: where is unknown.
    return undefined;
  }
}
