// Whether a state change or a tariff migration may be recorded on a timeline (docs/rules.md §2 transitions; §3 migrations).
import { isDateOnly, type DateOnly } from '../dates/day-number.js';
import type { RefusalOf } from '../explain/refusal.js';
import type { ValidationCode } from '../validation/result.js';
import { checkTransition, isFinalState, type SubscriptionRefusalCode, type SubscriptionState } from './states.js';
import { lastEntry, type StateChange, type TariffChange } from './timeline.js';

const invalidDate = (value: string): RefusalOf<SubscriptionRefusalCode | ValidationCode> => ({
  code: 'DATE_INVALID', entityType: 'ServiceSubscription', field: 'effectiveDate', params: { field: 'effectiveDate', value: String(value) },
});

/**
 * A change must follow the machine from the latest state and may not be effective before the latest change
 * (history is not rewritten). An empty timeline accepts any first state: imports may start ACTIVE.
 */
export function checkStateChange(states: readonly StateChange[], to: SubscriptionState, effectiveDate: DateOnly): RefusalOf<SubscriptionRefusalCode | ValidationCode> | null {
  if (!isDateOnly(effectiveDate)) return invalidDate(effectiveDate);
  const last = lastEntry(states);
  if (!last) return null;
  if (effectiveDate < last.effectiveDate) {
    return {
      code: 'STATE_CHANGE_BEFORE_LAST', entityType: 'ServiceSubscription', field: 'effectiveDate',
      params: { effectiveDate, lastEffectiveDate: last.effectiveDate, state: last.state },
    };
  }
  return checkTransition(last.state, to);
}

/** A migration needs a live subscription, a different tariff, and a date after the latest tariff change. */
export function checkTariffMigration(
  states: readonly StateChange[], tariffs: readonly TariffChange[], newTariffId: string, effectiveDate: DateOnly,
): RefusalOf<SubscriptionRefusalCode | ValidationCode> | null {
  if (!isDateOnly(effectiveDate)) return invalidDate(effectiveDate);
  const lastState = lastEntry(states);
  if (lastState && isFinalState(lastState.state)) {
    return {
      code: 'SUBSCRIPTION_FINAL_STATE', entityType: 'ServiceSubscription', field: 'state',
      params: { state: lastState.state, since: lastState.effectiveDate },
    };
  }
  const lastTariff = lastEntry(tariffs);
  if (!lastTariff) return null;
  if (lastTariff.tariffId === newTariffId) {
    return { code: 'TARIFF_UNCHANGED', entityType: 'ServiceSubscription', field: 'tariffId', params: { tariff: lastTariff.tariffCode } };
  }
  // Two tariffs on one day would make that day's price ambiguous, so the date must be strictly later.
  if (effectiveDate <= lastTariff.effectiveDate) {
    return {
      code: 'TARIFF_CHANGE_BEFORE_LAST', entityType: 'ServiceSubscription', field: 'effectiveDate',
      params: { effectiveDate, lastEffectiveDate: lastTariff.effectiveDate, tariff: lastTariff.tariffCode },
    };
  }
  return null;
}
