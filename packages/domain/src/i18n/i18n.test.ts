// Every code has Spanish and English messages and remedies with the same ICU parameters (docs/rules.md §4).
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { en } from './catalog.en.js';
import { es } from './catalog.es.js';
import { LOCALES, MESSAGE_CODES, type CatalogEntry } from './codes.js';
import { message, pickLocale, remedy } from './format.js';

const catalogs: Record<string, Record<string, CatalogEntry | undefined>> = { es, en };

/** Argument names used by an ICU pattern, walking into select/plural branches. */
function argumentsOf(pattern: string): Set<string> {
  const names = new Set<string>();
  const walk = (els: readonly unknown[]): void => {
    for (const el of els as Array<{ type: number; value?: unknown; options?: Record<string, { value: unknown[] }> }>) {
      if (el.type >= 1 && el.type <= 6 && typeof el.value === 'string') names.add(el.value);
      if (el.options) for (const o of Object.values(el.options)) walk(o.value);
    }
  };
  walk(new IntlMessageFormat(pattern, 'es').getAst());
  return names;
}

// One value for every parameter name any domain code uses.
const SAMPLE: Record<string, string | number> = {
  client: 'CLI-1', count: 2, contract: 'C-1', state: 'ACTIVE', value: 'x', field: 'iban', max: 35, from: '2026-11-01', to: '2026-11-15',
  since: '2026-11-01', date: '2026-11-15', signatureIban: 'ES91 2100 0418 4502 0005 1332', newIban: 'ES79 2100 0813 6101 2345 6789',
  hasNewIban: 'yes', iban: 'ES91 2100 0418 4502 0005 1332', profileIban: 'ES79 2100 0813 6101 2345 6789', profileDiffers: 'yes',
  allowed: 'ACTIVE, REJECTED', allowedCount: 2, effectiveDate: '2026-11-16', lastEffectiveDate: '2026-11-01', tariff: 'A', newTariff: 'B',
  days: 15, daysInMonth: 30, unitPriceCents: 3000, percent: 50, valueCents: 1000, description: 'Router', period: '2026-11',
  totalCents: -100, amountCents: 500, inContract: 'yes', status: 'SIGNED', signedAt: '2026-01-15', kind: 'INVOICE', number: 'F2026-000001', target: 'PAID', mode: 'ARREARS', problem: 'DATE_INVALID',
  min: '2000', issueDate: '2030-01-01', today: '2026-11-20', before: '2026-11-01',
  invoicedThrough: '2026-11-30', end: '2026-11-20', oneOff: 'no', invoiced: 'yes', type: 'Bonus',
  remittance: 'REM000001', reasonCode: 'AM04', mandate: 'MANDATE-1', returnedInvoice: 'F2026-000001', previousIban: 'ES79 2100 0813 6101 2345 6789',
  changedAt: '2026-11-10', previousMandate: 'MANDATE-0', attempt: 2, attempts: 99, endToEndId: 'F2026-000001-01', invoice: 'F2026-000001',
  creditNotes: 'R2026-000001', negative: 'yes', position: 3, rate: '21', creditableCents: 1250, expected: 2, agencyCode: '4102', agencyMessage: 'NIF no identificado',
  taxId: '12345678Z', code: 'C000001', name: 'Martín', correction: 40, seconds: 120,
};

describe('catalogs', () => {
  it('every code has a non-empty Spanish and English message and remedy', () => {
    const missing: string[] = [];
    for (const code of MESSAGE_CODES) {
      for (const locale of LOCALES) {
        const entry = catalogs[locale]?.[code];
        if (!entry?.message?.trim()) missing.push(`${locale}.${code}.message`);
        if (!entry?.remedy?.trim()) missing.push(`${locale}.${code}.remedy`);
      }
    }
    expect(missing).toEqual([]);
    // and nothing else: no orphan entries without a code
    expect(Object.keys(es).sort()).toEqual([...MESSAGE_CODES].sort());
    expect(Object.keys(en).sort()).toEqual([...MESSAGE_CODES].sort());
  });

  it('both languages use the same parameters for a code, and every one is a known parameter', () => {
    for (const code of MESSAGE_CODES) {
      for (const kind of ['message', 'remedy'] as const) {
        const esArgs = argumentsOf(es[code][kind]);
        expect([...esArgs].sort(), `${code}.${kind}`).toEqual([...argumentsOf(en[code][kind])].sort());
        for (const a of esArgs) expect(SAMPLE, `${code}.${kind} uses {${a}}`).toHaveProperty(a);
      }
    }
  });

  it('every sentence renders with its parameters, leaving no placeholder behind', () => {
    for (const code of MESSAGE_CODES) {
      for (const locale of LOCALES) {
        for (const text of [message(code, locale, SAMPLE), remedy(code, locale, SAMPLE)]) {
          expect(text, `${locale}.${code}`).not.toMatch(/[{}…]/);
          expect(text.length).toBeGreaterThan(5);
        }
      }
    }
  });
});

describe('message', () => {
  it('turns cents, dates and states into words per locale', () => {
    const p = { tariff: 'A', days: 15, daysInMonth: 30, from: '2026-11-16', to: '2026-11-30', unitPriceCents: 4538 };
    expect(message('LINE_CHARGE', 'es', p)).toBe('Tarifa A: 15 de 30 días (16/11/2026 – 30/11/2026)');
    expect(remedy('LINE_CHARGE', 'es', p)).toContain('45,38 €');
    expect(remedy('LINE_CHARGE', 'en', p)).toContain('€45.38');
    expect(remedy('INVALID_TRANSITION', 'en', { from: 'PENDING_ACTIVATION', to: 'SUSPENDED', allowed: 'ACTIVE, ACTIVE_NON_BILLABLE, REJECTED', allowedCount: 3 }))
      .toBe('From “Pending activation” it can only go to: “Active”, “Active non-billable”, “Rejected”.');
    expect(remedy('INVALID_TRANSITION', 'es', { from: 'CANCELLED', to: 'ACTIVE', allowed: '', allowedCount: 0 }))
      .toBe('«Cancelada» es un estado final: no admite cambios.');
  });
  it('uses ICU plurals', () => {
    expect(message('HAS_PENDING_INVOICES', 'es', { client: 'CLI-1', count: 1 })).toBe('El cliente CLI-1 tiene 1 factura pendiente de cobro.');
    expect(message('HAS_PENDING_INVOICES', 'es', { client: 'CLI-1', count: 3 })).toBe('El cliente CLI-1 tiene 3 facturas pendientes de cobro.');
    expect(message('HAS_PENDING_INVOICES', 'en', { client: 'CLI-1', count: 1 })).toBe('Client CLI-1 has 1 unpaid invoice.');
  });
  it('leaves a forgotten parameter out instead of failing or showing a placeholder', () => {
    expect(message('REQUIRED', 'en')).toBe('Field is required.');
    expect(message('CENTS_INVALID', 'es')).toBe('El importe no es válido.');
  });
  it('names a field by its label, not its input path', () => {
    expect(message('REQUIRED', 'es', { field: 'input.code' })).toBe('El campo código es obligatorio.');
    expect(message('DATE_INVALID', 'en', { field: 'input.subscriptions[0].validFrom', value: '2026-02-30' })).toContain('start date');
  });
  it('shows a negative amount of cents as money, and dates as DD/MM/YYYY in both languages', () => {
    expect(message('CENTS_INVALID', 'es', { value: '-500', valueCents: -500, negative: 'yes' })).toBe('El importe -5,00 € es negativo: aquí no se admite.');
    expect(message('CENTS_INVALID', 'en', { value: '12.5', negative: 'no' })).toBe('Amount 12.5 is not valid.');
    expect(message('BILLABLE_ACTIVE', 'en', { since: '2026-11-16' })).toContain('16/11/2026');
  });
  it('returns an unknown code as is', () => {
    expect(message('SOMETHING_NEW' as never, 'es')).toBe('SOMETHING_NEW');
  });
});

describe('pickLocale', () => {
  it.each([
    [null, 'es'], [undefined, 'es'], ['', 'es'], ['en', 'en'], ['en-GB,en;q=0.9', 'en'], ['es-ES,es;q=0.9,en;q=0.8', 'es'],
    ['fr-FR,en;q=0.5', 'en'], ['fr', 'es'], ['de;q=1, es;q=0.2, en;q=0.7', 'en'], ['en;q=0', 'es'], ['EN-us', 'en'], ['*', 'es'],
  ])('%s → %s', (h, l) => expect(pickLocale(h)).toBe(l));
});
