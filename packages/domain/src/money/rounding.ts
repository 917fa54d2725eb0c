// Integer-cent arithmetic with half-away-from-zero rounding (docs/rules.md §3 "Money is integer cents").
/** An amount of money in integer euro cents (`4538` is 45,38 €). */
export type Cents = number;

/** Rounds to the nearest integer, halves away from zero; float noise just below a half (100.49999999999999) counts as the half. */
export function roundHalfAwayFromZero(x: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`cannot round ${x}`);
  const a = Math.abs(x);
  const f = Math.floor(a);
  // A few ulps of tolerance: enough for binary noise from products like 1.005 * 100, too little to move a real value.
  const tolerance = Number.EPSILON * Math.max(a, 1) * 16;
  const r = a - f >= 0.5 - tolerance ? f + 1 : f;
  return x < 0 ? -r || 0 : r;
}

/** num / den rounded half away from zero using integers only; den must be positive. */
export function divideRounded(num: number, den: number): number {
  const neg = num < 0;
  const a = neg ? -num : num;
  const q = Math.floor(a / den);
  const r = a - q * den;
  const v = r * 2 >= den ? q + 1 : q;
  return neg ? -v || 0 : v + 0; // + 0 turns -0 into 0
}

/** price × days / daysInMonth as one exact fraction, rounded once. */
export function prorateCents(monthlyCents: Cents, days: number, daysInMonth: number): Cents {
  return divideRounded(monthlyCents * days, daysInMonth);
}

// Percents and VAT rates are scaled to integers so that 12.5 % or 0.21 never multiply as floats.
const PERCENT_SCALE = 10_000;

/**
 * The scale of stored rates: a VAT rate (0.21) or a bonus percent (12.5) is exact in millionths, so it is kept
 * and multiplied as the integer `Math.round(rate × RATE_SCALE)` (210 000; 12 500 000). {@link scaleRate} and
 * {@link unscaleRate} convert; a database column of rates stores the scaled integer.
 */
export const RATE_SCALE = 1_000_000;

/** A rate or percent as the integer it is stored as: `Math.round(rate × RATE_SCALE)` (0.21 → 210 000). */
export function scaleRate(rate: number): number {
  return Math.round(rate * RATE_SCALE);
}

/** A stored scaled rate back to the rate (210 000 → 0.21); accepts the string a 64-bit column may return. */
export function unscaleRate(scaled: number | string): number {
  return Number(scaled) / RATE_SCALE;
}

export function scalePercent(percent: number): number {
  return Math.round(percent * PERCENT_SCALE);
}

/** cents × percent / 100, rounded half away from zero. */
export function percentOfCents(cents: Cents, percent: number): Cents {
  return divideRounded(cents * scalePercent(percent), 100 * PERCENT_SCALE);
}

/** base × rate (rate as a fraction, 0.21), rounded half away from zero. */
export function taxOf(baseCents: Cents, vatRate: number): Cents {
  return divideRounded(baseCents * scaleRate(vatRate), RATE_SCALE);
}
