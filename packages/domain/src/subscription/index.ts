// Subscription state machine, timelines and billable status (docs/rules.md §2, rule 3).
/**
 * The subscription state machine (which transitions are allowed, and why not), state and tariff timelines, and whether a subscription is billed on a day (rule 3).
 *
 * @module
 */
export {
  SUBSCRIPTION_STATES, type SubscriptionState, isSubscriptionState, isFinalState, allowedTransitions, checkTransition, type SubscriptionRefusalCode,
} from './states.js';
export { type StateChange, type TariffChange, type TariffToday, stateOn, tariffOn, tariffToday, lastEntry } from './timeline.js';
export { checkStateChange, checkTariffMigration } from './checks.js';
export { billableStatus, type BillableStatus, type BillableCode } from './billable.js';
export { checkExtraDeletion, checkExtraEnd, type ExtraFacts, type ExtraType, type ExtraRefusalCode } from './extras.js';
