// Payment status of an issued invoice and when a mass-credit run applies (docs/rules.md §2: issued invoices are
// immutable, only the payment status moves; rule 4: mass credits in ADVANCE mode with the setting on).
import type { RefusalOf } from '../explain/refusal.js';
import type { BillingMode } from './types.js';

/** An invoice or a credit note (factura rectificativa). */
export type InvoiceDocumentKind = 'INVOICE' | 'CREDIT_NOTE';
/** Payment status of an issued document: `ISSUED` and `RETURNED` are pending, `PAID` is settled. */
export type PaymentStatus = 'ISSUED' | 'PAID' | 'RETURNED';
/** Why a payment status change is refused. */
export type PaymentRefusalCode = 'PAYMENT_STATUS_UNCHANGED' | 'PAYMENT_TRANSITION_INVALID';
/** Why a mass-credit run does not apply to the billing settings. */
export type MassCreditRefusalCode = 'MASS_CREDIT_DISABLED' | 'MASS_CREDIT_NEEDS_ADVANCE';

/**
 * A direct debit is collected (PAID) or comes back (RETURNED) — also after being collected, as SEPA debtors
 * may claim a refund — and a returned one can be collected again. A credit note is money owed to the client:
 * it only becomes PAID (refunded).
 */
const TRANSITIONS: Record<InvoiceDocumentKind, Record<PaymentStatus, PaymentStatus[]>> = {
  INVOICE: { ISSUED: ['PAID', 'RETURNED'], PAID: ['RETURNED'], RETURNED: ['PAID'] },
  CREDIT_NOTE: { ISSUED: ['PAID'], PAID: [], RETURNED: ['PAID'] },
};

/** The payment statuses an invoice or credit note may move to from `from`. */
export function allowedPaymentStatuses(kind: InvoiceDocumentKind, from: PaymentStatus): PaymentStatus[] {
  return [...TRANSITIONS[kind][from]];
}

/** Null when the invoice may move to payment status `to`; otherwise the refusal saying why. */
export function checkPaymentTransition(invoice: { kind: InvoiceDocumentKind; number: string; status: PaymentStatus }, to: PaymentStatus): RefusalOf<PaymentRefusalCode> | null {
  const params = { kind: invoice.kind, number: invoice.number, status: invoice.status, target: to };
  if (invoice.status === to) return { code: 'PAYMENT_STATUS_UNCHANGED', field: 'status', params };
  if (TRANSITIONS[invoice.kind][invoice.status].includes(to)) return null;
  return { code: 'PAYMENT_TRANSITION_INVALID', field: 'status', params };
}

/** Mass credits exist only when billing in advance, and only if the ISP turned them on (off by default). */
export function checkMassCredit(settings: { mode: BillingMode; massCreditOnTariffMigration: boolean }): RefusalOf<MassCreditRefusalCode> | null {
  if (settings.mode !== 'ADVANCE') return { code: 'MASS_CREDIT_NEEDS_ADVANCE', field: 'mode', params: { mode: settings.mode } };
  if (!settings.massCreditOnTariffMigration) return { code: 'MASS_CREDIT_DISABLED', field: 'massCreditOnTariffMigration', params: {} };
  return null;
}

/**
 * For rule 2: an invoice is pending until it is paid (a RETURNED debit is owed again), and an unpaid credit
 * note is a refund still owed; both block deletion as pending. Paid documents are history.
 */
export function isPaymentPending(status: PaymentStatus): boolean {
  return status !== 'PAID';
}

/** Adds up a client's invoicing by payment status into what rule 2's deletion check reads. */
export function invoicingForDeletion(rows: ReadonlyArray<{ status: PaymentStatus; count: number }>): { pendingInvoiceCount: number; settledInvoiceCount: number } {
  let pendingInvoiceCount = 0;
  let settledInvoiceCount = 0;
  for (const r of rows) {
    if (isPaymentPending(r.status)) pendingInvoiceCount += r.count;
    else settledInvoiceCount += r.count;
  }
  return { pendingInvoiceCount, settledInvoiceCount };
}
