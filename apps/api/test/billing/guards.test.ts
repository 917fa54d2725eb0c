// Guards through GraphQL (docs/billing.md "Guards"): no run dated after today (Europe/Madrid), the preview
// open for any period; dates within 2000–2099; a single price or amount capped; sums of money 64-bit.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BILLING_NOW, startServer, TEST_NOW, type TestServer } from '../harness.js';
import { billing } from './support.js';

let t: TestServer;
let late: TestServer;
let b: ReturnType<typeof billing>;

beforeAll(async () => {
  t = await startServer();
  b = billing(t);
  await b.settings('ADVANCE', true);
});
afterAll(async () => { await t.close(); await late?.close(); });

const refusal = (r: { errors?: { extensions?: Record<string, any> }[] }) => r.errors?.[0]?.extensions;

test('runBilling for a period issued after today is refused with an explanation; nothing is written; the preview stays open', async () => {
  const { A } = await b.tariffsAB();
  await b.contractWith(A.id, { startDate: '2026-11-01' });
  expect(TEST_NOW.toISOString().slice(0, 10)).toBe('2026-11-20');
  const r = await b.run('2030-01');
  expect(refusal(r)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period', reason: 'RUN_IN_FUTURE', params: { issueDate: '2030-01-01', today: '2026-11-20' } });
  expect(refusal(r)!.remedy).toContain('billingPreview');
  expect(r.errors![0]!.message).toContain('2030');
  // December (issued 2026-12-01) is the future too; November is not.
  expect(refusal(await b.run('2026-12'))?.reason).toBe('RUN_IN_FUTURE');
  expect((await t.gql('{ invoices(first: 5) { totalCount } }')).data.invoices.totalCount).toBe(0);
  const preview = await b.preview('2030-01');
  expect(preview).toMatchObject({ period: '2030-01', issueDate: '2030-01-01', invoiceCount: 1 });
  expect((await b.runOk('2026-11')).invoiceCount).toBe(1);
});

test('runMassCredit for a period whose invoices are dated after today is refused too', async () => {
  const r = await b.massCredit('2026-12', { locale: 'en' });
  expect(refusal(r)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period', reason: 'RUN_IN_FUTURE' });
  expect(r.errors![0]!.message).toContain('mass credit for 2026-12');
});

test('dates outside 2000–2099 are refused naming the field, with a remedy', async () => {
  const { A } = await b.tariffsAB();
  const client = await b.f.client();
  const contract = await b.f.contract(client.id);
  const r = await t.gql('mutation($i: CreateServiceSubscriptionInput!) { createServiceSubscription(input: $i) { id } }',
    { i: { contractId: contract.id, tariffId: A.id, startDate: '0001-01-01', state: 'ACTIVE' } });
  expect(refusal(r)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.startDate', reason: 'DATE_OUT_OF_RANGE' });
  expect(refusal(r)!.remedy).toContain('billingStartDate');
  const s = await b.f.subscription(contract.id, A.id, { startDate: '2026-11-01', state: 'ACTIVE' });
  const later = await t.gql('mutation($id: ID!) { changeSubscriptionState(id: $id, state: SUSPENDED, effectiveDate: "2100-01-01") { id } }', { id: s.id });
  expect(refusal(later)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'effectiveDate', reason: 'DATE_OUT_OF_RANGE' });
  expect(refusal(await b.run('1999-12'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period', reason: 'DATE_OUT_OF_RANGE' });
});

test('a single amount or price above 100 000,00 € is refused with an explanation', async () => {
  const { A } = await b.tariffsAB();
  const { subscription } = await b.contractWith(A.id);
  const r = await t.gql('mutation($i: AddAdditionalAmountInput!) { addAdditionalAmount(input: $i) { id } }',
    { i: { subscriptionId: subscription.id, description: 'Typo', amountCents: 2147483647, kind: 'ONE_OFF', date: '2026-11-01' } });
  expect(refusal(r)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amountCents', reason: 'CENTS_TOO_LARGE' });
  expect(refusal(r)!.remedy).toMatch(/céntimos/);
  const tariff = await t.gql('mutation($i: CreateTariffInput!) { createTariff(input: $i) { id } }', { i: { code: 'HUGE', name: 'Huge', priceCents: 10_000_001, vatRate: 0.21 } });
  expect(refusal(tariff)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.priceCents', reason: 'CENTS_TOO_LARGE' });
});

test('sums over many documents are 64-bit: a run of 22 invoices of 1 210 000,00 € totals 26 620 000,00 € exactly', async () => {
  late = await startServer({ now: BILLING_NOW });
  const lb = billing(late);
  await lb.settings('ARREARS');
  const tariff = await lb.f.tariff({ priceCents: 0 });
  const extras = Array.from({ length: 10 }, (_, k) => `a${k}: addAdditionalAmount(input: { subscriptionId: $s, description: "Obra ${k}", amountCents: 10000000, kind: ONE_OFF, date: "2027-01-15" }) { id }`).join('\n');
  for (let i = 0; i < 22; i++) {
    const { subscription } = await lb.contractWith(tariff.id, { startDate: '2027-01-01' });
    await late.ok(`mutation($s: ID!) { ${extras} }`, { s: subscription.id });
  }
  const expected = 22 * 121_000_000;
  expect(expected).toBeGreaterThan(2 ** 31);
  const preview = await lb.preview('2027-01');
  expect(preview).toMatchObject({ invoiceCount: 22, baseCents: 22 * 100_000_000, totalCents: expected });
  const run = await lb.runOk('2027-01');
  expect(run).toMatchObject({ status: 'COMPLETED', invoiceCount: 22, totalCents: expected });
  const runs = await late.ok('{ billingRuns(first: 5) { totalCents } }');
  expect(runs.billingRuns[0].totalCents).toBe(expected);
  const dash = await late.ok('{ dashboard { monthlyTotals(months: 6) { period invoices { count totalCents } net { totalCents } } } }');
  expect(dash.dashboard.monthlyTotals.find((m: any) => m.period === '2027-01')).toMatchObject({ invoices: { count: 22, totalCents: expected }, net: { totalCents: expected } });
  // and the next run still works
  expect((await lb.runOk('2027-02')).status).toBe('COMPLETED');
  // A second server: its first run starts its job worker thread (docs/jobs.md).
}, 90_000);

test('an ACTIVE import started in the past says how much catch-up it will charge, and billingStartDate avoids it', async () => {
  const { A } = await b.tariffsAB();
  const s = await b.contractWith(A.id, { startDate: '2026-09-15' });
  const q = 'query($id: ID!) { serviceSubscription(id: $id) { billingStartDate catchUp { from to days amountCents code message remedy } } }';
  const before = (await t.ok(q, { id: s.subscription.id })).serviceSubscription;
  // 16 days of September (16/30 × 30.00) and all of October: 16.00 + 30.00, before November (today 2026-11-20).
  expect(before.catchUp).toMatchObject({ from: '2026-09-15', to: '2026-10-31', days: 47, amountCents: 4600, code: 'CATCH_UP_PENDING' });
  expect(before.catchUp.message).toContain('46,00');
  expect(before.catchUp.remedy).toContain('setSubscriptionBillingStartDate');
  const set = await t.ok('mutation($id: ID!) { setSubscriptionBillingStartDate(id: $id, billingStartDate: "2026-11-01") { billingStartDate catchUp { days } } }', { id: s.subscription.id });
  expect(set.setSubscriptionBillingStartDate).toEqual({ billingStartDate: '2026-11-01', catchUp: null });
  // Only while nothing is charged: after a run it is refused with an explanation.
  const invoiced = await b.contractWith(A.id, { startDate: '2026-11-01' });
  await b.runOk('2026-11');
  const locked = await t.gql('mutation($id: ID!) { setSubscriptionBillingStartDate(id: $id, billingStartDate: "2026-11-10") { id } }', { id: invoiced.subscription.id });
  expect(refusal(locked)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'billingStartDate', reason: 'BILLING_START_LOCKED' });
});
