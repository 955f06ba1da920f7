// Grafana's TestData `csv_content` scenario (pkg/tsdb/grafana-testdata-datasource/csv_data.go, LoadCsvContent):
// the first line names the fields, each column becomes one field: bool when its first value is T/F/TRUE/FALSE,
// else int64 when every value parses as one, else float64, else string ("" and "null" are null). A column whose
// name contains "time" becomes a time field (numbers as epoch ms, strings as RFC 3339) when any value converts.
// Not here: labels in a header (`value{host="a"}`) and the scenario's dropPercent.

/** RFC 4180 records as Go's encoding/csv reads them: quoted fields, "" for a quote, every record as wide as the first. */
export function parseCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    if (!(record.length === 1 && record[0] === '')) {
      if (records.length > 0 && record.length !== records[0].length) {
        throw new Error(`failed to read line: record on line ${records.length + 1}: wrong number of fields`);
      }
      records.push(record);
    }
    record = [];
  };
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      endField();
    } else if (c === '\n') {
      endRecord();
    } else if (c !== '\r') {
      field += c;
    }
  }
  if (field !== '' || record.length > 0) {
    endRecord();
  }
  return records;
}

const isNull = (v) => v === '' || v.toLowerCase() === 'null';
const INT = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?|inf(inity)?|nan)$/i;
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

function toFloat(v) {
  const lower = v.toLowerCase().replace(/^\+/, '');
  if (/^-?inf(inity)?$/.test(lower)) {
    return lower.startsWith('-') ? -Infinity : Infinity;
  }
  return lower === 'nan' ? NaN : Number(v);
}

/** One column as TestData types it (csvValuesToField). */
function columnToField(raw) {
  const first = (raw[0] ?? '').toUpperCase();
  const present = raw.filter((v) => !isNull(v));
  if (['T', 'F', 'TRUE', 'FALSE'].includes(first)) {
    const values = raw.map((v) => (isNull(v) ? null : ['T', 'TRUE'].includes(v.toUpperCase())));
    return { type: 'boolean', typeInfo: { frame: 'bool', nullable: true }, values };
  }
  // Go stops at the first value that does not parse, so "some numbers" is not enough: all must.
  if (present.length > 0 && present.every((v) => INT.test(v) && Number.isSafeInteger(Number(v)))) {
    return {
      type: 'number',
      typeInfo: { frame: 'int64', nullable: true },
      values: raw.map((v) => (isNull(v) ? null : Number(v))),
    };
  }
  if (present.length > 0 && present.every((v) => FLOAT.test(v))) {
    return {
      type: 'number',
      typeInfo: { frame: 'float64', nullable: true },
      values: raw.map((v) => (isNull(v) ? null : toFloat(v))),
    };
  }
  return {
    type: 'string',
    typeInfo: { frame: 'string', nullable: true },
    values: raw.map((v) => (isNull(v) ? null : v)),
  };
}

/** toTimeField: numbers as epoch ms, strings as RFC 3339; undefined when no value converts. */
function toTimeField(field) {
  const values =
    field.type === 'number'
      ? field.values.map((v) => (v === null || !Number.isFinite(v) ? null : Math.trunc(v)))
      : field.type === 'string'
        ? field.values.map((v) => (v !== null && RFC3339.test(v) ? Date.parse(v) : null))
        : [];
  return values.some((v) => v !== null)
    ? { type: 'time', typeInfo: { frame: 'time.Time', nullable: true }, values }
    : undefined;
}

/** The frame LoadCsvContent builds (name = the query's alias); throws on a CSV Go's reader refuses. */
export function csvContentFrame(csvContent, name = '') {
  const [header, ...rows] = parseCsv(csvContent);
  if (!header) {
    return { name, fields: [] };
  }
  const fields = header.map((title, index) => {
    const fieldName = title.trim();
    let field = columnToField(rows.map((row) => row[index].trim()));
    if (fieldName.toLowerCase().includes('time')) {
      field = toTimeField(field) ?? field;
    }
    return { name: fieldName, ...field };
  });
  return { name, fields };
}
