// IBAN checks through ibantools (docs/rules.md §2: client profile IBAN and contract signature IBAN).
import { electronicFormatIBAN, friendlyFormatIBAN, isValidIBAN } from 'ibantools';
import { invalid, valid, type Validation } from './result.js';

/** Accepts spaces, dashes and lower case; returns the electronic form 'ES9121000418450200051332'. */
export function validateIban(s: string): Validation<string> {
  if (typeof s !== 'string' || s.trim() === '') return invalid('REQUIRED', { field: 'iban' });
  const electronic = electronicFormatIBAN(s.replace(/[.-]/g, '')) ?? '';
  if (electronic.length > 34) return invalid('TOO_LONG', { field: 'iban', max: 34 });
  if (!isValidIBAN(electronic)) return invalid('IBAN_INVALID', { value: s.trim() });
  return valid(electronic);
}

/** 'ES91 2100 0418 4502 0005 1332'; input that is not an IBAN is returned trimmed, unchanged. */
export function formatIban(iban: string): string {
  const e = electronicFormatIBAN(iban) ?? '';
  return friendlyFormatIBAN(e) ?? iban.trim();
}

/** Same account regardless of spacing or case. */
export function sameIban(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  return electronicFormatIBAN(a) === electronicFormatIBAN(b);
}
