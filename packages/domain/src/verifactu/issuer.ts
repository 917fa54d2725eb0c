// The issuer's settings printed on invoices and written in every record (docs/verifactu.md, "Settings"):
// legal name, NIF with its check character verified, address and commercial-register line.
import { validateSpanishTaxId } from '../validation/tax-id.js';
import { validateText } from '../validation/text.js';
import type { ValidationCode } from '../validation/result.js';

export interface IssuerSettings { legalName: string; nif: string; address: string; registerLine: string }

export interface FieldViolation { field: keyof IssuerSettings; code: ValidationCode; params?: Record<string, string | number> }

const LIMITS: Record<keyof IssuerSettings, number> = { legalName: 120, nif: 9, address: 300, registerLine: 300 };

/** The settings normalised (NIF upper-case, no separators), or every field that is wrong. */
export function validateIssuerSettings(input: IssuerSettings): { ok: true; value: IssuerSettings } | { ok: false; violations: FieldViolation[] } {
  const violations: FieldViolation[] = [];
  const value = { ...input };
  for (const field of ['legalName', 'address', 'registerLine'] as const) {
    const r = validateText(input[field], field, LIMITS[field]);
    if (r.ok) value[field] = r.value;
    else violations.push(r.params ? { field, code: r.code, params: r.params } : { field, code: r.code });
  }
  const nif = validateSpanishTaxId(input.nif);
  if (nif.ok) value.nif = nif.value.taxId;
  else violations.push(nif.params ? { field: 'nif', code: nif.code, params: nif.params } : { field: 'nif', code: nif.code });
  return violations.length ? { ok: false, violations } : { ok: true, value };
}
