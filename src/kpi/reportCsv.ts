import { dateTimeForTimeZone } from '@grafana/data';

import { zoneName } from './kpiWindow';
import { type Report, type ReportRow } from './reportRows';

type Cell = string | number | null | undefined;

const COLUMNS: Array<[string, (row: ReportRow) => Cell, 'text' | 'number']> = [
  ['kpi', (r) => r.kpi, 'text'],
  ['name', (r) => r.name, 'text'],
  ['team', (r) => r.team, 'text'],
  ['owner', (r) => r.owner, 'text'],
  ['unit', (r) => r.unit, 'text'],
  ['direction', (r) => r.direction, 'text'],
  ['target', (r) => r.target, 'number'],
  ['target_min', (r) => r.targetMin, 'number'],
  ['target_max', (r) => r.targetMax, 'number'],
  ['value', (r) => r.value, 'number'],
  ['status', (r) => r.status, 'text'],
  ['previous', (r) => r.previous, 'number'],
  ['delta', (r) => r.delta, 'number'],
  ['delta_kind', (r) => r.deltaKind, 'text'],
  ['attainment', (r) => r.attainment, 'number'],
  ['error', (r) => r.error, 'text'],
];

const HEADER = ['period', 'period_start', 'period_end', 'objective', 'objective_title', ...COLUMNS.map(([n]) => n)];

/**
 * The report as CSV (RFC 4180): a header row, then one record per KPI, records ended by CRLF. Numbers are
 * written unformatted (the unit is a column of its own), empty where there is none. The Reports page downloads
 * this same text, so a file from the page and one from `kpi report` are the same bytes for the same inputs.
 */
export function reportCsv(report: Report): string {
  const { period } = report;
  const iso = (t: number) => dateTimeForTimeZone(zoneName(period.zone), t).format('YYYY-MM-DDTHH:mm:ssZ');
  const start = iso(period.start);
  const end = iso(period.end);
  const records = [HEADER.map(csvField)];
  for (const group of report.groups) {
    for (const row of group.rows) {
      const lead: Cell[] = [period.label, start, end, group.objective, group.title];
      const cells = COLUMNS.map(([, cell, kind]) => (kind === 'number' ? numberField(cell(row)) : csvText(cell(row))));
      records.push([...lead.map(csvText), ...cells]);
    }
  }
  return records.map((fields) => fields.join(',') + '\r\n').join('');
}

/**
 * A text field: quoted when it holds a comma, a quote or a line break (quotes doubled). Text a spreadsheet would
 * run as a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe first: a
 * KPI's name is never a formula in the reader's spreadsheet.
 */
function csvText(value: Cell): string {
  const text = value === null || value === undefined ? '' : String(value);
  return csvField(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function numberField(value: Cell): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}
