// State and tariff timelines as day-number segments (subscription/segments.ts), the form every billing rule works on
// (docs/rules.md §3 "at the tariff in force on each day").
import { loadSegments, Segments, valueAt } from '../subscription/segments.js';
import type { SubscriptionState } from '../subscription/states.js';
import type { StateChange, TariffChange } from '../subscription/timeline.js';

export type StateSegments = Segments<SubscriptionState>;
export type TariffSegments = Segments<TariffChange>;

const stateOf = (e: StateChange): SubscriptionState => e.state;
const tariffOf = (e: TariffChange): TariffChange => e;

/** The state timeline as segments, into `out` (a fresh buffer when not given). */
export function stateSegments(states: readonly StateChange[], out: StateSegments = new Segments()): StateSegments {
  return loadSegments(states, stateOf, out);
}

/** The tariff timeline as segments, into `out` (a fresh buffer when not given). */
export function tariffSegments(tariffs: readonly TariffChange[], out: TariffSegments = new Segments()): TariffSegments {
  return loadSegments(tariffs, tariffOf, out);
}

/** Whether some day within [lo, hi] has `state` (no allocation: called for every subscription). */
export function hasStateWithin(segs: StateSegments, state: SubscriptionState, lo: number, hi: number): boolean {
  for (let i = 0; i < segs.n; i++) if (segs.value[i] === state && segs.to[i]! >= lo && segs.from[i]! <= hi) return true;
  return false;
}

export const stateAt: (segs: StateSegments, day: number) => SubscriptionState | null = valueAt;
export const tariffAt: (segs: TariffSegments, day: number) => TariffChange | null = valueAt;

/** First day ACTIVE: the default billing start date (docs/rules.md §2). */
export function firstActiveDay(segs: StateSegments): number | null {
  for (let i = 0; i < segs.n; i++) if (segs.value[i] === 'ACTIVE') return segs.from[i]!;
  return null;
}

/** The segments as a list of objects (for code off the hot path). */
export function segmentList<T>(segs: Segments<T>): { from: number; to: number; value: T }[] {
  const out: { from: number; to: number; value: T }[] = [];
  for (let i = 0; i < segs.n; i++) out.push({ from: segs.from[i]!, to: segs.to[i]!, value: segs.value[i]! });
  return out;
}

export { Segments };
