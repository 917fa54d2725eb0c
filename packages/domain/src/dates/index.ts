// Date-only values, periods and inclusive ranges (SPEC §3): strings in, strings out, integer arithmetic inside.
export {
  type DateOnly, type DateRange, isDateOnly, addDays, daysBetweenInclusive, toDayNumber, fromDayNumber,
  parseDateOnly, dayNumberOf, civilOf, daysInMonthOf, isLeapYear,
} from './day-number.js';
export { type Period, isPeriod, parsePeriod, daysInMonth, periodOf, periodStart, periodEnd, nextPeriod, previousPeriod } from './period.js';
export { todayFrom } from './today.js';
