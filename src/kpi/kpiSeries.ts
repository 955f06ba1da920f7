import { FieldType, formatLabels, type DataFrame, type Field } from '@grafana/data';

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
  // The first numeric field and how many there are: one pass, no list (every KPI, every refresh).
  let frame: DataFrame | undefined;
  let field: Field | undefined;
  let count = 0;
  for (const f of frames) {
    for (const candidate of f.fields) {
      if (candidate.type === FieldType.number && count++ === 0) {
        frame = f;
        field = candidate;
      }
    }
  }
  if (!frame || !field) {
    return { series: null };
  }
  if (count > 1) {
    return { error: manySeriesText(frames, count) };
  }
  const time = frame.fields.find((f) => f.type === FieldType.time);
  const values = field.values as Array<number | null>;
  if (!time) {
    return { series: { times: null, values } };
  }
  return { series: seriesOf(time.values, values) };
}

function manySeriesText(frames: DataFrame[], count: number): string {
  const names = frames
    .flatMap((frame) => frame.fields.filter((f) => f.type === FieldType.number).map((f) => seriesName(frame, f)))
    .slice(0, 5);
  const more = count > 5 ? ` and ${count - 5} more` : '';
  return `the query returned ${count} series (${names.join(', ')}${more}); aggregate them in the query (for example sum(...) or sum by () ...) so it returns one`;
}

/**
 * Below this, a time in milliseconds would be before 3 March 1973, and in seconds it is before the year 5138: a time
 * field whose every number is below it holds seconds since 1970 (some JSON and SQL sources give them).
 */
const SECONDS_BELOW = 1e11;

/**
 * The series of a time field and its samples. Frames carry epoch milliseconds (kept as they are); a table may give
 * ISO text instead, and some sources seconds (SECONDS_BELOW), which are read as seconds rather than as times in
 * January 1970 (no data, silently). The usual answer, numbers in time order, is read in one tight pass that also
 * learns the order (a KPI's evaluation reads 720 times per answer); anything else falls to the general read, where
 * a NaN is in no order.
 */
function seriesOf(timeValues: unknown[], values: Array<number | null>): KpiSeries {
  let previous = -Infinity;
  let i = 0;
  for (; i < timeValues.length; i++) {
    const t = timeValues[i];
    if (typeof t !== 'number' || !(t >= previous)) {
      break;
    }
    previous = t;
  }
  if (i === timeValues.length) {
    return { times: asMs(timeValues as number[], true), values, ascending: true };
  }
  const read = readTimes(timeValues.map((v) => (typeof v === 'number' ? v : Date.parse(String(v)))));
  return { times: read.times, values, ascending: read.ascending };
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
    const fields: unknown[] = (frame as DataFrame).fields;
    for (let j = 0; j < fields.length; j++) {
      const f = fields[j];
      if (typeof f !== 'object' || f === null || !Array.isArray((f as Field).values)) {
        return `field ${j + 1} of frame ${i + 1} of the answer has no list of values`;
      }
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
