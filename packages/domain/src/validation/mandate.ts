// SEPA mandate reference (MndtId): 1–35 characters of the SEPA Latin set (docs/rules.md §2 Contract.signature.mandateReference).
import { invalid, valid, type Validation } from './result.js';

const SEPA_CHARS = /^[A-Za-z0-9/\-?:().,'+ ]+$/;

/** A SEPA mandate reference: 1–35 characters of the SEPA set, no leading, trailing or double `/`. */
export function validateMandateReference(s: string): Validation<string> {
  if (typeof s !== 'string' || s.trim() === '') return invalid('REQUIRED', { field: 'mandateReference' });
  const ref = s.trim();
  if (ref.length > 35) return invalid('TOO_LONG', { field: 'mandateReference', max: 35 });
  // EPC rules: only the SEPA set, and no leading, trailing or doubled slash.
  if (!SEPA_CHARS.test(ref) || ref.startsWith('/') || ref.endsWith('/') || ref.includes('//')) {
    return invalid('MANDATE_REFERENCE_INVALID', { value: ref });
  }
  return valid(ref);
}
