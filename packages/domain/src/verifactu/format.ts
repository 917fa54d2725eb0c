// How VeriFactu writes values (docs/verifactu.md, "Values"): amounts with two decimals and a dot, issue
// dates dd-mm-yyyy, and the generation time as Europe/Madrid local time with its real offset, no fraction.
import { civilOf } from '../dates/day-number.js';
import type { DateOnly } from '../dates/day-number.js';

/** 1235 → "12.35", -1815 → "-18.15": the same string goes into the record and its hash. */
export function formatAmount(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError('amounts are integer cents');
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

// The last date written: a run's documents share their issue date.
let lastDate = '';
let lastDateText = '';

/** '2024-01-01' → '01-01-2024' (FechaExpedicionFactura). */
export function formatIssueDate(d: DateOnly): string {
  if (d !== lastDate) {
    lastDateText = `${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)}`;
    lastDate = d;
  }
  return lastDateText;
}

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** Day number of the last Sunday of a month (1970-01-01, day 0, was a Thursday). */
function lastSunday(year: number, month: number): number {
  const lastDay = dayNumber(year, month + 1, 1) - 1;
  const weekday = (((lastDay + 4) % 7) + 7) % 7; // 0 = Sunday
  return lastDay - weekday;
}

function dayNumber(y: number, m: number, d: number): number {
  // civilOf's inverse for a month that may be 13 (January of the next year).
  const yy = m > 12 ? y + 1 : y;
  const mm = m > 12 ? m - 12 : m;
  const a = mm <= 2 ? yy - 1 : yy;
  const era = Math.floor(a / 400);
  const yoe = a - era * 400;
  const doy = Math.floor((153 * (mm + (mm > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/**
 * Offset of Europe/Madrid (peninsular Spain) in minutes at an instant: +60, or +120 in EU summer time,
 * from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
 */
export function madridOffsetMinutes(epochMs: number): number {
  const [year] = civilOf(Math.floor(epochMs / DAY_MS));
  const start = lastSunday(year, 3) * DAY_MS + 3_600_000;
  const end = lastSunday(year, 10) * DAY_MS + 3_600_000;
  return epochMs >= start && epochMs < end ? 120 : 60;
}

// The last second written: a run's records share their generation second, so most calls reuse it.
let lastSecond = Number.NaN;
let lastText = '';

/** FechaHoraHusoGenRegistro of an instant: e.g. 1704133230000 → '2024-01-01T19:20:30+01:00'. */
export function madridTimestamp(epochMs: number): string {
  if (!Number.isFinite(epochMs)) throw new RangeError('an instant is epoch milliseconds');
  const second = Math.floor(epochMs / 1000);
  if (second === lastSecond) return lastText;
  lastText = madridTimestampOf(epochMs);
  lastSecond = second;
  return lastText;
}

function madridTimestampOf(epochMs: number): string {
  const offset = madridOffsetMinutes(epochMs);
  const local = Math.floor(epochMs / 1000) * 1000 + offset * 60_000;
  const day = Math.floor(local / DAY_MS);
  const [y, m, d] = civilOf(day);
  const secs = Math.floor((local - day * DAY_MS) / 1000);
  return `${y}-${pad(m)}-${pad(d)}T${pad(Math.floor(secs / 3600))}:${pad(Math.floor(secs / 60) % 60)}:${pad(secs % 60)}+${pad(offset / 60)}:00`;
}
