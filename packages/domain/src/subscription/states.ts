// The subscription state machine, exactly docs/rules.md §2's transition list.
import type { RefusalOf } from '../explain/refusal.js';

/** Codes of the subscription state and tariff refusals. */
export type SubscriptionRefusalCode = 'INVALID_TRANSITION' | 'STATE_CHANGE_BEFORE_LAST' | 'TARIFF_CHANGE_BEFORE_LAST'
  | 'TARIFF_UNCHANGED' | 'SUBSCRIPTION_FINAL_STATE';

/** The states of a subscription. */
export const SUBSCRIPTION_STATES = ['PENDING_ACTIVATION', 'ACTIVE', 'ACTIVE_NON_BILLABLE', 'SUSPENDED', 'CANCELLED', 'REJECTED'] as const;
/** A state of a subscription. */
export type SubscriptionState = (typeof SUBSCRIPTION_STATES)[number];

// REJECTED and CANCELLED are final: no way out.
const TRANSITIONS: Record<SubscriptionState, readonly SubscriptionState[]> = {
  PENDING_ACTIVATION: ['ACTIVE', 'ACTIVE_NON_BILLABLE', 'REJECTED'],
  ACTIVE: ['ACTIVE_NON_BILLABLE', 'SUSPENDED', 'CANCELLED'],
  ACTIVE_NON_BILLABLE: ['ACTIVE', 'CANCELLED'],
  SUSPENDED: ['ACTIVE', 'CANCELLED'],
  CANCELLED: [],
  REJECTED: [],
};

/** Whether `s` is one of the {@link SUBSCRIPTION_STATES}. */
export function isSubscriptionState(s: string): s is SubscriptionState {
  return (SUBSCRIPTION_STATES as readonly string[]).includes(s);
}

/** Whether `s` is final (`CANCELLED`, `REJECTED`): no transition leaves it. */
export function isFinalState(s: SubscriptionState): boolean {
  return TRANSITIONS[s].length === 0;
}

/** The states a subscription may move to from `from` (none from a final state). */
export function allowedTransitions(from: SubscriptionState): SubscriptionState[] {
  return [...TRANSITIONS[from]];
}

/** null when allowed; otherwise INVALID_TRANSITION listing the allowed targets ('' when the state is final). */
export function checkTransition(from: SubscriptionState, to: SubscriptionState): RefusalOf<SubscriptionRefusalCode> | null {
  if (TRANSITIONS[from].includes(to)) return null;
  return {
    code: 'INVALID_TRANSITION',
    entityType: 'ServiceSubscription',
    field: 'state',
    params: { from, to, allowed: TRANSITIONS[from].join(', '), allowedCount: TRANSITIONS[from].length },
  };
}
