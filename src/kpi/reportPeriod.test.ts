import {
  closedPeriods,
  lastClosedPeriod,
  openPeriodProblem,
  parseReportPeriod,
  PeriodError,
  previousReportPeriod,
} from './reportPeriod';

const iso = (t: number) => new Date(t).toISOString();
const span = (text: string, zone = 'utc') => {
  const p = parseReportPeriod(text, zone);
  return [iso(p.start), iso(p.end)];
};

describe('parseReportPeriod', () => {
  it.each([
    ['2026-11', ['2026-11-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z']],
    ['2026-Q3', ['2026-07-01T00:00:00.000Z', '2026-10-01T00:00:00.000Z']],
    ['2026-q4', ['2026-10-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z']],
    ['2026', ['2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z']],
    // A leap year's February has 29 days, a common year's 28.
    ['2028-02', ['2028-02-01T00:00:00.000Z', '2028-03-01T00:00:00.000Z']],
    ['2027-02', ['2027-02-01T00:00:00.000Z', '2027-03-01T00:00:00.000Z']],
  ])('reads %s as that calendar period in UTC', (text, expected) => {
    expect(span(text)).toEqual(expected);
  });

  it('reads a period in a time zone: midnight there, whatever the offset', () => {
    expect(span('2026-Q3', 'Europe/Berlin')).toEqual(['2026-06-30T22:00:00.000Z', '2026-09-30T22:00:00.000Z']);
    expect(span('2026-11', 'America/New_York')).toEqual(['2026-11-01T04:00:00.000Z', '2026-12-01T05:00:00.000Z']);
  });

  it('spans a DST change: March in Berlin is an hour short, October an hour long', () => {
    const march = parseReportPeriod('2026-03', 'Europe/Berlin');
    expect(iso(march.start)).toBe('2026-02-28T23:00:00.000Z');
    expect(iso(march.end)).toBe('2026-03-31T22:00:00.000Z');
    expect(march.end - march.start).toBe(31 * 86_400_000 - 3_600_000);
    const october = parseReportPeriod('2026-10', 'Europe/Berlin');
    expect(october.end - october.start).toBe(31 * 86_400_000 + 3_600_000);
  });

  it.each([
    ['2026-13', "'2026-13': there is no month 13"],
    ['2026-00', "'2026-00': there is no month 00"],
    ['2026-Q5', "'2026-Q5': there is no quarter 5"],
    ['2026-1', "'2026-1' is not a month (2026-11), a quarter (2026-Q3) or a year (2026)"],
    ['Q3 2026', "'Q3 2026' is not a month"],
    ['26-Q3', "'26-Q3' is not a month"],
    ['', "'' is not a month"],
    ['1969', "'1969': the year must be 1970 or later"],
  ])('refuses %j, saying what it should look like', (text, message) => {
    expect(() => parseReportPeriod(text, 'utc')).toThrow(PeriodError);
    expect(() => parseReportPeriod(text, 'utc')).toThrow(message);
  });
});

describe('closed periods', () => {
  const now = Date.parse('2026-12-06T21:00:00Z');

  it('knows the previous month, quarter and year, across a year boundary', () => {
    expect(previousReportPeriod(parseReportPeriod('2026-01', 'utc')).label).toBe('2025-12');
    expect(previousReportPeriod(parseReportPeriod('2026-Q1', 'utc')).label).toBe('2025-Q4');
    expect(previousReportPeriod(parseReportPeriod('2026', 'utc')).label).toBe('2025');
  });

  it('offers the last closed period first', () => {
    expect(lastClosedPeriod('month', now, 'utc').label).toBe('2026-11');
    expect(lastClosedPeriod('quarter', now, 'utc').label).toBe('2026-Q3');
    expect(lastClosedPeriod('year', now, 'utc').label).toBe('2025');
    expect(closedPeriods('quarter', now, 'utc', 5).map((p) => p.label)).toEqual([
      '2026-Q3',
      '2026-Q2',
      '2026-Q1',
      '2025-Q4',
      '2025-Q3',
    ]);
  });

  it('closes a period at midnight in its zone: at 23:30 UTC on Nov 30 November is over in Berlin, not in UTC', () => {
    const at = Date.parse('2026-11-30T23:30:00Z');
    expect(lastClosedPeriod('month', at, 'Europe/Berlin').label).toBe('2026-11');
    expect(lastClosedPeriod('month', at, 'utc').label).toBe('2026-10');
    expect(openPeriodProblem(parseReportPeriod('2026-11', 'Europe/Berlin'), at)).toBeUndefined();
  });

  it('refuses an open period and a future one, naming the last closed one', () => {
    expect(openPeriodProblem(parseReportPeriod('2026-Q3', 'utc'), now)).toBeUndefined();
    expect(openPeriodProblem(parseReportPeriod('2026-Q4', 'utc'), now)).toBe(
      '2026-Q4 has not closed yet (it closes 2027-01-01 00:00 +00:00): the last closed quarter is 2026-Q3'
    );
    expect(openPeriodProblem(parseReportPeriod('2026-12', 'utc'), now)).toContain('has not closed yet');
    expect(openPeriodProblem(parseReportPeriod('2027', 'utc'), now)).toBe(
      '2027 is in the future: a report covers a closed year, such as 2025'
    );
  });
});
