// Mass credits after mid-month tariff migrations in ADVANCE mode (docs/rules.md rule 4; the repository's docs/billing.md "Mass credits").
// The decision: a mass credit corrects the *tariff* of days already charged, nothing else. It credits exactly
// the days charged at an old tariff that the next invoice charges at the new one (days ACTIVE at another
// tariff); days that would stay charged without the migration (a suspension in ADVANCE mode) stay charged.
import { dayNumberOf, daysInMonthOf, fromDayNumber, toDayNumber, type DateOnly } from '../dates/day-number.js';
import { parsePeriod, type Period } from '../dates/period.js';
import { prorateCents } from '../money/rounding.js';
import { totalsOf } from '../money/vat.js';
import type { StateChange, TariffChange } from '../subscription/timeline.js';
import { bonusLinesFor } from './bonus-lines.js';
import { intersect, normalize, subtract, type Span } from './ranges.js';
import { SpanBuffer, stateSpansInto, toSpans } from './span-buffer.js';
import { segmentList, stateSegments, tariffSegments, type StateSegments } from './timeline-spans.js';
import type { RefusalOf } from '../explain/refusal.js';
import type { ValidationCode } from '../validation/result.js';
import { checkMassCreditInput } from './invoice-input.js';
import type { ChargedLine, CreditNoteDraft, InvoiceLineDraft } from './types.js';

/** Everything {@link calculateMassCredit} needs: the period, the subscriptions' timelines, the period's ADVANCE charge lines, and what was already credited. */
export interface MassCreditInput {
  period: Period;
  subscriptions: { id: string; states: StateChange[]; tariffs: TariffChange[] }[];
  /** The period's ADVANCE charge lines and their BONUS lines (with `bonusKind`/`bonusValue`), in invoice order. */
  advanceCharges: ChargedLine[];
  alreadyCredited: { subscriptionId: string; from: string; to: string }[];
  /** The credit notes' issue date: an invoice issued after it is not rectified (never a note dated before its invoice). */
  issueDate?: DateOnly;
}

/**
 * The result of {@link calculateMassCredit}: the credit notes to issue (none when nothing was charged at an old
 * tariff), or, when the input is malformed, no notes and the refusal naming the field (as {@link checkMassCreditInput}).
 */
export type MassCreditCalculation =
  | { notes: CreditNoteDraft[]; refusal: null }
  | { notes: []; refusal: RefusalOf<ValidationCode> };

/** How an invoice's BONUS line applied its bonus, read back from the line's code and explanation params. */
export function appliedBonusOf(line: { code: string; params: Record<string, string | number> }): { bonusKind: 'PERCENT' | 'FIXED'; bonusValue: number } | null {
  if (line.code === 'LINE_BONUS_PERCENT') return { bonusKind: 'PERCENT', bonusValue: Number(line.params['percent']) };
  if (line.code === 'LINE_BONUS_FIXED' || line.code === 'LINE_BONUS_FIXED_CAPPED') return { bonusKind: 'FIXED', bonusValue: Number(line.params['valueCents']) };
  return null;
}

interface Timeline { states: StateSegments; tariffs: { from: number; to: number; value: TariffChange }[]; codes: Map<string, string> }

function spanMap(entries: readonly { subscriptionId: string; from: string; to: string }[]): Map<string, Span[]> {
  const m = new Map<string, Span[]>();
  for (const c of entries) {
    const list = m.get(c.subscriptionId) ?? [];
    list.push([toDayNumber(c.from), toDayNumber(c.to)]);
    m.set(c.subscriptionId, list);
  }
  for (const [id, spans] of m) m.set(id, normalize(spans));
  return m;
}

/** Days within [a, b] ACTIVE at a tariff other than `tariffId`: what the next invoice charges at the new tariff. */
function wronglyCharged(tl: Timeline, tariffId: string, a: number, b: number): Span[] {
  const other: Span[] = [];
  for (const seg of tl.tariffs) {
    // Only a migration makes a day wrongly charged; a later edit of a tariff's price does not re-price history.
    if (seg.value.tariffId !== tariffId) other.push(...intersect([[seg.from, seg.to]], a, b));
  }
  if (other.length === 0) return [];
  const active = toSpans(stateSpansInto(tl.states, 'ACTIVE', a, b, new SpanBuffer()));
  const out: Span[] = [];
  for (const [x, y] of normalize(other)) out.push(...intersect(active, x, y));
  return normalize(out);
}

/**
 * One credit note per original invoice, one CREDIT line per (subscription, tariff charged, run of consecutive
 * days), each amount its own formula: days / days in month × price, rounded once. Days already credited are
 * skipped, so a re-run credits nothing twice. The invoice's BONUS lines on the credited days are mirrored: the
 * same bonuses, computed by the same rule over the credited days, given back as positive LINE_CREDIT_BONUS lines
 * (the next invoice grants them again on the catch-up at the new tariff).
 * Malformed input is not thrown: the result carries no notes and the refusal of {@link checkMassCreditInput},
 * naming the field and its value.
 */
export function calculateMassCredit(input: MassCreditInput): MassCreditCalculation {
  const refusal = checkMassCreditInput(input);
  if (refusal) return { notes: [], refusal };
  return { notes: creditNotes(input, parsePeriod(input.period)!), refusal: null };
}

function creditNotes(input: MassCreditInput, ym: [number, number]): CreditNoteDraft[] {
  const pStart = dayNumberOf(ym[0], ym[1], 1);
  const pEnd = pStart + daysInMonthOf(ym[0], ym[1]) - 1;
  const lastIssue = input.issueDate === undefined ? Number.MAX_SAFE_INTEGER : toDayNumber(input.issueDate);

  const timelines = new Map<string, Timeline>();
  for (const s of input.subscriptions) {
    timelines.set(s.id, {
      states: stateSegments(s.states), tariffs: segmentList(tariffSegments(s.tariffs)), codes: new Map(s.tariffs.map((t) => [t.tariffId, t.tariffCode])),
    });
  }
  const credited = spanMap(input.alreadyCredited);
  const byInvoice = new Map<string, InvoiceLineDraft[]>();
  const bonusesOf = (c: ChargedLine) => input.advanceCharges.filter((b) => b.kind === 'BONUS' && b.invoiceId === c.invoiceId
    && b.subscriptionId === c.subscriptionId && b.tariffId === c.tariffId && b.from <= c.to && b.to >= c.from && b.bonusKind);

  for (const charge of input.advanceCharges) {
    if ((charge.kind ?? 'CHARGE') !== 'CHARGE') continue;
    if (charge.invoiceIssueDate !== undefined && toDayNumber(charge.invoiceIssueDate) > lastIssue) continue;
    const tl = timelines.get(charge.subscriptionId);
    if (!tl) continue;
    const lineFrom = toDayNumber(charge.from);
    const lineTo = toDayNumber(charge.to);
    const [inPeriod] = intersect([[lineFrom, lineTo]], pStart, pEnd);
    if (!inPeriod) continue;
    const before = credited.get(charge.subscriptionId) ?? [];
    const runs = subtract(wronglyCharged(tl, charge.tariffId, inPeriod[0], inPeriod[1]), before);
    if (runs.length === 0) continue;
    const tariffCode = tl.codes.get(charge.tariffId) ?? charge.tariffId;
    const prepared = bonusesOf(charge).map((b) => ({
      bonus: { id: b.bonusId ?? '', kind: b.bonusKind!, value: b.bonusValue ?? 0, validFrom: b.from, validTo: b.to },
      from: toDayNumber(b.from), to: toDayNumber(b.to),
    }));
    const lines: InvoiceLineDraft[] = [];
    for (const [a, b] of runs) {
      const days = b - a + 1;
      const from = fromDayNumber(a);
      const to = fromDayNumber(b);
      const amount = prorateCents(charge.unitPriceCents, days, charge.daysInMonth);
      const newTariffs = [...new Set(tl.tariffs.filter((s) => s.from <= b && s.to >= a && s.value.tariffId !== charge.tariffId).map((s) => s.value))];
      const credit: InvoiceLineDraft = {
        kind: 'CREDIT', subscriptionId: charge.subscriptionId, tariffId: charge.tariffId, tariffCode, bonusId: null,
        additionalAmountId: null, from, to, days, daysInMonth: charge.daysInMonth, unitPriceCents: charge.unitPriceCents,
        amountCents: -amount, vatRate: charge.vatRate, code: 'LINE_CREDIT_MIGRATION',
        params: {
          tariff: tariffCode, newTariff: newTariffs.map((t) => t.tariffCode).join(', '), from, to, days, daysInMonth: charge.daysInMonth,
          unitPriceCents: charge.unitPriceCents, effectiveDate: newTariffs[0]?.effectiveDate ?? from,
        },
      };
      if (amount > 0) lines.push(credit);
      if (prepared.length > 0 && amount > 0) {
        // The bonuses as the invoice computed them, over the credited days only, then given back.
        const discounts: InvoiceLineDraft[] = [];
        bonusLinesFor({ ...credit, amountCents: amount }, a, b, prepared, discounts);
        for (const d of discounts) {
          lines.push({
            ...d, amountCents: -d.amountCents, unitPriceCents: null, code: 'LINE_CREDIT_BONUS',
            params: { tariff: tariffCode, from: d.from!, to: d.to!, days: d.days!, daysInMonth: charge.daysInMonth },
          });
        }
      }
    }
    credited.set(charge.subscriptionId, normalize([...before, ...runs]));
    if (lines.length === 0) continue;
    const list = byInvoice.get(charge.invoiceId) ?? [];
    list.push(...lines);
    byInvoice.set(charge.invoiceId, list);
  }

  const notes: CreditNoteDraft[] = [];
  for (const [invoiceId, lines] of byInvoice) notes.push({ rectifiesInvoiceId: invoiceId, lines, totals: totalsOf(lines) });
  return notes;
}
