// Mass credits after mid-month tariff migrations in ADVANCE mode (SPEC rule 4): credit the days charged at a tariff no longer in force.
import { dayNumberOf, daysInMonthOf, fromDayNumber, toDayNumber } from '../dates/day-number.js';
import { parsePeriod, type Period } from '../dates/period.js';
import { prorateCents } from '../money/rounding.js';
import { totalsOf } from '../money/vat.js';
import type { StateChange, TariffChange } from '../subscription/timeline.js';
import { intersect, normalize, spanDays, subtract, type Span } from './ranges.js';
import { tariffSegments, type TariffSeg } from './timeline-spans.js';
import type { ChargedLine, CreditNoteDraft, InvoiceLineDraft } from './types.js';

export interface MassCreditInput {
  period: Period;
  subscriptions: { id: string; states: StateChange[]; tariffs: TariffChange[] }[];
  advanceCharges: ChargedLine[]; // the period's ADVANCE charge lines
  alreadyCredited: { subscriptionId: string; from: string; to: string }[];
}

/**
 * One credit note per original invoice, with one CREDIT line per run of days that were charged at a tariff
 * other than the one in force (each run cut where the new tariff changes). Days already credited are skipped,
 * and the credited amount of a line is cumulative over its days, so that across runs it never exceeds the charge.
 * The new tariff for those days is then charged by the next ADVANCE invoice as CATCH_UP lines, since credited
 * days leave `netChargedRanges`.
 */
export function calculateMassCredit(input: MassCreditInput): CreditNoteDraft[] {
  const ym = parsePeriod(input.period);
  if (!ym) throw new RangeError(`not a period 'YYYY-MM': ${String(input.period)}`);
  const pStart = dayNumberOf(ym[0], ym[1], 1);
  const pEnd = pStart + daysInMonthOf(ym[0], ym[1]) - 1;

  const timelines = new Map<string, { segs: TariffSeg[]; codes: Map<string, string> }>();
  for (const s of input.subscriptions) {
    timelines.set(s.id, { segs: tariffSegments(s.tariffs), codes: new Map(s.tariffs.map((t) => [t.tariffId, t.tariffCode])) });
  }
  const credited = new Map<string, Span[]>();
  for (const c of input.alreadyCredited) {
    const list = credited.get(c.subscriptionId) ?? [];
    list.push([toDayNumber(c.from), toDayNumber(c.to)]);
    credited.set(c.subscriptionId, list);
  }
  for (const [id, spans] of credited) credited.set(id, normalize(spans));

  const byInvoice = new Map<string, InvoiceLineDraft[]>();
  for (const charge of input.advanceCharges) {
    const tl = timelines.get(charge.subscriptionId);
    if (!tl) continue;
    const lineSpan: Span = [toDayNumber(charge.from), toDayNumber(charge.to)];
    const inPeriod = intersect([lineSpan], pStart, pEnd);
    if (inPeriod.length === 0) continue;
    const before = credited.get(charge.subscriptionId) ?? [];
    let creditedDays = spanDays(intersect(before, lineSpan[0], lineSpan[1]));
    // Credits are cumulative over the line's days: the first n credited days are worth f(n), never more than the charge.
    const worth = (n: number): number => Math.min(prorateCents(charge.unitPriceCents, n, charge.daysInMonth), charge.amountCents);
    const fresh: InvoiceLineDraft[] = [];
    for (const seg of tl.segs) {
      if (seg.tariff.tariffId === charge.tariffId && seg.tariff.priceCents === charge.unitPriceCents) continue;
      const wrong = subtract(intersect(inPeriod, seg.from, seg.to), before);
      for (const [a, b] of wrong) {
        const days = b - a + 1;
        const amount = worth(creditedDays + days) - worth(creditedDays);
        creditedDays += days;
        if (amount <= 0) continue;
        const from = fromDayNumber(a);
        const to = fromDayNumber(b);
        const tariffCode = tl.codes.get(charge.tariffId) ?? charge.tariffId;
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
    credited.set(charge.subscriptionId, normalize([...before, ...fresh.map((l) => [toDayNumber(l.from!), toDayNumber(l.to!)] as Span)]));
    const list = byInvoice.get(charge.invoiceId) ?? [];
    list.push(...fresh);
    byInvoice.set(charge.invoiceId, list);
  }

  const notes: CreditNoteDraft[] = [];
  for (const [invoiceId, lines] of byInvoice) notes.push({ rectifiesInvoiceId: invoiceId, lines, totals: totalsOf(lines) });
  return notes;
}
