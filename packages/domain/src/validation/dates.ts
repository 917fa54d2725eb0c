// Date-only, period and range inputs (docs/rules.md §4: dates are ISO 'YYYY-MM-DD', periods 'YYYY-MM').
import { isDateOnly } from '../dates/day-number.js';
import { isPeriod } from '../dates/period.js';
import { invalid, valid, type Validation } from './result.js';

/** The dates Antena accepts (docs/billing.md "Guards"): a year 0001 start would invoice two thousand years of catch-up. */
export const DATE_WINDOW = { from: '2000-01-01', to: '2099-12-31', minYear: '2000', maxYear: '2099' } as const;

/** A real date `'YYYY-MM-DD'` (trimmed): `REQUIRED` when empty, `DATE_INVALID` otherwise. */
export function validateDateOnly(s: string, field = 'date'): Validation<string> {
  if (typeof s !== 'string' || s.trim() === '') return invalid('REQUIRED', { field });
  const v = s.trim();
  if (!isDateOnly(v)) return invalid('DATE_INVALID', { field, value: s });
  return v < DATE_WINDOW.from || v > DATE_WINDOW.to ? invalid('DATE_OUT_OF_RANGE', { field, value: v, min: DATE_WINDOW.minYear, max: DATE_WINDOW.maxYear }) : valid(v);
}

/** A period `'YYYY-MM'` (trimmed): `REQUIRED` when empty, `PERIOD_INVALID` otherwise. */
export function validatePeriod(s: string, field = 'period'): Validation<string> {
  if (typeof s !== 'string' || s.trim() === '') return invalid('REQUIRED', { field });
  const v = s.trim();
  if (!isPeriod(v)) return invalid('PERIOD_INVALID', { field, value: s });
  return v < DATE_WINDOW.from.slice(0, 7) || v > DATE_WINDOW.to.slice(0, 7)
    ? invalid('DATE_OUT_OF_RANGE', { field, value: v, min: DATE_WINDOW.minYear, max: DATE_WINDOW.maxYear }) : valid(v);
}

/** `to` may be null (open-ended); when present it must not be before `from`. */
export function validateDateRange(from: string, to: string | null): Validation<{ from: string; to: string | null }> {
  const f = validateDateOnly(from, 'validFrom');
  if (!f.ok) return f;
  if (to === null) return valid({ from: f.value, to: null });
  const t = validateDateOnly(to, 'validTo');
  if (!t.ok) return t;
  return t.value < f.value ? invalid('DATE_RANGE_INVALID', { from: f.value, to: t.value }) : valid({ from: f.value, to: t.value });
}
