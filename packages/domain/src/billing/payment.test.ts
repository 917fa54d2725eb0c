// Payment-status transitions and the mass-credit preconditions, with their explanations.
import { describe, expect, it } from 'vitest';
import { message, remedy } from '../i18n/index.js';
import { allowedPaymentStatuses, checkMassCredit, checkPaymentTransition, invoicingForDeletion, isPaymentPending, type InvoiceDocumentKind, type PaymentStatus } from './payment.js';

const doc = (kind: InvoiceDocumentKind, status: PaymentStatus) => ({ kind, number: kind === 'INVOICE' ? 'F2026-000001' : 'R2026-000001', status });

describe('payment status', () => {
  it.each([
    ['INVOICE', 'ISSUED', 'PAID', null], ['INVOICE', 'ISSUED', 'RETURNED', null], ['INVOICE', 'PAID', 'RETURNED', null],
    ['INVOICE', 'RETURNED', 'PAID', null], ['INVOICE', 'PAID', 'ISSUED', 'PAYMENT_TRANSITION_INVALID'],
    ['INVOICE', 'PAID', 'PAID', 'PAYMENT_STATUS_UNCHANGED'], ['INVOICE', 'RETURNED', 'RETURNED', 'PAYMENT_STATUS_UNCHANGED'],
    ['CREDIT_NOTE', 'ISSUED', 'PAID', null], ['CREDIT_NOTE', 'ISSUED', 'RETURNED', 'PAYMENT_TRANSITION_INVALID'],
    ['CREDIT_NOTE', 'PAID', 'RETURNED', 'PAYMENT_TRANSITION_INVALID'],
  ] as const)('%s %s → %s: %s', (kind, from, to, code) => {
    const r = checkPaymentTransition(doc(kind, from), to);
    expect(r?.code ?? null).toBe(code);
    expect(allowedPaymentStatuses(kind, from).includes(to)).toBe(code === null);
  });

  it('explains a refusal in both languages, naming the document and what it can still become', () => {
    const r = checkPaymentTransition(doc('INVOICE', 'PAID'), 'PAID')!;
    expect(message(r.code, 'es', r.params)).toBe('La factura F2026-000001 ya está pagada.');
    expect(message(r.code, 'en', r.params)).toBe('Invoice F2026-000001 is already paid.');
    const c = checkPaymentTransition(doc('CREDIT_NOTE', 'ISSUED'), 'RETURNED')!;
    expect(message(c.code, 'es', c.params)).toBe('La rectificativa R2026-000001 está emitida y no puede pasar a devuelta.');
    expect(remedy(c.code, 'en', c.params)).toMatch(/only be marked paid/);
  });
});

describe('mass credit preconditions', () => {
  it('applies only in ADVANCE with the setting on, and says what to change otherwise', () => {
    expect(checkMassCredit({ mode: 'ADVANCE', massCreditOnTariffMigration: true })).toBeNull();
    const off = checkMassCredit({ mode: 'ADVANCE', massCreditOnTariffMigration: false })!;
    expect(off.code).toBe('MASS_CREDIT_DISABLED');
    expect(remedy(off.code, 'es', off.params)).toContain('massCreditOnTariffMigration');
    const arrears = checkMassCredit({ mode: 'ARREARS', massCreditOnTariffMigration: true })!;
    expect(arrears.code).toBe('MASS_CREDIT_NEEDS_ADVANCE');
    expect(message(arrears.code, 'en', arrears.params)).toMatch(/ADVANCE/);
  });
});

describe('invoicing as rule 2 sees it', () => {
  it.each([['ISSUED', true], ['RETURNED', true], ['PAID', false]] as const)('%s pending: %s', (status, pending) => {
    expect(isPaymentPending(status)).toBe(pending);
  });

  it('adds up pending (issued, returned) and settled (paid) documents', () => {
    expect(invoicingForDeletion([{ status: 'ISSUED', count: 2 }, { status: 'RETURNED', count: 1 }, { status: 'PAID', count: 4 }]))
      .toEqual({ pendingInvoiceCount: 3, settledInvoiceCount: 4 });
    expect(invoicingForDeletion([])).toEqual({ pendingInvoiceCount: 0, settledInvoiceCount: 0 });
  });
});
