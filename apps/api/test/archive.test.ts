// Archive instead of delete (docs/rules.md §1 rule 2, "Archive"): permanent blockers offer it, a live
// subscription refuses it, an archived client is hidden, read-only but for unarchiving, and never billed.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AuditEntryEntity, ClientEntity, SubscriptionEntity } from '../src/entities/index.js';
import { billing } from './billing/support.js';
import { BILLING_NOW, startServer, type TestServer } from './harness.js';

let t: TestServer;
let b: ReturnType<typeof billing>;
beforeAll(async () => { t = await startServer({ now: BILLING_NOW }); b = billing(t); await b.settings('ARREARS'); });
afterAll(async () => { await t.close(); });

const ARCHIVE = 'mutation($id: ID!, $v: Int!) { archiveClient(id: $id, version: $v) { id archivedAt version } }';
const UNARCHIVE = 'mutation($id: ID!, $v: Int!) { unarchiveClient(id: $id, version: $v) { id archivedAt version } }';
const BLOCKERS = 'allowed blockers { code remedy entityType permanent }';
const reason = (r: { errors?: { extensions?: Record<string, any> }[] }) => r.errors?.[0]?.extensions?.reason;

/** A client invoiced for May 2027 whose only subscription is then cancelled. */
async function invoicedClient() {
  const { A } = await b.tariffsAB();
  const setup = await b.contractWith(A.id, { startDate: '2027-05-01' });
  await b.runOk('2027-05');
  return setup;
}

describe('archiving a client that can never be deleted', () => {
  test('permanent blockers point at archiving; a live subscription refuses it until cancelled', async () => {
    const { client, subscription } = await invoicedClient();
    const check = (await t.ok(`query($id: ID!) { client(id: $id) { version deletion { ${BLOCKERS} } } }`, { id: client.id }, { locale: 'en' })).client;
    expect(check.deletion.allowed).toBe(false);
    expect(check.deletion.blockers.every((x: any) => x.permanent)).toBe(true);
    const history = check.deletion.blockers.find((x: any) => x.code === 'HAS_PENDING_INVOICES');
    expect(history.remedy).toContain('archiveClient');

    const live = await t.gql(ARCHIVE, { id: client.id, v: check.version }, { locale: 'en' });
    expect(live.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CLIENT_HAS_LIVE_SUBSCRIPTIONS', field: 'subscriptions' });
    expect(live.errors?.[0]?.message).toMatch(/has 1 subscription that is not cancelled or rejected/);

    await b.f.changeState(subscription.id, 'CANCELLED', '2027-05-31');
    const stale = await t.gql(ARCHIVE, { id: client.id, v: check.version - 1 });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const archived = (await t.ok(ARCHIVE, { id: client.id, v: check.version })).archiveClient;
    expect(archived).toMatchObject({ archivedAt: BILLING_NOW.toISOString(), version: check.version + 1 });
    const again = await t.gql(ARCHIVE, { id: client.id, v: archived.version });
    expect(reason(again)).toBe('CLIENT_ARCHIVED');
    const entries = await t.ds.getRepository(AuditEntryEntity).find({ where: { entityId: client.id, action: 'ARCHIVE' } });
    expect(entries).toHaveLength(1);
  });

  test('hidden from the list and search unless asked for; read-only but for unarchiving', async () => {
    const { client, contract, subscription } = await invoicedClient();
    await b.f.changeState(subscription.id, 'CANCELLED', '2027-05-31');
    const { version } = (await t.ok('query($id: ID!) { client(id: $id) { version } }', { id: client.id })).client;
    const archived = (await t.ok(ARCHIVE, { id: client.id, v: version })).archiveClient;

    const list = async (vars: Record<string, unknown>) =>
      (await t.ok('query($s: String, $a: Boolean) { clients(first: 100, search: $s, includeArchived: $a) { nodes { id archivedAt } } }', vars)).clients.nodes;
    expect((await list({ s: client.name })).map((c: any) => c.id)).toEqual([]);
    expect((await list({ s: client.name, a: true })).map((c: any) => c.id)).toEqual([client.id]);
    expect((await t.ok('query($id: ID!) { client(id: $id) { archivedAt } }', { id: client.id })).client.archivedAt).toBe(archived.archivedAt);

    const writes: [string, Record<string, unknown>][] = [
      ['mutation($i: UpdateClientInput!) { updateClient(input: $i) { client { id } } }', { i: { id: client.id, version: archived.version, name: 'Nuevo nombre' } }],
      ['mutation($i: CreateContractInput!) { createContract(input: $i) { id } }', { i: { clientId: client.id } }],
      ['mutation($id: ID!) { deleteClient(id: $id) { deleted } }', { id: client.id }],
      ['mutation($i: AddBonusInput!) { addBonus(input: $i) { id } }', { i: { subscriptionId: subscription.id, kind: 'PERCENT', percent: 5, validFrom: '2027-07-01' } }],
      ['mutation($i: CreateServiceSubscriptionInput!) { createServiceSubscription(input: $i) { id } }', { i: { contractId: contract.id, tariffId: subscription.tariff.id } }],
    ];
    for (const [query, vars] of writes) {
      const r = await t.gql(query, vars, { locale: 'en' });
      expect(r.errors?.[0]?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CLIENT_ARCHIVED', field: 'archivedAt' });
      expect(r.errors?.[0]?.extensions?.remedy).toContain('unarchiveClient');
    }
    expect(await t.ds.getRepository(SubscriptionEntity).countBy({ contractId: contract.id })).toBe(1);

    const back = (await t.ok(UNARCHIVE, { id: client.id, v: archived.version })).unarchiveClient;
    expect(back).toMatchObject({ archivedAt: null, version: archived.version + 1 });
    expect(reason(await t.gql(UNARCHIVE, { id: client.id, v: back.version }))).toBe('CLIENT_NOT_ARCHIVED');
    const updated = await t.ok('mutation($i: UpdateClientInput!) { updateClient(input: $i) { client { name } } }', { i: { id: client.id, version: back.version, name: 'Nuevo nombre' } });
    expect(updated.updateClient.client.name).toBe('Nuevo nombre');
  });

  test('never billed again: the preview and the run leave it out with the reason', async () => {
    const { A } = await b.tariffsAB();
    const { client, contract, subscription } = await b.contractWith(A.id, { startDate: '2027-05-01' });
    // Cancelled from June 15: June would still charge 15 days, but the client is archived first.
    await b.f.changeState(subscription.id, 'CANCELLED', '2027-06-15');
    const { version } = (await t.ok('query($id: ID!) { client(id: $id) { version } }', { id: client.id })).client;
    const before = await b.preview('2027-05', contract.id);
    expect(before.invoiceCount).toBe(1);
    await t.ok(ARCHIVE, { id: client.id, v: version });
    const preview = await b.preview('2027-05', contract.id);
    expect(preview.invoiceCount).toBe(0);
    expect(preview.skipped).toEqual([expect.objectContaining({ contractId: contract.id, code: 'CLIENT_ARCHIVED' })]);
    expect(preview.skipped[0].message).toMatch(/archivado/);
    const run = await b.runOk('2027-05');
    expect(run.skippedByReason).toContainEqual(expect.objectContaining({ code: 'CLIENT_ARCHIVED' }));
    expect(await b.invoicesOf(contract.id)).toEqual([]);
  });
});

describe('races', () => {
  test('archiving while a subscription is created: never an archived client with a live subscription', async () => {
    const { A } = await b.tariffsAB();
    for (let i = 0; i < 3; i++) {
      const client = await b.f.client();
      const contract = await b.f.contract(client.id);
      const { version } = (await t.ok('query($id: ID!) { client(id: $id) { version } }', { id: client.id })).client;
      const [archive, create] = await Promise.all([
        t.gql(ARCHIVE, { id: client.id, v: version }),
        t.gql('mutation($i: CreateServiceSubscriptionInput!) { createServiceSubscription(input: $i) { id } }', { i: { contractId: contract.id, tariffId: A.id } }),
      ]);
      const archived = (await t.ds.getRepository(ClientEntity).findOneByOrFail({ id: client.id })).archivedAt !== null;
      const subscriptions = await t.ds.getRepository(SubscriptionEntity).countBy({ contractId: contract.id });
      expect(archived && subscriptions > 0, JSON.stringify({ archive, create })).toBe(false);
      expect(archived || subscriptions > 0).toBe(true);
    }
  });
});
