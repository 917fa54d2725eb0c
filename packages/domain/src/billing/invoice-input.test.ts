// Untrusted input at the boundary: malformed dates, periods and amounts give explained results, never an exception.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain } from '../explain/explain.js';
import { message } from '../i18n/format.js';
import { A, on, st, sub } from '../test-support/fixtures.js';
import { calculateInvoice } from './invoice.js';
import { checkInvoiceInput, checkMassCreditInput } from './invoice-input.js';
import { calculateMassCredit } from './mass-credit.js';
import type { SubscriptionBillingInput } from './types.js';

const good = (): SubscriptionBillingInput => sub({
  states: [st('ACTIVE', '2026-10-01')], tariffs: [on(A, '2026-10-01')],
  bonuses: [{ id: 'b1', kind: 'PERCENT', value: 10, validFrom: '2026-10-01', validTo: null }],
  additionalAmounts: [
    { id: 'o1', description: 'Alta', amountCents: 4900, vatRate: 0.21, kind: 'ONE_OFF', date: '2026-11-05', validFrom: null, validTo: null, alreadyBilled: false },
    { id: 'm1', description: 'Router', amountCents: 300, vatRate: 0.21, kind: 'MONTHLY', date: null, validFrom: '2026-10-01', validTo: null, alreadyBilled: false },
  ],
  charged: [{ from: '2026-10-01', to: '2026-10-31' }],
});
const run = (s: unknown, period: unknown = '2026-11', mode: unknown = 'ARREARS') =>
  calculateInvoice({ mode, period, contractId: 'k1', subscriptions: [s] } as never);

describe('calculateInvoice with malformed input', () => {
  it('calculates well-formed input and checkInvoiceInput accepts it', () => {
    expect(run(good()).invoice?.totals.totalCents).toBeGreaterThan(0);
    expect(checkInvoiceInput({ mode: 'ARREARS', period: '2026-11', contractId: 'k1', subscriptions: [good()] })).toBeNull();
  });

  it.each([
    ['a state date that is not a calendar day', (s: SubscriptionBillingInput) => { s.states[0]!.effectiveDate = '2026-02-30'; }, 'input.subscriptions[0].states[0].effectiveDate', 'DATE_INVALID', '2026-02-30'],
    ['a tariff date in another format', (s: SubscriptionBillingInput) => { s.tariffs[0]!.effectiveDate = '01/10/2026'; }, 'input.subscriptions[0].tariffs[0].effectiveDate', 'DATE_INVALID', '01/10/2026'],
    ['a charged range ending on 31 November', (s: SubscriptionBillingInput) => { s.charged[0]!.to = '2026-11-31'; }, 'input.subscriptions[0].charged[0].to', 'DATE_INVALID', '2026-11-31'],
    ['a bonus valid from nowhere', (s: SubscriptionBillingInput) => { s.bonuses[0]!.validFrom = ''; }, 'input.subscriptions[0].bonuses[0].validFrom', 'DATE_INVALID', ''],
    ['a one-off dated in month 13, already billed', (s: SubscriptionBillingInput) => { s.additionalAmounts[0]!.date = '2026-13-01'; s.additionalAmounts[0]!.alreadyBilled = true; }, 'input.subscriptions[0].additionalAmounts[0].date', 'DATE_INVALID', '2026-13-01'],
    ['a billing start date with a time', (s: SubscriptionBillingInput) => { s.billingStartDate = '2026-10-01T00:00:00Z'; }, 'input.subscriptions[0].billingStartDate', 'DATE_INVALID', '2026-10-01T00:00:00Z'],
    ['a price in euros with decimals', (s: SubscriptionBillingInput) => { (s.tariffs[0] as { priceCents: number }).priceCents = 30.5; }, 'input.subscriptions[0].tariffs[0].priceCents', 'CENTS_INVALID', '30.5'],
    ['a negative price', (s: SubscriptionBillingInput) => { (s.tariffs[0] as { priceCents: number }).priceCents = -3000; }, 'input.subscriptions[0].tariffs[0].priceCents', 'CENTS_INVALID', '-3000'],
    ['a VAT rate given as a percent', (s: SubscriptionBillingInput) => { (s.tariffs[0] as { vatRate: number }).vatRate = 21; }, 'input.subscriptions[0].tariffs[0].vatRate', 'VAT_RATE_INVALID', '21'],
    ['an amount that is not a number', (s: SubscriptionBillingInput) => { (s.additionalAmounts[1] as { amountCents: unknown }).amountCents = '300'; }, 'input.subscriptions[0].additionalAmounts[1].amountCents', 'CENTS_INVALID', '300'],
    ['an amount beyond 2^53', (s: SubscriptionBillingInput) => { s.additionalAmounts[1]!.amountCents = 2 ** 60; }, 'input.subscriptions[0].additionalAmounts[1].amountCents', 'CENTS_INVALID', String(2 ** 60)],
    ['a percent bonus of 150 %', (s: SubscriptionBillingInput) => { s.bonuses[0]!.value = 150; }, 'input.subscriptions[0].bonuses[0].value', 'PERCENT_INVALID', '150'],
    ['an unknown state', (s: SubscriptionBillingInput) => { (s.states[0] as { state: string }).state = 'PAUSED'; }, 'input.subscriptions[0].states[0].state', 'VALUE_NOT_ALLOWED', 'PAUSED'],
  ])('%s: INPUT_INVALID naming the field', (_, spoil, field, problem, value) => {
    const s = structuredClone(good());
    spoil(s);
    const r = run(s);
    expect(r).toEqual({ invoice: null, skipped: { code: 'INPUT_INVALID', params: expect.objectContaining({ field, problem, value, period: '2026-11' }) } });
    expect(checkInvoiceInput({ mode: 'ARREARS', period: '2026-11', contractId: 'k1', subscriptions: [s] })).toMatchObject({ code: problem, field });
  });

  it('a malformed period or mode, and missing lists, are explained too', () => {
    expect(run(good(), '2026-13').skipped).toMatchObject({ code: 'INPUT_INVALID', params: { field: 'input.period', problem: 'PERIOD_INVALID' } });
    expect(run(good(), 202611).skipped).toMatchObject({ code: 'INPUT_INVALID', params: { field: 'input.period', value: '202611' } });
    expect(run(good(), '2026-11', 'MONTHLY').skipped).toMatchObject({ code: 'INPUT_INVALID', params: { field: 'input.mode', problem: 'VALUE_NOT_ALLOWED' } });
    const { states: _, ...noStates } = good();
    expect(run(noStates).skipped).toMatchObject({ code: 'INPUT_INVALID', params: { field: 'input.subscriptions[0].states', problem: 'REQUIRED' } });
    expect(run(null).skipped).toMatchObject({ code: 'INPUT_INVALID', params: { field: 'input.subscriptions[0]', problem: 'REQUIRED' } });
    expect(calculateInvoice(undefined as never).skipped).toMatchObject({ code: 'INPUT_INVALID', params: { field: 'input', problem: 'REQUIRED' } });
  });

  it('the skip renders as a sentence in both languages', () => {
    const s = structuredClone(good());
    s.states[0]!.effectiveDate = '2026-02-30';
    const r = run(s);
    expect(message('INPUT_INVALID', 'es', r.skipped!.params)).toBe(
      'La factura de 2026-11 no se calcula: el valor 2026-02-30 del campo fecha de efecto no es válido.');
    expect(message('INPUT_INVALID', 'en', { ...r.skipped!.params, problem: 'REQUIRED' })).toBe(
      'The invoice for 2026-11 is not calculated: field effective date is missing.');
  });

  it('never throws, whatever a field of a well-formed input is replaced with (property)', () => {
    const junk = fc.oneof(fc.string({ maxLength: 12 }), fc.double(), fc.integer(), fc.constant(null), fc.constant(undefined), fc.boolean(),
      fc.constantFrom('2026-02-29', '2026-11-31', '0000-01-01', '9999-12-31', '2026-1-1', ' 2026-11-01'));
    const paths: Array<(s: Record<string, any>, v: unknown) => void> = [
      (s, v) => { s['states'][0].effectiveDate = v; }, (s, v) => { s['states'][0].state = v; }, (s, v) => { s['tariffs'][0].effectiveDate = v; },
      (s, v) => { s['tariffs'][0].priceCents = v; }, (s, v) => { s['tariffs'][0].vatRate = v; }, (s, v) => { s['bonuses'][0].value = v; },
      (s, v) => { s['bonuses'][0].validTo = v; }, (s, v) => { s['bonuses'][0].kind = v; }, (s, v) => { s['additionalAmounts'][0].date = v; },
      (s, v) => { s['additionalAmounts'][1].validFrom = v; }, (s, v) => { s['additionalAmounts'][1].amountCents = v; },
      (s, v) => { s['charged'][0].from = v; }, (s, v) => { s['billingStartDate'] = v; }, (s, v) => { s['charged'] = v; },
    ];
    fc.assert(fc.property(fc.integer({ min: 0, max: paths.length - 1 }), junk, fc.constantFrom('ADVANCE', 'ARREARS'), (i, v, mode) => {
      const s = structuredClone(good()) as unknown as Record<string, any>;
      paths[i]!(s, v);
      const r = run(s, '2026-11', mode);
      // Either it is calculated (the value was valid), or refused with the field named.
      const refusal = checkInvoiceInput({ mode, period: '2026-11', contractId: 'k1', subscriptions: [s] });
      if (refusal) expect(r.skipped).toMatchObject({ code: 'INPUT_INVALID', params: { field: refusal.field } });
      else expect(r.skipped?.code).not.toBe('INPUT_INVALID');
    }), { numRuns: 400 });
  });
});

describe('checkMassCreditInput', () => {
  const input = () => ({
    period: '2026-11',
    subscriptions: [{ id: 's1', states: [st('ACTIVE', '2026-10-01')], tariffs: [on(A, '2026-10-01'), { ...on(A, '2026-11-16'), tariffId: 'B', tariffCode: 'B' }] }],
    advanceCharges: [{ invoiceId: 'i1', subscriptionId: 's1', tariffId: 'A', from: '2026-11-01', to: '2026-11-30', amountCents: 3000, vatRate: 0.21, daysInMonth: 30, unitPriceCents: 3000 }],
    alreadyCredited: [] as { subscriptionId: string; from: string; to: string }[],
  });

  it('accepts what calculateMassCredit calculates', () => {
    expect(checkMassCreditInput(input())).toBeNull();
    const r = calculateMassCredit(input());
    expect(r.refusal).toBeNull();
    expect(r.notes).toHaveLength(1);
  });

  type Input = ReturnType<typeof input>;
  const badInputs: [string, (i: Input) => unknown, string, string][] = [
    ['an impossible day', (i) => { i.advanceCharges[0]!.to = '2026-11-31'; return i; }, 'DATE_INVALID', 'input.advanceCharges[0].to'],
    ['a period written the Spanish way', (i) => ({ ...i, period: '11/2026' }), 'PERIOD_INVALID', 'input.period'],
    ['month 13', (i) => ({ ...i, period: '2026-13' }), 'PERIOD_INVALID', 'input.period'],
    ['no period', (i) => ({ ...i, period: undefined }), 'REQUIRED', 'input.period'],
    ['days in month 0', (i) => { i.advanceCharges[0]!.daysInMonth = 0; return i; }, 'VALUE_NOT_ALLOWED', 'input.advanceCharges[0].daysInMonth'],
    ['fractional cents', (i) => { i.advanceCharges[0]!.unitPriceCents = 30.5; return i; }, 'CENTS_INVALID', 'input.advanceCharges[0].unitPriceCents'],
    ['a VAT rate of 21', (i) => { i.advanceCharges[0]!.vatRate = 21; return i; }, 'VAT_RATE_INVALID', 'input.advanceCharges[0].vatRate'],
    ['a 30 February state', (i) => { i.subscriptions[0]!.states[0]!.effectiveDate = '2026-02-30'; return i; }, 'DATE_INVALID', 'input.subscriptions[0].states[0].effectiveDate'],
    ['an unknown state', (i) => { (i.subscriptions[0]!.states[0] as { state: string }).state = 'PAUSED'; return i; }, 'VALUE_NOT_ALLOWED', 'input.subscriptions[0].states[0].state'],
    ['a malformed credited range', (i) => ({ ...i, alreadyCredited: [{ subscriptionId: 's1', from: '2026-11-16', to: 'end' }] }), 'DATE_INVALID', 'input.alreadyCredited[0].to'],
    ['a malformed issue date', (i) => ({ ...i, issueDate: '2026-12-32' }), 'DATE_INVALID', 'input.issueDate'],
    ['a malformed invoice issue date', (i) => { (i.advanceCharges[0] as { invoiceIssueDate?: string }).invoiceIssueDate = '1/11/2026'; return i; }, 'DATE_INVALID', 'input.advanceCharges[0].invoiceIssueDate'],
  ];

  it.each(badInputs)('refuses %s with the field named, never a thrown error', (_, spoil, code, field) => {
    const bad = spoil(input()) as Parameters<typeof calculateMassCredit>[0];
    const r = calculateMassCredit(bad);
    expect(r.notes).toEqual([]);
    expect(r.refusal).toMatchObject({ code, field });
    expect(r.refusal).toEqual(checkMassCreditInput(bad));
    const e = explain(r.refusal!, 'en');
    expect(e.field).toBe(field);
    expect(e.message).not.toContain('…'); // every parameter of the message is there
  });
});
