// The regular invoice of one contract for one period, in ADVANCE or ARREARS mode (SPEC §3, rule 3).
import { dayNumberOf, daysInMonthOf, fromDayNumber, toDayNumber } from '../dates/day-number.js';
import { parsePeriod, type Period } from '../dates/period.js';
import { totalsOf } from '../money/vat.js';
import { additionalLines } from './additional-lines.js';
import { bonusLinesFor, prepareBonuses } from './bonus-lines.js';
import { atTariff, atTariffInForce, chargeLine, type EmitCharge } from './charge-lines.js';
import { spansOf, subtract, type Span } from './ranges.js';
import { firstActiveDay, hasStateWithin, spansInState, stateAt, stateSegments, tariffAt, tariffSegments } from './timeline-spans.js';
import type { BillingMode, InvoiceCalculation, InvoiceLineDraft, SubscriptionBillingInput } from './types.js';

export interface CalculateInvoiceInput { mode: BillingMode; period: Period; contractId: string; subscriptions: SubscriptionBillingInput[] }

/**
 * ARREARS charges exactly the period's ACTIVE days not yet charged. ADVANCE charges the whole period, at the
 * tariff of its first day, for subscriptions ACTIVE on that day (a snapshot: later changes never alter what this
 * run would have produced), plus CATCH_UP lines for earlier ACTIVE days from the billing start never charged.
 * Days already in `charged` are never charged again, so the calculation can be re-run safely.
 */
export function calculateInvoice(input: CalculateInvoiceInput): InvoiceCalculation {
  const { mode, period } = input;
  const ym = parsePeriod(period);
  if (!ym) throw new RangeError(`not a period 'YYYY-MM': ${String(period)}`);
  const dim = daysInMonthOf(ym[0], ym[1]);
  const pStart = dayNumberOf(ym[0], ym[1], 1);
  const pEnd = pStart + dim - 1;
  const issueDate = mode === 'ADVANCE' ? fromDayNumber(pStart) : fromDayNumber(pEnd + 1);
  const lines: InvoiceLineDraft[] = [];
  let nonBillable = 0;

  for (const sub of input.subscriptions) {
    const states = stateSegments(sub.states);
    const tariffs = tariffSegments(sub.tariffs);
    const start = sub.billingStartDate !== null ? toDayNumber(sub.billingStartDate) : firstActiveDay(states);
    const charged = sub.charged.length > 0 ? spansOf(sub.charged) : [];
    const bonuses = sub.bonuses.length > 0 ? prepareBonuses(sub.bonuses) : null;
    const emit = (kind: 'CHARGE' | 'CATCH_UP'): EmitCharge => (tariff, a, b, lineDim) => {
      const l = chargeLine(kind, sub.id, tariff, a, b, lineDim);
      lines.push(l);
      if (bonuses) bonusLinesFor(l, a, b, bonuses, lines);
    };

    if (start !== null) {
      if (mode === 'ARREARS') {
        const lo = start > pStart ? start : pStart;
        if (lo <= pEnd) atTariffInForce(subtract(spansInState(states, 'ACTIVE', lo, pEnd), charged), tariffs, emit('CHARGE'));
      } else {
        if (start < pStart) atTariffInForce(subtract(spansInState(states, 'ACTIVE', start, pStart - 1), charged), tariffs, emit('CATCH_UP'));
        const lo = start > pStart ? start : pStart;
        const tariff = tariffAt(tariffs, pStart) ?? tariffAt(tariffs, lo);
        if (lo <= pEnd && tariff && stateAt(states, pStart) === 'ACTIVE') {
          const whole: Span[] = [[lo, pEnd]];
          atTariff(subtract(whole, charged), tariff, emit('CHARGE'));
        }
      }
    }
    additionalLines(sub.id, sub.additionalAmounts, states, period, pStart, pEnd, issueDate, lines);

    if (hasStateWithin(states, 'ACTIVE_NON_BILLABLE', pStart, pEnd) && !hasStateWithin(states, 'ACTIVE', pStart, pEnd)) {
      nonBillable++;
    }
  }

  if (lines.length === 0) {
    const all = input.subscriptions.length > 0 && nonBillable === input.subscriptions.length;
    return all
      ? { invoice: null, skipped: { code: 'ALL_NON_BILLABLE', params: { period, count: nonBillable } } }
      : { invoice: null, skipped: { code: 'NOTHING_TO_BILL', params: { period } } };
  }
  const totals = totalsOf(lines);
  // Not issued, but its lines' days are charged all the same: the caller records them (docs/billing.md "Zero totals").
  if (totals.totalCents === 0) return { invoice: null, skipped: { code: 'ZERO_TOTAL', params: { period }, lines } };
  if (totals.totalCents < 0) return { invoice: null, skipped: { code: 'NEGATIVE_TOTAL', params: { period, totalCents: totals.totalCents } } };
  return { invoice: { period, issueDate, lines, totals }, skipped: null };
}
