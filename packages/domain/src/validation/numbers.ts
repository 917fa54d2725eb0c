// Money, percent and VAT-rate inputs (SPEC §2–§3: integer cents, PERCENT bonus 0–100, VAT rate as a fraction).
import { invalid, valid, type Validation } from './result.js';

/**
 * The largest single price or amount, 100 000,00 € (docs/billing.md "Guards"): a line or document stays well
 * inside 32 bits, and a typo of a few digits is refused instead of invoiced.
 */
export const MAX_AMOUNT_CENTS = 10_000_000;

export function validateCents(n: number, opts?: { allowNegative?: boolean }): Validation<number> {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || (n < 0 && !opts?.allowNegative)) {
    return invalid('CENTS_INVALID', { value: String(n) });
  }
  if (Math.abs(n) > MAX_AMOUNT_CENTS) return invalid('CENTS_TOO_LARGE', { value: String(n), max: String(MAX_AMOUNT_CENTS) });
  return valid(n);
}

/** 0..100 with at most four decimals (finer percents cannot be represented exactly in the proration). */
export function validatePercent(n: number): Validation<number> {
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > 100 || Math.abs(Math.round(n * 10_000) - n * 10_000) > 1e-6) {
    return invalid('PERCENT_INVALID', { value: String(n) });
  }
  return valid(n);
}

/** 0..1 as a fraction: 0.21 is 21 %. */
export function validateVatRate(n: number): Validation<number> {
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > 1 || Math.abs(Math.round(n * 1e6) - n * 1e6) > 1e-6) {
    return invalid('VAT_RATE_INVALID', { value: String(n) });
  }
  return valid(n);
}
