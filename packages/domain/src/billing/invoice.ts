// The regular invoice of one contract for one period, in ADVANCE or ARREARS mode (docs/rules.md §3, rule 3).
import { dayNumberOf, daysInMonthOf, fromDayNumber, toDayNumber } from '../dates/day-number.js';
import { parsePeriod } from '../dates/period.js';
import { totalsOf } from '../money/vat.js';
import { additionalLines } from './additional-lines.js';
import { bonusLinesFor, prepareBonuses } from './bonus-lines.js';
import { atTariff, atTariffInForce, chargeLine } from './charge-lines.js';
import { checkInvoiceInput, screenInvoiceInput } from './invoice-input.js';
import { loadRanges, SpanBuffer, stateSpansInto, subtractInto, unchargedActiveDays } from './span-buffer.js';
import type { TariffChange } from '../subscription/timeline.js';
import { firstActiveDay, hasStateWithin, Segments, stateAt, stateSegments, tariffAt, tariffSegments, type StateSegments, type TariffSegments } from './timeline-spans.js';
import type { CalculateInvoiceInput, InvoiceCalculation, InvoiceLineDraft } from './types.js';
import type { PreparedBonus } from './bonus-lines.js';

export type { CalculateInvoiceInput };

/**
 * ARREARS charges exactly the period's ACTIVE days not yet charged. ADVANCE charges the whole period, at the
 * tariff of its first day, for subscriptions ACTIVE on that day (a snapshot: later changes never alter what this
 * run would have produced), plus CATCH_UP lines for earlier ACTIVE days from the billing start never charged.
 * Days already in `charged` are never charged again, so the calculation can be re-run safely.
 * Malformed input is not thrown: the result is skipped with `INPUT_INVALID`, naming the field and its value
 * ({@link checkInvoiceInput} returns the refusal itself).
 */
export function calculateInvoice(input: CalculateInvoiceInput): InvoiceCalculation {
  // Untrusted input is refused with the field at fault, never thrown. A malformed date (each is parsed once, by
  // the calculation itself) ends in the full check; the numbers and names that would not throw are screened
  // after the calculation, while the input is still in the CPU cache, and a result from a bad input is dropped.
  const ym = typeof input === 'object' && input !== null ? periodOfInput(input.period) : null;
  if (ym !== null) {
    try {
      const result = calculate(input, ym);
      if (screenInvoiceInput(input)) return result;
    } catch (e) {
      if (checkInvoiceInput(input) === null) throw e;
    }
  }
  const r = checkInvoiceInput(input);
  if (r === null) return calculate(input, parsePeriod(input.period) as [number, number]);
  return { invoice: null, skipped: { code: 'INPUT_INVALID', params: { ...r.params, period: String(input?.period), problem: r.code } } };
}

// The line being emitted belongs to this subscription and kind: set before each atTariff call, so that the hot
// path allocates no closure per subscription (calculate is synchronous and never re-entered).
let emitSubscription = '';
let emitKind: 'CHARGE' | 'CATCH_UP' = 'CHARGE';
let emitBonuses: PreparedBonus[] | null = null;
let emitLines: InvoiceLineDraft[] = [];

function emit(tariff: TariffChange, a: number, b: number, lineDim: number): void {
  const l = chargeLine(emitKind, emitSubscription, tariff, a, b, lineDim);
  emitLines.push(l);
  if (emitBonuses) bonusLinesFor(l, a, b, emitBonuses, emitLines);
}

// Scratch spans of the subscription being billed, reused from one subscription to the next.
const STATES: StateSegments = new Segments();
const TARIFFS: TariffSegments = new Segments();
const CHARGED = new SpanBuffer();
const OPEN = new SpanBuffer();
const WHOLE = new SpanBuffer(1);
const LATER = new SpanBuffer();

// The period of the previous call: a run bills every contract for the same period.
let lastPeriod: unknown = null;
let lastYm: [number, number] | null = null;

/** The period as [year, month], or null when malformed (cached: parsed once per run, not once per contract). */
function periodOfInput(p: unknown): [number, number] | null {
  if (p !== lastPeriod) {
    lastYm = typeof p === 'string' ? parsePeriod(p) : null;
    lastPeriod = p;
  }
  return lastYm;
}

function calculate(input: CalculateInvoiceInput, ym: [number, number]): InvoiceCalculation {
  const { mode, period } = input;
  const dim = daysInMonthOf(ym[0], ym[1]);
  const pStart = dayNumberOf(ym[0], ym[1], 1);
  const pEnd = pStart + dim - 1;
  const issueDay = mode === 'ADVANCE' ? pStart : pEnd + 1;
  const issueDate = fromDayNumber(issueDay);
  const lines: InvoiceLineDraft[] = [];
  let nonBillable = 0;
  // ADVANCE: subscriptions that became ACTIVE after the issue date (the period's first day) are charged for those
  // days by the next run, as catch-up (docs/billing.md): the precise reason when nothing else is billed.
  let activatedLater = 0;
  let activatedFrom = Number.MAX_SAFE_INTEGER;

  const subs = input.subscriptions;
  for (let k = 0; k < subs.length; k++) {
    const sub = subs[k]!;
    const states = stateSegments(sub.states, STATES);
    const tariffs = tariffSegments(sub.tariffs, TARIFFS);
    const start = sub.billingStartDate !== null ? toDayNumber(sub.billingStartDate) : firstActiveDay(states);
    const charged = sub.charged.length > 0 ? loadRanges(sub.charged, CHARGED) : null;
    emitSubscription = sub.id;
    emitBonuses = sub.bonuses.length > 0 ? prepareBonuses(sub.bonuses) : null;
    emitLines = lines;

    if (start !== null) {
      if (mode === 'ARREARS') {
        const lo = start > pStart ? start : pStart;
        emitKind = 'CHARGE';
        if (lo <= pEnd) atTariffInForce(unchargedActiveDays(states, lo, pEnd, charged, OPEN), tariffs, emit);
      } else {
        emitKind = 'CATCH_UP';
        if (start < pStart) atTariffInForce(unchargedActiveDays(states, start, pStart - 1, charged, OPEN), tariffs, emit);
        emitKind = 'CHARGE';
        const lo = start > pStart ? start : pStart;
        const tariff = tariffAt(tariffs, pStart) ?? tariffAt(tariffs, lo);
        if (lo <= pEnd && tariff && stateAt(states, pStart) === 'ACTIVE') {
          WHOLE.n = 0;
          WHOLE.push(lo, pEnd);
          atTariff(subtractInto(WHOLE, charged, OPEN), tariff, emit);
        } else if (lo <= pEnd && stateAt(states, pStart) !== 'ACTIVE') {
          const later = stateSpansInto(states, 'ACTIVE', lo, pEnd, LATER);
          if (later.n > 0) {
            activatedLater++;
            if (later.a[0]! < activatedFrom) activatedFrom = later.a[0]!;
          }
        }
      }
    }
    if (sub.additionalAmounts.length > 0) additionalLines(sub.id, sub.additionalAmounts, states, period, pStart, pEnd, issueDay, lines);

    if (hasStateWithin(states, 'ACTIVE_NON_BILLABLE', pStart, pEnd) && !hasStateWithin(states, 'ACTIVE', pStart, pEnd)) {
      nonBillable++;
    }
  }

  if (lines.length === 0) {
    const all = subs.length > 0 && nonBillable === subs.length;
    if (all) return { invoice: null, skipped: { code: 'ALL_NON_BILLABLE', params: { period, count: nonBillable } } };
    if (activatedLater > 0) {
      return { invoice: null, skipped: { code: 'CATCH_UP_NEXT', params: { period, count: activatedLater, from: fromDayNumber(activatedFrom), issueDate } } };
    }
    return { invoice: null, skipped: { code: 'NOTHING_TO_BILL', params: { period } } };
  }
  const totals = totalsOf(lines);
  // Not issued, but its lines' days are charged all the same: the caller records them (docs/billing.md "Zero totals").
  if (totals.totalCents === 0) return { invoice: null, skipped: { code: 'ZERO_TOTAL', params: { period }, lines } };
  if (totals.totalCents < 0) return { invoice: null, skipped: { code: 'NEGATIVE_TOTAL', params: { period, totalCents: totals.totalCents } } };
  return { invoice: { period, issueDate, lines, totals }, skipped: null };
}
