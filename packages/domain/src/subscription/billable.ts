// Whether a subscription is billed on a day, and why (docs/rules.md §1 rule 3: ACTIVE_NON_BILLABLE never generates lines).
import type { DateOnly } from '../dates/day-number.js';
import type { SubscriptionState } from './states.js';
import { entryOn, type StateChange } from './timeline.js';

/** Why a subscription is, or is not, billed on a day. */
export type BillableCode = 'BILLABLE_ACTIVE' | 'NOT_BILLABLE_NON_BILLABLE' | 'NOT_BILLABLE_PENDING' | 'NOT_BILLABLE_SUSPENDED'
  | 'NOT_BILLABLE_CANCELLED' | 'NOT_BILLABLE_REJECTED' | 'NOT_BILLABLE_NOT_STARTED';
/** Whether a subscription is billed on a day, with the code and params that say why. */
export interface BillableStatus { billable: boolean; code: BillableCode; params: Record<string, string | number> }

const CODE_OF: Record<SubscriptionState, BillableCode> = {
  ACTIVE: 'BILLABLE_ACTIVE',
  ACTIVE_NON_BILLABLE: 'NOT_BILLABLE_NON_BILLABLE',
  PENDING_ACTIVATION: 'NOT_BILLABLE_PENDING',
  SUSPENDED: 'NOT_BILLABLE_SUSPENDED',
  CANCELLED: 'NOT_BILLABLE_CANCELLED',
  REJECTED: 'NOT_BILLABLE_REJECTED',
};

/** Whether the subscription with these states is billed on `on` (rule 3: `ACTIVE_NON_BILLABLE` never is), and why. */
export function billableStatus(states: readonly StateChange[], on: DateOnly): BillableStatus {
  const e = entryOn(states, on);
  if (!e) return { billable: false, code: 'NOT_BILLABLE_NOT_STARTED', params: { date: on } };
  return { billable: e.state === 'ACTIVE', code: CODE_OF[e.state], params: { date: on, state: e.state, since: e.effectiveDate } };
}
