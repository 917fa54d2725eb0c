import { describe, expect, it } from 'vitest';
import { validators } from './validators';

describe('form validators', () => {
  const es = validators('es');
  const en = validators('en');

  it('accept what the domain accepts', () => {
    expect(es.iban('ES91 2100 0418 4502 0005 1332')).toBeNull();
    expect(es.taxId('12345678Z')).toBeNull();
    expect(es.date('2026-11-16')).toBeNull();
    expect(es.period('2026-11')).toBeNull();
    expect(es.optionalIban('')).toBeNull();
  });

  it('refuse with the domain sentence naming the value, in the chosen language', () => {
    expect(es.taxId('12345678A')).toBe('El NIF/NIE/CIF 12345678A no es válido.');
    expect(en.iban('ES00 1234')).toMatch(/ES00 1234/);
    expect(es.date('2026-02-30')).toMatch(/DD\/MM\/AAAA/);
    expect(en.period('2026-13')).toMatch(/2026-13/);
  });

  it('require what is required', () => {
    expect(es.required('  ')).toBe('Este campo es obligatorio.');
    expect(en.iban('')).toBe('This field is required.');
  });
});
