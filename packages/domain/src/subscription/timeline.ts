// State and tariff timelines with effective dates (docs/rules.md §2 Subscription; §3 "a migration effective on D").
import type { DateOnly } from '../dates/day-number.js';
import type { Cents } from '../money/rounding.js';
import type { SubscriptionState } from './states.js';

/** An entry of a subscription's state timeline: the state it enters on `effectiveDate`. */
export interface StateChange { state: SubscriptionState; effectiveDate: DateOnly }
/** An entry of a subscription's tariff timeline: the tariff (monthly price in cents, VAT rate as a fraction) in force from `effectiveDate`. */
export interface TariffChange { tariffId: string; tariffCode: string; priceCents: Cents; vatRate: number; effectiveDate: DateOnly }

/** Entries by effective date; on the same date the later entry in the input wins (it was recorded later). Input already in order is returned as is. */
export function chronological<T extends { effectiveDate: DateOnly }>(entries: readonly T[]): readonly T[] {
  for (let i = 1; i < entries.length; i++) {
    if ((entries[i] as T).effectiveDate < (entries[i - 1] as T).effectiveDate) {
      return entries.map((e, idx) => ({ e, idx }))
        .sort((a, b) => (a.e.effectiveDate < b.e.effectiveDate ? -1 : a.e.effectiveDate > b.e.effectiveDate ? 1 : a.idx - b.idx))
        .map((x) => x.e);
    }
  }
  return entries;
}

/** The entry in force on `d` (the last one effective on or before it), or null before the first. */
export function entryOn<T extends { effectiveDate: DateOnly }>(entries: readonly T[], d: DateOnly): T | null {
  let found: T | null = null;
  for (const e of chronological(entries)) {
    if (e.effectiveDate <= d) found = e;
    else break;
  }
  return found;
}

/** The state in force on `d` (the last one effective on or before it), or null before the first. */
export function stateOn(states: readonly StateChange[], d: DateOnly): SubscriptionState | null {
  return entryOn(states, d)?.state ?? null;
}

/** The tariff in force on `d`, or null before the first. */
export function tariffOn(tariffs: readonly TariffChange[], d: DateOnly): TariffChange | null {
  return entryOn(tariffs, d);
}

/** The most recent entry by effective date, whatever today is. */
export function lastEntry<T extends { effectiveDate: DateOnly }>(entries: readonly T[]): T | null {
  const sorted = chronological(entries);
  return sorted[sorted.length - 1] ?? null;
}

/** The tariff a subscription has today, and the next migration already recorded for a later day (docs/billing.md). */
export interface TariffToday { current: TariffChange | null; scheduled: TariffChange | null }

/**
 * The tariff in force on `today` — or, for a subscription that starts later, its first tariff — and the first
 * migration effective after today, which shows as scheduled rather than as the current tariff.
 */
export function tariffToday(tariffs: readonly TariffChange[], today: DateOnly): TariffToday {
  const sorted = chronological(tariffs);
  const current = entryOn(sorted, today) ?? sorted[0] ?? null;
  const scheduled = sorted.find((t) => t.effectiveDate > today && t !== current) ?? null;
  return { current, scheduled };
}
