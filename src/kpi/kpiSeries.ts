import { DataFrame, Field, FieldType, formatLabels } from '@grafana/data';

/** The one numeric series a KPI query yields; `times` is null for an instant number or a table without time. */
export interface KpiSeries {
  times: number[] | null;
  values: Array<number | null>;
  /** Known to be in time order (singleSeries learns it reading the times), so no one scans them again for it. */
  ascending?: boolean;
}

export type SeriesResult = { series: KpiSeries | null; error?: undefined } | { series?: undefined; error: string };

/**
 * Picks the KPI's series out of a query's frames (spec: "What a query must return"). Frames without a numeric
 * field (an empty Prometheus result, a notice) are passed over; more than one series is an error that names them.
 */
export function singleSeries(frames: DataFrame[]): SeriesResult {
  const malformed = framesProblem(frames);
  if (malformed !== undefined) {
    return { error: malformed };
  }
  const found: Array<{ frame: DataFrame; field: Field }> = [];
  for (const frame of frames) {
    for (const field of frame.fields) {
      if (field.type === FieldType.number) {
        found.push({ frame, field });
      }
    }
  }
  if (found.length === 0) {
    return { series: null };
  }
  if (found.length > 1) {
    const names = found.slice(0, 5).map(({ frame, field }) => seriesName(frame, field));
    const more = found.length > 5 ? ` and ${found.length - 5} more` : '';
    return {
      error: `the query returned ${found.length} series (${names.join(', ')}${more}); aggregate them in the query (for example sum(...) or sum by () ...) so it returns one`,
    };
  }
  const { frame, field } = found[0];
  const time = frame.fields.find((f) => f.type === FieldType.time);
  const values = field.values as Array<number | null>;
  return { series: time ? { values, ...epochMs(time.values) } : { times: null, values } };
}

/**
 * Below this, a time in milliseconds would be before 3 March 1973, and in seconds it is before the year 5138: a time
 * field whose every number is below it holds seconds since 1970 (some JSON and SQL sources give them).
 */
export const SECONDS_BELOW = 1e11;

/**
 * Frames carry epoch milliseconds (kept as they are); a table may give ISO text instead, and some sources
 * seconds (SECONDS_BELOW), which are read as seconds rather than as times in January 1970 (no data, silently).
 * One pass over numeric times (a KPI's evaluation reads 720 of them per answer) also learns whether they are in
 * time order; a NaN is in no order.
 */
function epochMs(values: unknown[]): { times: number[]; ascending: boolean } {
  let previous = -Infinity;
  let ascending = true;
  for (let i = 0; i < values.length; i++) {
    const t = values[i];
    if (typeof t !== 'number') {
      return readTimes(values.map((v) => (typeof v === 'number' ? v : Date.parse(String(v)))));
    }
    ascending = ascending && t >= previous;
    previous = t;
  }
  return { times: asMs(values as number[], ascending), ascending };
}

function readTimes(times: number[]) {
  let ascending = !Number.isNaN(times[0]);
  for (let i = 1; i < times.length && ascending; i++) {
    ascending = times[i] >= times[i - 1];
  }
  return { times: asMs(times, ascending), ascending };
}

/** In time order the largest time is the last one; otherwise it is looked for. */
function asMs(times: number[], ascending: boolean): number[] {
  let largest = ascending ? (times[times.length - 1] ?? -Infinity) : -Infinity;
  for (let i = 0; !ascending && i < times.length; i++) {
    largest = times[i] > largest ? times[i] : largest;
  }
  return largest > 0 && largest < SECONDS_BELOW ? times.map((t) => t * 1000) : times;
}

/** What makes frames unreadable (a datasource's bug, a hand-made answer), or undefined when they are frames. */
function framesProblem(frames: unknown): string | undefined {
  if (!Array.isArray(frames)) {
    return 'the answer is not a list of frames';
  }
  for (let i = 0; i < frames.length; i++) {
    const frame: unknown = frames[i];
    if (typeof frame !== 'object' || frame === null || !Array.isArray((frame as DataFrame).fields)) {
      return `frame ${i + 1} of the answer is not a data frame with a list of fields`;
    }
    const bad = (frame as DataFrame).fields.findIndex(
      (f: unknown) => typeof f !== 'object' || f === null || !Array.isArray((f as Field).values)
    );
    if (bad >= 0) {
      return `field ${bad + 1} of frame ${i + 1} of the answer has no list of values`;
    }
  }
  return undefined;
}

function seriesName(frame: DataFrame, field: Field): string {
  if (field.labels && Object.keys(field.labels).length > 0) {
    return formatLabels(field.labels);
  }
  if (field.config?.displayNameFromDS) {
    return field.config.displayNameFromDS;
  }
  // A frame's name tells its series apart only when it holds one; several number columns are told apart by name.
  const columns = frame.fields.filter((f) => f.type === FieldType.number).length;
  if (!frame.name) {
    return field.name;
  }
  return columns === 1 ? frame.name : `${frame.name} ${field.name}`;
}
