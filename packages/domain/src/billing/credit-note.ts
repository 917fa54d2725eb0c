// Manual credit notes (facturas rectificativas, docs/billing.md "Manual credit notes"): what is still
// creditable on an issued invoice after earlier credit notes, and the credit note a request asks for.
// Amounts are exact per VAT rate: the base and the tax credited on a rate never exceed the invoice's, so
// the credit notes of an invoice never add up to more than the invoice, whatever their rounding.
import type { DateOnly } from '../dates/day-number.js';
import type { RefusalOf } from '../explain/refusal.js';
import { taxOf, type Cents } from '../money/rounding.js';
import type { Totals, VatGroup } from '../money/vat.js';
import { RECTIFYING_TYPES, type InvoiceType } from '../verifactu/record.js';
import type { InvoiceDocumentKind } from './payment.js';
import type { InvoiceLineDraft, InvoiceLineKind } from './types.js';

/** Codes of the manual credit note refusals. */
export type CreditNoteRefusalCode = 'CREDIT_NOTE_NOT_AN_INVOICE' | 'CREDIT_NOTE_INVOICE_VOID' | 'CREDIT_NOTE_NOTHING_LEFT'
  | 'CREDIT_NOTE_REASON_REQUIRED' | 'CREDIT_NOTE_REASON_TOO_LONG' | 'CREDIT_NOTE_SCOPE_INVALID' | 'CREDIT_NOTE_LINE_UNKNOWN'
  | 'CREDIT_NOTE_LINE_DUPLICATE' | 'CREDIT_NOTE_AMOUNT_INVALID' | 'CREDIT_NOTE_LINE_EXCEEDS' | 'CREDIT_NOTE_RATE_EXCEEDS'
  | 'CREDIT_NOTE_TYPE_INVALID' | 'CREDIT_NOTE_BEFORE_INVOICE';

/** A refusal of a manual credit note. */
export type CreditNoteRefusal = RefusalOf<CreditNoteRefusalCode>;

/** The longest reason a credit note keeps. */
export const CREDIT_REASON_MAX = 500;

/** A line of the invoice, as the credit rule needs it. */
export interface CreditableLineFacts { id: string; position: number; kind: InvoiceLineKind; amountCents: Cents; vatRate: number }

/** A credit note already issued for the invoice: its VAT breakdown (negative) and, per line, the invoice line it credits (null for a whole or mass credit). */
export interface EarlierCreditNote { vat: readonly VatGroup[]; lines: readonly { creditsLineId: string | null; amountCents: Cents }[] }

/** An issued document and the credit notes that rectify it. */
export interface CreditableFacts {
  kind: InvoiceDocumentKind;
  number: string;
  issueDate: DateOnly;
  voided: boolean;
  vat: readonly VatGroup[];
  lines: readonly CreditableLineFacts[];
  creditNotes: readonly EarlierCreditNote[];
}

/** What is still creditable: in total, per VAT rate (base and tax) and per line (base, before VAT). */
export interface Creditable {
  baseCents: Cents;
  taxCents: Cents;
  totalCents: Cents;
  vat: VatGroup[];
  lines: { lineId: string; position: number; amountCents: Cents; vatRate: number }[];
}

const NOTHING = (f: CreditableFacts): Creditable => ({
  baseCents: 0, taxCents: 0, totalCents: 0, vat: [], lines: f.lines.map((l) => ({ lineId: l.id, position: l.position, amountCents: 0, vatRate: l.vatRate })),
});

/**
 * The rest of the invoice after its credit notes. Per rate: the invoice's base and tax minus what earlier credit
 * notes credited at that rate (never below zero; a rate whose base is used up has no tax left either). Per line
 * (positive lines only: a discount is not credited on its own): the line's amount minus what credit notes credited
 * on that line, and never more than its rate has left. Mass credits and whole credits count on the rate only.
 */
export function creditableOf(f: CreditableFacts): Creditable {
  if (f.kind !== 'INVOICE' || f.voided) return NOTHING(f);
  const credited = new Map<number, { base: number; tax: number }>();
  const perLine = new Map<string, number>();
  for (const cn of f.creditNotes) {
    for (const g of cn.vat) {
      const c = credited.get(g.vatRate) ?? { base: 0, tax: 0 };
      credited.set(g.vatRate, { base: c.base - g.baseCents, tax: c.tax - g.taxCents });
    }
    for (const l of cn.lines) if (l.creditsLineId) perLine.set(l.creditsLineId, (perLine.get(l.creditsLineId) ?? 0) - l.amountCents);
  }
  const vat: VatGroup[] = [];
  for (const g of f.vat) {
    const c = credited.get(g.vatRate) ?? { base: 0, tax: 0 };
    const base = Math.max(0, g.baseCents - c.base);
    const tax = base === 0 ? 0 : Math.max(0, g.taxCents - c.tax);
    vat.push({ vatRate: g.vatRate, baseCents: base, taxCents: tax });
  }
  const left = new Map(vat.map((g) => [g.vatRate, g.baseCents]));
  const lines = f.lines.map((l) => ({
    lineId: l.id, position: l.position, vatRate: l.vatRate,
    amountCents: l.amountCents <= 0 ? 0 : Math.max(0, Math.min(l.amountCents - (perLine.get(l.id) ?? 0), left.get(l.vatRate) ?? 0)),
  }));
  const baseCents = vat.reduce((s, g) => s + g.baseCents, 0);
  const taxCents = vat.reduce((s, g) => s + g.taxCents, 0);
  return { baseCents, taxCents, totalCents: baseCents + taxCents, vat: vat.filter((g) => g.baseCents > 0), lines };
}

/** Whether a credit note can be issued for the document at all (the CREATE_CREDIT_NOTE action); null when it can. */
export function checkCreditNoteAvailable(f: CreditableFacts, c: Creditable = creditableOf(f)): CreditNoteRefusal | null {
  const base = { entityType: 'Invoice' as const, field: 'invoiceId' };
  if (f.kind !== 'INVOICE') return { ...base, code: 'CREDIT_NOTE_NOT_AN_INVOICE', params: { number: f.number } };
  if (f.voided) return { ...base, code: 'CREDIT_NOTE_INVOICE_VOID', params: { number: f.number } };
  if (c.totalCents <= 0) return { ...base, code: 'CREDIT_NOTE_NOTHING_LEFT', params: { number: f.number, count: f.creditNotes.length } };
  return null;
}

/** A request for a credit note: the whole rest of the invoice, or amounts (cents before VAT) of some of its lines. */
export interface CreditNoteRequest {
  whole?: boolean | null;
  lines?: readonly { lineId: string; amountCents: number }[] | null;
  reason: string;
  rectificationType?: string | null;
}

/** The credit note to issue: its type, reason, negative lines and totals, dated `today`. */
export interface CreditNotePlan {
  issueDate: DateOnly;
  rectificationType: InvoiceType;
  reason: string;
  lines: InvoiceLineDraft[];
  totals: Totals;
}

export type CreditNotePlanResult = { ok: true; plan: CreditNotePlan } | { ok: false; refusal: CreditNoteRefusal };

const creditLine = (amountCents: Cents, vatRate: number, code: InvoiceLineDraft['code'], params: InvoiceLineDraft['params']): InvoiceLineDraft => ({
  kind: 'CREDIT', subscriptionId: null, tariffId: null, tariffCode: null, bonusId: null, additionalAmountId: null, from: null, to: null,
  days: null, daysInMonth: null, unitPriceCents: null, amountCents, vatRate, code, params,
});

/** Per rate, the tax of a credited base: rounded once, never more than the rate has left, exactly the rest when the base is. */
function creditTotals(bases: Map<number, number>, left: readonly VatGroup[]): Totals {
  const vat: VatGroup[] = [];
  for (const [vatRate, base] of bases) {
    const g = left.find((x) => x.vatRate === vatRate)!;
    const tax = base === g.baseCents ? g.taxCents : Math.min(taxOf(base, vatRate), g.taxCents);
    vat.push({ vatRate, baseCents: -base, taxCents: -tax });
  }
  vat.sort((a, b) => b.vatRate - a.vatRate);
  const baseCents = vat.reduce((s, g) => s + g.baseCents, 0);
  const taxCents = vat.reduce((s, g) => s + g.taxCents, 0);
  return { baseCents, taxCents, totalCents: baseCents + taxCents, vat };
}

const percent = (rate: number) => String(Math.round(rate * 10_000) / 100);

/**
 * Checks a request against the invoice and builds the credit note, or says why not (the first problem, with the
 * input field it concerns). `defaultType` is the setting used when the request names no rectification type.
 */
export function planCreditNote(f: CreditableFacts, r: CreditNoteRequest, ctx: { today: DateOnly; defaultType: InvoiceType }): CreditNotePlanResult {
  const fail = (code: CreditNoteRefusalCode, field: string, params: Record<string, string | number> = {}): CreditNotePlanResult =>
    ({ ok: false, refusal: { code, entityType: 'Invoice', field, params: { number: f.number, ...params } } });
  const c = creditableOf(f);
  const unavailable = checkCreditNoteAvailable(f, c);
  if (unavailable) return { ok: false, refusal: unavailable };
  if (ctx.today < f.issueDate) return fail('CREDIT_NOTE_BEFORE_INVOICE', 'invoiceId', { issueDate: f.issueDate, today: ctx.today });
  const reason = r.reason.trim();
  if (reason.length === 0) return fail('CREDIT_NOTE_REASON_REQUIRED', 'reason');
  if (reason.length > CREDIT_REASON_MAX) return fail('CREDIT_NOTE_REASON_TOO_LONG', 'reason', { max: CREDIT_REASON_MAX });
  const type = r.rectificationType ?? ctx.defaultType;
  if (!RECTIFYING_TYPES.includes(type as InvoiceType)) return fail('CREDIT_NOTE_TYPE_INVALID', 'rectificationType', { value: String(type) });
  const whole = r.whole === true;
  const requested = r.lines ?? [];
  if (whole === requested.length > 0) return fail('CREDIT_NOTE_SCOPE_INVALID', whole ? 'lines' : 'whole');

  const bases = new Map<number, number>();
  const lines: InvoiceLineDraft[] = [];
  if (whole) {
    for (const g of c.vat) {
      bases.set(g.vatRate, g.baseCents);
      lines.push(creditLine(-g.baseCents, g.vatRate, 'LINE_CREDIT_WHOLE', { invoice: f.number, rate: percent(g.vatRate) }));
    }
  } else {
    const seen = new Set<string>();
    for (const [i, q] of requested.entries()) {
      const line = f.lines.find((l) => l.id === q.lineId);
      if (!line) return fail('CREDIT_NOTE_LINE_UNKNOWN', `lines.${i}.lineId`, { value: q.lineId });
      if (seen.has(q.lineId)) return fail('CREDIT_NOTE_LINE_DUPLICATE', `lines.${i}.lineId`, { position: line.position });
      seen.add(q.lineId);
      if (!Number.isSafeInteger(q.amountCents) || q.amountCents <= 0) return fail('CREDIT_NOTE_AMOUNT_INVALID', `lines.${i}.amountCents`, { position: line.position });
      const left = c.lines.find((l) => l.lineId === q.lineId)!.amountCents;
      if (q.amountCents > left) return fail('CREDIT_NOTE_LINE_EXCEEDS', `lines.${i}.amountCents`, { position: line.position, amountCents: q.amountCents, creditableCents: left });
      bases.set(line.vatRate, (bases.get(line.vatRate) ?? 0) + q.amountCents);
      lines.push(creditLine(-q.amountCents, line.vatRate, 'LINE_CREDIT_MANUAL', { invoice: f.number, position: line.position, lineId: line.id }));
    }
    // Several lines of one rate together may not credit more than the rate has left.
    for (const [vatRate, base] of bases) {
      const left = c.vat.find((g) => g.vatRate === vatRate)?.baseCents ?? 0;
      if (base > left) return fail('CREDIT_NOTE_RATE_EXCEEDS', 'lines', { rate: percent(vatRate), amountCents: base, creditableCents: left });
    }
  }
  return { ok: true, plan: { issueDate: ctx.today, rectificationType: type as InvoiceType, reason, lines, totals: creditTotals(bases, c.vat) } };
}

/** The invoice line a credit line credits (null for whole and mass credits), as {@link planCreditNote} wrote it. */
export function creditedLineOf(line: { code: string; params: Record<string, unknown> | null }): string | null {
  const id = line.code === 'LINE_CREDIT_MANUAL' ? line.params?.['lineId'] : null;
  return typeof id === 'string' ? id : null;
}
