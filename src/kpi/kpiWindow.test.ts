import { DAY, HOUR } from '../test-fixtures/kpiBuilders';
import { previousWindow, resolveWindow } from './kpiWindow';

const at = (iso: string) => Date.parse(iso);

describe('resolveWindow: rolling windows are the last N before now', () => {
  const now = at('2026-03-18T12:34:56Z');
  it.each([
    ['1h', HOUR],
    ['24h', DAY],
    ['7d', 7 * DAY],
    ['30d', 30 * DAY],
    ['90d', 90 * DAY],
  ])('%s', (window, length) => {
    expect(resolveWindow(window, now, 'Europe/Berlin')).toEqual({
      from: now - length,
      to: now,
      calendar: false,
      periodStart: now - length,
      periodEnd: now,
    });
  });

  it('refuses a window it cannot read', () => {
    expect(() => resolveWindow('fortnight', now)).toThrow(/unknown window 'fortnight'/);
  });
});

describe('resolveWindow: calendar windows run from the start of the current period to now', () => {
  type Case = [string, string, string, string, string];
  const cases: Case[] = [
    // UTC
    [
      'week is the ISO week (Monday first)',
      'week',
      'utc',
      '2026-03-18T12:00:00Z',
      '2026-03-16T00:00:00Z/2026-03-23T00:00:00Z',
    ],
    [
      'a Sunday still belongs to the week that began Monday',
      'week',
      'utc',
      '2026-03-22T23:00:00Z',
      '2026-03-16T00:00:00Z/2026-03-23T00:00:00Z',
    ],
    ['month', 'month', 'UTC', '2026-03-18T12:00:00Z', '2026-03-01T00:00:00Z/2026-04-01T00:00:00Z'],
    ['February of a common year', 'month', 'utc', '2026-02-10T00:00:00Z', '2026-02-01T00:00:00Z/2026-03-01T00:00:00Z'],
    ['quarter', 'quarter', 'utc', '2026-03-18T12:00:00Z', '2026-01-01T00:00:00Z/2026-04-01T00:00:00Z'],
    [
      'the first instant of a quarter',
      'quarter',
      'utc',
      '2026-04-01T00:00:00Z',
      '2026-04-01T00:00:00Z/2026-07-01T00:00:00Z',
    ],
    ['year', 'year', 'utc', '2026-03-18T12:00:00Z', '2026-01-01T00:00:00Z/2027-01-01T00:00:00Z'],
    // Europe/Berlin: CET +01:00, CEST +02:00 from 2026-03-29 01:00Z to 2026-10-25 01:00Z
    [
      'Berlin month across spring-forward',
      'month',
      'Europe/Berlin',
      '2026-03-31T12:00:00Z',
      '2026-02-28T23:00:00Z/2026-03-31T22:00:00Z',
    ],
    [
      'Berlin: 22:30Z on 31 March is already April',
      'month',
      'Europe/Berlin',
      '2026-03-31T22:30:00Z',
      '2026-03-31T22:00:00Z/2026-04-30T22:00:00Z',
    ],
    [
      'Berlin week with the DST switch is 167 hours',
      'week',
      'Europe/Berlin',
      '2026-03-29T12:00:00Z',
      '2026-03-22T23:00:00Z/2026-03-29T22:00:00Z',
    ],
    [
      'Berlin quarter in summer time',
      'quarter',
      'Europe/Berlin',
      '2026-04-15T00:00:00Z',
      '2026-03-31T22:00:00Z/2026-06-30T22:00:00Z',
    ],
    [
      'Berlin: 23:30Z on 31 December is the new year',
      'year',
      'Europe/Berlin',
      '2025-12-31T23:30:00Z',
      '2025-12-31T23:00:00Z/2026-12-31T23:00:00Z',
    ],
    // America/New_York: EST -05:00, EDT -04:00 from 2026-03-08 07:00Z to 2026-11-01 06:00Z
    [
      'New York week with fall-back is 169 hours',
      'week',
      'America/New_York',
      '2026-11-01T12:00:00Z',
      '2026-10-26T04:00:00Z/2026-11-02T05:00:00Z',
    ],
    [
      'New York month across spring-forward',
      'month',
      'America/New_York',
      '2026-03-20T00:00:00Z',
      '2026-03-01T05:00:00Z/2026-04-01T04:00:00Z',
    ],
    [
      'New York: 03:00Z on 1 April is still March',
      'month',
      'America/New_York',
      '2026-04-01T03:00:00Z',
      '2026-03-01T05:00:00Z/2026-04-01T04:00:00Z',
    ],
    [
      'New York quarter',
      'quarter',
      'America/New_York',
      '2026-02-01T00:00:00Z',
      '2026-01-01T05:00:00Z/2026-04-01T04:00:00Z',
    ],
  ];

  it.each(cases)('%s (%s in %s at %s: %s)', (_name, window, zone, now, period) => {
    const [start, end] = period.split('/').map(at);
    expect(resolveWindow(window, at(now), zone)).toEqual({
      from: start,
      to: at(now),
      calendar: true,
      periodStart: start,
      periodEnd: end,
      zone,
    });
  });

  it('the DST weeks really are 167 and 169 hours long', () => {
    const berlin = resolveWindow('week', at('2026-03-29T12:00:00Z'), 'Europe/Berlin');
    const newYork = resolveWindow('week', at('2026-11-01T12:00:00Z'), 'America/New_York');
    expect((berlin.periodEnd - berlin.periodStart) / HOUR).toBe(167);
    expect((newYork.periodEnd - newYork.periodStart) / HOUR).toBe(169);
  });
});

describe('previousWindow: the period before, like-for-like', () => {
  it('is the same length just before a rolling window', () => {
    const now = at('2026-03-18T12:00:00Z');
    expect(previousWindow('7d', resolveWindow('7d', now))).toEqual({ from: now - 14 * DAY, to: now - 7 * DAY });
  });

  it.each([
    [
      'week: Monday to Wednesday noon of the week before',
      'week',
      'utc',
      '2026-03-18T12:00:00Z',
      '2026-03-09T00:00:00Z/2026-03-11T12:00:00Z',
    ],
    [
      'month: the first 19 days of February against those of March',
      'month',
      'utc',
      '2026-03-20T00:00:00Z',
      '2026-02-01T00:00:00Z/2026-02-20T00:00:00Z',
    ],
    [
      'month: never runs into the current period when the previous is shorter',
      'month',
      'utc',
      '2026-03-31T12:00:00Z',
      '2026-02-01T00:00:00Z/2026-03-01T00:00:00Z',
    ],
    [
      'quarter: 44 days into Q2 against 44 days into Q1',
      'quarter',
      'utc',
      '2026-05-15T00:00:00Z',
      '2026-01-01T00:00:00Z/2026-02-14T00:00:00Z',
    ],
    ['year', 'year', 'utc', '2026-01-11T00:00:00Z', '2025-01-01T00:00:00Z/2025-01-11T00:00:00Z'],
    [
      'Berlin month: 1 April 12:00 local against 1 March 12:00 local',
      'month',
      'Europe/Berlin',
      '2026-04-01T10:00:00Z',
      '2026-02-28T23:00:00Z/2026-03-01T11:00:00Z',
    ],
    ['New York week', 'week', 'America/New_York', '2026-03-04T17:00:00Z', '2026-02-23T05:00:00Z/2026-02-25T17:00:00Z'],
  ])('%s', (_name, window, zone, now, span) => {
    const [from, to] = span.split('/').map(at);
    expect(previousWindow(window, resolveWindow(window, at(now), zone), zone)).toEqual({ from, to });
  });
});
