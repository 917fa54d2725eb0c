// Every code the domain emits, in one union and one runtime list (a code without a message fails to compile).
import type { BillingAccountCode } from '../billing/account.js';
import type { InvoiceLineCode, InvoiceSkipCode } from '../billing/codes.js';
import type { MassCreditRefusalCode, PaymentRefusalCode } from '../billing/payment.js';
import type { RunOutcomeCode, RunRefusalCode } from '../billing/run-guard.js';
import type { BatchRefusalCode } from '../billing/batch-guard.js';
import type { CreditNoteRefusalCode } from '../billing/credit-note.js';
import type { CatchUpCode } from '../billing/catch-up.js';
import type { ContractRefusalCode } from '../contract/lifecycle.js';
import type { DeletionBlockerCode } from '../deletion/types.js';
import type { BillableCode } from '../subscription/billable.js';
import type { ValidationCode } from '../validation/result.js';
import type { ExtraRefusalCode } from '../subscription/extras.js';
import type { ArchiveCode } from '../deletion/archive.js';
import type { ChainBreakCode } from '../verifactu/chain.js';
import type { VoidRefusalCode } from '../verifactu/void.js';
import type { RecordAnswerCode } from '../verifactu/answer.js';
import type { CorrectionRefusalCode, ResendRefusalCode } from '../verifactu/correction.js';
import type { SepaCode } from '../sepa/codes.js';
import { sepaEs } from '../sepa/catalog.es.js';
import type { JobCode } from '../jobs/codes.js';
import { jobsEs } from '../jobs/catalog.es.js';
import type { SubscriptionRefusalCode } from '../subscription/states.js';
import type { RefusalOf } from '../explain/refusal.js';
import type { CatalogEntry } from './entry.js';

export type { SubscriptionRefusalCode, CatalogEntry };

/** Every code the package emits: each has a Spanish and an English message and remedy. */
export type MessageCode = DeletionBlockerCode | ValidationCode | BillableCode | 'SIGNATURE_IBAN_PREVAILS' | 'DUPLICATE_TAX_ID' | BillingAccountCode
  | SubscriptionRefusalCode | ContractRefusalCode | InvoiceLineCode | InvoiceSkipCode | PaymentRefusalCode | MassCreditRefusalCode | RunRefusalCode | RunOutcomeCode | CatchUpCode
  | ExtraRefusalCode | ArchiveCode | VoidRefusalCode | ChainBreakCode | RecordAnswerCode | SepaCode | CreditNoteRefusalCode
  | CorrectionRefusalCode | ResendRefusalCode | BatchRefusalCode | JobCode;

/** Why something was refused: a {@link RefusalOf} any code the package emits. Put it into words with `explain`. */
export type Refusal = RefusalOf<MessageCode>;

/** The languages of the messages: Spanish (the default) or English. */
export type Locale = 'es' | 'en';
/** The supported locales. */
export const LOCALES: readonly Locale[] = ['es', 'en'];

// A Record keyed by the union: the compiler refuses a missing or unknown code here (SEPA and job codes come from their catalogs).
const SEPA_CODES = Object.fromEntries(Object.keys(sepaEs).map((k) => [k, true])) as Record<SepaCode, true>;
const JOB_CODES = Object.fromEntries(Object.keys(jobsEs).map((k) => [k, true])) as Record<JobCode, true>;
const ALL: Record<MessageCode, true> = {
  ...SEPA_CODES,
  ...JOB_CODES,
  HAS_PENDING_INVOICES: true, HAS_INVOICE_HISTORY: true, CONTRACT_SIGNED: true, SUBSCRIPTION_STATE: true,
  SUBSCRIPTION_HAS_BONUSES: true, SUBSCRIPTION_HAS_ADDITIONAL_AMOUNTS: true, SUBSCRIPTION_INVOICED: true,
  BONUS_INVOICED: true, ADDITIONAL_AMOUNT_INVOICED: true, EXTRA_ONE_OFF_NOT_ENDABLE: true, EXTRA_END_BEFORE_INVOICED: true,
  CLIENT_ARCHIVED: true, CLIENT_NOT_ARCHIVED: true, CLIENT_HAS_LIVE_SUBSCRIPTIONS: true,
  IBAN_INVALID: true, TAX_ID_INVALID: true, MANDATE_REFERENCE_INVALID: true, EMAIL_INVALID: true, DATE_INVALID: true,
  PERIOD_INVALID: true, CENTS_INVALID: true, PERCENT_INVALID: true, VAT_RATE_INVALID: true, REQUIRED: true, TOO_LONG: true,
  DATE_RANGE_INVALID: true, TEXT_INVALID: true, VALUE_NOT_ALLOWED: true, CONTRACT_NOT_DRAFT: true, CONTRACT_NOT_SIGNED: true,
  CONTRACT_NOT_TERMINABLE: true, CONTRACT_HAS_LIVE_SUBSCRIPTIONS: true, TERMINATION_BEFORE_SIGNATURE: true, CONTRACT_TERMINATED: true,
  BILLABLE_ACTIVE: true, NOT_BILLABLE_NON_BILLABLE: true, NOT_BILLABLE_PENDING: true, NOT_BILLABLE_SUSPENDED: true,
  NOT_BILLABLE_CANCELLED: true, NOT_BILLABLE_REJECTED: true, NOT_BILLABLE_NOT_STARTED: true,
  SIGNATURE_IBAN_PREVAILS: true, DUPLICATE_TAX_ID: true, ACCOUNT_FROM_SIGNATURE: true, ACCOUNT_FROM_PROFILE: true, ACCOUNT_NONE: true,
  INVALID_TRANSITION: true, STATE_CHANGE_BEFORE_LAST: true, TARIFF_CHANGE_BEFORE_LAST: true, TARIFF_UNCHANGED: true,
  SUBSCRIPTION_FINAL_STATE: true,
  LINE_CHARGE: true, LINE_CATCH_UP: true, LINE_BONUS_PERCENT: true, LINE_BONUS_FIXED: true, LINE_BONUS_FIXED_CAPPED: true,
  LINE_ADDITIONAL_ONE_OFF: true, LINE_ADDITIONAL_MONTHLY: true, LINE_CREDIT_MIGRATION: true, LINE_CREDIT_BONUS: true,
  LINE_CREDIT_MANUAL: true, LINE_CREDIT_WHOLE: true,
  NOTHING_TO_BILL: true, CATCH_UP_NEXT: true, ALL_NON_BILLABLE: true, ZERO_TOTAL: true, NEGATIVE_TOTAL: true, INPUT_INVALID: true,
  PAYMENT_STATUS_UNCHANGED: true, PAYMENT_TRANSITION_INVALID: true, MASS_CREDIT_DISABLED: true, MASS_CREDIT_NEEDS_ADVANCE: true,
  INVOICE_ALREADY_VOID: true, INVOICE_PAID_NOT_VOIDABLE: true, INVOICE_RETURNED_NOT_VOIDABLE: true, INVOICE_RECTIFIED_NOT_VOIDABLE: true,
  CHAIN_HASH_MISMATCH: true, CHAIN_LINK_MISMATCH: true, CHAIN_POSITION_GAP: true,
  RECORD_REJECTED: true, RECORD_ACCEPTED_WITH_ERRORS: true, RECORD_NOT_REJECTED: true,
  RECORD_CORRECTION_ANULACION: true, RECORD_ALREADY_CORRECTED: true, RECORD_CORRECTION_INVOICE_VOID: true, RECORD_CORRECTION_PENDING: true,
  RECORD_CORRECTION_ACCEPTED: true, RECORD_CORRECTION_NOT_SENT: true, RECORD_CORRECTION_NO_VERIFACTU: true, RECORD_RESEND_CORRECTED: true,
  CREDIT_NOTE_NOT_AN_INVOICE: true, CREDIT_NOTE_INVOICE_VOID: true, CREDIT_NOTE_NOTHING_LEFT: true, CREDIT_NOTE_REASON_REQUIRED: true,
  CREDIT_NOTE_REASON_TOO_LONG: true, CREDIT_NOTE_SCOPE_INVALID: true, CREDIT_NOTE_LINE_UNKNOWN: true, CREDIT_NOTE_LINE_DUPLICATE: true,
  CREDIT_NOTE_AMOUNT_INVALID: true, CREDIT_NOTE_LINE_EXCEEDS: true, CREDIT_NOTE_RATE_EXCEEDS: true, CREDIT_NOTE_TYPE_INVALID: true,
  CREDIT_NOTE_BEFORE_INVOICE: true,
  DATE_OUT_OF_RANGE: true, CENTS_TOO_LARGE: true, SEARCH_EMPTY: true, SEARCH_TOO_LONG: true, HITS_PER_KIND_INVALID: true, RUN_IN_FUTURE: true, ALREADY_INVOICED: true, BILLING_RUN_INTERRUPTED: true, BILLING_RUN_WORKER_LOST: true, CATCH_UP_PENDING: true, BILLING_START_LOCKED: true,
  BILLING_PREVIEW_TOO_LARGE: true, PDF_BATCH_TOO_LARGE: true, PDF_BATCH_EMPTY: true,
};

/** Every code the package emits, at run time. Their messages are listed in docs/codes.md. */
export const MESSAGE_CODES = Object.keys(ALL) as MessageCode[];

/** Whether `s` is one of the {@link MESSAGE_CODES}. */
export function isMessageCode(s: string): s is MessageCode {
  return Object.prototype.hasOwnProperty.call(ALL, s);
}

export type Catalog = Record<MessageCode, CatalogEntry>;
