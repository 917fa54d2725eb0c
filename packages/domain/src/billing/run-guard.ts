// No run issues a document dated after today in Europe/Madrid (docs/rules.md; the repository's docs/billing.md "Guards"). The
// caller passes today in: the domain has no clock. The preview is a dry run and stays open for any period.
import { isDateOnly, type DateOnly } from '../dates/day-number.js';
import { isPeriod, periodStart, type Period } from '../dates/period.js';
import type { RefusalOf } from '../explain/refusal.js';
import type { ValidationCode } from '../validation/result.js';
import { billingIssueDate } from './issue-date.js';
import type { BillingMode } from './types.js';

export type RunRefusalCode = 'RUN_IN_FUTURE';

/**
 * What a billing run says of itself (docs/billing.md): a contract it leaves out because the period already has its
 * invoice (`ALREADY_INVOICED`, params `contract`, `number`, `period`), and why a run ended FAILED
 * (`BILLING_RUN_INTERRUPTED`, `BILLING_RUN_WORKER_LOST`, param `invoiceCount`: whole invoices issued before it stopped).
 */
export type RunOutcomeCode = 'ALREADY_INVOICED' | 'BILLING_RUN_INTERRUPTED' | 'BILLING_RUN_WORKER_LOST';

/**
 * A billing run issues its invoices on the period's issue date; a mass-credit run rectifies the period's ADVANCE
 * invoices, dated its first day. Either is refused while that date is after `today`. A malformed period or today
 * is refused too (`PERIOD_INVALID`, `DATE_INVALID`), never let through.
 */
export function checkRunDate(input: { kind: 'BILLING' | 'MASS_CREDIT'; mode: BillingMode; period: Period; today: DateOnly }): RefusalOf<RunRefusalCode | ValidationCode> | null {
  if (!isPeriod(input.period)) return { code: 'PERIOD_INVALID', field: 'period', params: { field: 'period', value: String(input.period) } };
  if (!isDateOnly(input.today)) return { code: 'DATE_INVALID', field: 'today', params: { field: 'today', value: String(input.today) } };
  const issueDate = input.kind === 'BILLING' ? billingIssueDate(input.mode, input.period) : periodStart(input.period);
  if (issueDate <= input.today) return null;
  return { code: 'RUN_IN_FUTURE', field: 'period', params: { kind: input.kind, period: input.period, issueDate, today: input.today } };
}
