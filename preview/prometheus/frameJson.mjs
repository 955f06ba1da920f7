// Data frames in Grafana's JSON wire format (grafana-plugin-sdk-go data/frame_json.go):
// { schema: { name?, refId?, meta?, fields }, data: { values, entities? } }.
// NaN and ±Inf cannot be JSON numbers: they travel as null plus data.entities.

export const TIME_FIELD = 'Time';
export const VALUE_FIELD = 'Value';

/** A time field (epoch ms) and a float64 value field, as the converter builds them. */
export function newSeriesFields(labels = {}) {
  return [
    { name: TIME_FIELD, type: 'time', typeInfo: { frame: 'time.Time' }, values: [] },
    { name: VALUE_FIELD, type: 'number', typeInfo: { frame: 'float64' }, labels: sortLabels(labels), values: [] },
  ];
}

/** Go's data.Labels are a map, so they marshal with sorted keys. */
export function sortLabels(labels) {
  return Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** frame = { name, refId, meta, fields: [{ name, type, typeInfo, labels?, config?, values }] } */
export function frameToJSON(frame) {
  const schema = {};
  if (frame.name) {
    schema.name = frame.name;
  }
  if (frame.refId) {
    schema.refId = frame.refId;
  }
  if (frame.meta) {
    schema.meta = frame.meta;
  }
  schema.fields = frame.fields.map(({ values, ...field }) => {
    const out = { name: field.name, type: field.type, typeInfo: field.typeInfo };
    if (field.labels) {
      out.labels = field.labels;
    }
    if (field.config && Object.keys(field.config).length > 0) {
      out.config = field.config;
    }
    return out;
  });

  const values = [];
  const entities = [];
  let hasEntities = false;
  for (const field of frame.fields) {
    const special = {};
    values.push(
      field.values.map((v, i) => {
        if (typeof v !== 'number' || Number.isFinite(v)) {
          return v;
        }
        const kind = Number.isNaN(v) ? 'NaN' : v > 0 ? 'Inf' : 'NegInf';
        (special[kind] ??= []).push(i);
        return null;
      })
    );
    const found = Object.keys(special).length > 0;
    hasEntities ||= found;
    entities.push(found ? special : null);
  }
  const data = { values };
  if (hasEntities) {
    data.entities = entities;
  }
  return { schema, data };
}

/** A DataResponse as /api/ds/query writes it (sdk-go backend/json.go: error, errorSource, status, frames). */
export function dataResponseToJSON(rsp) {
  const out = {};
  if (rsp.error) {
    out.error = rsp.error;
    out.errorSource = rsp.errorSource ?? '';
  }
  out.status = rsp.status || 200;
  if (rsp.frames) {
    out.frames = rsp.frames.map((f) => frameToJSON(rsp.refId ? { ...f, refId: rsp.refId } : f));
  }
  return out;
}
