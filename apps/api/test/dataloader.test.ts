// DataLoaders: a page of clients with contracts, subscriptions, tariffs, deletion checks and
// billing accounts costs the same bounded number of SQL statements for 10 clients as for 100.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { newId } from '../src/db/ids.js';
import {
  AdditionalAmountEntity, BonusEntity, ClientEntity, ContractEntity, SubscriptionEntity, SubscriptionStateChangeEntity, SubscriptionTariffChangeEntity, TariffEntity,
} from '../src/entities/index.js';
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

/**
 * `n` clients named after `tag`, each with a signed and a draft contract and two subscriptions on each; each ACTIVE
 * subscription migrates to a second tariff on 2026-11-10 and has a 12.5 % bonus and a monthly amount at 10 % VAT.
 */
async function bulkClients(tag: string, n: number) {
  const at = new Date().toISOString();
  const tariff: TariffEntity = { id: newId(), code: `T-${tag}`, name: tag, priceCents: 3000, vatRate: 0.21, createdAt: at };
  const next: TariffEntity = { id: newId(), code: `T2-${tag}`, name: `${tag} 2`, priceCents: 4500, vatRate: 0.21, createdAt: at };
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
  await t.ds.getRepository(TariffEntity).insert([tariff, next]);
  await t.ds.createQueryBuilder().insert().into(ClientEntity).values(clients).execute();
  await t.ds.createQueryBuilder().insert().into(ContractEntity).values(contracts).execute();
  await t.ds.createQueryBuilder().insert().into(SubscriptionEntity).values(subs).execute();
  await t.ds.createQueryBuilder().insert().into(SubscriptionStateChangeEntity)
    .values(subs.map((s) => ({ id: newId(), subscriptionId: s.id, state: s.state, effectiveDate: '2026-10-01', createdAt: at, seq: 1 }))).execute();
  await t.ds.createQueryBuilder().insert().into(SubscriptionTariffChangeEntity)
    .values(subs.flatMap((s) => [
      { id: newId(), subscriptionId: s.id, tariffId: tariff.id, effectiveDate: '2026-10-01', createdAt: at, seq: 1 },
      ...(s.state === 'ACTIVE' ? [{ id: newId(), subscriptionId: s.id, tariffId: next.id, effectiveDate: '2026-11-10', createdAt: at, seq: 2 }] : []),
    ])).execute();
  const active = subs.filter((s) => s.state === 'ACTIVE');
  await t.ds.createQueryBuilder().insert().into(BonusEntity).values(active.map((s): BonusEntity => ({
    id: newId(), subscriptionId: s.id, kind: 'PERCENT', percent: 12.5, amountCents: null, description: null, validFrom: '2026-10-01', validTo: null, version: 1, createdAt: at,
  }))).execute();
  await t.ds.createQueryBuilder().insert().into(AdditionalAmountEntity).values(active.map((s): AdditionalAmountEntity => ({
    id: newId(), subscriptionId: s.id, description: 'Router', amountCents: 300, vatRate: 0.1, kind: 'MONTHLY', date: null, validFrom: '2026-10-01', validTo: null, version: 1, createdAt: at,
  }))).execute();
}

async function statementsFor(tag: string, first: number, page = PAGE): Promise<{ count: number; clients: number; data: any }> {
  t.counter.reset();
  const data = await t.ok(page, { first, search: tag });
  return { count: t.counter.count, clients: data.clients.edges.length, data };
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

// Every timeline field of a page of subscriptions: the loaders batch the ids and ask the one timeline reader
// (billing/timeline-facts.ts), one statement per timeline table whatever the page's size.
const TIMELINES = `query($first: Int!, $search: String) { clients(first: $first, search: $search) { edges { node {
  contracts { subscriptions {
    stateChanges { state effectiveDate } tariffChanges { tariffCode priceCents vatRate effectiveDate }
    tariff { code } scheduledTariffChange { effectiveFrom tariff { code } } billing { billable } catchUp { days }
    bonuses { kind percent validFrom version deletion { allowed } } additionalAmounts { kind amountCents vatRate version invoicedThrough }
  } }
} } } }`;

test('timelines, bonuses and additional amounts of a page: the same bounded statements for 10 and for 100 clients, rates as fractions', async () => {
  await bulkClients('TLTEN', 10);
  await bulkClients('TLHUNDRED', 100);
  const ten = await statementsFor('TLTEN', 100, TIMELINES);
  const hundred = await statementsFor('TLHUNDRED', 100, TIMELINES);
  expect(ten.clients).toBe(10);
  expect(hundred.clients).toBe(100);
  expect(hundred.count, t.counter.statements.join('\n')).toBe(ten.count);
  // Session, count, clients, contracts, subscriptions; one per timeline table; tariffs; the extras' applications (3);
  // the charged lines (2).
  expect(hundred.count).toBeLessThanOrEqual(15);
  const subs = hundred.data.clients.edges.flatMap((e: any) => e.node.contracts.flatMap((c: any) => c.subscriptions));
  expect(subs).toHaveLength(400);
  const active = subs.filter((s: any) => s.stateChanges.at(-1).state === 'ACTIVE');
  expect(active).toHaveLength(200);
  for (const s of active) {
    expect(s.tariffChanges.map((c: any) => [c.tariffCode.split('-')[0], c.priceCents, c.vatRate, c.effectiveDate])).toEqual([['T', 3000, 0.21, '2026-10-01'], ['T2', 4500, 0.21, '2026-11-10']]);
    expect(s.bonuses).toEqual([{ kind: 'PERCENT', percent: 12.5, validFrom: '2026-10-01', version: 1, deletion: { allowed: true } }]);
    expect(s.additionalAmounts).toEqual([{ kind: 'MONTHLY', amountCents: 300, vatRate: 0.1, version: 1, invoicedThrough: null }]);
  }
  for (const s of subs.filter((x: any) => x.stateChanges.at(-1).state !== 'ACTIVE')) {
    expect(s.tariffChanges).toHaveLength(1);
    expect(s.bonuses).toEqual([]);
    expect(s.additionalAmounts).toEqual([]);
  }
});
