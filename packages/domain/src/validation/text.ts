// Free text fields (names, addresses, descriptions): trimmed, required unless optional, bounded by the column size.
import { invalid, valid, type Validation } from './result.js';

// Control characters break PostgreSQL text (NUL) and invoices; tabs and new lines are allowed.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A required text of at most `max` characters without control characters: `REQUIRED`, `TOO_LONG` or `TEXT_INVALID` otherwise. */
export function validateText(s: unknown, field: string, max: number): Validation<string> {
  const v = typeof s === 'string' ? s.trim() : '';
  if (v === '') return invalid('REQUIRED', { field });
  if (v.length > max) return invalid('TOO_LONG', { field, max });
  if (CONTROL.test(v)) return invalid('TEXT_INVALID', { field });
  return valid(v);
}
