// The creditor's SEPA identifiers (docs/sepa.md "Creditor settings"): the Spanish creditor identifier
// `ES` + check digits + business code + NIF, with ISO 7064 mod 97-10 check digits over NIF + `ES00`
// (the business code left out), and the initiating-party id NIF + a 3-character suffix.
import { validateSpanishTaxId } from '../validation/tax-id.js';
import type { SepaValidation } from './codes.js';

/** Letters A=10 … Z=35, digits as they are (ISO 7064 as used by IBANs and creditor ids). */
function toDigits(s: string): string {
  let out = '';
  for (const ch of s) out += /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
  return out;
}

function mod97(digits: string): number {
  let r = 0;
  for (const ch of digits) r = (r * 10 + (ch.charCodeAt(0) - 48)) % 97;
  return r;
}

/** The two check digits of a Spanish creditor identifier for a NIF: 98 − (NIF ‖ 'ES00' mod 97). */
export function creditorIdCheckDigits(nif: string, country = 'ES'): string {
  const r = mod97(toDigits(`${nif.toUpperCase()}${country}00`));
  return String(98 - r).padStart(2, '0');
}

/** Builds a creditor identifier from a NIF and a 3-character business code (usually '000'). */
export function buildCreditorId(nif: string, businessCode = '000'): string {
  const n = nif.toUpperCase();
  return `ES${creditorIdCheckDigits(n)}${businessCode.toUpperCase()}${n}`;
}

/** 'ES77000B85626240' (spaces and case forgiven): valid NIF and matching check digits. */
export function validateCreditorId(s: string): SepaValidation<{ creditorId: string; nif: string; businessCode: string }> {
  if (typeof s !== 'string' || s.trim() === '') return { ok: false, code: 'REQUIRED', params: { field: 'creditorId' } };
  const id = s.toUpperCase().replace(/\s/g, '');
  const bad = { ok: false as const, code: 'SEPA_CREDITOR_ID_INVALID' as const, params: { value: s.trim() } };
  const m = /^ES(\d{2})([A-Z0-9]{3})([A-Z0-9]{9})$/.exec(id);
  if (!m) return bad;
  const [, check, businessCode, nif] = m as unknown as [string, string, string, string];
  if (!validateSpanishTaxId(nif).ok) return bad;
  if (creditorIdCheckDigits(nif) !== check) return bad;
  return { ok: true, value: { creditorId: id, nif, businessCode } };
}

/** Spanish banks want InitgPty/Id = the creditor's NIF + a 3-character suffix agreed with the bank. */
export function validateInitiatingPartyId(s: string): SepaValidation<string> {
  if (typeof s !== 'string' || s.trim() === '') return { ok: false, code: 'REQUIRED', params: { field: 'initiatingPartyId' } };
  const id = s.toUpperCase().replace(/\s/g, '');
  const m = /^([A-Z0-9]{9})([A-Z0-9]{3})$/.exec(id);
  if (!m || !validateSpanishTaxId(m[1] as string).ok) return { ok: false, code: 'SEPA_INITIATING_PARTY_INVALID', params: { value: s.trim() } };
  return { ok: true, value: id };
}

/** BIC (ISO 9362): 4 bank letters, 2 country letters, 2 location characters, optional 3-character branch. */
export function validateBic(s: string): SepaValidation<string> {
  if (typeof s !== 'string' || s.trim() === '') return { ok: false, code: 'REQUIRED', params: { field: 'bic' } };
  const bic = s.toUpperCase().replace(/\s/g, '');
  if (!/^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$/.test(bic)) return { ok: false, code: 'SEPA_BIC_INVALID', params: { value: s.trim() } };
  return { ok: true, value: bic };
}
