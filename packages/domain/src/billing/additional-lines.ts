// ADDITIONAL lines: ONE_OFF once, by the first run issued on or after its date; MONTHLY in full for each period overlapping its validity (docs/rules.md §3).
import { fromDayNumber, toDayNumber, type DateOnly } from '../dates/day-number.js';
import type { Period } from '../dates/period.js';
import type { SubscriptionState } from '../subscription/states.js';
import { hasStateWithin, stateAt, type StateSegments } from './timeline-spans.js';
import type { AdditionalAmountInput, InvoiceLineDraft } from './types.js';

// Rule 3 (internal lines) and never-provided services keep even their extras off the invoice.
const ONE_OFF_EXCLUDED: ReadonlySet<SubscriptionState | null> = new Set(['ACTIVE_NON_BILLABLE', 'REJECTED']);

function line(subscriptionId: string, a: AdditionalAmountInput, from: DateOnly, to: DateOnly, code: 'LINE_ADDITIONAL_ONE_OFF' | 'LINE_ADDITIONAL_MONTHLY', params: Record<string, string | number>): InvoiceLineDraft {
  return {
    kind: 'ADDITIONAL', subscriptionId, tariffId: null, tariffCode: null, bonusId: null, additionalAmountId: a.id,
    from, to, days: null, daysInMonth: null, unitPriceCents: a.amountCents, amountCents: a.amountCents, vatRate: a.vatRate,
    code, params,
  };
}

export function additionalLines(
  subscriptionId: string, amounts: readonly AdditionalAmountInput[], states: StateSegments,
  period: Period, pStart: number, pEnd: number, issueDay: number, out: InvoiceLineDraft[],
): void {
  for (const a of amounts) {
    if (a.kind === 'ONE_OFF') {
      if (a.date === null) continue;
      const day = toDayNumber(a.date); // parsed even when not billed: a malformed date is refused, never ignored
      if (a.alreadyBilled || day > issueDay) continue;
      // Dated before the subscription's first state (e.g. signed-up fee): judge it by the state on the issue date.
      const state = stateAt(states, day) ?? stateAt(states, issueDay);
      if (ONE_OFF_EXCLUDED.has(state)) continue;
      out.push(line(subscriptionId, a, a.date, a.date, 'LINE_ADDITIONAL_ONE_OFF', { description: a.description, amountCents: a.amountCents, date: a.date }));
      continue;
    }
    // A monthly extra (e.g. router rental) follows the service: billed when some day of the period is ACTIVE or SUSPENDED.
    const from = a.validFrom === null ? pStart : Math.max(pStart, toDayNumber(a.validFrom));
    const to = a.validTo === null ? pEnd : Math.min(pEnd, toDayNumber(a.validTo));
    if (from > to) continue;
    if (!hasStateWithin(states, 'ACTIVE', from, to) && !hasStateWithin(states, 'SUSPENDED', from, to)) continue;
    out.push(line(subscriptionId, a, fromDayNumber(pStart), fromDayNumber(pEnd), 'LINE_ADDITIONAL_MONTHLY', { description: a.description, amountCents: a.amountCents, period }));
  }
}
