// The only function that reads a Date: callers pass the clock in, so every rule stays pure and testable.
import type { DateOnly } from './day-number.js';

// Building an Intl.DateTimeFormat for a time zone costs milliseconds (it loads the zone's rules); one per zone is kept.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, format);
  }
  return format;
}

/** The calendar date of `date` in `timeZone` (default Europe/Madrid, where Antena's invoices are issued). */
export function todayFrom(date: Date, timeZone = 'Europe/Madrid'): DateOnly {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new RangeError('todayFrom needs a valid Date');
  const parts = formatIn(timeZone).formatToParts(date);
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
