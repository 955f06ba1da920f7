import {
  fieldReducers,
  FieldType,
  formattedValueToString,
  getValueFormat,
  getValueFormatterIndex,
  rangeUtil,
  reduceField,
  toFixedUnit,
} from '@grafana/data';

import { CALENDAR_WINDOWS, type CalendarWindow } from './types';

/** What @grafana/data knows about units, reducers and durations: asked, never copied. */

export const DEFAULT_UNIT = 'short';
export const DEFAULT_REDUCER = 'lastNotNull';

const PERCENT_UNITS: Readonly<Record<string, number>> = { percent: 1, percentunit: 100 };

/** The factor that turns a value in this unit into percent, for Grafana's percentage units; else undefined. */
export function percentFactor(unit: string = DEFAULT_UNIT): number | undefined {
  return Object.prototype.hasOwnProperty.call(PERCENT_UNITS, unit) ? PERCENT_UNITS[unit] : undefined;
}

export function isKnownReducer(id: string): boolean {
  return fieldReducers.getIfExists(id) !== undefined;
}

/**
 * The reducer's own id: Grafana also knows some by older names (avg, current, total), and reduceField answers
 * under the own id only. An unknown id is returned as it is.
 */
export function reducerId(id: string): string {
  return fieldReducers.getIfExists(id)?.id ?? id;
}

export type ReducerOutput = 'number' | 'boolean' | 'list' | 'other';
const outputs = new Map<string, ReducerOutput>();

/**
 * What the reducer gives for a series of numbers, asked of reduceField once per id: allIsNull and allIsZero give
 * true or false, allValues and uniqueValues a list; a KPI needs a number.
 */
export function reducerOutput(id: string): ReducerOutput {
  const own = reducerId(id);
  let output = outputs.get(own);
  if (output === undefined) {
    const field = { name: own, type: FieldType.number, config: {}, values: [1, 2, 2] };
    output = outputOf(reduceField({ field, reducers: [own] })[own]);
    outputs.set(own, output);
  }
  return output;
}

function outputOf(value: unknown): ReducerOutput {
  if (typeof value === 'number') {
    return 'number';
  }
  if (typeof value === 'boolean') {
    return 'boolean';
  }
  return Array.isArray(value) ? 'list' : 'other';
}

/**
 * A unit id is known when Grafana has it, or when getValueFormat reads it as a custom unit (suffix:, prefix:,
 * si:, count:, currency:, bool:, time: ...).
 */
export function isKnownUnit(id: string): boolean {
  if (Object.prototype.hasOwnProperty.call(getValueFormatterIndex(), id)) {
    return true;
  }
  // Grafana falls back to "value + id" (toFixedUnit), which formats anywhere, for ids it does not know. A
  // formatter that formats otherwise, or cannot run here at all, is not that fallback: time:HH:mm formats a
  // date with the browser's Grafana settings, and the command line has no browser.
  const probe = 1234.5;
  const fallback = formattedValueToString(toFixedUnit(id)(probe));
  try {
    return formattedValueToString(getValueFormat(id)(probe)) !== fallback;
  } catch {
    // Only time: formats need the browser's Grafana (window); any other formatter that throws is not a unit.
    return id.startsWith('time:');
  }
}

/** Milliseconds of a duration like 7d or 90m, or undefined when Grafana would not read it exactly as written. */
export function durationMs(text: string): number | undefined {
  // Asked for every KPI's maxAge at each evaluation, of a handful of distinct texts: each is read once (the
  // cache starts over past 256, so texts a fuzz run or an editor's typing makes cannot grow it without bound).
  if (!durations.has(text)) {
    if (durations.size >= 256) {
      durations.clear();
    }
    durations.set(text, readDuration(text));
  }
  return durations.get(text);
}

const durations = new Map<string, number | undefined>();

function readDuration(text: string): number | undefined {
  try {
    const { count, type, sec } = rangeUtil.describeInterval(text);
    // describeInterval reads a prefix ("7dx" -> 7d) and unit-less numbers as seconds: insist on the exact form.
    if (`${count}${type}` !== text || count <= 0) {
      return undefined;
    }
    return count * sec * 1000;
  } catch {
    return undefined;
  }
}

/** The longest rolling window: ten years is past any KPI's timeframe, and 300000y is past what dates can hold. */
export const MAX_WINDOW = '10y';

export function isCalendarWindow(window: string): window is CalendarWindow {
  return (CALENDAR_WINDOWS as readonly string[]).includes(window);
}

export function isKnownWindow(window: string): boolean {
  return isCalendarWindow(window) || durationMs(window) !== undefined;
}

export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
