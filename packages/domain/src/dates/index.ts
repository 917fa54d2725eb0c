// Date-only values, periods and inclusive ranges (docs/rules.md §3): strings in, strings out, integer arithmetic inside.
/**
 * Date-only strings (`'YYYY-MM-DD'`) and periods (`'YYYY-MM'`): validity, arithmetic and month bounds, without `Date` or time zones. `todayFrom` turns the clock you pass in into a date.
 *
 * @module
 */
// Day numbers (toDayNumber, civilOf…) are the calculation's inner representation and stay internal.
export { type DateOnly, type DateRange, isDateOnly, formatDay, addDays, daysBetweenInclusive } from './day-number.js';
export { type Period, isPeriod, daysInMonth, periodOf, periodStart, periodEnd, nextPeriod, previousPeriod } from './period.js';
export { todayFrom } from './today.js';
