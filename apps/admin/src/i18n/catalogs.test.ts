import { describe, expect, it } from 'vitest';
import { es } from './es';
import { en } from './en';
import { translate } from './I18nProvider';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI string catalogs', () => {
  it('translate every key with the same placeholders', () => {
    for (const key of Object.keys(es) as (keyof typeof es)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(es[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('es', 'contract.title', { number: 'CT000001' })).toBe('Contrato CT000001');
    expect(translate('en', 'contract.title', {})).toBe('Contract {number}');
  });
});
