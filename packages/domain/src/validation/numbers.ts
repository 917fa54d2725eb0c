// Money, percent and VAT-rate inputs (docs/rules.md §2–§3: integer cents, PERCENT bonus 0–100, VAT rate as a fraction).
import { RATE_SCALE } from '../money/rounding.js';
import { invalid, valid, type Validation } from './result.js';

/**
 * The largest single price or amount, 100 000,00 € (docs/billing.md "Guards"): a line or document stays well
 * inside 32 bits, and a typo of a few digits is refused instead of invoiced.
 */
export const MAX_AMOUNT_CENTS = 10_000_000;

/** Integer cents within the safe range (internal: the predicate behind validateCents, also used on the invoice hot path). */
export function isCents(n: unknown, allowNegative: boolean): boolean {
  return typeof n === 'number' && Number.isSafeInteger(n) && (n >= 0 || allowNegative);
}

/** A VAT rate as a fraction 0..1 with at most six decimals (internal: behind validateVatRate). */
export function isVatRate(n: unknown): boolean {
  return typeof n === 'number' && n >= 0 && n <= 1 && Math.abs(Math.round(n * RATE_SCALE) - n * RATE_SCALE) <= 1e-6;
}

/** A percent 0..100 with at most four decimals (internal: behind validatePercent). */
export function isPercent(n: unknown): boolean {
  return typeof n === 'number' && n >= 0 && n <= 100 && Math.abs(Math.round(n * 10_000) - n * 10_000) <= 1e-6;
}

/** An integer amount of cents (not negative unless `allowNegative`): `CENTS_INVALID` otherwise. */
export function validateCents(n: number, opts?: { allowNegative?: boolean }): Validation<number> {
  if (!isCents(n, opts?.allowNegative === true)) {
    // A negative whole number of cents is an amount: the message shows it as money ("-5,00 €"), not as "-500".
    return typeof n === 'number' && Number.isSafeInteger(n) && n < 0
      ? invalid('CENTS_INVALID', { value: String(n), valueCents: n, negative: 'yes' })
      : invalid('CENTS_INVALID', { value: String(n), negative: 'no' });
  }
  if (Math.abs(n) > MAX_AMOUNT_CENTS) return invalid('CENTS_TOO_LARGE', { value: String(n), max: String(MAX_AMOUNT_CENTS) });
  return valid(n);
}

/** 0..100 with at most four decimals (finer percents cannot be represented exactly in the proration). */
export function validatePercent(n: number): Validation<number> {
  if (!isPercent(n)) {
    return invalid('PERCENT_INVALID', { value: String(n) });
  }
  return valid(n);
}

/** 0..1 as a fraction: 0.21 is 21 %. */
export function validateVatRate(n: number): Validation<number> {
  if (!isVatRate(n)) {
    return invalid('VAT_RATE_INVALID', { value: String(n) });
  }
  return valid(n);
}
