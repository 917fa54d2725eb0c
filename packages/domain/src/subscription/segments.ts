// A timeline of effective-dated entries as day-number segments: the one rule of how a timeline reads (docs/rules.md
// §2 "effective on D"): each entry holds from its date until the day before the next one, the last is open-ended,
// and of two entries on the same day the later one recorded wins. The dates are parsed here, once, into day numbers;
// the segments live in reusable integer buffers so that billing a subscription allocates nothing for its timelines.
import { toDayNumber } from '../dates/day-number.js';

/** Segment i holds `value[i]` on days `from[i]`–`to[i]` (inclusive); segments are in order and apart. */
export class Segments<T> {
  from: Int32Array;
  to: Int32Array;
  value: T[] = [];
  n = 0;

  constructor(capacity = 8) {
    this.from = new Int32Array(capacity);
    this.to = new Int32Array(capacity);
  }

  push(from: number, to: number, value: T): void {
    if (this.n === this.from.length) {
      const f = new Int32Array(this.n * 2);
      const t = new Int32Array(this.n * 2);
      f.set(this.from);
      t.set(this.to);
      this.from = f;
      this.to = t;
    }
    this.from[this.n] = from;
    this.to[this.n] = to;
    this.value[this.n] = value;
    this.n++;
  }
}

// Far beyond year 9999 yet a small integer (a Smi), so an open end allocates no boxed number.
const OPEN_END = 0x3ffffffe;

// Day numbers of the entries being loaded, reused.
let days = new Int32Array(16);

/**
 * Each entry holds until the day before the next one; the last is open-ended. Same-day entries: the later one wins.
 * Handles any input order (a stable sort by date, only when the input is out of order).
 */
export function loadSegments<T extends { effectiveDate: string }, V>(entries: readonly T[], pick: (e: T) => V, out: Segments<V>): Segments<V> {
  out.n = 0;
  const n = entries.length;
  if (days.length < n) days = new Int32Array(n * 2);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    days[i] = toDayNumber(entries[i]!.effectiveDate);
    if (i > 0 && days[i]! < days[i - 1]!) sorted = false;
  }
  if (sorted) {
    for (let i = 0; i < n; i++) {
      const from = days[i]!;
      const to = i + 1 < n ? days[i + 1]! - 1 : OPEN_END;
      if (from <= to) out.push(from, to, pick(entries[i]!));
    }
    return out;
  }
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => days[a]! - days[b]! || a - b);
  const sortedDays = idx.map((i) => days[i]!);
  for (let k = 0; k < n; k++) {
    const from = sortedDays[k]!;
    const to = k + 1 < n ? sortedDays[k + 1]! - 1 : OPEN_END;
    if (from <= to) out.push(from, to, pick(entries[idx[k]!]!));
  }
  return out;
}

/** The value in force on `day`, or null outside every segment. */
export function valueAt<T>(segs: Segments<T>, day: number): T | null {
  for (let i = 0; i < segs.n; i++) if (segs.from[i]! <= day && day <= segs.to[i]!) return segs.value[i]!;
  return null;
}
