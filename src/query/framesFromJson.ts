import { dataFrameFromJSON, type DataFrame, type DataFrameJSON } from '@grafana/data';

import { isRecord } from '../kpi/places';

/**
 * The frames of one refId's result in an /api/ds/query answer, decoded by @grafana/data's own
 * dataFrameFromJSON once their shape is known to be what it reads (it throws, or worse mutates, on anything
 * else). A malformed frame is this refId's error, named by its place, never the whole answer's.
 */
export function framesFromJson(frames: unknown, place: string): { frames: DataFrame[] } | { error: string } {
  if (frames === undefined || frames === null) {
    return { frames: [] };
  }
  if (!Array.isArray(frames)) {
    return { error: `${place}.frames: not a list of frames (${kindOf(frames)})` };
  }
  const decoded: DataFrame[] = [];
  for (let i = 0; i < frames.length; i++) {
    const at = `${place}.frames[${i}]`;
    const problem = shapeProblem(frames[i]);
    if (problem !== undefined) {
      return { error: `${at}${problem}` };
    }
    try {
      // The decoder pads and fills the answer's lists in place: they are this answer's own, read once.
      decoded.push(dataFrameFromJSON(frames[i] as DataFrameJSON));
    } catch (e) {
      return { error: `${at}: not a data frame Grafana can read: ${(e as Error).message}` };
    }
  }
  return { frames: decoded };
}

/** What is wrong with a frame's shape, as `.place: what`, or undefined when dataFrameFromJSON can read it. */
function shapeProblem(frame: unknown): string | undefined {
  if (!isRecord(frame)) {
    return `: not a data frame (${kindOf(frame)})`;
  }
  const { schema, data } = frame;
  if (!isRecord(schema) || !Array.isArray(schema.fields)) {
    return isRecord(schema) ? `.schema.fields: not a list (${kindOf(schema.fields)})` : `.schema: missing`;
  }
  const badField = schema.fields.findIndex((f) => !isRecord(f));
  if (badField >= 0) {
    return `.schema.fields[${badField}]: not a field (${kindOf(schema.fields[badField])})`;
  }
  // Labels name a series in the KPI's errors and on screen: a value that is not text would read "[object Object]".
  const badLabels = schema.fields.findIndex((f) => f.labels != null && !isTextRecord(f.labels));
  if (badLabels >= 0) {
    return `.schema.fields[${badLabels}].labels: not label names with text values`;
  }
  if (data === undefined || data === null) {
    return undefined;
  }
  if (!isRecord(data) || !Array.isArray(data.values)) {
    return isRecord(data) ? `.data.values: not a list (${kindOf(data.values)})` : `.data: not an object`;
  }
  if (data.values.length !== schema.fields.length) {
    return `.data.values: ${data.values.length} list(s) for ${schema.fields.length} field(s)`;
  }
  const badValues = data.values.findIndex((v) => !Array.isArray(v));
  if (badValues >= 0) {
    return `.data.values[${badValues}]: not a list (${kindOf(data.values[badValues])})`;
  }
  return entitiesProblem(data.entities);
}

/** `data.entities`: per field null or `{NaN: [indexes], Inf: [...], NegInf: [...], Undef: [...]}`. */
function entitiesProblem(entities: unknown): string | undefined {
  if (entities === undefined || entities === null) {
    return undefined;
  }
  if (!Array.isArray(entities)) {
    return `.data.entities: not a list (${kindOf(entities)})`;
  }
  const bad = entities.findIndex(
    (e) =>
      e !== null && !(isRecord(e) && Object.values(e).every((idx) => Array.isArray(idx) && idx.every(Number.isInteger)))
  );
  return bad < 0 ? undefined : `.data.entities[${bad}]: not lists of sample indexes`;
}

function isTextRecord(value: unknown): boolean {
  return isRecord(value) && Object.values(value).every((v) => typeof v === 'string');
}

export function kindOf(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  return Array.isArray(value)
    ? 'a list'
    : typeof value === 'object'
      ? 'an object'
      : `${typeof value} ${JSON.stringify(value)?.slice(0, 40)}`;
}
