// CHARGE and CATCH_UP lines: one per (tariff, run of days) within one month, prorated by calendar days (docs/rules.md §3).
import { civilOf, daysInMonthOf, fromDayNumber } from '../dates/day-number.js';
import { prorateCents } from '../money/rounding.js';
import type { TariffChange } from '../subscription/timeline.js';
import type { SpanBuffer } from './span-buffer.js';
import type { TariffSegments } from './timeline-spans.js';
import type { InvoiceLineDraft } from './types.js';

export function chargeLine(
  kind: 'CHARGE' | 'CATCH_UP', subscriptionId: string, t: TariffChange, a: number, b: number, dim: number,
): InvoiceLineDraft {
  const days = b - a + 1;
  const from = fromDayNumber(a);
  const to = fromDayNumber(b);
  return {
    kind, subscriptionId, tariffId: t.tariffId, tariffCode: t.tariffCode, bonusId: null, additionalAmountId: null,
    from, to, days, daysInMonth: dim, unitPriceCents: t.priceCents,
    amountCents: prorateCents(t.priceCents, days, dim), vatRate: t.vatRate,
    code: kind === 'CHARGE' ? 'LINE_CHARGE' : 'LINE_CATCH_UP',
    params: { tariff: t.tariffCode, days, daysInMonth: dim, from, to, unitPriceCents: t.priceCents },
  };
}

// The month of the last piece: nearly every piece falls in the same month as the one before it.
let cachedStart = 1;
let cachedEnd = 0;
let cachedDim = 0;

/** Calls `emit(tariff, a, b, daysInMonth)` for each piece of [a, b] cut at month ends (no closure per piece: hot path). */
function byMonth(tariff: TariffChange, a: number, b: number, emit: EmitCharge): void {
  if (a >= cachedStart && b <= cachedEnd) {
    emit(tariff, a, b, cachedDim);
    return;
  }
  let start = a;
  while (start <= b) {
    const [y, m, d] = civilOf(start);
    const dim = daysInMonthOf(y, m);
    const monthEnd = start - d + dim;
    cachedStart = start - d + 1;
    cachedEnd = monthEnd;
    cachedDim = dim;
    const end = monthEnd < b ? monthEnd : b;
    emit(tariff, start, end, dim);
    start = end + 1;
  }
}

export type EmitCharge = (tariff: TariffChange, a: number, b: number, daysInMonth: number) => void;

/** Pieces of `spans` priced at the tariff in force on each day; days without a tariff cannot be priced and are left out. */
export function atTariffInForce(spans: SpanBuffer, tariffs: TariffSegments, emit: EmitCharge): void {
  for (let i = 0; i < spans.n; i++) {
    const a = spans.a[i]!;
    const b = spans.b[i]!;
    for (let j = 0; j < tariffs.n; j++) {
      const from = tariffs.from[j]!;
      const to = tariffs.to[j]!;
      if (to < a || from > b) continue;
      const x = from > a ? from : a;
      const y = to < b ? to : b;
      byMonth(tariffs.value[j]!, x, y, emit);
    }
  }
}

/** Pieces of `spans` all priced at one tariff (ADVANCE: the tariff in force on day 1 of the period). */
export function atTariff(spans: SpanBuffer, tariff: TariffChange, emit: EmitCharge): void {
  for (let i = 0; i < spans.n; i++) byMonth(tariff, spans.a[i]!, spans.b[i]!, emit);
}
