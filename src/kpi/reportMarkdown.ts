import { dateTimeForTimeZone } from '@grafana/data';

import { formatDelta } from './formatDelta';
import { formatAttainment, formatKpiValue } from './formatValue';
import { zoneName } from './kpiWindow';
import { type Report, type ReportGroup, type ReportRow } from './reportRows';
import { targetExpression } from './targetExpression';

const HEADER = ['KPI', 'Team', 'Owner', 'Target', 'Value', 'Status', 'Previous', 'Delta', 'Attainment'];

/**
 * The report as Markdown, one section per objective with its counts and a table, for a person to read (values
 * in their units). Catalog text is escaped, so a name cannot break a table or become a link or markup.
 */
export function reportMarkdown(report: Report): string {
  const { period, previousPeriod } = report;
  const day = (t: number) => dateTimeForTimeZone(zoneName(period.zone), t).format('YYYY-MM-DD HH:mm Z');
  const lines = [
    `# KPI report ${period.label}`,
    '',
    `From ${day(period.start)} to ${day(period.end)}; previous period ${previousPeriod.label}.`,
  ];
  if (report.groups.length === 0) {
    lines.push('', 'No KPI is selected.');
  }
  for (const group of report.groups) {
    lines.push(
      '',
      `## ${groupTitle(group)}`,
      '',
      countsText(group),
      '',
      tableRow(HEADER),
      tableRow(HEADER.map(() => '---'))
    );
    lines.push(...group.rows.map((row) => tableRow(cells(row))));
  }
  return lines.join('\n') + '\n';
}

function groupTitle(group: ReportGroup): string {
  return group.objective === null
    ? 'No objective'
    : `${markdownText(group.title ?? group.objective)} (${markdownText(group.objective)})`;
}

function countsText(group: ReportGroup): string {
  return group.counts.map(({ status, count }) => `${count} ${status}`).join(', ');
}

function cells(row: ReportRow): string[] {
  const value = (v: number | null) => (v === null ? '–' : formatKpiValue(v, row.unit, row.decimals));
  const status = row.error ? `${row.status}: ${row.error}` : row.status;
  return [
    `${row.name} (${row.kpi})`,
    row.team,
    row.owner,
    targetExpression(row.definition),
    value(row.value),
    status,
    value(row.previous),
    row.delta === null || row.deltaKind === null ? '–' : formatDelta(row.delta, row.deltaKind, row.unit, row.decimals),
    row.attainment === null ? '–' : formatAttainment(row.attainment),
  ].map(markdownText);
}

function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/**
 * Catalog text in a Markdown table cell: `|` and line breaks would end the cell or the row, and Markdown's own
 * punctuation (links, emphasis, HTML) would turn a name into markup. Each is escaped with a backslash; a line
 * break becomes a space.
 */
export function markdownText(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_{}[\]<>|~&]/g, (c) => `\\${c}`);
}
