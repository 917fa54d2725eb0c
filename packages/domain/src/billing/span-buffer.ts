// Inclusive day spans held in reusable integer buffers: the form the invoice's hot path works on, so that a
// subscription's ACTIVE, charged and uncharged days allocate nothing per invoice (docs/rules.md §3).
import { toDayNumber, type DateRange } from '../dates/day-number.js';
import type { SubscriptionState } from '../subscription/states.js';
import type { StateSegments } from './timeline-spans.js';

/** A growable list of spans [a[i], b[i]] (day numbers, inclusive), sorted and apart once built by the functions below. */
export class SpanBuffer {
  a: Int32Array;
  b: Int32Array;
  n = 0;

  constructor(capacity = 8) {
    this.a = new Int32Array(capacity);
    this.b = new Int32Array(capacity);
  }

  push(x: number, y: number): void {
    if (this.n === this.a.length) this.grow();
    this.a[this.n] = x;
    this.b[this.n] = y;
    this.n++;
  }

  private grow(): void {
    const a = new Int32Array(this.a.length * 2);
    const b = new Int32Array(this.b.length * 2);
    a.set(this.a);
    b.set(this.b);
    this.a = a;
    this.b = b;
  }
}

/** The spans of `buf` as [from, to] pairs. */
export function toSpans(buf: SpanBuffer): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < buf.n; i++) out.push([buf.a[i]!, buf.b[i]!]);
  return out;
}

/** A buffer holding `spans` ([from, to] pairs, as given). */
export function fromSpans(spans: readonly (readonly [number, number])[]): SpanBuffer {
  const buf = new SpanBuffer(spans.length || 1);
  for (const [x, y] of spans) buf.push(x, y);
  return buf;
}

/** Loads `ranges` (date-only strings, any order, may touch or overlap) into `out`, sorted and merged. */
export function loadRanges(ranges: readonly DateRange[], out: SpanBuffer): SpanBuffer {
  out.n = 0;
  let ordered = true; // usually one range, or ranges already sorted and apart: then nothing to merge
  for (let i = 0; i < ranges.length; i++) {
    const x = toDayNumber(ranges[i]!.from);
    const y = toDayNumber(ranges[i]!.to);
    if (x > y) continue;
    if (out.n > 0 && x <= out.b[out.n - 1]! + 1) ordered = false;
    out.push(x, y);
  }
  if (!ordered) normalizeBuffer(out);
  return out;
}

/** Sorts the spans of `buf` by start and merges the overlapping or adjacent ones, in place. */
export function normalizeBuffer(buf: SpanBuffer): SpanBuffer {
  const n = buf.n;
  if (n <= 1) return buf;
  const idx = Array.from({ length: n }, (_, i) => i).sort((i, j) => buf.a[i]! - buf.a[j]!);
  const a = idx.map((i) => buf.a[i]!);
  const b = idx.map((i) => buf.b[i]!);
  buf.n = 0;
  for (let i = 0; i < n; i++) {
    if (buf.n > 0 && a[i]! <= buf.b[buf.n - 1]! + 1) {
      if (b[i]! > buf.b[buf.n - 1]!) buf.b[buf.n - 1] = b[i]!;
    } else buf.push(a[i]!, b[i]!);
  }
  return buf;
}

/** Days within [lo, hi] whose state is `state`, as merged spans, into `out`. */
export function stateSpansInto(segs: StateSegments, state: SubscriptionState, lo: number, hi: number, out: SpanBuffer): SpanBuffer {
  out.n = 0;
  for (let i = 0; i < segs.n; i++) {
    const from = segs.from[i]!;
    const to = segs.to[i]!;
    if (segs.value[i] !== state || to < lo || from > hi) continue;
    const x = from > lo ? from : lo;
    const y = to < hi ? to : hi;
    if (out.n > 0 && out.b[out.n - 1]! + 1 >= x) out.b[out.n - 1] = y;
    else out.push(x, y);
  }
  return out;
}

/** `spans` minus `holes` into `out` (a third buffer); `spans` and `holes` sorted and merged. */
export function subtractInto(spans: SpanBuffer, holes: SpanBuffer | null, out: SpanBuffer): SpanBuffer {
  out.n = 0;
  const hn = holes === null ? 0 : holes.n;
  let h = 0;
  for (let i = 0; i < spans.n; i++) {
    let x = spans.a[i]!;
    const y = spans.b[i]!;
    while (h < hn && holes!.b[h]! < x) h++;
    let k = h;
    while (x <= y && k < hn && holes!.a[k]! <= y) {
      const ha = holes!.a[k]!;
      const hb = holes!.b[k]!;
      if (ha > x) out.push(x, ha - 1);
      if (hb + 1 > x) x = hb + 1;
      k++;
    }
    if (x <= y) out.push(x, y);
  }
  return out;
}

const activeScratch = new SpanBuffer();

/**
 * The ACTIVE days within [lo, hi] not yet charged, into `out`: what an ARREARS invoice charges in its period and
 * what a catch-up charges before it (docs/rules.md §3). The one place this rule is written.
 */
export function unchargedActiveDays(states: StateSegments, lo: number, hi: number, charged: SpanBuffer | null, out: SpanBuffer): SpanBuffer {
  return subtractInto(stateSpansInto(states, 'ACTIVE', lo, hi, activeScratch), charged, out);
}
