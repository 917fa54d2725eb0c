// What catch-up a subscription will be charged for days before the current period (docs/rules.md, billing start date;
// docs/billing.md "Imports"): an import that starts ACTIVE in the past is told before it is invoiced.
import type { DateOnly } from '../dates/day-number.js';
import { fromDayNumber, toDayNumber } from '../dates/day-number.js';
import type { RefusalOf } from '../explain/refusal.js';
import { prorateCents } from '../money/rounding.js';
import { atTariffInForce } from './charge-lines.js';
import { loadRanges, SpanBuffer, unchargedActiveDays } from './span-buffer.js';
import { firstActiveDay, stateSegments, tariffSegments } from './timeline-spans.js';
import type { SubscriptionBillingInput } from './types.js';

export type CatchUpCode = 'CATCH_UP_PENDING' | 'BILLING_START_LOCKED';

export interface CatchUpNotice { from: DateOnly; to: DateOnly; days: number; amountCents: number; code: 'CATCH_UP_PENDING'; params: Record<string, string | number> }

/**
 * ACTIVE days before `before` (the first day of the current period), from the billing start on, never charged:
 * what the next runs charge as catch-up, before bonuses, at the tariff in force on each day. Null when none.
 */
export function pendingCatchUp(sub: Pick<SubscriptionBillingInput, 'billingStartDate' | 'states' | 'tariffs' | 'charged'>, before: DateOnly): CatchUpNotice | null {
  const states = stateSegments(sub.states);
  const start = sub.billingStartDate !== null ? toDayNumber(sub.billingStartDate) : firstActiveDay(states);
  const end = toDayNumber(before) - 1;
  if (start === null || start > end) return null;
  // The same rule as the invoice's catch-up lines (unchargedActiveDays), so the notice says what will be charged.
  const open = unchargedActiveDays(states, start, end, loadRanges(sub.charged, new SpanBuffer()), new SpanBuffer());
  let days = 0;
  let amountCents = 0;
  let lo = Number.MAX_SAFE_INTEGER;
  let hi = 0;
  atTariffInForce(open, tariffSegments(sub.tariffs), (tariff, a, b, dim) => {
    days += b - a + 1;
    amountCents += prorateCents(tariff.priceCents, b - a + 1, dim);
    if (a < lo) lo = a;
    if (b > hi) hi = b;
  });
  if (days === 0) return null;
  const from = fromDayNumber(lo);
  const to = fromDayNumber(hi);
  return { from, to, days, amountCents, code: 'CATCH_UP_PENDING', params: { days, from, to, amountCents, before } };
}

/** The billing start date moves only before any day of the subscription is charged: issued invoices are immutable. */
export function checkBillingStartChange(charged: SubscriptionBillingInput['charged'], billingStartDate: DateOnly): RefusalOf<CatchUpCode> | null {
  if (charged.length === 0) return null;
  return { code: 'BILLING_START_LOCKED', entityType: 'ServiceSubscription', field: 'billingStartDate', params: { date: billingStartDate, from: charged[0]!.from } };
}
