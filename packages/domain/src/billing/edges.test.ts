// Table-driven edges of the billing rules (docs/rules.md §3): month lengths, first/last day, mid-month changes, bonuses, additional amounts.
import { describe, expect, it } from 'vitest';
import { A, B, amounts, on, st, sub } from '../test-support/fixtures.js';
import { calculateInvoice } from './invoice.js';
import type { AdditionalAmountInput, BillingMode, BonusInput, InvoiceLineDraft, SubscriptionBillingInput } from './types.js';

const C = { tariffId: 'C', tariffCode: 'C', priceCents: 6000, vatRate: 0.21 } as const;

function run(mode: BillingMode, period: string, ...subs: SubscriptionBillingInput[]) {
  return calculateInvoice({ mode, period, contractId: 'k1', subscriptions: subs });
}
function linesOf(mode: BillingMode, period: string, ...subs: SubscriptionBillingInput[]): InvoiceLineDraft[] {
  const r = run(mode, period, ...subs);
  if (!r.invoice) throw new Error(`skipped: ${r.skipped.code}`);
  return r.invoice.lines;
}
const brief = (ls: InvoiceLineDraft[]) => ls.map((l) => [l.kind, l.tariffCode, l.from, l.to, l.days, l.daysInMonth, l.amountCents]);
const always = (extra: Partial<SubscriptionBillingInput> = {}) => sub({ states: [st('ACTIVE', '2020-01-01')], tariffs: [on(A, '2020-01-01')], ...extra });

describe('months of 28, 29, 30 and 31 days (ARREARS)', () => {
  it.each([
    ['2026-02', 28, '2026-02-15', 14, 1500], ['2028-02', 29, '2028-02-15', 15, 1552], ['2026-11', 30, '2026-11-16', 15, 1500],
    ['2027-01', 31, '2027-01-17', 15, 1452], ['2100-02', 28, '2100-02-15', 14, 1500],
  ])('%s (%d days): whole month is the price; activation on %s gives %d days = %d', (period, dim, activation, days, cents) => {
    expect(brief(linesOf('ARREARS', period, always()))).toEqual([['CHARGE', 'A', `${period}-01`, `${period}-${dim}`, dim, dim, 3000]]);
    const s = sub({ states: [st('ACTIVE', activation)], tariffs: [on(A, activation)] });
    expect(brief(linesOf('ARREARS', period, s))).toEqual([['CHARGE', 'A', activation, `${period}-${dim}`, days, dim, cents]]);
  });
});

describe('activation on the first and on the last day', () => {
  it.each([
    ['ARREARS', '2026-11', '2026-11-01', [['CHARGE', 'A', '2026-11-01', '2026-11-30', 30, 30, 3000]]],
    ['ARREARS', '2026-11', '2026-11-30', [['CHARGE', 'A', '2026-11-30', '2026-11-30', 1, 30, 100]]],
    ['ARREARS', '2028-02', '2028-02-29', [['CHARGE', 'A', '2028-02-29', '2028-02-29', 1, 29, 103]]],
    ['ADVANCE', '2026-11', '2026-11-01', [['CHARGE', 'A', '2026-11-01', '2026-11-30', 30, 30, 3000]]],
    // Activated after the November run: December catches up the last day of November.
    ['ADVANCE', '2026-12', '2026-11-30', [['CATCH_UP', 'A', '2026-11-30', '2026-11-30', 1, 30, 100], ['CHARGE', 'A', '2026-12-01', '2026-12-31', 31, 31, 3000]]],
    ['ADVANCE', '2028-03', '2028-02-29', [['CATCH_UP', 'A', '2028-02-29', '2028-02-29', 1, 29, 103], ['CHARGE', 'A', '2028-03-01', '2028-03-31', 31, 31, 3000]]],
  ] as const)('%s %s, activated %s', (mode, period, d, expected) => {
    expect(brief(linesOf(mode, period, sub({ states: [st('PENDING_ACTIVATION', '2026-01-01'), st('ACTIVE', d)], tariffs: [on(A, '2026-01-01')] })))).toEqual(expected);
  });

  it('ADVANCE: activated mid-month after the run → nothing that month, catch-up next month', () => {
    const s = sub({ states: [st('PENDING_ACTIVATION', '2026-11-02'), st('ACTIVE', '2026-11-10')], tariffs: [on(A, '2026-11-02')] });
    expect(run('ADVANCE', '2026-11', s).skipped).toEqual({ code: 'CATCH_UP_NEXT', params: { period: '2026-11', count: 1, from: '2026-11-10', issueDate: '2026-11-01' } });
    expect(brief(linesOf('ADVANCE', '2026-12', s))).toEqual([
      ['CATCH_UP', 'A', '2026-11-10', '2026-11-30', 21, 30, 2100], ['CHARGE', 'A', '2026-12-01', '2026-12-31', 31, 31, 3000],
    ]);
  });
});

describe('why nothing is billed: activated after the issue date (ADVANCE) is catch-up, not "nothing to bill"', () => {
  const pending = (activation: string | null) => sub({
    states: activation ? [st('PENDING_ACTIVATION', '2026-10-01'), st('ACTIVE', activation)] : [st('PENDING_ACTIVATION', '2026-10-01')],
    tariffs: [on(A, '2026-10-01')],
  });
  it.each([
    ['ADVANCE', '2026-11-02', { code: 'CATCH_UP_NEXT', params: { period: '2026-11', count: 1, from: '2026-11-02', issueDate: '2026-11-01' } }],
    ['ADVANCE', '2026-11-30', { code: 'CATCH_UP_NEXT', params: { period: '2026-11', count: 1, from: '2026-11-30', issueDate: '2026-11-01' } }],
    ['ADVANCE', '2026-12-01', { code: 'NOTHING_TO_BILL', params: { period: '2026-11' } }],
    ['ADVANCE', null, { code: 'NOTHING_TO_BILL', params: { period: '2026-11' } }],
    ['ARREARS', null, { code: 'NOTHING_TO_BILL', params: { period: '2026-11' } }],
  ] as const)('%s, activated %s → %j', (mode, activation, expected) => {
    expect(run(mode, '2026-11', pending(activation)).skipped).toEqual(expected);
  });
  it('counts every subscription activated after the issue date and names the earliest day', () => {
    expect(run('ADVANCE', '2026-11', pending('2026-11-20'), pending('2026-11-05'), pending(null)).skipped)
      .toEqual({ code: 'CATCH_UP_NEXT', params: { period: '2026-11', count: 2, from: '2026-11-05', issueDate: '2026-11-01' } });
  });
  it('ARREARS charges those days in the same period: never CATCH_UP_NEXT', () => {
    expect(run('ARREARS', '2026-11', pending('2026-11-20')).invoice?.lines.length).toBe(1);
  });
});

describe('cancellation and suspension mid-month', () => {
  const cancelled = sub({ states: [st('ACTIVE', '2026-10-01'), st('CANCELLED', '2026-11-20')], tariffs: [on(A, '2026-10-01')] });
  const suspended = sub({ states: [st('ACTIVE', '2026-10-01'), st('SUSPENDED', '2026-11-10'), st('ACTIVE', '2026-11-20')], tariffs: [on(A, '2026-10-01')] });
  it('ARREARS charges only the ACTIVE days, one line per run', () => {
    expect(brief(linesOf('ARREARS', '2026-11', cancelled))).toEqual([['CHARGE', 'A', '2026-11-01', '2026-11-19', 19, 30, 1900]]);
    expect(brief(linesOf('ARREARS', '2026-11', suspended))).toEqual([
      ['CHARGE', 'A', '2026-11-01', '2026-11-09', 9, 30, 900], ['CHARGE', 'A', '2026-11-20', '2026-11-30', 11, 30, 1100],
    ]);
    expect(run('ARREARS', '2026-12', cancelled).skipped?.code).toBe('NOTHING_TO_BILL');
  });
  it('ADVANCE bills the month as it stood on day 1; the next month charges nothing for a cancelled one', () => {
    expect(brief(linesOf('ADVANCE', '2026-11', { ...cancelled, charged: [{ from: '2026-10-01', to: '2026-10-31' }] })))
      .toEqual([['CHARGE', 'A', '2026-11-01', '2026-11-30', 30, 30, 3000]]);
    expect(run('ADVANCE', '2026-12', { ...cancelled, charged: [{ from: '2026-10-01', to: '2026-11-30' }] }).skipped?.code).toBe('NOTHING_TO_BILL');
  });
  it('ADVANCE: suspended on day 1 → no charge; reactivated days are caught up next month', () => {
    const s = sub({ states: [st('ACTIVE', '2026-10-01'), st('SUSPENDED', '2026-10-20'), st('ACTIVE', '2026-11-20')], tariffs: [on(A, '2026-10-01')], charged: [{ from: '2026-10-01', to: '2026-10-31' }] });
    expect(run('ADVANCE', '2026-11', s).skipped).toEqual({ code: 'CATCH_UP_NEXT', params: { period: '2026-11', count: 1, from: '2026-11-20', issueDate: '2026-11-01' } });
    expect(brief(linesOf('ADVANCE', '2026-12', s))).toEqual([
      ['CATCH_UP', 'A', '2026-11-20', '2026-11-30', 11, 30, 1100], ['CHARGE', 'A', '2026-12-01', '2026-12-31', 31, 31, 3000],
    ]);
  });
});

describe('migrations', () => {
  it('two migrations in one month: one line per tariff run', () => {
    const s = sub({ states: [st('ACTIVE', '2026-10-01')], tariffs: [on(A, '2026-10-01'), on(B, '2026-11-10'), on(C, '2026-11-20')] });
    expect(brief(linesOf('ARREARS', '2026-11', s))).toEqual([
      ['CHARGE', 'A', '2026-11-01', '2026-11-09', 9, 30, 900], ['CHARGE', 'B', '2026-11-10', '2026-11-19', 10, 30, 1500],
      ['CHARGE', 'C', '2026-11-20', '2026-11-30', 11, 30, 2200],
    ]);
    expect(brief(linesOf('ADVANCE', '2026-11', { ...s, charged: [{ from: '2026-10-01', to: '2026-10-31' }] })))
      .toEqual([['CHARGE', 'A', '2026-11-01', '2026-11-30', 30, 30, 3000]]);
  });
  it('a migration effective on day 1 applies to the whole month in both modes', () => {
    const s = sub({ states: [st('ACTIVE', '2026-10-01')], tariffs: [on(A, '2026-10-01'), on(B, '2026-11-01')], charged: [{ from: '2026-10-01', to: '2026-10-31' }] });
    expect(amounts(linesOf('ARREARS', '2026-11', s))).toEqual([4500]);
    expect(amounts(linesOf('ADVANCE', '2026-11', s))).toEqual([4500]);
  });
  it('catch-up spanning a month end and a migration is cut per month and per tariff', () => {
    const s = sub({ states: [st('ACTIVE', '2026-10-20')], tariffs: [on(A, '2026-10-20'), on(B, '2026-11-16')] });
    expect(brief(linesOf('ADVANCE', '2026-12', s))).toEqual([
      ['CATCH_UP', 'A', '2026-10-20', '2026-10-31', 12, 31, 1161], ['CATCH_UP', 'A', '2026-11-01', '2026-11-15', 15, 30, 1500],
      ['CATCH_UP', 'B', '2026-11-16', '2026-11-30', 15, 30, 2250], ['CHARGE', 'B', '2026-12-01', '2026-12-31', 31, 31, 4500],
    ]);
  });
});

describe('billing start date and days already charged', () => {
  it('never charges before the billing start date (imports)', () => {
    const s = always({ billingStartDate: '2026-11-10' });
    expect(brief(linesOf('ARREARS', '2026-11', s))).toEqual([['CHARGE', 'A', '2026-11-10', '2026-11-30', 21, 30, 2100]]);
    expect(brief(linesOf('ADVANCE', '2026-12', s))).toEqual([
      ['CATCH_UP', 'A', '2026-11-10', '2026-11-30', 21, 30, 2100], ['CHARGE', 'A', '2026-12-01', '2026-12-31', 31, 31, 3000],
    ]);
    expect(run('ARREARS', '2026-10', s).skipped?.code).toBe('NOTHING_TO_BILL');
  });
  it('re-running with the invoice\'s own days as charged bills nothing (idempotent)', () => {
    const s = always({ billingStartDate: '2026-11-01' });
    const lines = linesOf('ARREARS', '2026-11', s);
    const charged = lines.map((l) => ({ from: l.from!, to: l.to! }));
    expect(run('ARREARS', '2026-11', { ...s, charged }).skipped?.code).toBe('NOTHING_TO_BILL');
    expect(run('ADVANCE', '2026-11', { ...s, charged }).skipped?.code).toBe('NOTHING_TO_BILL');
  });
});

const bonus = (p: Partial<BonusInput>): BonusInput => ({ id: 'b1', kind: 'PERCENT', value: 50, validFrom: '2020-01-01', validTo: null, ...p });

describe('bonuses: validity edges', () => {
  it.each([
    ['whole month', bonus({}), [3000, -1500]],
    ['starting mid-month covers only its days', bonus({ validFrom: '2026-11-16' }), [3000, -750]],
    ['a single day at the start', bonus({ validFrom: '2026-11-01', validTo: '2026-11-01' }), [3000, -50]],
    ['a single day at the end', bonus({ validFrom: '2026-11-30', validTo: '2026-11-30' }), [3000, -50]],
    ['ended the day before the period', bonus({ validTo: '2026-10-31' }), [3000]],
    ['starting the day after the period', bonus({ validFrom: '2026-12-01' }), [3000]],
    ['FIXED 10.00/month, whole month', bonus({ kind: 'FIXED', value: 1000 }), [3000, -1000]],
    ['FIXED 10.00/month from the 16th', bonus({ kind: 'FIXED', value: 1000, validFrom: '2026-11-16' }), [3000, -500]],
    ['12.5 % rounds half away from zero', bonus({ value: 12.5 }), [3000, -375]],
  ])('%s', (_name, b, expected) => {
    expect(amounts(linesOf('ARREARS', '2026-11', always({ bonuses: [b] })))).toEqual(expected);
  });

  it('a PERCENT bonus discounts each charge line of a migrated month separately', () => {
    const s = sub({ states: [st('ACTIVE', '2026-10-01')], tariffs: [on(A, '2026-10-01'), on(B, '2026-11-16')], bonuses: [bonus({ value: 10 })] });
    const ls = linesOf('ARREARS', '2026-11', s);
    expect(ls.map((l) => [l.kind, l.tariffCode, l.from, l.to, l.amountCents, l.code])).toEqual([
      ['CHARGE', 'A', '2026-11-01', '2026-11-15', 1500, 'LINE_CHARGE'], ['BONUS', 'A', '2026-11-01', '2026-11-15', -150, 'LINE_BONUS_PERCENT'],
      ['CHARGE', 'B', '2026-11-16', '2026-11-30', 2250, 'LINE_CHARGE'], ['BONUS', 'B', '2026-11-16', '2026-11-30', -225, 'LINE_BONUS_PERCENT'],
    ]);
    expect(ls[1]).toMatchObject({ bonusId: 'b1', subscriptionId: 's1', params: { percent: 10, tariff: 'A' } });
  });

  it('a FIXED bonus larger than the charge is capped at the charge', () => {
    const one: AdditionalAmountInput = { id: 'x1', description: 'Instalación', amountCents: 1000, vatRate: 0.21, kind: 'ONE_OFF', date: '2026-11-05', validFrom: null, validTo: null, alreadyBilled: false };
    const s = always({ bonuses: [bonus({ kind: 'FIXED', value: 5000 })], additionalAmounts: [one] });
    const r = run('ARREARS', '2026-11', s);
    expect(r.invoice?.lines.map((l) => [l.kind, l.amountCents, l.code])).toEqual([
      ['CHARGE', 3000, 'LINE_CHARGE'], ['BONUS', -3000, 'LINE_BONUS_FIXED_CAPPED'], ['ADDITIONAL', 1000, 'LINE_ADDITIONAL_ONE_OFF'],
    ]);
    expect(r.invoice?.totals).toMatchObject({ baseCents: 1000, taxCents: 210, totalCents: 1210 });
  });

  it('bonuses together never take a line below zero, and a fully discounted month is not invoiced', () => {
    const s = always({ bonuses: [bonus({ value: 80 }), bonus({ id: 'b2', kind: 'FIXED', value: 1000 })], additionalAmounts: [extra({ date: '2026-11-05' })] });
    expect(amounts(linesOf('ARREARS', '2026-11', s))).toEqual([3000, -2400, -600, 500]);
    expect(run('ARREARS', '2026-11', always({ bonuses: [bonus({ value: 100 })] })).skipped).toMatchObject({ code: 'ZERO_TOTAL', params: { period: '2026-11' }, lines: [{ kind: 'CHARGE', amountCents: 3000 }, { kind: 'BONUS', amountCents: -3000 }] });
  });

  it('percentages add up on the charge instead of compounding', () => {
    const s = always({ bonuses: [bonus({ value: 20 }), bonus({ id: 'b2', value: 10 })] });
    expect(amounts(linesOf('ARREARS', '2026-11', s))).toEqual([3000, -600, -300]);
  });

  it('catch-up lines are discounted by the bonus valid on their days', () => {
    const s = sub({ states: [st('ACTIVE', '2026-11-16')], tariffs: [on(A, '2026-11-16')], bonuses: [bonus({ validTo: '2026-11-30' })] });
    expect(amounts(linesOf('ADVANCE', '2026-12', s))).toEqual([1500, -750, 3000]);
  });
});

const extra = (p: Partial<AdditionalAmountInput>): AdditionalAmountInput =>
  ({ id: 'x1', description: 'Router', amountCents: 500, vatRate: 0.21, kind: 'ONE_OFF', date: null, validFrom: null, validTo: null, alreadyBilled: false, ...p });

describe('additional amounts', () => {
  it.each([
    ['ARREARS', '2026-11', '2026-12-01', true], ['ARREARS', '2026-11', '2026-12-02', false], ['ARREARS', '2026-11', '2026-11-30', true],
    ['ADVANCE', '2026-11', '2026-11-01', true], ['ADVANCE', '2026-11', '2026-11-02', false], ['ADVANCE', '2026-11', '2026-10-31', true],
  ] as const)('%s %s: one-off dated %s billed: %s', (mode, period, date, billed) => {
    const ls = linesOf(mode, period, always({ additionalAmounts: [extra({ date })], charged: [{ from: '2020-01-01', to: '2026-10-31' }] }));
    expect(ls.some((l) => l.kind === 'ADDITIONAL')).toBe(billed);
  });
  it('a one-off already billed is not billed again', () => {
    expect(amounts(linesOf('ARREARS', '2026-11', always({ additionalAmounts: [extra({ date: '2026-11-05', alreadyBilled: true })] })))).toEqual([3000]);
  });
  it.each([
    [null, null, true], ['2026-11-30', null, true], ['2026-12-01', null, false], [null, '2026-11-01', true], [null, '2026-10-31', false],
    ['2026-10-01', '2026-10-31', false], ['2026-11-15', '2026-11-15', true],
  ])('monthly valid %s..%s billed in full for 2026-11: %s', (validFrom, validTo, billed) => {
    const ls = linesOf('ARREARS', '2026-11', always({ additionalAmounts: [extra({ kind: 'MONTHLY', validFrom, validTo })] }));
    const l = ls.find((x) => x.kind === 'ADDITIONAL');
    expect(Boolean(l)).toBe(billed);
    if (l) expect(l).toMatchObject({ amountCents: 500, from: '2026-11-01', to: '2026-11-30', code: 'LINE_ADDITIONAL_MONTHLY', params: { description: 'Router', period: '2026-11' } });
  });
  it('follows rule 3: an ACTIVE_NON_BILLABLE subscription bills no extras either', () => {
    const s = sub({ states: [st('ACTIVE_NON_BILLABLE', '2026-10-01')], tariffs: [on(A, '2026-10-01')], additionalAmounts: [extra({ date: '2026-11-05' }), extra({ id: 'x2', kind: 'MONTHLY' })] });
    expect(run('ARREARS', '2026-11', s).skipped?.code).toBe('ALL_NON_BILLABLE');
  });
  it('a one-off on a pending subscription (e.g. installation) is billed', () => {
    const s = sub({ states: [st('PENDING_ACTIVATION', '2026-11-01')], tariffs: [on(A, '2026-11-01')], additionalAmounts: [extra({ date: '2026-11-05', amountCents: 4900 })] });
    expect(amounts(linesOf('ARREARS', '2026-11', s))).toEqual([4900]);
  });
  it('a one-off dated before the subscription\'s first state is judged by the state on the issue date', () => {
    const s = sub({ states: [st('ACTIVE', '2026-11-10')], tariffs: [on(A, '2026-11-10')], additionalAmounts: [extra({ date: '2026-11-03', amountCents: 4900 })] });
    expect(amounts(linesOf('ARREARS', '2026-11', s))).toEqual([2100, 4900]);
    const rejected = sub({ states: [st('REJECTED', '2026-11-10')], tariffs: [on(A, '2026-11-10')], additionalAmounts: [extra({ date: '2026-11-03' })] });
    expect(run('ARREARS', '2026-11', rejected).skipped?.code).toBe('NOTHING_TO_BILL');
  });

  it('mixed VAT rates are grouped', () => {
    const s = always({ additionalAmounts: [extra({ date: '2026-11-05', vatRate: 0.1, amountCents: 1005 })] });
    expect(run('ARREARS', '2026-11', s).invoice?.totals).toEqual({
      baseCents: 4005, taxCents: 731, totalCents: 4736,
      vat: [{ vatRate: 0.21, baseCents: 3000, taxCents: 630 }, { vatRate: 0.1, baseCents: 1005, taxCents: 101 }],
    });
  });
  it('a negative total is never an invoice', () => {
    expect(run('ARREARS', '2026-11', always({ additionalAmounts: [extra({ date: '2026-11-05', amountCents: -5000 })] })).skipped)
      .toEqual({ code: 'NEGATIVE_TOTAL', params: { period: '2026-11', totalCents: -2420 } });
  });
});

describe('skipped invoices', () => {
  it('NOTHING_TO_BILL without subscriptions, ALL_NON_BILLABLE only when every one is non-billable', () => {
    expect(run('ARREARS', '2026-11').skipped).toEqual({ code: 'NOTHING_TO_BILL', params: { period: '2026-11' } });
    const nb = sub({ id: 's2', states: [st('ACTIVE_NON_BILLABLE', '2026-10-01')], tariffs: [on(A, '2026-10-01')] });
    const pending = sub({ id: 's3', states: [st('PENDING_ACTIVATION', '2026-10-01')], tariffs: [on(A, '2026-10-01')] });
    expect(run('ARREARS', '2026-11', nb, { ...nb, id: 's4' }).skipped).toEqual({ code: 'ALL_NON_BILLABLE', params: { period: '2026-11', count: 2 } });
    expect(run('ARREARS', '2026-11', nb, pending).skipped?.code).toBe('NOTHING_TO_BILL');
    expect(amounts(linesOf('ARREARS', '2026-11', nb, always()))).toEqual([3000]);
  });
  it('a subscription switched to non-billable mid-month is charged for its ACTIVE days only', () => {
    const s = sub({ states: [st('ACTIVE', '2026-10-01'), st('ACTIVE_NON_BILLABLE', '2026-11-11')], tariffs: [on(A, '2026-10-01')] });
    expect(brief(linesOf('ARREARS', '2026-11', s))).toEqual([['CHARGE', 'A', '2026-11-01', '2026-11-10', 10, 30, 1000]]);
  });
  it('refuses a malformed period with an explained skip, not an exception', () => expect(run('ARREARS', '2026-13').skipped).toEqual({
    code: 'INPUT_INVALID', params: { field: 'input.period', value: '2026-13', period: '2026-13', problem: 'PERIOD_INVALID' },
  }));
});
