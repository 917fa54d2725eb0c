// Every message of every layer — the domain's codes, the API's own codes and the admin's UI strings — rendered in
// Spanish and English with sample parameters (plurals with 1 and 2, every select branch): none may be missing, show
// a raw code, keep a placeholder, show "…" for a value, or read "1 facturas" (docs/domain-contract.md, messages).
import { describe, expect, it } from 'vitest';
import { LOCALES, MESSAGE_CODES, message, remedy, type Locale } from '@antena/domain';
import { API_CATALOG, apiMessage, type ApiMessageCode } from '../../../api/src/i18n/api-messages';
import { en } from './en';
import { es, type MessageKey } from './es';
import { translate } from './I18nProvider';

const ADMIN: Record<Locale, Record<MessageKey, string>> = { es, en };

// Values for every parameter name; numbers that count things are varied 1 / 2 below.
const SAMPLE: Record<string, string | number> = {
  client: 'CLI-1', contract: 'C-1', state: 'ACTIVE', value: 'x', field: 'input.iban', max: 35, from: '2026-11-01', to: '2026-11-15',
  since: '2026-11-01', date: '2026-11-15', signatureIban: 'ES91 2100 0418 4502 0005 1332', newIban: 'ES79 2100 0813 6101 2345 6789',
  hasNewIban: 'yes', iban: 'ES91 2100 0418 4502 0005 1332', profileIban: 'ES79 2100 0813 6101 2345 6789', profileDiffers: 'yes',
  allowed: 'ACTIVE, REJECTED', effectiveDate: '2026-11-16', lastEffectiveDate: '2026-11-01', tariff: 'A', newTariff: 'B',
  daysInMonth: 30, unitPriceCents: 3000, percent: 50, valueCents: -500, description: 'Router', period: '2026-11',
  totalCents: -100, amountCents: 500, status: 'SIGNED', signedAt: '2026-01-15', kind: 'INVOICE', number: 'F2026-000001', target: 'PAID',
  mode: 'ARREARS', problem: 'DATE_INVALID', min: 2000, issueDate: '2030-01-01', today: '2026-11-20', before: '2026-11-01',
  invoicedThrough: '2026-11-30', end: '2026-11-20', oneOff: 'no', invoiced: 'yes', type: 'Bonus', remittance: 'REM000001',
  reasonCode: 'AM04', mandate: 'MANDATE-1', returnedInvoice: 'F2026-000001', previousIban: 'ES79 2100 0813 6101 2345 6789',
  changedAt: '2026-11-10', previousMandate: 'MANDATE-0', endToEndId: 'F2026-000001-01', invoice: 'F2026-000001',
  creditNotes: 'R2026-000001', position: 3, expected: 2, agencyCode: '4102', agencyMessage: 'NIF no identificado', negative: 'yes',
  entityType: 'Client', id: '42', version: 3, requestId: 'req-1', detail: 'Expected a date', name: 'Ana Pérez',
  total: '45,38 €', amount: '90,75 €', format: 'pain.002', code: 'AM04', reference: 'REM-1', what: 'la bonificación', price: '30,00 €',
  current: 'A', final: 'yes', collectionDate: '2026-11-25', correction: 40,
};
const COUNTS = ['count', 'allowedCount', 'days', 'attempt', 'months', 'rows', 'applied', 'already', 'unmatched', 'ignored', 'seconds', 'retryAfterSeconds'];
const SELECTS: Record<string, string[]> = {
  inContract: ['yes', 'no'], negative: ['yes', 'no'], hasNewIban: ['yes', 'no'], profileDiffers: ['yes', 'no'], oneOff: ['yes', 'no'],
  invoiced: ['yes', 'no'], type: ['Bonus', 'AdditionalAmount', 'String'], kind: ['INVOICE', 'CREDIT_NOTE', 'MASS_CREDIT'],
  status: ['SIGNED', 'TERMINATED', 'DRAFT', 'PENDING', 'ACCEPTED', 'ISSUED', 'PAID', 'RETURNED'], problem: ['REQUIRED', 'DATE_INVALID'],
  final: ['yes', 'no'], entityType: ['Client', 'Invoice', 'Nothing'],
};

/** The sample parameter sets: every count at 1 and at 2, and each select at each of its values. */
function variants(): Record<string, string | number>[] {
  const out: Record<string, string | number>[] = [];
  for (const n of [1, 2]) {
    const base: Record<string, string | number> = { ...SAMPLE };
    for (const c of COUNTS) base[c] = n;
    out.push(base);
    for (const [name, values] of Object.entries(SELECTS)) for (const v of values) out.push({ ...base, [name]: v });
  }
  return out;
}
const VARIANTS = variants();

/** What is wrong with a rendered sentence, or null. `pattern` is its source when known (its own "…" are allowed). */
function problem(text: string, params: Record<string, string | number>, pattern?: string): string | null {
  if (text.trim().length < 2) return 'empty';
  if (/[{}]/.test(text)) return 'placeholder left';
  const dots = (s: string) => s.split('…').length - 1;
  if (dots(text) > (pattern === undefined ? 0 : dots(pattern))) return 'a "…" instead of a value';
  const codes = text.match(/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/g) ?? [];
  for (const c of codes) if (pattern === undefined ? !/(massCredit|[a-z])/.test(c) && Object.values(params).includes(c) : !pattern.includes(c)) return `raw code ${c}`;
  if (/(?<![\w-])1 (?!mes\b|vez\b|IVA\b|bonus\b|is\b|es\b|has\b|was\b)\p{Ll}+s\b/u.test(text)) return 'plural after 1';
  if (/(últimos|last) 1\b/.test(text)) return 'plural after 1';
  if (/\binput\.[a-z]/.test(text)) return 'input path as a field name';
  if (/\b\d{4}-\d{2}-\d{2}\b/.test(text) && !/(AAAA|YYYY)-MM-DD/.test(text)) return 'ISO date';
  return null;
}

function check(label: string, render: (p: Record<string, string | number>) => string, pattern?: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  for (const p of VARIANTS) {
    const text = render(p);
    if (seen.has(text)) continue;
    seen.add(text);
    const why = problem(text, p, pattern);
    if (why) found.push(`${label}: ${why}: ${text}`);
  }
  return found;
}

// Thousands of renders: more time than a unit test's default on a busy machine.
describe('every message of every layer, in both languages', { timeout: 60_000 }, () => {
  it('the domain: every code, message and remedy', () => {
    const found: string[] = [];
    for (const code of MESSAGE_CODES) {
      for (const locale of LOCALES) {
        found.push(...check(`domain ${locale}.${code}.message`, (p) => message(code, locale, p)));
        found.push(...check(`domain ${locale}.${code}.remedy`, (p) => remedy(code, locale, p)));
      }
    }
    expect(found).toEqual([]);
  });

  it('the API: every code', () => {
    const found: string[] = [];
    for (const code of Object.keys(API_CATALOG) as ApiMessageCode[]) {
      for (const locale of LOCALES) found.push(...check(`api ${locale}.${code}`, (p) => apiMessage(code, locale, p), API_CATALOG[code][locale]));
    }
    expect(found).toEqual([]);
  });

  it('the admin: every key, with the same ICU arguments in both languages', () => {
    const found: string[] = [];
    for (const key of Object.keys(es) as MessageKey[]) {
      for (const locale of LOCALES) {
        const pattern = ADMIN[locale][key];
        if (pattern === undefined) { found.push(`admin ${locale}.${key}: missing`); continue; }
        try {
          translate(locale, key, SAMPLE); // a pattern that is not ICU throws here
        } catch (e) {
          found.push(`admin ${locale}.${key}: not ICU (${String(e)})`);
          continue;
        }
        found.push(...check(`admin ${locale}.${key}`, (p) => translate(locale, key, p), pattern));
      }
    }
    expect(found).toEqual([]);
  });

  it('plurals agree with their number in both languages (1 and 2+)', () => {
    expect(translate('es', 'billing.resultText', { count: 1, total: '45,38 €' })).toBe('1 factura emitida por un total de 45,38 €.');
    expect(translate('es', 'billing.resultText', { count: 3, total: '45,38 €' })).toBe('3 facturas emitidas por un total de 45,38 €.');
    expect(translate('en', 'billing.skip.NOTHING_TO_BILL', { count: 1 })).toBe('1 contract with nothing to bill');
    expect(translate('en', 'billing.skip.NOTHING_TO_BILL', { count: 4 })).toBe('4 contracts with nothing to bill');
    expect(translate('es', 'dashboard.netSum', { months: 1, amount: '1,00 €' })).toBe('Neto del último periodo: 1,00 €');
    expect(message('HAS_PENDING_INVOICES', 'es', { client: 'CLI-1', count: 1 })).toBe('El cliente CLI-1 tiene 1 factura pendiente de cobro.');
    expect(message('CATCH_UP_NEXT', 'en', { count: 2, from: '2026-11-10', period: '2026-11', issueDate: '2026-11-01' }))
      .toBe('The 2 subscriptions became active from 10/11/2026, after the issue date of 2026-11 (01/11/2026): their days of 2026-11 will be charged on the next invoice as catch-up.');
    expect(apiMessage('LOGIN_THROTTLED', 'es', { retryAfterSeconds: 1 })).toBe('Demasiados intentos fallidos. Vuelva a intentarlo dentro de 1 segundo.');
  });

  it('names fields by their label, amounts of cents as money and dates as the UI shows them', () => {
    expect(apiMessage('DUPLICATE_VALUE', 'es', { field: 'input.code' })).toBe('Ya existe otro registro con ese valor de «código».');
    expect(message('CENTS_INVALID', 'es', { value: '-500', valueCents: -500, negative: 'yes' })).toBe('El importe -5,00 € es negativo: aquí no se admite.');
    expect(apiMessage('RANGE_INVERTED', 'en', { field: 'input.periodFrom', from: '2026-11-20', to: '2026-11-01' })).toContain('20/11/2026');
  });

  it('the checks themselves catch each kind of broken sentence', () => {
    expect(problem('Se emitirán 1 facturas', {})).toBe('plural after 1');
    expect(problem('El importe … no es válido', {})).toBe('a "…" instead of a value');
    expect(problem('NOTHING_TO_BILL × 4', { code: 'NOTHING_TO_BILL' })).toBe('raw code NOTHING_TO_BILL');
    expect(problem('Contrato {number}', {})).toBe('placeholder left');
    expect(problem('Ya existe otro registro con ese valor de «input.code».', {})).toBe('input path as a field name');
    expect(problem('Neto de los últimos 1 periodos: 1,00 €', {})).toBe('plural after 1');
  });
});
