// Date-only values as integer day numbers (days since 1970-01-01), no Date objects, no timezone (docs/rules.md §3 proration by calendar days).
/** A calendar date as `'YYYY-MM-DD'`, without time or time zone. */
export type DateOnly = string; // 'YYYY-MM-DD'

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayNumberOf(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** [year, month 1–12, day] of a day number. */
export function civilOf(n: number): [number, number, number] {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonthOf(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : (MONTH_DAYS[m - 1] as number);
}

function digits(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Parses 'YYYY-MM-DD' into [y, m, d], or null when it is not a real calendar date. */
export function parseDateOnly(s: string): [number, number, number] | null {
  if (typeof s !== 'string' || s.length !== 10 || s[4] !== '-' || s[7] !== '-') return null;
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonthOf(y, m)) return null;
  return [y, m, d];
}

/** Day number of a date-only string; throws RangeError on anything that is not a real date (validate input first). */
export function toDayNumber(s: DateOnly): number {
  // Hot path of every invoice: parse in place, digit by digit, no intermediate array.
  if (typeof s === 'string' && s.length === 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    const y0 = s.charCodeAt(0) - 48, y1 = s.charCodeAt(1) - 48, y2 = s.charCodeAt(2) - 48, y3 = s.charCodeAt(3) - 48;
    const m0 = s.charCodeAt(5) - 48, m1 = s.charCodeAt(6) - 48, d0 = s.charCodeAt(8) - 48, d1 = s.charCodeAt(9) - 48;
    // Every character a digit (unsigned compare: a character below '0' gives a huge number, not a small one).
    if ((y0 >>> 0) <= 9 && (y1 >>> 0) <= 9 && (y2 >>> 0) <= 9 && (y3 >>> 0) <= 9 && (m0 >>> 0) <= 9 && (m1 >>> 0) <= 9 && (d0 >>> 0) <= 9 && (d1 >>> 0) <= 9) {
      const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
      const m = m0 * 10 + m1;
      const d = d0 * 10 + d1;
      if (y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonthOf(y, m)) return dayNumberOf(y, m, d);
    }
  }
  throw new RangeError(`not a date 'YYYY-MM-DD': ${String(s)}`);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

// Invoices repeat the same few hundred dates; formatting each once keeps the invoice hot path cheap. Days of
// 1970–2199 are kept in an array indexed by day number, others are formatted each time.
const CACHED_DAYS = 84_000;
const formatted: (string | undefined)[] = [];

export function fromDayNumber(n: number): DateOnly {
  const cacheable = n >= 0 && n < CACHED_DAYS;
  if (cacheable) {
    const hit = formatted[n];
    if (hit !== undefined) return hit;
  }
  const [y, m, d] = civilOf(n);
  const s = `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
  if (cacheable) formatted[n] = s;
  return s;
}

/**
 * A date as Antena writes it for people, in Spanish and in English alike: `'DD/MM/YYYY'`. Anything that is not a
 * real `'YYYY-MM-DD'` date comes back unchanged (a half-typed value stays as typed).
 * @example formatDay('2026-11-16') // '16/11/2026'
 */
export function formatDay(d: string): string {
  return parseDateOnly(d) ? `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : d;
}

/** Whether `s` is a real calendar date written `'YYYY-MM-DD'`. */
export function isDateOnly(s: string): boolean {
  return parseDateOnly(s) !== null;
}

/** The date `n` days after `d` (before, when `n` is negative). Throws a RangeError when `d` is not a real date: validate it first. */
export function addDays(d: DateOnly, n: number): DateOnly {
  return fromDayNumber(toDayNumber(d) + n);
}

/** Number of days from `from` to `to`, both included (0 or negative when `to` is before `from`). */
export function daysBetweenInclusive(from: DateOnly, to: DateOnly): number {
  return toDayNumber(to) - toDayNumber(from) + 1;
}

/** An inclusive range of dates. */
export interface DateRange { from: DateOnly; to: DateOnly } // inclusive
