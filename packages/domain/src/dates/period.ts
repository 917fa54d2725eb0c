// Billing periods 'YYYY-MM' (SPEC §3 "one regular invoice per contract per period (a calendar month)").
import { daysInMonthOf, type DateOnly } from './day-number.js';

export type Period = string; // 'YYYY-MM'

export function parsePeriod(p: string): [number, number] | null {
  if (typeof p !== 'string' || !/^\d{4}-\d{2}$/.test(p)) return null;
  const y = Number(p.slice(0, 4));
  const m = Number(p.slice(5, 7));
  return y >= 1 && m >= 1 && m <= 12 ? [y, m] : null;
}

function mustParse(p: Period): [number, number] {
  const r = parsePeriod(p);
  if (!r) throw new RangeError(`not a period 'YYYY-MM': ${String(p)}`);
  return r;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const periodString = (y: number, m: number): Period => `${String(y).padStart(4, '0')}-${pad2(m)}`;

export function isPeriod(s: string): boolean {
  return parsePeriod(s) !== null;
}

export function daysInMonth(p: Period): number {
  const [y, m] = mustParse(p);
  return daysInMonthOf(y, m);
}

export function periodOf(d: DateOnly): Period {
  if (typeof d !== 'string' || d.length < 7) throw new RangeError(`not a date 'YYYY-MM-DD': ${String(d)}`);
  const p = d.slice(0, 7);
  mustParse(p);
  return p;
}

export function periodStart(p: Period): DateOnly {
  mustParse(p);
  return `${p}-01`;
}

export function periodEnd(p: Period): DateOnly {
  const [y, m] = mustParse(p);
  return `${p}-${pad2(daysInMonthOf(y, m))}`;
}

export function nextPeriod(p: Period): Period {
  const [y, m] = mustParse(p);
  return m === 12 ? periodString(y + 1, 1) : periodString(y, m + 1);
}

export function previousPeriod(p: Period): Period {
  const [y, m] = mustParse(p);
  return m === 1 ? periodString(y - 1, 12) : periodString(y, m - 1);
}
