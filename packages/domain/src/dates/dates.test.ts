// Date-only strings, periods and day numbers, including leap years (docs/rules.md §3 proration by calendar days).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetweenInclusive, formatDay, fromDayNumber, isDateOnly, toDayNumber } from './day-number.js';
import { daysInMonth, isPeriod, nextPeriod, periodEnd, periodOf, periodStart, previousPeriod } from './period.js';
import { todayFrom } from './today.js';

describe('date-only strings', () => {
  it.each([
    ['2026-11-30', true], ['2028-02-29', true], ['2026-02-29', false], ['2100-02-29', false], ['2000-02-29', true],
    ['2026-13-01', false], ['2026-00-10', false], ['2026-1-01', false], ['2026-11-31', false], ['20261130', false], ['', false],
  ])('isDateOnly(%s) = %s', (s, ok) => expect(isDateOnly(s)).toBe(ok));

  it.each([
    ['2026-11-30', 1, '2026-12-01'], ['2026-12-31', 1, '2027-01-01'], ['2028-02-28', 1, '2028-02-29'], ['2028-03-01', -1, '2028-02-29'],
    ['2027-03-01', -1, '2027-02-28'], ['2026-11-16', -1, '2026-11-15'], ['2026-01-01', 365, '2027-01-01'],
  ])('addDays(%s, %d) = %s', (d, n, r) => expect(addDays(d, n)).toBe(r));

  it.each([['2026-11-16', '2026-11-30', 15], ['2026-11-10', '2026-11-30', 21], ['2028-02-01', '2028-02-29', 29], ['2026-11-30', '2026-11-30', 1]])(
    'daysBetweenInclusive(%s, %s) = %d', (a, b, n) => expect(daysBetweenInclusive(a, b)).toBe(n));

  it('day numbers agree with the UTC calendar and round-trip', () => {
    fc.assert(fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
      const d = fromDayNumber(n);
      expect(d).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
      expect(toDayNumber(d)).toBe(n);
    }));
  });

  it('toDayNumber refuses what is not a date', () => expect(() => toDayNumber('2026-02-30')).toThrow(RangeError));

  it.each([
    ['2026-11-16', '16/11/2026'], ['2028-02-29', '29/02/2028'], ['0001-01-01', '01/01/0001'],
    ['2026-02-30', '2026-02-30'], ['16/11/2026', '16/11/2026'], ['2026-11', '2026-11'], ['', ''],
  ])('formatDay(%j) = %j', (d, shown) => expect(formatDay(d)).toBe(shown));

  it('formatDay writes every real date DD/MM/YYYY, and reading it back gives the date', () => {
    fc.assert(fc.property(fc.integer({ min: -600_000, max: 2_000_000 }), (n) => {
      const d = fromDayNumber(n);
      const shown = formatDay(d);
      expect(shown).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      const [dd, mm, yyyy] = shown.split('/');
      expect(`${yyyy}-${mm}-${dd}`).toBe(d);
    }));
  });
});

describe('periods', () => {
  it.each([['2026-02', 28], ['2028-02', 29], ['2100-02', 28], ['2000-02', 29], ['2026-11', 30], ['2026-12', 31], ['2027-01', 31], ['2026-04', 30]])(
    'daysInMonth(%s) = %d', (p, n) => expect(daysInMonth(p)).toBe(n));

  it('moves across years and knows its bounds', () => {
    expect(nextPeriod('2026-12')).toBe('2027-01');
    expect(previousPeriod('2027-01')).toBe('2026-12');
    expect(nextPeriod('2026-11')).toBe('2026-12');
    expect(periodStart('2028-02')).toBe('2028-02-01');
    expect(periodEnd('2028-02')).toBe('2028-02-29');
    expect(periodOf('2026-11-16')).toBe('2026-11');
  });

  it.each([['2026-11', true], ['2026-13', false], ['2026-1', false], ['0000-01', false], ['2026-11-01', false]])(
    'isPeriod(%s) = %s', (p, ok) => expect(isPeriod(p)).toBe(ok));

  it('refuses bad periods', () => expect(() => daysInMonth('2026-13')).toThrow(RangeError));
});

describe('todayFrom', () => {
  it('takes the calendar day in Madrid by default, or in the zone given', () => {
    const lateNovemberNight = new Date('2026-11-30T23:30:00Z');
    expect(todayFrom(lateNovemberNight)).toBe('2026-12-01');
    expect(todayFrom(lateNovemberNight, 'UTC')).toBe('2026-11-30');
    expect(todayFrom(new Date('2026-07-31T22:30:00Z'))).toBe('2026-08-01'); // CEST, UTC+2
  });
  it('refuses an invalid Date', () => expect(() => todayFrom(new Date('nope'))).toThrow(RangeError));
});
