// When an issued invoice may be withdrawn with an anulación record (docs/verifactu.md, "Voiding"): only
// while nothing has happened to it. A paid, returned (it was remitted) or rectified invoice is corrected
// by a credit note instead; a void one is void already. The invoice and its number stay either way.
import type { RefusalOf } from '../explain/refusal.js';
import type { InvoiceDocumentKind, PaymentStatus } from '../billing/payment.js';

export type VoidRefusalCode = 'INVOICE_ALREADY_VOID' | 'INVOICE_PAID_NOT_VOIDABLE' | 'INVOICE_RETURNED_NOT_VOIDABLE' | 'INVOICE_RECTIFIED_NOT_VOIDABLE';

export interface VoidFacts {
  kind: InvoiceDocumentKind;
  number: string;
  status: PaymentStatus;
  voided: boolean;
  /** Numbers of the credit notes that rectify it. */
  rectifiedBy: readonly string[];
}

export function checkVoidInvoice(f: VoidFacts): RefusalOf<VoidRefusalCode> | null {
  const params = { kind: f.kind, number: f.number };
  if (f.voided) return { code: 'INVOICE_ALREADY_VOID', field: 'voidedAt', params };
  if (f.status === 'PAID') return { code: 'INVOICE_PAID_NOT_VOIDABLE', field: 'status', params };
  if (f.status === 'RETURNED') return { code: 'INVOICE_RETURNED_NOT_VOIDABLE', field: 'status', params };
  if (f.rectifiedBy.length > 0) return { code: 'INVOICE_RECTIFIED_NOT_VOIDABLE', field: 'rectifiedBy', params: { ...params, creditNotes: f.rectifiedBy.join(', ') } };
  return null;
}
