import { describe, expect, it } from 'vitest';
import { es } from './es';
import { en } from './en';
import { translate } from './I18nProvider';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]))].sort();

describe('UI string catalogs', () => {
  it('translate every key with the same placeholders', () => {
    for (const key of Object.keys(es) as (keyof typeof es)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(es[key]));
    }
  });

  it('fills placeholders, and leaves a forgotten one out rather than showing a brace', () => {
    expect(translate('es', 'contract.title', { number: 'CT000001' })).toBe('Contrato CT000001');
    expect(translate('en', 'contract.title', {})).toBe('Contract');
  });

  it('uses ICU plurals, dates and money', () => {
    expect(translate('es', 'billing.runConfirm', { count: 1, period: '2026-11', total: '45,38 €' })).toBe('Se emitirá 1 factura del periodo 2026-11 por un total de 45,38 €. Las facturas emitidas no se pueden modificar.');
    expect(translate('es', 'billing.runConfirm', { count: 2, period: '2026-11', total: '90,76 €' })).toMatch(/^Se emitirán 2 facturas/);
    expect(translate('en', 'dashboard.netSum', { months: 1, amount: '€1.00' })).toBe('Net over the last period: €1.00');
    expect(translate('en', 'remittances.createConfirm', { count: 3, date: '2026-11-25', total: '€3.00' })).toContain('3 debits collected on 25/11/2026');
  });
});
