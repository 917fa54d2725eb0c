// Subscription state machine, timelines and billable status (SPEC §2, rule 3).
export {
  SUBSCRIPTION_STATES, type SubscriptionState, isSubscriptionState, isFinalState, allowedTransitions, checkTransition,
} from './states.js';
export { type StateChange, type TariffChange, stateOn, tariffOn, lastEntry } from './timeline.js';
export { checkStateChange, checkTariffMigration } from './checks.js';
export { billableStatus, type BillableStatus, type BillableCode } from './billable.js';
