// Manual credit notes (docs/billing.md "Manual credit notes"): tables first, then properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain } from '../explain/explain.js';
import { totalsOf } from '../money/vat.js';
import { checkCreditNoteAvailable, creditableOf, creditedLineOf, planCreditNote, type CreditableFacts, type CreditNoteRequest, type EarlierCreditNote } from './credit-note.js';

const CTX = { today: '2026-11-20', defaultType: 'R4' as const };

function invoice(lines: Array<[amount: number, rate: number]>, creditNotes: EarlierCreditNote[] = [], extra: Partial<CreditableFacts> = {}): CreditableFacts {
  const ls = lines.map(([amountCents, vatRate], i) => ({ id: `l${i + 1}`, position: i + 1, kind: amountCents < 0 ? 'BONUS' as const : 'CHARGE' as const, amountCents, vatRate }));
  return { kind: 'INVOICE', number: 'F2026-000001', issueDate: '2026-11-01', voided: false, vat: totalsOf(ls).vat, lines: ls, creditNotes, ...extra };
}

/** A plan turned into an earlier credit note of the same invoice. */
function asEarlier(f: CreditableFacts, r: CreditNoteRequest): EarlierCreditNote {
  const res = planCreditNote(f, r, CTX);
  if (!res.ok) throw new Error(res.refusal.code);
  return { vat: res.plan.totals.vat, lines: res.plan.lines.map((l) => ({ creditsLineId: creditedLineOf(l), amountCents: l.amountCents })) };
}

describe('creditableOf', () => {
  it('an invoice with no credit notes: all of it, per rate and per positive line', () => {
    const c = creditableOf(invoice([[3000, 0.21], [-500, 0.21], [1000, 0.1]]));
    expect(c).toMatchObject({ baseCents: 3500, taxCents: 525 + 100, totalCents: 4125 });
    expect(c.vat).toEqual([{ vatRate: 0.21, baseCents: 2500, taxCents: 525 }, { vatRate: 0.1, baseCents: 1000, taxCents: 100 }]);
    // A line's rest is capped by its rate's: 3000 charged, 2500 left at 21 % after the bonus. A bonus is not credited on its own.
    expect(c.lines.map((l) => l.amountCents)).toEqual([2500, 0, 1000]);
  });

  it.each([
    ['a line credit', { lines: [{ lineId: 'l1', amountCents: 1000 }] }, { total: 2420 - 1210, lines: [0, 1000] }],
    ['a whole credit', { whole: true }, { total: 0, lines: [0, 0] }],
    // 1001 credited: tax round(210.21) = 210, so 999 + 210 are left.
    ['two line credits', { lines: [{ lineId: 'l1', amountCents: 1000 }, { lineId: 'l2', amountCents: 1 }] }, { total: 999 + 210, lines: [0, 999] }],
  ] as const)('after %s', (_, req, expected) => {
    const f = invoice([[1000, 0.21], [1000, 0.21]]);
    const after = { ...f, creditNotes: [asEarlier(f, { reason: 'x', ...req })] };
    const c = creditableOf(after);
    expect(c.totalCents).toBe(expected.total);
    expect(c.lines.map((l) => l.amountCents)).toEqual(expected.lines);
  });

  it('a mass credit (no line) counts on its rate only', () => {
    const f = invoice([[3000, 0.21]], [{ vat: [{ vatRate: 0.21, baseCents: -1071, taxCents: -225 }], lines: [{ creditsLineId: null, amountCents: -1071 }] }]);
    expect(creditableOf(f)).toMatchObject({ baseCents: 1929, taxCents: 630 - 225, lines: [{ amountCents: 1929 }] });
  });

  it('nothing on a credit note or a void invoice', () => {
    expect(creditableOf(invoice([[3000, 0.21]], [], { kind: 'CREDIT_NOTE' })).totalCents).toBe(0);
    expect(creditableOf(invoice([[3000, 0.21]], [], { voided: true })).totalCents).toBe(0);
  });
});

describe('checkCreditNoteAvailable', () => {
  it.each([
    ['an issued invoice', {}, [], null],
    ['a credit note', { kind: 'CREDIT_NOTE' as const }, [], 'CREDIT_NOTE_NOT_AN_INVOICE'],
    ['a void invoice', { voided: true }, [], 'CREDIT_NOTE_INVOICE_VOID'],
    ['a fully credited invoice', {}, [{ vat: [{ vatRate: 0.21, baseCents: -3000, taxCents: -630 }], lines: [] }], 'CREDIT_NOTE_NOTHING_LEFT'],
  ] as const)('%s', (_, extra, notes, code) => {
    expect(checkCreditNoteAvailable(invoice([[3000, 0.21]], [...notes], extra))?.code ?? null).toBe(code);
  });
});

describe('planCreditNote', () => {
  const f = invoice([[3000, 0.21], [1000, 0.21], [-500, 0.21], [2000, 0.1]]);

  it.each([
    ['no reason', { reason: '  ', whole: true }, 'CREDIT_NOTE_REASON_REQUIRED', 'reason'],
    ['a reason too long', { reason: 'x'.repeat(501), whole: true }, 'CREDIT_NOTE_REASON_TOO_LONG', 'reason'],
    ['an unknown type', { reason: 'r', whole: true, rectificationType: 'F1' }, 'CREDIT_NOTE_TYPE_INVALID', 'rectificationType'],
    ['neither whole nor lines', { reason: 'r' }, 'CREDIT_NOTE_SCOPE_INVALID', 'whole'],
    ['both whole and lines', { reason: 'r', whole: true, lines: [{ lineId: 'l1', amountCents: 1 }] }, 'CREDIT_NOTE_SCOPE_INVALID', 'lines'],
    ['an unknown line', { reason: 'r', lines: [{ lineId: 'zz', amountCents: 1 }] }, 'CREDIT_NOTE_LINE_UNKNOWN', 'lines.0.lineId'],
    ['a line twice', { reason: 'r', lines: [{ lineId: 'l1', amountCents: 1 }, { lineId: 'l1', amountCents: 1 }] }, 'CREDIT_NOTE_LINE_DUPLICATE', 'lines.1.lineId'],
    ['a zero amount', { reason: 'r', lines: [{ lineId: 'l1', amountCents: 0 }] }, 'CREDIT_NOTE_AMOUNT_INVALID', 'lines.0.amountCents'],
    ['a fractional amount', { reason: 'r', lines: [{ lineId: 'l1', amountCents: 1.5 }] }, 'CREDIT_NOTE_AMOUNT_INVALID', 'lines.0.amountCents'],
    ['more than the line', { reason: 'r', lines: [{ lineId: 'l2', amountCents: 1001 }] }, 'CREDIT_NOTE_LINE_EXCEEDS', 'lines.0.amountCents'],
    ['a bonus line', { reason: 'r', lines: [{ lineId: 'l3', amountCents: 1 }] }, 'CREDIT_NOTE_LINE_EXCEEDS', 'lines.0.amountCents'],
    // 3000 + 1000 − 500 = 3500 left at 21 %: 3000 + 1000 is more.
    ['more than the rate together', { reason: 'r', lines: [{ lineId: 'l1', amountCents: 3000 }, { lineId: 'l2', amountCents: 1000 }] }, 'CREDIT_NOTE_RATE_EXCEEDS', 'lines'],
  ] as const)('refuses %s', (_, req, code, field) => {
    const r = planCreditNote(f, req as CreditNoteRequest, CTX);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect([r.refusal.code, r.refusal.field]).toEqual([code, field]);
      for (const locale of ['es', 'en'] as const) {
        const e = explain(r.refusal, locale);
        expect(e.message).not.toMatch(/…|\{|CREDIT_NOTE_/);
        expect(e.remedy.length).toBeGreaterThan(10);
      }
    }
  });

  it('refuses a credit note dated before its invoice', () => {
    const r = planCreditNote(f, { reason: 'r', whole: true }, { ...CTX, today: '2026-10-31' });
    expect(!r.ok && r.refusal.code).toBe('CREDIT_NOTE_BEFORE_INVOICE');
  });

  it('a line credit: negative CREDIT lines, tax rounded once per rate, the default type', () => {
    const r = planCreditNote(f, { reason: ' Avería ', lines: [{ lineId: 'l1', amountCents: 1234 }, { lineId: 'l4', amountCents: 500 }] }, CTX);
    expect(r.ok && r.plan).toMatchObject({
      issueDate: '2026-11-20', rectificationType: 'R4', reason: 'Avería',
      totals: { baseCents: -1734, taxCents: -(259 + 50), totalCents: -2043, vat: [{ vatRate: 0.21, baseCents: -1234, taxCents: -259 }, { vatRate: 0.1, baseCents: -500, taxCents: -50 }] },
    });
    expect(r.ok && r.plan.lines.map((l) => [l.kind, l.amountCents, l.code, creditedLineOf(l)])).toEqual([['CREDIT', -1234, 'LINE_CREDIT_MANUAL', 'l1'], ['CREDIT', -500, 'LINE_CREDIT_MANUAL', 'l4']]);
  });

  it('a whole credit: the exact rest per rate, with the type asked for', () => {
    const r = planCreditNote(f, { reason: 'Alta errónea', whole: true, rectificationType: 'R1' }, CTX);
    const invoiceTotals = totalsOf(f.lines);
    expect(r.ok && r.plan.totals.totalCents).toBe(-invoiceTotals.totalCents);
    expect(r.ok && r.plan.rectificationType).toBe('R1');
    expect(r.ok && r.plan.lines.map((l) => l.code)).toEqual(['LINE_CREDIT_WHOLE', 'LINE_CREDIT_WHOLE']);
  });
});

describe('properties', () => {
  const rate = fc.constantFrom(0.21, 0.1, 0.04);
  const lines = fc.array(fc.tuple(fc.integer({ min: -2000, max: 20_000 }), rate), { minLength: 1, maxLength: 6 })
    .filter((ls) => totalsOf(ls.map(([amountCents, vatRate]) => ({ amountCents, vatRate }))).vat.every((g) => g.baseCents > 0));
  // A step: a whole credit, or some lines with amounts anywhere from 1 cent to beyond what is left.
  const step = fc.oneof(
    fc.constant<CreditNoteRequest>({ reason: 'r', whole: true }),
    fc.array(fc.tuple(fc.nat(5), fc.integer({ min: 1, max: 25_000 })), { minLength: 1, maxLength: 3 })
      .map((xs): CreditNoteRequest => ({ reason: 'r', lines: xs.map(([i, amountCents]) => ({ lineId: `l${i + 1}`, amountCents })) })),
  );

  it('the credit notes of an invoice never add up to more than it, per rate and in total, and each is accepted only within what is left', () => {
    fc.assert(fc.property(lines, fc.array(step, { maxLength: 8 }), (ls, steps) => {
      let f = invoice(ls);
      const total = totalsOf(f.lines);
      for (const s of steps) {
        const before = creditableOf(f);
        const r = planCreditNote(f, s, CTX);
        if (!r.ok) continue;
        expect(-r.plan.totals.totalCents).toBeLessThanOrEqual(before.totalCents);
        expect(r.plan.totals.totalCents).toBeLessThan(0);
        f = { ...f, creditNotes: [...f.creditNotes, { vat: r.plan.totals.vat, lines: r.plan.lines.map((l) => ({ creditsLineId: creditedLineOf(l), amountCents: l.amountCents })) }] };
        if (s.whole) expect(creditableOf(f).totalCents).toBe(0);
      }
      const credited = f.creditNotes.flatMap((c) => c.vat);
      for (const g of total.vat) {
        const at = credited.filter((c) => c.vatRate === g.vatRate);
        expect(-at.reduce((s, c) => s + c.baseCents, 0)).toBeLessThanOrEqual(g.baseCents);
        expect(-at.reduce((s, c) => s + c.taxCents, 0)).toBeLessThanOrEqual(g.taxCents);
      }
      const sum = -credited.reduce((s, c) => s + c.baseCents + c.taxCents, 0);
      expect(sum).toBeLessThanOrEqual(total.totalCents);
      // What is credited plus what is left is the invoice, exactly.
      expect(sum + creditableOf(f).totalCents).toBe(total.totalCents);
    }), { numRuns: 400 });
  });

  it('a request within every line\'s rest (and its rate\'s) is accepted', () => {
    fc.assert(fc.property(lines, fc.nat(), (ls, seed) => {
      const f = invoice(ls);
      const c = creditableOf(f);
      const line = c.lines.filter((l) => l.amountCents > 0)[seed % Math.max(1, c.lines.filter((l) => l.amountCents > 0).length)];
      fc.pre(line !== undefined);
      const amount = 1 + (seed % line!.amountCents);
      expect(planCreditNote(f, { reason: 'r', lines: [{ lineId: line!.lineId, amountCents: amount }] }, CTX).ok).toBe(true);
    }));
  });
});
