// Billing: account of a contract, periods, invoice calculation and mass credits (docs/rules.md §1 rule 1, rule 4, §3).
/**
 * Billing: the account a contract is charged to (rule 1), the invoice of a contract for a period, the days already charged, mass credits after mid-month tariff migrations (rule 4), and payment status.
 *
 * @module
 */
export {
  type BillingAccountSource, type BillingAccountCode, type BillingAccount, type Warning, billingAccountOf, signatureIbanWarnings,
} from './account.js';
export type { InvoiceLineCode, InvoiceSkipCode } from './codes.js';
export type {
  BillingMode, BonusInput, AdditionalAmountInput, SubscriptionBillingInput, InvoiceLineKind, InvoiceLineDraft, InvoiceDraft,
  InvoiceCalculation, ChargedLine, CreditNoteDraft,
} from './types.js';
export { billingIssueDate } from './issue-date.js';
export { checkRunDate, type RunOutcomeCode, type RunRefusalCode } from './run-guard.js';
export { checkInlinePreview, checkPdfBatch, type BatchRefusalCode } from './batch-guard.js';
export { checkBillingStartChange, pendingCatchUp, type CatchUpCode, type CatchUpNotice } from './catch-up.js';
export { netChargedRanges } from './ranges.js';
export { calculateInvoice, type CalculateInvoiceInput } from './invoice.js';
export { checkInvoiceInput, checkMassCreditInput } from './invoice-input.js';
export {
  type CreditNoteRefusalCode, type CreditNoteRefusal, type CreditableLineFacts, type EarlierCreditNote, type CreditableFacts, type Creditable, type CreditNoteRequest,
  type CreditNotePlan, type CreditNotePlanResult, CREDIT_REASON_MAX, creditableOf, checkCreditNoteAvailable, planCreditNote, creditedLineOf,
} from './credit-note.js';
export { appliedBonusOf, calculateMassCredit, type MassCreditCalculation, type MassCreditInput } from './mass-credit.js';
export {
  type InvoiceDocumentKind, type PaymentStatus, type PaymentRefusalCode, type MassCreditRefusalCode, allowedPaymentStatuses, checkPaymentTransition,
  checkMassCredit, isPaymentPending, invoicingForDeletion,
} from './payment.js';
