// Date-only, period and range inputs (docs/rules.md §4: dates are ISO 'YYYY-MM-DD', periods 'YYYY-MM').
import { isDateOnly } from '../dates/day-number.js';
import { isPeriod } from '../dates/period.js';
import { invalid, valid, type Validation } from './result.js';

/** A real date `'YYYY-MM-DD'` (trimmed): `REQUIRED` when empty, `DATE_INVALID` otherwise. */
export function validateDateOnly(s: string, field = 'date'): Validation<string> {
  if (typeof s !== 'string' || s.trim() === '') return invalid('REQUIRED', { field });
  return isDateOnly(s.trim()) ? valid(s.trim()) : invalid('DATE_INVALID', { field, value: s });
}

/** A period `'YYYY-MM'` (trimmed): `REQUIRED` when empty, `PERIOD_INVALID` otherwise. */
export function validatePeriod(s: string, field = 'period'): Validation<string> {
  if (typeof s !== 'string' || s.trim() === '') return invalid('REQUIRED', { field });
  return isPeriod(s.trim()) ? valid(s.trim()) : invalid('PERIOD_INVALID', { field, value: s });
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
