// Date-only values, periods and inclusive ranges (SPEC §3): strings in, strings out, integer arithmetic inside.
// Day numbers (toDayNumber, civilOf…) are the calculation's inner representation and stay internal.
export { type DateOnly, type DateRange, isDateOnly, addDays, daysBetweenInclusive } from './day-number.js';
export { type Period, isPeriod, daysInMonth, periodOf, periodStart, periodEnd, nextPeriod, previousPeriod } from './period.js';
export { todayFrom } from './today.js';
