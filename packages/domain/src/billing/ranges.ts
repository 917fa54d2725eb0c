// Inclusive day ranges as day numbers: union, subtraction, and the days already charged (docs/rules.md §3 catch-up; rule 4 "never the same days twice").
import { fromDayNumber, toDayNumber, type DateOnly, type DateRange } from '../dates/day-number.js';
import { fromSpans, normalizeBuffer, SpanBuffer, subtractInto, toSpans } from './span-buffer.js';
import type { InvoiceLineKind } from './types.js';

/** [from, to] inclusive, day numbers. */
export type Span = [number, number];

/** Sorted, merged (adjacent spans joined). */
export function normalize(spans: readonly Span[]): Span[] {
  return toSpans(normalizeBuffer(fromSpans(spans)));
}

/** `spans` minus `holes`; both must be normalized. */
export function subtract(spans: readonly Span[], holes: readonly Span[]): Span[] {
  if (holes.length === 0) return spans.slice();
  return toSpans(subtractInto(fromSpans(spans), fromSpans(holes), new SpanBuffer()));
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
