// Mass credits after mid-month tariff migrations in ADVANCE mode (docs/rules.md §1 rule 4): credit the days charged at a tariff no longer in force.
import { dayNumberOf, daysInMonthOf, fromDayNumber, toDayNumber } from '../dates/day-number.js';
import { parsePeriod, type Period } from '../dates/period.js';
import { divideRounded, prorateCents } from '../money/rounding.js';
import { totalsOf } from '../money/vat.js';
import type { StateChange, TariffChange } from '../subscription/timeline.js';
import { intersect, normalize, spanDays, subtract, type Span } from './ranges.js';
import { tariffSegments, type TariffSeg } from './timeline-spans.js';
import type { ChargedLine, CreditNoteDraft, InvoiceLineDraft } from './types.js';

/** Everything {@link calculateMassCredit} needs: the period, the subscriptions' timelines, the period's ADVANCE charge lines, and what was already credited. */
export interface MassCreditInput {
  period: Period;
  subscriptions: { id: string; states: StateChange[]; tariffs: TariffChange[] }[];
  advanceCharges: ChargedLine[]; // the period's ADVANCE charge lines (and, optionally, their BONUS lines)
  alreadyCredited: { subscriptionId: string; from: string; to: string }[];
}

interface Timeline { segs: TariffSeg[]; codes: Map<string, string> }

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

/**
 * One credit note per original invoice, with one CREDIT line per run of days that were charged at a tariff
 * other than the one in force, each run cut where the tariff in force changes. Days already credited
 * are skipped, and a line's credit is cumulative over its days, so across runs it never exceeds the charge.
 * When the invoice's BONUS lines are passed too, the discount on the credited days is reversed (a positive
 * BONUS line, LINE_CREDIT_BONUS): the bonus is granted again on the catch-up at the new tariff.
 * The new tariff for those days is charged by the next ADVANCE invoice as CATCH_UP lines, since credited days
 * leave `netChargedRanges`.
 * Throws a RangeError on a malformed period or date: its input is the invoices Antena issued; check any other
 * input with {@link checkMassCreditInput} first.
 */
export function calculateMassCredit(input: MassCreditInput): CreditNoteDraft[] {
  const ym = parsePeriod(input.period);
  if (!ym) throw new RangeError(`not a period 'YYYY-MM': ${String(input.period)}`);
  const pStart = dayNumberOf(ym[0], ym[1], 1);
  const pEnd = pStart + daysInMonthOf(ym[0], ym[1]) - 1;

  const timelines = new Map<string, Timeline>();
  for (const s of input.subscriptions) {
    timelines.set(s.id, { segs: tariffSegments(s.tariffs), codes: new Map(s.tariffs.map((t) => [t.tariffId, t.tariffCode])) });
  }
  const initiallyCredited = spanMap(input.alreadyCredited);
  const credited = new Map(initiallyCredited);
  const creditedNow = new Map<string, Span[]>();
  const byInvoice = new Map<string, InvoiceLineDraft[]>();
  const add = (invoiceId: string, ls: InvoiceLineDraft[]): void => {
    if (ls.length === 0) return;
    const list = byInvoice.get(invoiceId) ?? [];
    list.push(...ls);
    byInvoice.set(invoiceId, list);
  };

  // Charges first: bonus reversals follow the days their charges credited in this run.
  const charges = input.advanceCharges.filter((c) => (c.kind ?? 'CHARGE') === 'CHARGE');
  const bonuses = input.advanceCharges.filter((c) => c.kind === 'BONUS');

  for (const charge of charges) {
    const tl = timelines.get(charge.subscriptionId);
    if (!tl) continue;
    const lineSpan: Span = [toDayNumber(charge.from), toDayNumber(charge.to)];
    const inPeriod = intersect([lineSpan], pStart, pEnd);
    if (inPeriod.length === 0) continue;
    const before = credited.get(charge.subscriptionId) ?? [];
    let creditedDays = spanDays(intersect(before, lineSpan[0], lineSpan[1]));
    // The first n credited days of a line are worth f(n), never more than the charge.
    const worth = (n: number): number => Math.min(prorateCents(charge.unitPriceCents, n, charge.daysInMonth), charge.amountCents);
    const fresh: InvoiceLineDraft[] = [];
    const tariffCode = tl.codes.get(charge.tariffId) ?? charge.tariffId;
    for (const seg of tl.segs) {
      // Only a migration makes a day wrongly charged; a later edit of a tariff's price does not re-price history.
      if (seg.tariff.tariffId === charge.tariffId) continue;
      for (const [a, b] of subtract(intersect(inPeriod, seg.from, seg.to), before)) {
        const days = b - a + 1;
        const amount = worth(creditedDays + days) - worth(creditedDays);
        creditedDays += days;
        if (amount <= 0) continue;
        const from = fromDayNumber(a);
        const to = fromDayNumber(b);
        fresh.push({
          kind: 'CREDIT', subscriptionId: charge.subscriptionId, tariffId: charge.tariffId, tariffCode, bonusId: null,
          additionalAmountId: null, from, to, days, daysInMonth: charge.daysInMonth, unitPriceCents: charge.unitPriceCents,
          amountCents: -amount, vatRate: charge.vatRate, code: 'LINE_CREDIT_MIGRATION',
          params: {
            tariff: tariffCode, newTariff: seg.tariff.tariffCode, from, to, days, daysInMonth: charge.daysInMonth,
            unitPriceCents: charge.unitPriceCents, effectiveDate: seg.tariff.effectiveDate,
          },
        });
      }
    }
    if (fresh.length === 0) continue;
    // Two charge lines of one subscription never credit the same day twice.
    const spans = fresh.map((l) => [toDayNumber(l.from!), toDayNumber(l.to!)] as Span);
    credited.set(charge.subscriptionId, normalize([...before, ...spans]));
    creditedNow.set(charge.subscriptionId, normalize([...(creditedNow.get(charge.subscriptionId) ?? []), ...spans]));
    add(charge.invoiceId, fresh);
  }

  for (const bonus of bonuses) add(bonus.invoiceId, bonusReversals(bonus, creditedNow, initiallyCredited, timelines));

  const notes: CreditNoteDraft[] = [];
  for (const [invoiceId, lines] of byInvoice) notes.push({ rectifiesInvoiceId: invoiceId, lines, totals: totalsOf(lines) });
  return notes;
}

/** Gives back the discount a BONUS line granted on days this run credited, cumulatively over its days. */
function bonusReversals(
  bonus: ChargedLine, creditedNow: Map<string, Span[]>, initiallyCredited: Map<string, Span[]>, timelines: Map<string, Timeline>,
): InvoiceLineDraft[] {
  const now = creditedNow.get(bonus.subscriptionId);
  if (!now || bonus.amountCents >= 0) return [];
  const a0 = toDayNumber(bonus.from);
  const b0 = toDayNumber(bonus.to);
  const lineDays = b0 - a0 + 1;
  const discount = -bonus.amountCents;
  const worth = (n: number): number => Math.min(divideRounded(discount * n, lineDays), discount);
  let reversedDays = spanDays(intersect(initiallyCredited.get(bonus.subscriptionId) ?? [], a0, b0));
  const tariffCode = timelines.get(bonus.subscriptionId)?.codes.get(bonus.tariffId) ?? bonus.tariffId;
  const out: InvoiceLineDraft[] = [];
  for (const [a, b] of intersect(now, a0, b0)) {
    const days = b - a + 1;
    const amount = worth(reversedDays + days) - worth(reversedDays);
    reversedDays += days;
    if (amount <= 0) continue;
    const from = fromDayNumber(a);
    const to = fromDayNumber(b);
    out.push({
      kind: 'BONUS', subscriptionId: bonus.subscriptionId, tariffId: bonus.tariffId, tariffCode, bonusId: bonus.bonusId ?? null,
      additionalAmountId: null, from, to, days, daysInMonth: bonus.daysInMonth, unitPriceCents: null, amountCents: amount,
      vatRate: bonus.vatRate, code: 'LINE_CREDIT_BONUS', params: { tariff: tariffCode, from, to, days, daysInMonth: bonus.daysInMonth },
    });
  }
  return out;
}
