// docs/rules.md §3's six worked examples, asserting the exact cents.
import { describe, expect, it } from 'vitest';
import { explain } from '../explain/explain.js';
import { message } from '../i18n/format.js';
import { billableStatus } from '../subscription/billable.js';
import { A, B, massCreditNotes, on, st, sub } from '../test-support/fixtures.js';
import { billingAccountOf, signatureIbanWarnings } from './account.js';
import { calculateInvoice } from './invoice.js';
import { netChargedRanges } from './ranges.js';
import type { ChargedLine, InvoiceDraft } from './types.js';

const migrating = () => sub({ states: [st('ACTIVE', '2026-10-01')], tariffs: [on(A, '2026-10-01'), on(B, '2026-11-16')], charged: [{ from: '2026-10-01', to: '2026-10-31' }] });

function mustInvoice(r: ReturnType<typeof calculateInvoice>): InvoiceDraft {
  if (!r.invoice) throw new Error(`expected an invoice, got skipped ${r.skipped.code}`);
  return r.invoice;
}

describe('worked examples of docs/rules.md §3', () => {
  it('1. ARREARS, migration A→B on 2026-11-16: A 15 days 15.00, B 15 days 22.50, base 37.50, VAT 7.88, total 45.38', () => {
    const inv = mustInvoice(calculateInvoice({ mode: 'ARREARS', period: '2026-11', contractId: 'k1', subscriptions: [migrating()] }));
    expect(inv.issueDate).toBe('2026-12-01');
    expect(inv.lines.map((l) => [l.kind, l.tariffCode, l.from, l.to, l.days, l.daysInMonth, l.amountCents])).toEqual([
      ['CHARGE', 'A', '2026-11-01', '2026-11-15', 15, 30, 1500],
      ['CHARGE', 'B', '2026-11-16', '2026-11-30', 15, 30, 2250],
    ]);
    expect(inv.totals).toEqual({ baseCents: 3750, taxCents: 788, totalCents: 4538, vat: [{ vatRate: 0.21, baseCents: 3750, taxCents: 788 }] });
    const first = inv.lines[0]!;
    expect(message(first.code, 'es', first.params)).toBe('Tarifa A: 15 de 30 días (01/11/2026 – 15/11/2026)');
    expect(message(first.code, 'en', first.params)).toBe('Tariff A: 15 of 30 days (01/11/2026 – 15/11/2026)');
  });

  it('2. ADVANCE, mass credit off: November A 30.00 / VAT 6.30 / 36.30; December B 45.00 only', () => {
    const nov = mustInvoice(calculateInvoice({ mode: 'ADVANCE', period: '2026-11', contractId: 'k1', subscriptions: [migrating()] }));
    expect(nov.issueDate).toBe('2026-11-01');
    expect(nov.lines.map((l) => [l.kind, l.tariffCode, l.from, l.to, l.amountCents])).toEqual([['CHARGE', 'A', '2026-11-01', '2026-11-30', 3000]]);
    expect([nov.totals.baseCents, nov.totals.taxCents, nov.totals.totalCents]).toEqual([3000, 630, 3630]);

    const charged = netChargedRanges(nov.lines.map((l) => ({ ...l })));
    const dec = mustInvoice(calculateInvoice({
      mode: 'ADVANCE', period: '2026-12', contractId: 'k1',
      subscriptions: [{ ...migrating(), charged: [{ from: '2026-10-01', to: '2026-10-31' }, ...(charged.get('s1') ?? [])] }],
    }));
    expect(dec.lines.map((l) => [l.kind, l.tariffCode, l.from, l.to, l.amountCents])).toEqual([['CHARGE', 'B', '2026-12-01', '2026-12-31', 4500]]);
    expect([dec.totals.baseCents, dec.totals.taxCents, dec.totals.totalCents]).toEqual([4500, 945, 5445]);
  });

  it('3. ADVANCE, mass credit on: credit note −15.00/−3.15/−18.15; December B 45.00 + catch-up 22.50 = 67.50, VAT 14.18, total 81.68', () => {
    const nov = mustInvoice(calculateInvoice({ mode: 'ADVANCE', period: '2026-11', contractId: 'k1', subscriptions: [migrating()] }));
    const advanceCharges: ChargedLine[] = nov.lines.filter((l) => l.kind === 'CHARGE').map((l) => ({
      invoiceId: 'F2026-000001', subscriptionId: l.subscriptionId!, tariffId: l.tariffId!, from: l.from!, to: l.to!,
      amountCents: l.amountCents, vatRate: l.vatRate, daysInMonth: l.daysInMonth!, unitPriceCents: l.unitPriceCents!,
    }));
    const m = migrating();
    const notes = massCreditNotes({ period: '2026-11', subscriptions: [m], advanceCharges, alreadyCredited: [] });
    expect(notes).toHaveLength(1);
    const note = notes[0]!;
    expect(note.rectifiesInvoiceId).toBe('F2026-000001');
    expect(note.lines.map((l) => [l.kind, l.tariffCode, l.from, l.to, l.days, l.amountCents])).toEqual([['CREDIT', 'A', '2026-11-16', '2026-11-30', 15, -1500]]);
    expect([note.totals.baseCents, note.totals.taxCents, note.totals.totalCents]).toEqual([-1500, -315, -1815]);

    // Running the mass credit again with its own lines as already credited creates nothing.
    const again = massCreditNotes({
      period: '2026-11', subscriptions: [m], advanceCharges,
      alreadyCredited: note.lines.map((l) => ({ subscriptionId: l.subscriptionId!, from: l.from!, to: l.to! })),
    });
    expect(again).toEqual([]);

    const charged = netChargedRanges([...nov.lines, ...note.lines]).get('s1') ?? [];
    expect(charged).toEqual([{ from: '2026-11-01', to: '2026-11-15' }]);
    const dec = mustInvoice(calculateInvoice({
      mode: 'ADVANCE', period: '2026-12', contractId: 'k1',
      subscriptions: [{ ...m, charged: [{ from: '2026-10-01', to: '2026-10-31' }, ...charged] }],
    }));
    expect(dec.lines.map((l) => [l.kind, l.tariffCode, l.from, l.to, l.days, l.daysInMonth, l.amountCents])).toEqual([
      ['CATCH_UP', 'B', '2026-11-16', '2026-11-30', 15, 30, 2250],
      ['CHARGE', 'B', '2026-12-01', '2026-12-31', 31, 31, 4500],
    ]);
    expect([dec.totals.baseCents, dec.totals.taxCents, dec.totals.totalCents]).toEqual([6750, 1418, 8168]);
  });

  it('4. ARREARS, activated 2026-11-10 on A: November 21 days = 21.00', () => {
    const s = sub({ states: [st('PENDING_ACTIVATION', '2026-11-02'), st('ACTIVE', '2026-11-10')], tariffs: [on(A, '2026-11-02')] });
    const inv = mustInvoice(calculateInvoice({ mode: 'ARREARS', period: '2026-11', contractId: 'k1', subscriptions: [s] }));
    expect(inv.lines.map((l) => [l.kind, l.from, l.to, l.days, l.amountCents])).toEqual([['CHARGE', '2026-11-10', '2026-11-30', 21, 2100]]);
    expect([inv.totals.baseCents, inv.totals.taxCents, inv.totals.totalCents]).toEqual([2100, 441, 2541]);
  });

  it('5. ACTIVE_NON_BILLABLE all month: no invoice, and the subscription explains why', () => {
    const s = sub({ states: [st('ACTIVE_NON_BILLABLE', '2026-11-01')], tariffs: [on(A, '2026-11-01')] });
    for (const mode of ['ARREARS', 'ADVANCE'] as const) {
      const r = calculateInvoice({ mode, period: '2026-11', contractId: 'k1', subscriptions: [s] });
      expect(r.invoice).toBeNull();
      expect(r.skipped).toEqual({ code: 'ALL_NON_BILLABLE', params: { period: '2026-11', count: 1 } });
    }
    const status = billableStatus(s.states, '2026-11-15');
    expect(status).toEqual({ billable: false, code: 'NOT_BILLABLE_NON_BILLABLE', params: { date: '2026-11-15', state: 'ACTIVE_NON_BILLABLE', since: '2026-11-01' } });
    expect(message(status.code, 'es', status.params)).toContain('activa no facturable desde el 01/11/2026');
    expect(message(status.code, 'en', status.params)).toContain('active non-billable since 01/11/2026');
  });

  it('6. signed with ES91…1332, profile changed to ES79…6789: charged to the signature IBAN, and it says so', () => {
    const warnings = signatureIbanWarnings({
      newClientIban: 'ES7921000813610123456789',
      contracts: [{ id: 'k1', number: 'C-2026-0001', signatureIban: 'ES9121000418450200051332' }],
    });
    expect(warnings).toHaveLength(1);
    expect(explain(warnings[0]!, 'es').message).toBe(
      'El contrato C-2026-0001 está firmado con el IBAN ES91 2100 0418 4502 0005 1332: sus facturas se seguirán cobrando en esa cuenta, no en ES79 2100 0813 6101 2345 6789.',
    );
    const account = billingAccountOf({ contractNumber: 'C-2026-0001', signature: { iban: 'ES9121000418450200051332' }, clientIban: 'ES7921000813610123456789' });
    expect(account).toMatchObject({ iban: 'ES9121000418450200051332', source: 'CONTRACT_SIGNATURE', code: 'ACCOUNT_FROM_SIGNATURE' });
    expect(message(account.code, 'es', account.params)).toBe(
      'Se cobra en ES91 2100 0418 4502 0005 1332, la cuenta de la firma del contrato C-2026-0001; la firma prevalece sobre la cuenta de la ficha del cliente (ES79 2100 0813 6101 2345 6789).',
    );
    expect(message(account.code, 'en', account.params)).toContain('the signature prevails over the client profile account');
  });
});
