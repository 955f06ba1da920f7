const NUMBERS: Readonly<Record<string, string>> = { 1: 'One', 2: 'Two', 3: 'Three', 5: 'Five', 6: 'Six', 30: 'Thirty' };
const UNITS: Readonly<Record<string, string>> = { m: 'Minutes', h: 'Hours', d: 'Days' };

/**
 * A burn span as letters, for refIds a math expression can name: Grafana's math lexer reads `$` and letters
 * only, so `$Burn1h` would be `$Burn` followed by `1h`. 5m is FiveMinutes, 1h OneHour.
 */
export function spanName(span: string): string {
  const [, count, unit] = /^(\d+)([mhd])$/.exec(span) ?? [];
  const number = NUMBERS[count];
  if (!number) {
    throw new Error(`no name for the span ${span}`);
  }
  const unitName = UNITS[unit];
  return number + (count === '1' ? unitName.slice(0, -1) : unitName);
}
