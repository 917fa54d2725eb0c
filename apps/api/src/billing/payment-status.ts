// Payment status of an issued invoice (SPEC §2: issued invoices are immutable; only the status moves).
// A direct debit can be collected (PAID) or come back (RETURNED) — also after being collected, since SEPA
// debtors may ask for a refund — and a returned one can be collected again. A credit note is a refund
// to the client: it can only become PAID (refunded).
import type { InvoiceKind, InvoiceStatus } from '../entities/index.js';

const TRANSITIONS: Record<InvoiceKind, Record<InvoiceStatus, InvoiceStatus[]>> = {
  INVOICE: { ISSUED: ['PAID', 'RETURNED'], PAID: ['RETURNED'], RETURNED: ['PAID'] },
  CREDIT_NOTE: { ISSUED: ['PAID'], PAID: [], RETURNED: ['PAID'] },
};

export type PaymentRefusal = { code: 'PAYMENT_STATUS_UNCHANGED' | 'PAYMENT_TRANSITION_INVALID'; params: Record<string, string> };

export function allowedPaymentStatuses(kind: InvoiceKind, from: InvoiceStatus): InvoiceStatus[] {
  return TRANSITIONS[kind][from];
}

export function checkPaymentTransition(invoice: { kind: InvoiceKind; number: string; status: InvoiceStatus }, to: InvoiceStatus): PaymentRefusal | null {
  const params = { kind: invoice.kind, number: invoice.number, status: invoice.status, from: invoice.status, to };
  if (invoice.status === to) return { code: 'PAYMENT_STATUS_UNCHANGED', params };
  const allowed = allowedPaymentStatuses(invoice.kind, invoice.status);
  return allowed.includes(to) ? null : { code: 'PAYMENT_TRANSITION_INVALID', params: { ...params, allowed: allowed.join(',') } };
}
