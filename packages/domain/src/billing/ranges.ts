// Inclusive day ranges as day numbers: union, subtraction, and the days already charged (docs/rules.md §3 catch-up; rule 4 "never the same days twice").
import { fromDayNumber, toDayNumber, type DateOnly, type DateRange } from '../dates/day-number.js';
import type { InvoiceLineKind } from './types.js';

/** [from, to] inclusive, day numbers. */
export type Span = [number, number];

/** Sorted, merged (adjacent spans joined). */
export function normalize(spans: Span[]): Span[] {
  if (spans.length <= 1) return spans.slice();
  const sorted = spans.slice().sort((a, b) => a[0] - b[0]);
  const out: Span[] = [[sorted[0]![0], sorted[0]![1]]];
  for (let i = 1; i < sorted.length; i++) {
    const s = sorted[i]!;
    const last = out[out.length - 1]!;
    if (s[0] <= last[1] + 1) {
      if (s[1] > last[1]) last[1] = s[1];
    } else out.push([s[0], s[1]]);
  }
  return out;
}

/** `spans` minus `holes`; both must be normalized. */
export function subtract(spans: readonly Span[], holes: readonly Span[]): Span[] {
  if (holes.length === 0) return spans.slice();
  const out: Span[] = [];
  let h = 0;
  // Indexed loops, no destructuring: this runs for every subscription of every invoice.
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    let a = span[0];
    const b = span[1];
    while (h < holes.length && holes[h]![1] < a) h++;
    let k = h;
    while (a <= b && k < holes.length && holes[k]![0] <= b) {
      const ha = holes[k]![0];
      const hb = holes[k]![1];
      if (ha > a) out.push([a, ha - 1]);
      a = Math.max(a, hb + 1);
      k++;
    }
    if (a <= b) out.push([a, b]);
  }
  return out;
}

export function intersect(spans: readonly Span[], from: number, to: number): Span[] {
  const out: Span[] = [];
  for (const [a, b] of spans) {
    const x = a > from ? a : from;
    const y = b < to ? b : to;
    if (x <= y) out.push([x, y]);
  }
  return out;
}

export function spanDays(spans: readonly Span[]): number {
  let n = 0;
  for (const [a, b] of spans) n += b - a + 1;
  return n;
}

export function spansOf(ranges: readonly DateRange[]): Span[] {
  const spans: Span[] = [];
  let ordered = true; // usually one range, or ranges already sorted and apart: then nothing to merge
  for (let i = 0; i < ranges.length; i++) {
    const a = toDayNumber(ranges[i]!.from);
    const b = toDayNumber(ranges[i]!.to);
    if (a > b) continue;
    const last = spans[spans.length - 1];
    if (last !== undefined && a <= last[1] + 1) ordered = false;
    spans.push([a, b]);
  }
  return ordered ? spans : normalize(spans);
}

export function rangesOf(spans: readonly Span[]): DateRange[] {
  return spans.map(([a, b]) => ({ from: fromDayNumber(a), to: fromDayNumber(b) }));
}

/**
 * Days already charged per subscription, net of credit notes: CHARGE and CATCH_UP ranges minus CREDIT ranges.
 * Counted per day, so a day charged, credited and charged again by a catch-up is charged (1 + 1 − 1), whatever
 * the order of the lines. Feed it every invoice and credit-note line of the contract; the result is
 * `SubscriptionBillingInput.charged`.
 */
export function netChargedRanges(
  lines: ReadonlyArray<{ kind: InvoiceLineKind; subscriptionId: string | null; from: DateOnly | null; to: DateOnly | null }>,
): Map<string, DateRange[]> {
  // Sweep events per subscription: +1 where a charge starts, −1 the day after it ends; the opposite for credits.
  const events = new Map<string, Map<number, number>>();
  for (const l of lines) {
    if (!l.subscriptionId || !l.from || !l.to) continue;
    const sign = l.kind === 'CHARGE' || l.kind === 'CATCH_UP' ? 1 : l.kind === 'CREDIT' ? -1 : 0;
    if (sign === 0) continue;
    let ev = events.get(l.subscriptionId);
    if (!ev) events.set(l.subscriptionId, (ev = new Map()));
    const a = toDayNumber(l.from);
    const b = toDayNumber(l.to) + 1;
    ev.set(a, (ev.get(a) ?? 0) + sign);
    ev.set(b, (ev.get(b) ?? 0) - sign);
  }
  const out = new Map<string, DateRange[]>();
  for (const [id, ev] of events) {
    const days = [...ev.keys()].sort((x, y) => x - y);
    const spans: Span[] = [];
    let count = 0;
    for (let i = 0; i < days.length; i++) {
      count += ev.get(days[i]!)!;
      const next = days[i + 1];
      if (count > 0 && next !== undefined) spans.push([days[i]!, next - 1]);
    }
    const net = normalize(spans);
    if (net.length > 0) out.set(id, rangesOf(net));
  }
  return out;
}
