// Rule 2 end to end: every blocker code from a real scenario, the same check as a field and as
// the delete's answer, and a deletable client really removed with its contracts and subscriptions.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  AuditEntryEntity, ClientEntity, ContractEntity, SubscriptionEntity, SubscriptionStateChangeEntity, SubscriptionTariffChangeEntity,
} from '../src/entities/index.js';
import { factories } from './factories.js';
import { startServer, type TestServer } from './harness.js';

let t: TestServer;
let f: ReturnType<typeof factories>;
beforeAll(async () => { t = await startServer(); f = factories(t); });
afterAll(async () => { await t.close(); });

const BLOCKERS = 'allowed blockers { code message remedy field entityType entityId }';
const DELETE_CLIENT = `mutation($id: ID!) { deleteClient(id: $id) { deleted deletion { ${BLOCKERS} } } }`;
const DELETE_CONTRACT = `mutation($id: ID!) { deleteContract(id: $id) { deleted deletion { ${BLOCKERS} } } }`;
const DELETE_SUBSCRIPTION = `mutation($id: ID!) { deleteServiceSubscription(id: $id) { deleted deletion { ${BLOCKERS} } } }`;

async function draftWithPending() {
  const tariff = await f.tariff();
  const client = await f.client();
  const contract = await f.contract(client.id);
  const s = await f.subscription(contract.id, tariff.id);
  return { client, contract, s };
}

const codes = (d: { blockers: { code: string }[] }) => d.blockers.map((b) => b.code).sort();

describe('deletion blockers, each from a real scenario', () => {
  test('HAS_PENDING_INVOICES (issued or returned) and HAS_INVOICE_HISTORY (paid)', async () => {
    const { client, contract } = await draftWithPending();
    await f.invoice(client.id, contract.id, { status: 'ISSUED', period: '2026-09' });
    await f.invoice(client.id, contract.id, { status: 'RETURNED', period: '2026-10' });
    await f.invoice(client.id, contract.id, { status: 'PAID', period: '2026-08' });
    const r = (await t.ok(DELETE_CLIENT, { id: client.id })).deleteClient;
    expect(r.deleted).toBe(false);
    expect(codes(r.deletion)).toEqual(['HAS_INVOICE_HISTORY', 'HAS_PENDING_INVOICES']);
    const pending = r.deletion.blockers.find((b: any) => b.code === 'HAS_PENDING_INVOICES');
    expect(pending).toMatchObject({ entityType: 'Client', entityId: client.id });
    expect(pending.message).toMatch(/2/);
    expect(pending.remedy.length).toBeGreaterThan(0);
    expect(await t.ds.getRepository(ClientEntity).countBy({ id: client.id })).toBe(1);
  });

  test('CONTRACT_SIGNED and SUBSCRIPTION_STATE on an active signed contract', async () => {
    const { client, contract, subscription } = await f.activeClient();
    const r = (await t.ok(DELETE_CONTRACT, { id: contract.id })).deleteContract;
    expect(r.deleted).toBe(false);
    expect(codes(r.deletion)).toEqual(['CONTRACT_SIGNED', 'SUBSCRIPTION_STATE']);
    expect(r.deletion.blockers.find((b: any) => b.code === 'SUBSCRIPTION_STATE')).toMatchObject({ entityType: 'ServiceSubscription', entityId: subscription.id, field: 'state' });
    const viaClient = (await t.ok(DELETE_CLIENT, { id: client.id })).deleteClient;
    expect(codes(viaClient.deletion)).toEqual(['CONTRACT_SIGNED', 'SUBSCRIPTION_STATE']);
  });

  test('SUBSCRIPTION_HAS_BONUSES, SUBSCRIPTION_HAS_ADDITIONAL_AMOUNTS and SUBSCRIPTION_INVOICED', async () => {
    const { client, contract, s } = await draftWithPending();
    await f.bonus(s.id);
    await f.additionalAmount(s.id);
    await f.invoice(client.id, contract.id, { status: 'PAID', subscriptionId: s.id });
    const r = (await t.ok(DELETE_SUBSCRIPTION, { id: s.id })).deleteServiceSubscription;
    expect(r.deleted).toBe(false);
    expect(codes(r.deletion)).toEqual(['SUBSCRIPTION_HAS_ADDITIONAL_AMOUNTS', 'SUBSCRIPTION_HAS_BONUSES', 'SUBSCRIPTION_INVOICED']);
    for (const b of r.deletion.blockers) expect(b).toMatchObject({ entityType: 'ServiceSubscription', entityId: s.id });
    const field = (await t.ok(`query($id: ID!) { client(id: $id) { deletion { ${BLOCKERS} } contracts { deletion { ${BLOCKERS} } subscriptions { deletion { ${BLOCKERS} } } } } }`, { id: client.id })).client;
    expect(codes(field.deletion)).toEqual(['HAS_INVOICE_HISTORY', 'SUBSCRIPTION_HAS_ADDITIONAL_AMOUNTS', 'SUBSCRIPTION_HAS_BONUSES', 'SUBSCRIPTION_INVOICED']);
    expect(codes(field.contracts[0].deletion)).toEqual(codes(r.deletion));
    expect(field.contracts[0].subscriptions[0].deletion).toEqual(r.deletion);
  });

  test('messages are Spanish by default and English on request', async () => {
    const { contract } = await f.activeClient();
    const es = (await t.ok(DELETE_CONTRACT, { id: contract.id })).deleteContract.deletion.blockers[0];
    const en = (await t.ok(DELETE_CONTRACT, { id: contract.id }, { locale: 'en' })).deleteContract.deletion.blockers[0];
    expect(es.code).toBe(en.code);
    expect(es.message).not.toBe(en.message);
    expect(es.message).toMatch(/firmado/);
    expect(en.message).toMatch(/signed/);
  });
});

describe('deleting', () => {
  test('a deletable client is removed with its contracts, subscriptions and timelines in one go', async () => {
    const { client, contract, s } = await draftWithPending();
    const rejected = await f.subscription(contract.id, (await f.tariff()).id);
    await f.changeState(rejected.id, 'REJECTED', '2026-10-05');
    const second = await f.contract(client.id);
    const check = (await t.ok(`query($id: ID!) { client(id: $id) { deletion { ${BLOCKERS} } } }`, { id: client.id })).client.deletion;
    expect(check).toEqual({ allowed: true, blockers: [] });
    const r = (await t.ok(DELETE_CLIENT, { id: client.id })).deleteClient;
    expect(r).toEqual({ deleted: true, deletion: { allowed: true, blockers: [] } });
    expect(await t.ds.getRepository(ClientEntity).countBy({ id: client.id })).toBe(0);
    expect(await t.ds.getRepository(ContractEntity).countBy({ clientId: client.id })).toBe(0);
    for (const id of [s.id, rejected.id]) {
      expect(await t.ds.getRepository(SubscriptionEntity).countBy({ id })).toBe(0);
      expect(await t.ds.getRepository(SubscriptionStateChangeEntity).countBy({ subscriptionId: id })).toBe(0);
      expect(await t.ds.getRepository(SubscriptionTariffChangeEntity).countBy({ subscriptionId: id })).toBe(0);
    }
    expect(second.id).toBeTruthy();
    const gone = await t.gql('query($id: ID!) { client(id: $id) { id } }', { id: client.id });
    expect(gone.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(await t.ds.getRepository(AuditEntryEntity).countBy({ clientId: client.id, action: 'DELETE', entityType: 'Client' })).toBe(1);
  });

  test('a deletable contract and a deletable subscription are removed', async () => {
    const { client, contract, s } = await draftWithPending();
    expect((await t.ok(DELETE_SUBSCRIPTION, { id: s.id })).deleteServiceSubscription.deleted).toBe(true);
    expect(await t.ds.getRepository(SubscriptionEntity).countBy({ id: s.id })).toBe(0);
    expect((await t.ok(DELETE_CONTRACT, { id: contract.id })).deleteContract.deleted).toBe(true);
    expect(await t.ds.getRepository(ContractEntity).countBy({ id: contract.id })).toBe(0);
    expect(await t.ds.getRepository(ClientEntity).countBy({ id: client.id })).toBe(1);
  });

  test('a refused delete writes nothing', async () => {
    const { client, contract, subscription } = await f.activeClient();
    const r = (await t.ok(DELETE_CLIENT, { id: client.id })).deleteClient;
    expect(r.deleted).toBe(false);
    expect(await t.ds.getRepository(ContractEntity).countBy({ id: contract.id })).toBe(1);
    expect(await t.ds.getRepository(SubscriptionEntity).countBy({ id: subscription.id })).toBe(1);
  });
});
