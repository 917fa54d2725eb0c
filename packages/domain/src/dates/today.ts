// The only function that reads a Date: callers pass the clock in, so every rule stays pure and testable.
import type { DateOnly } from './day-number.js';

/** The calendar date of `date` in `timeZone` (default Europe/Madrid, where Antena's invoices are issued). */
export function todayFrom(date: Date, timeZone = 'Europe/Madrid'): DateOnly {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new RangeError('todayFrom needs a valid Date');
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
