// Two state changes on the same effective date apply in the order they were made, on both databases
// (docs/billing.md "Timelines"): ordered by a counter, never by a timestamp that can tie.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BILLING_NOW, startServer, type TestServer } from '../harness.js';
import { billing } from './support.js';

let t: TestServer;
let b: ReturnType<typeof billing>;

beforeAll(async () => {
  t = await startServer({ now: BILLING_NOW });
  b = billing(t);
  await b.settings('ARREARS');
});
afterAll(async () => { await t.close(); });

test('ACTIVE then SUSPENDED on 2027-01-10, ACTIVE on 2027-01-20, in one request: January charges 12 days (14.05), for all 20 subscriptions', async () => {
  const tariff = await b.f.tariff({ priceCents: 3000 });
  const contracts: string[] = [];
  for (let i = 0; i < 20; i++) {
    const s = await b.contractWith(tariff.id, { startDate: '2027-01-01', state: 'PENDING_ACTIVATION' });
    contracts.push(s.contract.id);
    await t.ok(`mutation($id: ID!) {
      a: changeSubscriptionState(id: $id, state: ACTIVE, effectiveDate: "2027-01-10") { id }
      b: changeSubscriptionState(id: $id, state: SUSPENDED, effectiveDate: "2027-01-10") { id }
      c: changeSubscriptionState(id: $id, state: ACTIVE, effectiveDate: "2027-01-20") { id }
    }`, { id: s.subscription.id });
    // The timeline reads back in the order the changes were made.
    const read = await t.ok('query($id: ID!) { serviceSubscription(id: $id) { stateChanges { state effectiveDate } } }', { id: s.subscription.id });
    expect(read.serviceSubscription.stateChanges.map((x: any) => x.state)).toEqual(['PENDING_ACTIVATION', 'ACTIVE', 'SUSPENDED', 'ACTIVE']);
  }
  expect((await b.runOk('2027-01')).invoiceCount).toBe(20);
  const totals = await Promise.all(contracts.map(async (c) => (await b.invoicesOf(c))[0]));
  // 12/31 × 30.00 = 11.61; VAT 2.44; 14.05 — never 22 days from the 10th (25.76).
  expect(totals.map((i: any) => [i.lines.map((l: any) => [l.from, l.to]), i.totalCents])).toEqual(contracts.map(() => [[['2027-01-20', '2027-01-31']], 1405]));
});
