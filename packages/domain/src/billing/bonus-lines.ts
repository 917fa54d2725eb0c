// BONUS lines: PERCENT discounts each charge line inside its validity; FIXED discounts its monthly amount prorated like the charge, never more than it (docs/rules.md §3).
import { fromDayNumber, toDayNumber } from '../dates/day-number.js';
import { percentOfCents, prorateCents } from '../money/rounding.js';
import type { BonusInput, InvoiceLineDraft } from './types.js';

export interface PreparedBonus { bonus: BonusInput; from: number; to: number }

// Far beyond year 9999 yet a small integer (a Smi), so an open end allocates no boxed number.
const OPEN_END = 0x3ffffffe;

export function prepareBonuses(bonuses: readonly BonusInput[]): PreparedBonus[] {
  return bonuses.map((bonus) => ({
    bonus,
    from: toDayNumber(bonus.validFrom),
    to: bonus.validTo === null ? OPEN_END : toDayNumber(bonus.validTo),
  }));
}

/**
 * The discounts of one CHARGE or CATCH_UP line, one BONUS line per bonus overlapping it.
 * Bonuses apply in input order, and together never take the line below zero.
 */
export function bonusLinesFor(charge: InvoiceLineDraft, lineFrom: number, lineTo: number, bonuses: readonly PreparedBonus[], out: InvoiceLineDraft[]): void {
  let remaining = charge.amountCents;
  const dim = charge.daysInMonth as number;
  const price = charge.unitPriceCents as number;
  for (const { bonus, from, to } of bonuses) {
    if (remaining <= 0) return;
    const a = from > lineFrom ? from : lineFrom;
    const b = to < lineTo ? to : lineTo;
    if (a > b) continue;
    const days = b - a + 1;
    const whole = a === lineFrom && b === lineTo;
    // The part of the charge these days stand for: the line itself, or the same proration over fewer days.
    const portion = whole ? charge.amountCents : prorateCents(price, days, dim);
    // Percentages add up on the charge (20 % + 10 % is 30 %), they do not compound; together they stop at zero.
    const wanted = bonus.kind === 'PERCENT' ? percentOfCents(portion, bonus.value) : prorateCents(bonus.value, days, dim);
    const discount = Math.min(wanted, portion, remaining);
    const capped = bonus.kind === 'FIXED' && discount < wanted;
    if (discount <= 0) continue;
    remaining -= discount;
    const f = fromDayNumber(a);
    const t = fromDayNumber(b);
    const params: Record<string, string | number> = { tariff: charge.tariffCode ?? '', from: f, to: t, days, daysInMonth: dim };
    if (bonus.kind === 'PERCENT') params['percent'] = bonus.value;
    else params['valueCents'] = bonus.value;
    out.push({
      kind: 'BONUS', subscriptionId: charge.subscriptionId, tariffId: charge.tariffId, tariffCode: charge.tariffCode,
      bonusId: bonus.id, additionalAmountId: null, from: f, to: t, days, daysInMonth: dim,
      unitPriceCents: bonus.kind === 'FIXED' ? bonus.value : null, amountCents: -discount, vatRate: charge.vatRate,
      code: bonus.kind === 'PERCENT' ? 'LINE_BONUS_PERCENT' : capped ? 'LINE_BONUS_FIXED_CAPPED' : 'LINE_BONUS_FIXED',
      params,
    });
  }
}
