// DataLoaders: a page of clients with contracts, subscriptions, tariffs, deletion checks and
// billing accounts costs the same bounded number of SQL statements for 10 clients as for 100.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { newId } from '../src/db/ids.js';
import { ClientEntity, ContractEntity, SubscriptionEntity, SubscriptionStateChangeEntity, SubscriptionTariffChangeEntity, TariffEntity } from '../src/entities/index.js';
import { factories, nif } from './factories.js';
import { startServer, type TestServer } from './harness.js';
import { clientSearchText } from '../src/services/client-search.js';

let t: TestServer;
beforeAll(async () => { t = await startServer(); });
afterAll(async () => { await t.close(); });

const PAGE = `query($first: Int!, $search: String) { clients(first: $first, search: $search) { totalCount edges { node {
  id code iban deletion { allowed blockers { code message } }
  contracts { number billingAccount { iban source explanation } deletion { allowed blockers { code } }
    subscriptions { state tariff { code priceCents } billing { billable reason } deletion { allowed } } }
} } } }`;

/** `n` clients named after `tag`, each with a signed and a draft contract and two subscriptions on each. */
async function bulkClients(tag: string, n: number) {
  const at = new Date().toISOString();
  const tariff: TariffEntity = { id: newId(), code: `T-${tag}`, name: tag, priceCents: 3000, vatRate: 0.21, createdAt: at };
  const clients: ClientEntity[] = [];
  const contracts: ContractEntity[] = [];
  const subs: SubscriptionEntity[] = [];
  for (let i = 0; i < n; i++) {
    const c: ClientEntity = { id: newId(), code: `${tag}${String(i).padStart(4, '0')}`, kind: 'PERSON', name: `${tag} ${i}`, taxId: nif(), email: `${tag}${i}@x.es`,
      phone: null, address: null, iban: i % 2 ? 'ES7921000813610123456789' : null, partnerId: null, searchText: '', archivedAt: null, version: 1, createdAt: at, updatedAt: at };
    c.searchText = clientSearchText(c);
    clients.push(c);
    for (const signed of [true, false]) {
      const k: ContractEntity = { id: newId(), number: `${tag}-${i}-${signed ? 'S' : 'D'}`, clientId: c.id, status: signed ? 'SIGNED' : 'DRAFT',
        signedAt: signed ? '2026-10-01' : null, signerName: signed ? 'X' : null, signerTaxId: signed ? c.taxId : null,
        iban: signed ? 'ES9121000418450200051332' : null, mandateReference: signed ? `${tag}-M-${i}` : null, version: 1, createdAt: at, updatedAt: at };
      contracts.push(k);
      for (const state of ['ACTIVE', 'PENDING_ACTIVATION'] as const) subs.push({ id: newId(), contractId: k.id, tariffId: tariff.id, state, billingStartDate: null, createdAt: at });
    }
  }
  await t.ds.getRepository(TariffEntity).insert(tariff);
  await t.ds.createQueryBuilder().insert().into(ClientEntity).values(clients).execute();
  await t.ds.createQueryBuilder().insert().into(ContractEntity).values(contracts).execute();
  await t.ds.createQueryBuilder().insert().into(SubscriptionEntity).values(subs).execute();
  await t.ds.createQueryBuilder().insert().into(SubscriptionStateChangeEntity)
    .values(subs.map((s) => ({ id: newId(), subscriptionId: s.id, state: s.state, effectiveDate: '2026-10-01', createdAt: at, seq: 1 }))).execute();
  await t.ds.createQueryBuilder().insert().into(SubscriptionTariffChangeEntity)
    .values(subs.map((s) => ({ id: newId(), subscriptionId: s.id, tariffId: tariff.id, effectiveDate: '2026-10-01', createdAt: at, seq: 1 }))).execute();
}

async function statementsFor(tag: string, first: number): Promise<{ count: number; clients: number }> {
  t.counter.reset();
  const data = await t.ok(PAGE, { first, search: tag });
  return { count: t.counter.count, clients: data.clients.edges.length };
}

test('the same bounded number of statements for 10 and for 100 clients', async () => {
  await bulkClients('TEN', 10);
  await bulkClients('HUNDRED', 100);
  const f = factories(t);
  const few = await f.activeClient({}, { name: 'TEN extra' });
  await f.invoice(few.client.id, few.contract.id, { subscriptionId: few.subscription.id });
  const ten = await statementsFor('TEN', 100);
  const hundred = await statementsFor('HUNDRED', 100);
  expect(ten.clients).toBe(11);
  expect(hundred.clients).toBe(100);
  expect(hundred.count, t.counter.statements.join('\n')).toBe(ten.count);
  expect(hundred.count).toBeLessThanOrEqual(12);
});
