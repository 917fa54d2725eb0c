// When the invoice of a period is issued (docs/rules.md §3: ADVANCE on day 1 of M, ARREARS on day 1 of M+1).
import type { DateOnly } from '../dates/day-number.js';
import { nextPeriod, periodStart, type Period } from '../dates/period.js';
import type { BillingMode } from './types.js';

/** The issue date of the invoice of `period`: its first day in ADVANCE mode, the first day of the next month in ARREARS. Throws a RangeError on a malformed period: validate it first. */
export function billingIssueDate(mode: BillingMode, period: Period): DateOnly {
  return mode === 'ADVANCE' ? periodStart(period) : periodStart(nextPeriod(period));
}
