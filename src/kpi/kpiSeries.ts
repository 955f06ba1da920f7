import { DataFrame, Field, FieldType, formatLabels } from '@grafana/data';

/** The one numeric series a KPI query yields; `times` is null for an instant number or a table without time. */
export interface KpiSeries {
  times: number[] | null;
  values: Array<number | null>;
}

export type SeriesResult = { series: KpiSeries | null; error?: undefined } | { series?: undefined; error: string };

/**
 * Picks the KPI's series out of a query's frames (spec: "What a query must return"). Frames without a numeric
 * field (an empty Prometheus result, a notice) are passed over; more than one series is an error that names them.
 */
export function singleSeries(frames: DataFrame[]): SeriesResult {
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
  return {
    series: {
      times: time ? epochMs(time.values) : null,
      values: field.values as Array<number | null>,
    },
  };
}

/** Frames carry epoch milliseconds (kept as they are); a table may give ISO text instead. */
function epochMs(values: unknown[]): number[] {
  if (values.every((t) => typeof t === 'number')) {
    return values as number[];
  }
  return values.map((t) => (typeof t === 'number' ? t : Date.parse(String(t))));
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
