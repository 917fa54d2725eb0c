// State and tariff timelines with effective dates (docs/rules.md §2 Subscription; §3 "a migration effective on D").
import { toDayNumber, type DateOnly } from '../dates/day-number.js';
import type { Cents } from '../money/rounding.js';
import { loadSegments, Segments, valueAt } from './segments.js';
import type { SubscriptionState } from './states.js';

/** An entry of a subscription's state timeline: the state it enters on `effectiveDate`. */
export interface StateChange { state: SubscriptionState; effectiveDate: DateOnly }
/** An entry of a subscription's tariff timeline: the tariff (monthly price in cents, VAT rate as a fraction) in force from `effectiveDate`. */
export interface TariffChange { tariffId: string; tariffCode: string; priceCents: Cents; vatRate: number; effectiveDate: DateOnly }

const itself = <T>(e: T): T => e;

/**
 * The entry in force on `d` (the last one effective on or before it; of two on the same day the later one), or null
 * before the first. The timeline and `d` are read as day numbers (subscription/segments.ts, the one reading of a
 * timeline); throws a RangeError on a malformed date: validate untrusted dates first (validateDateOnly).
 */
export function entryOn<T extends { effectiveDate: DateOnly }>(entries: readonly T[], d: DateOnly): T | null {
  return valueAt(loadSegments(entries, itself, new Segments<T>()), toDayNumber(d));
}

/** The state in force on `d` (the last one effective on or before it), or null before the first. */
export function stateOn(states: readonly StateChange[], d: DateOnly): SubscriptionState | null {
  return entryOn(states, d)?.state ?? null;
}

/** The tariff in force on `d`, or null before the first. */
export function tariffOn(tariffs: readonly TariffChange[], d: DateOnly): TariffChange | null {
  return entryOn(tariffs, d);
}

/** The most recent entry by effective date, whatever today is (of two on the same day, the later one). */
export function lastEntry<T extends { effectiveDate: DateOnly }>(entries: readonly T[]): T | null {
  const segs = loadSegments(entries, itself, new Segments<T>());
  return segs.n === 0 ? null : segs.value[segs.n - 1]!;
}

/** The tariff a subscription has today, and the next migration already recorded for a later day (docs/billing.md). */
export interface TariffToday { current: TariffChange | null; scheduled: TariffChange | null }

/**
 * The tariff in force on `today` — or, for a subscription that starts later, its first tariff — and the first
 * migration effective after today, which shows as scheduled rather than as the current tariff.
 */
export function tariffToday(tariffs: readonly TariffChange[], today: DateOnly): TariffToday {
  const segs = loadSegments(tariffs, itself, new Segments<TariffChange>());
  if (segs.n === 0) return { current: null, scheduled: null };
  const day = toDayNumber(today);
  const current = valueAt(segs, day) ?? segs.value[0]!;
  let scheduled: TariffChange | null = null;
  for (let i = 0; i < segs.n && scheduled === null; i++) if (segs.from[i]! > day && segs.value[i] !== current) scheduled = segs.value[i]!;
  return { current, scheduled };
}
