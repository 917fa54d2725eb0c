// Billing periods 'YYYY-MM' (docs/rules.md §3 "one regular invoice per contract per period (a calendar month)").
import { daysInMonthOf, type DateOnly } from './day-number.js';

/** A billing period: a calendar month written `'YYYY-MM'`. */
export type Period = string; // 'YYYY-MM'

/** [year, month] of a period written 'YYYY-MM', or null. */
export function parsePeriod(p: string): [number, number] | null {
  if (typeof p !== 'string' || p.length !== 7 || p.charCodeAt(4) !== 45) return null;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = p.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return null;
    y = y * 10 + c;
  }
  const m0 = p.charCodeAt(5) - 48;
  const m1 = p.charCodeAt(6) - 48;
  if (m0 < 0 || m0 > 9 || m1 < 0 || m1 > 9) return null;
  const m = m0 * 10 + m1;
  return y >= 1 && m >= 1 && m <= 12 ? [y, m] : null;
}

function mustParse(p: Period): [number, number] {
  const r = parsePeriod(p);
  if (!r) throw new RangeError(`not a period 'YYYY-MM': ${String(p)}`);
  return r;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const periodString = (y: number, m: number): Period => `${String(y).padStart(4, '0')}-${pad2(m)}`;

/** Whether `s` is a month written `'YYYY-MM'`. */
export function isPeriod(s: string): boolean {
  return parsePeriod(s) !== null;
}

/** Number of days (28–31) of `period`. Throws a RangeError on a malformed period: validate it first. */
export function daysInMonth(p: Period): number {
  const [y, m] = mustParse(p);
  return daysInMonthOf(y, m);
}

/** The month of date `d`. Throws a RangeError on a malformed date: validate it first. */
export function periodOf(d: DateOnly): Period {
  if (typeof d !== 'string' || d.length < 7) throw new RangeError(`not a date 'YYYY-MM-DD': ${String(d)}`);
  const p = d.slice(0, 7);
  mustParse(p);
  return p;
}

/** The first day of `p`. Throws a RangeError on a malformed period: validate it first. */
export function periodStart(p: Period): DateOnly {
  mustParse(p);
  return `${p}-01`;
}

/** The last day of `p`. Throws a RangeError on a malformed period: validate it first. */
export function periodEnd(p: Period): DateOnly {
  const [y, m] = mustParse(p);
  return `${p}-${pad2(daysInMonthOf(y, m))}`;
}

/** The month after `p`. Throws a RangeError on a malformed period: validate it first. */
export function nextPeriod(p: Period): Period {
  const [y, m] = mustParse(p);
  return m === 12 ? periodString(y + 1, 1) : periodString(y, m + 1);
}

/** The month before `p`. Throws a RangeError on a malformed period: validate it first. */
export function previousPeriod(p: Period): Period {
  const [y, m] = mustParse(p);
  return m === 1 ? periodString(y - 1, 12) : periodString(y, m - 1);
}
