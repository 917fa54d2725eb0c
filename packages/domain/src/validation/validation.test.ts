// Validation codes for IBAN, Spanish tax ids, SEPA mandate references, e-mail, cents, percent, VAT, dates (docs/rules.md §2).
import { describe, expect, it } from 'vitest';
import { validateDateOnly, validateDateRange, validatePeriod } from './dates.js';
import { validateEmail } from './email.js';
import { formatIban, sameIban, validateIban } from './iban.js';
import { validateMandateReference } from './mandate.js';
import { validateCents, validatePercent, validateVatRate } from './numbers.js';
import { validateSpanishTaxId } from './tax-id.js';
import { validateText } from './text.js';

describe('IBAN', () => {
  it.each(['ES9121000418450200051332', 'ES91 2100 0418 4502 0005 1332', 'es91 2100 0418 4502 0005 1332', 'ES79-2100-0813-6101-2345-6789'])(
    'accepts %s in electronic form', (s) => {
      const r = validateIban(s);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.value).toMatch(/^ES\d{22}$/);
    });
  it.each(['ES9121000418450200051333', 'ES91 2100 0418', 'XX9121000418450200051332', 'hello'])('refuses %s', (s) => {
    expect(validateIban(s)).toMatchObject({ ok: false, code: 'IBAN_INVALID' });
  });
  it('asks for it when empty', () => expect(validateIban('  ')).toEqual({ ok: false, code: 'REQUIRED', params: { field: 'iban' } }));
  it('formats in groups of four and compares regardless of spacing', () => {
    expect(formatIban('ES9121000418450200051332')).toBe('ES91 2100 0418 4502 0005 1332');
    expect(sameIban('es91 2100 0418 4502 0005 1332', 'ES9121000418450200051332')).toBe(true);
    expect(sameIban('ES9121000418450200051332', 'ES7921000813610123456789')).toBe(false);
    expect(sameIban(null, 'ES9121000418450200051332')).toBe(false);
  });
});

describe('Spanish tax ids', () => {
  it.each([
    ['12345678Z', 'NIF'], ['12345678-z', 'NIF'], ['00000000T', 'NIF'], ['X1234567L', 'NIE'], ['Y1234567X', 'NIE'], ['Z1234567R', 'NIE'],
    ['B12345674', 'CIF'], ['P1234567D', 'CIF'], ['G12345674', 'CIF'], ['G1234567D', 'CIF'], ['K1234567L', 'NIF'],
  ])('accepts %s as %s', (s, kind) => expect(validateSpanishTaxId(s)).toMatchObject({ ok: true, value: { kind } }));
  it.each(['12345678A', 'X1234567A', 'B12345675', 'B1234567D', 'P12345674', '1234567Z', 'I12345674', 'ABC'])('refuses %s', (s) => {
    expect(validateSpanishTaxId(s)).toMatchObject({ ok: false, code: 'TAX_ID_INVALID' });
  });
  it('normalizes to upper case without separators', () => {
    expect(validateSpanishTaxId(' x-1234567-l ')).toEqual({ ok: true, value: { taxId: 'X1234567L', kind: 'NIE' } });
  });
});

describe('SEPA mandate reference', () => {
  it.each(['ANTENA-C-2026-0001', 'a', "REF/2026 (1) ?:.,'+", 'X'.repeat(35)])('accepts %s', (s) => expect(validateMandateReference(s).ok).toBe(true));
  it.each(['/ABC', 'ABC/', 'A//B', 'MANDATO-Ñ', 'REF_1', 'REF#1'])('refuses %s', (s) => {
    expect(validateMandateReference(s)).toMatchObject({ ok: false, code: 'MANDATE_REFERENCE_INVALID' });
  });
  it('limits to 35 characters', () => {
    expect(validateMandateReference('X'.repeat(36))).toEqual({ ok: false, code: 'TOO_LONG', params: { field: 'mandateReference', max: 35 } });
  });
});

describe('email', () => {
  it('accepts and lower-cases the domain', () => expect(validateEmail(' Ana.Garcia@Ejemplo.ES ')).toEqual({ ok: true, value: 'Ana.Garcia@ejemplo.es' }));
  it.each(['ana', 'ana@', '@ejemplo.es', 'ana@ejemplo', 'ana..b@ejemplo.es', 'ana @ejemplo.es'])('refuses %s', (s) => {
    expect(validateEmail(s)).toMatchObject({ ok: false, code: 'EMAIL_INVALID' });
  });
});

describe('numbers', () => {
  it('cents are safe integers, negative only when allowed', () => {
    expect(validateCents(4538)).toEqual({ ok: true, value: 4538 });
    expect(validateCents(45.38)).toMatchObject({ ok: false, code: 'CENTS_INVALID' });
    expect(validateCents(-1)).toMatchObject({ ok: false, code: 'CENTS_INVALID' });
    expect(validateCents(-1, { allowNegative: true }).ok).toBe(true);
    expect(validateCents(Number.NaN).ok).toBe(false);
  });
  it('percent is 0..100', () => {
    expect([0, 12.5, 100].map((n) => validatePercent(n).ok)).toEqual([true, true, true]);
    expect([-1, 100.01, Number.POSITIVE_INFINITY, 1e-7].map((n) => validatePercent(n).ok)).toEqual([false, false, false, false]);
  });
  it('VAT rate is a fraction 0..1', () => {
    expect([0, 0.04, 0.1, 0.21, 1].map((n) => validateVatRate(n).ok)).toEqual([true, true, true, true, true]);
    expect([21, -0.1, Number.NaN].map((n) => validateVatRate(n))).toEqual([21, -0.1, Number.NaN].map((n) => ({ ok: false, code: 'VAT_RATE_INVALID', params: { value: String(n) } })));
  });
});

describe('dates', () => {
  it('validates date-only, periods and ranges', () => {
    expect(validateDateOnly('2028-02-29')).toEqual({ ok: true, value: '2028-02-29' });
    expect(validateDateOnly('2026-02-29', 'effectiveDate')).toEqual({ ok: false, code: 'DATE_INVALID', params: { field: 'effectiveDate', value: '2026-02-29' } });
    expect(validatePeriod('2026-11').ok).toBe(true);
    expect(validatePeriod('2026-11-01')).toMatchObject({ ok: false, code: 'PERIOD_INVALID' });
    expect(validateDateRange('2026-11-01', null)).toEqual({ ok: true, value: { from: '2026-11-01', to: null } });
    expect(validateDateRange('2026-11-01', '2026-11-01').ok).toBe(true);
    expect(validateDateRange('2026-11-02', '2026-11-01')).toEqual({ ok: false, code: 'DATE_RANGE_INVALID', params: { from: '2026-11-02', to: '2026-11-01' } });
  });
});

describe('validateText', () => {
  it.each([
    ['  Ana  ', 10, { ok: true, value: 'Ana' }],
    ['', 10, { ok: false, code: 'REQUIRED', params: { field: 'name' } }],
    ['   ', 10, { ok: false, code: 'REQUIRED', params: { field: 'name' } }],
    ['abcdefghijk', 10, { ok: false, code: 'TOO_LONG', params: { field: 'name', max: 10 } }],
    ['a\u0000b', 10, { ok: false, code: 'TEXT_INVALID', params: { field: 'name' } }],
    ['línea 1\nlínea 2', 20, { ok: true, value: 'línea 1\nlínea 2' }],
  ] as const)('%j (max %i)', (input, max, expected) => {
    expect(validateText(input, 'name', max)).toEqual(expected);
  });
});
