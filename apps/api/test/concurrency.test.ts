// Races through GraphQL (docs/billing.md "Concurrency"), on SQLite and, above all, on PostgreSQL:
// two periods billed at once never charge a day twice; deleteClient racing createServiceSubscription
// never deletes a live subscription and never answers an internal error.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { AuditEntryEntity, ClientEntity, SubscriptionEntity } from '../src/entities/index.js';
import { billing } from './billing/support.js';
import { BILLING_NOW, startServer, type TestServer } from './harness.js';

let t: TestServer;
let b: ReturnType<typeof billing>;

beforeAll(async () => {
  t = await startServer({ now: BILLING_NOW });
  b = billing(t);
});
afterAll(async () => { await t.close(); });

/** Every day charged net (charges and catch-ups minus credits) per subscription, counted. */
async function chargedDayCounts(): Promise<Map<string, Map<string, number>>> {
  const nodes: any[] = [];
  for (let after: string | null = null; ;) {
    const r: any = await t.ok('query($a: String) { invoices(first: 100, after: $a) { pageInfo { hasNextPage endCursor } nodes { lines { kind subscriptionId from to } } } }', { a: after });
    nodes.push(...r.invoices.nodes);
    if (!r.invoices.pageInfo.hasNextPage) break;
    after = r.invoices.pageInfo.endCursor;
  }
  const out = new Map<string, Map<string, number>>();
  for (const inv of nodes) {
    for (const l of inv.lines) {
      const sign = l.kind === 'CHARGE' || l.kind === 'CATCH_UP' ? 1 : l.kind === 'CREDIT' ? -1 : 0;
      if (!sign) continue;
      const days = out.get(l.subscriptionId) ?? new Map<string, number>();
      out.set(l.subscriptionId, days);
      for (let d = new Date(`${l.from}T00:00:00Z`); d <= new Date(`${l.to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
        const k = d.toISOString().slice(0, 10);
        days.set(k, (days.get(k) ?? 0) + sign);
      }
    }
  }
  return out;
}

test('runBilling of two periods started together charges every day once', async () => {
  await b.settings('ADVANCE', true);
  const tariff = await b.f.tariff({ priceCents: 3000 });
  const subs: string[] = [];
  for (let i = 0; i < 30; i++) subs.push((await b.contractWith(tariff.id, { startDate: '2026-09-01' })).subscription.id);
  const [nov, dec] = await Promise.all([b.run('2026-11'), b.run('2026-12')]);
  expect(nov.errors).toBeUndefined();
  expect(dec.errors).toBeUndefined();
  const counts = await chargedDayCounts();
  const twice = [...counts.values()].flatMap((days) => [...days].filter(([, n]) => n !== 1));
  expect(twice).toEqual([]);
  // and every day from September to December is charged: 122 days per subscription.
  expect(subs.map((s) => counts.get(s)?.size)).toEqual(subs.map(() => 122));
});

test('billing and a mass credit at once: still every day once', async () => {
  const B = await b.f.tariff({ priceCents: 4500 });
  const subs = [...(await chargedDayCounts()).keys()];
  for (const s of subs.slice(0, 15)) await b.migrate(s, B.id, '2026-12-16');
  const [credit, jan] = await Promise.all([b.massCredit('2026-12'), b.run('2027-01')]);
  expect(credit.errors).toBeUndefined();
  expect(jan.errors).toBeUndefined();
  // Credited days may wait for the next invoice's catch-up (0), but none is ever charged twice.
  const counts = await chargedDayCounts();
  expect([...counts.values()].flatMap((days) => [...days].filter(([, n]) => n < 0 || n > 1))).toEqual([]);
  expect((await b.run('2027-02')).errors).toBeUndefined();
  const after = await chargedDayCounts();
  expect([...after.values()].flatMap((days) => [...days].filter(([, n]) => n !== 1))).toEqual([]);
});

test('deleteClient racing createServiceSubscription, 25 times: never a deleted live subscription, never an internal error', async () => {
  const tariff = await b.f.tariff();
  const outcomes: string[] = [];
  for (let i = 0; i < 25; i++) {
    const client = await b.f.client();
    const contract = await b.f.contract(client.id);
    const [del, create] = await Promise.all([
      t.gql('mutation($id: ID!) { deleteClient(id: $id) { deleted deletion { allowed blockers { code message remedy } } } }', { id: client.id }),
      t.gql('mutation($i: CreateServiceSubscriptionInput!) { createServiceSubscription(input: $i) { id state } }',
        { i: { contractId: contract.id, tariffId: tariff.id, startDate: '2027-06-01', state: 'ACTIVE' } }),
    ]);
    for (const e of [...(del.errors ?? []), ...(create.errors ?? [])]) {
      expect(e.extensions?.code, JSON.stringify(e)).not.toBe('INTERNAL_SERVER_ERROR');
    }
    const clientLeft = await t.ds.getRepository(ClientEntity).existsBy({ id: client.id });
    if (del.data?.deleteClient?.deleted) {
      // The deletion won: the creation lost with an explanation and nothing of the client is left.
      expect(clientLeft).toBe(false);
      expect(create.errors?.[0]?.extensions?.code).toMatch(/^(CONFLICT|NOT_FOUND)$/);
      expect(create.errors![0]!.message.length).toBeGreaterThan(10);
      expect(await t.ds.getRepository(AuditEntryEntity).existsBy({ entityId: client.id, action: 'DELETE' })).toBe(true);
      outcomes.push('deleted');
    } else {
      // The creation won: the deletion was refused because of the live subscription, which exists.
      expect(create.errors).toBeUndefined();
      expect(clientLeft).toBe(true);
      expect(del.data.deleteClient.deletion.blockers.map((x: any) => x.code)).toContain('SUBSCRIPTION_STATE');
      expect(await t.ds.getRepository(SubscriptionEntity).existsBy({ id: create.data.createServiceSubscription.id })).toBe(true);
      outcomes.push('kept');
    }
  }
  expect(t.loggedErrors).toEqual([]);
  expect(outcomes).toHaveLength(25);
});

test('deleteContract racing createServiceSubscription, 15 times: the same, never an internal error', async () => {
  const tariff = await b.f.tariff();
  for (let i = 0; i < 15; i++) {
    const client = await b.f.client();
    const contract = await b.f.contract(client.id);
    const [del, create] = await Promise.all([
      t.gql('mutation($id: ID!) { deleteContract(id: $id) { deleted deletion { blockers { code } } } }', { id: contract.id }),
      t.gql('mutation($i: CreateServiceSubscriptionInput!) { createServiceSubscription(input: $i) { id } }',
        { i: { contractId: contract.id, tariffId: tariff.id, startDate: '2027-06-01', state: 'ACTIVE' } }),
    ]);
    for (const e of [...(del.errors ?? []), ...(create.errors ?? [])]) expect(e.extensions?.code, JSON.stringify(e)).not.toBe('INTERNAL_SERVER_ERROR');
    if (del.data?.deleteContract?.deleted) expect(create.errors?.[0]?.extensions?.code).toMatch(/^(CONFLICT|NOT_FOUND)$/);
    else {
      expect(create.errors).toBeUndefined();
      expect(del.data.deleteContract.deletion.blockers.map((x: any) => x.code)).toContain('SUBSCRIPTION_STATE');
    }
  }
  expect(t.loggedErrors).toEqual([]);
});

