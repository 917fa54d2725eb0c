// No run issues a document dated after today (docs/billing.md "Guards"); dates and amounts within sane bounds.
import { describe, expect, it } from 'vitest';
import { explain } from '../explain/index.js';
import { MAX_AMOUNT_CENTS, validateCents, validateDateOnly, validatePeriod } from '../validation/index.js';
import { checkBillingStartChange, pendingCatchUp } from './catch-up.js';
import { checkRunDate } from './run-guard.js';

describe('checkRunDate', () => {
  it('refuses a billing run whose issue date is after today, and explains when it can run', () => {
    expect(checkRunDate({ kind: 'BILLING', mode: 'ADVANCE', period: '2026-12', today: '2026-12-01' })).toBeNull();
    const r = checkRunDate({ kind: 'BILLING', mode: 'ADVANCE', period: '2030-01', today: '2026-11-20' });
    expect(r).toEqual({ code: 'RUN_IN_FUTURE', field: 'period', params: { kind: 'BILLING', period: '2030-01', issueDate: '2030-01-01', today: '2026-11-20' } });
    expect(explain(r!, 'en').remedy).toContain('billingPreview');
  });

  it('ARREARS issues period M on day 1 of M+1', () => {
    expect(checkRunDate({ kind: 'BILLING', mode: 'ARREARS', period: '2026-11', today: '2026-11-30' })?.params['issueDate']).toBe('2026-12-01');
    expect(checkRunDate({ kind: 'BILLING', mode: 'ARREARS', period: '2026-11', today: '2026-12-01' })).toBeNull();
  });

  it('a mass credit waits for the invoices it rectifies', () => {
    expect(checkRunDate({ kind: 'MASS_CREDIT', mode: 'ADVANCE', period: '2026-12', today: '2026-11-30' })?.code).toBe('RUN_IN_FUTURE');
    expect(checkRunDate({ kind: 'MASS_CREDIT', mode: 'ADVANCE', period: '2026-11', today: '2026-11-20' })).toBeNull();
  });
});

describe('date window and amount cap', () => {
  it('refuses dates and periods outside 2000–2099, naming the field', () => {
    expect(validateDateOnly('0001-01-01', 'startDate')).toEqual({ ok: false, code: 'DATE_OUT_OF_RANGE', params: { field: 'startDate', value: '0001-01-01', min: '2000', max: '2099' } });
    expect(validateDateOnly('2100-01-01').ok).toBe(false);
    expect(validateDateOnly('2000-01-01').ok && validateDateOnly('2099-12-31').ok).toBe(true);
    expect(validatePeriod('1999-12')).toMatchObject({ ok: false, code: 'DATE_OUT_OF_RANGE' });
    expect(validatePeriod('2099-12').ok).toBe(true);
  });

  it('refuses a single amount above 100 000,00 €', () => {
    expect(validateCents(MAX_AMOUNT_CENTS).ok).toBe(true);
    expect(validateCents(2147483647)).toMatchObject({ ok: false, code: 'CENTS_TOO_LARGE' });
    expect(validateCents(-MAX_AMOUNT_CENTS - 1, { allowNegative: true })).toMatchObject({ ok: false, code: 'CENTS_TOO_LARGE' });
  });
});

describe('pendingCatchUp', () => {
  const A = { tariffId: 'A', tariffCode: 'A', priceCents: 3000, vatRate: 0.21 };
  it('an ACTIVE import from 2026-09-15 owes 16 + 31 days before November: 16.00 + 30.00', () => {
    const sub = { billingStartDate: null, states: [{ state: 'ACTIVE' as const, effectiveDate: '2026-09-15' }], tariffs: [{ ...A, effectiveDate: '2026-09-15' }], charged: [] };
    expect(pendingCatchUp(sub, '2026-11-01')).toMatchObject({ from: '2026-09-15', to: '2026-10-31', days: 47, amountCents: 4600 });
    expect(pendingCatchUp({ ...sub, billingStartDate: '2026-11-01' }, '2026-11-01')).toBeNull();
    expect(pendingCatchUp({ ...sub, charged: [{ from: '2026-09-15', to: '2026-10-31' }] }, '2026-11-01')).toBeNull();
  });
  it('the billing start moves only while nothing is charged', () => {
    expect(checkBillingStartChange([], '2026-11-01')).toBeNull();
    expect(checkBillingStartChange([{ from: '2026-09-15', to: '2026-10-31' }], '2026-11-01')?.code).toBe('BILLING_START_LOCKED');
  });
});

describe('checkRunDate with malformed input', () => {
  it.each([
    ['BILLING', '2026-13', '2026-11-20', 'PERIOD_INVALID', 'period'],
    ['MASS_CREDIT', '11/2026', '2026-11-20', 'PERIOD_INVALID', 'period'],
    ['BILLING', '', '2026-11-20', 'PERIOD_INVALID', 'period'],
    ['BILLING', '2026-11', '2026-11-31', 'DATE_INVALID', 'today'],
    ['MASS_CREDIT', '2026-11', 'today', 'DATE_INVALID', 'today'],
  ] as const)('%s %s on %s is refused with %s naming %s, not thrown nor let through', (kind, period, today, code, field) => {
    const r = checkRunDate({ kind, mode: 'ADVANCE', period, today });
    expect(r).toMatchObject({ code, field, params: { field, value: field === 'period' ? period : today } });
    expect(explain(r!, 'es').message).toContain(field === 'period' ? period : today);
  });
});
