// State and tariff timelines turned into day-number segments, the form every billing rule works on (docs/rules.md §3 "at the tariff in force on each day").
import { toDayNumber } from '../dates/day-number.js';
import type { SubscriptionState } from '../subscription/states.js';
import type { StateChange, TariffChange } from '../subscription/timeline.js';
import type { Span } from './ranges.js';

export interface StateSeg { from: number; to: number; state: SubscriptionState }
export interface TariffSeg { from: number; to: number; tariff: TariffChange }

// Far beyond year 9999 yet a small integer (a Smi), so an open end allocates no boxed number.
const OPEN_END = 0x3ffffffe;

/** Each entry holds until the day before the next one; the last is open-ended. Same-day entries: the later one wins. Handles any input order. */
function segmentsOf<T extends { effectiveDate: string }, S>(entries: readonly T[], make: (from: number, to: number, e: T) => S): S[] {
  // Hot path: parse each date once, and only sort (stably) when the input is out of order.
  const n = entries.length;
  const days = new Array<number>(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    days[i] = toDayNumber(entries[i]!.effectiveDate);
    if (i > 0 && days[i]! < days[i - 1]!) sorted = false;
  }
  let order: readonly T[] = entries;
  if (!sorted) {
    const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => days[a]! - days[b]! || a - b);
    order = idx.map((i) => entries[i]!);
    const sortedDays = idx.map((i) => days[i]!);
    for (let i = 0; i < n; i++) days[i] = sortedDays[i]!;
  }
  const out: S[] = [];
  for (let i = 0; i < n; i++) {
    const from = days[i]!;
    const to = i + 1 < n ? days[i + 1]! - 1 : OPEN_END;
    if (from <= to) out.push(make(from, to, order[i]!));
  }
  return out;
}

// Specialised per entry type (monomorphic, no callback) since they run for every subscription of every invoice.
export function stateSegments(states: readonly StateChange[]): StateSeg[] {
  const out: StateSeg[] = [];
  const n = states.length;
  let cur = n > 0 ? toDayNumber(states[0]!.effectiveDate) : 0;
  for (let i = 0; i < n; i++) {
    const next = i + 1 < n ? toDayNumber(states[i + 1]!.effectiveDate) : OPEN_END + 1;
    if (next < cur) return segmentsOf(states, (from, to, e) => ({ from, to, state: e.state }));
    if (cur < next) out.push({ from: cur, to: next - 1, state: states[i]!.state });
    cur = next;
  }
  return out;
}

export function tariffSegments(tariffs: readonly TariffChange[]): TariffSeg[] {
  const out: TariffSeg[] = [];
  const n = tariffs.length;
  let cur = n > 0 ? toDayNumber(tariffs[0]!.effectiveDate) : 0;
  for (let i = 0; i < n; i++) {
    const next = i + 1 < n ? toDayNumber(tariffs[i + 1]!.effectiveDate) : OPEN_END + 1;
    if (next < cur) return segmentsOf(tariffs, (from, to, e) => ({ from, to, tariff: e }));
    if (cur < next) out.push({ from: cur, to: next - 1, tariff: tariffs[i]! });
    cur = next;
  }
  return out;
}

/** Days within [lo, hi] whose state is `state`, as merged spans. */
export function spansInState(segs: readonly StateSeg[], state: SubscriptionState, lo: number, hi: number): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    if (s.state !== state || s.to < lo || s.from > hi) continue;
    const a = s.from > lo ? s.from : lo;
    const b = s.to < hi ? s.to : hi;
    const last = out[out.length - 1];
    if (last && last[1] + 1 >= a) last[1] = b;
    else out.push([a, b]);
  }
  return out;
}

/** Whether some day within [lo, hi] has `state` (no allocation: called for every subscription). */
export function hasStateWithin(segs: readonly StateSeg[], state: SubscriptionState, lo: number, hi: number): boolean {
  for (const s of segs) if (s.state === state && s.to >= lo && s.from <= hi) return true;
  return false;
}

export function stateAt(segs: readonly StateSeg[], day: number): SubscriptionState | null {
  for (const s of segs) if (s.from <= day && day <= s.to) return s.state;
  return null;
}

export function tariffAt(segs: readonly TariffSeg[], day: number): TariffChange | null {
  for (const s of segs) if (s.from <= day && day <= s.to) return s.tariff;
  return null;
}

/** First day ACTIVE: the default billing start date (docs/rules.md §2). */
export function firstActiveDay(segs: readonly StateSeg[]): number | null {
  for (const s of segs) if (s.state === 'ACTIVE') return s.from;
  return null;
}
