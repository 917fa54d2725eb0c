// The access matrix of docs/product.md §5: anonymous, admin, partner A and partner B × each kind of operation.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { factories, nif } from './factories.js';
import { startServer, type TestServer } from './harness.js';

let t: TestServer;
let f: ReturnType<typeof factories>;
let actors: Record<'anonymous' | 'admin' | 'partnerA' | 'partnerB', string | null>;
let a: { partner: { id: string }; apiKeyId: string };
let fx: { client: any; contract: any; subscription: any; tariff: any; invoiceId: string };

beforeAll(async () => {
  t = await startServer();
  f = factories(t);
  const pa = await f.partnerWithKey('Partner A');
  const pb = await f.partnerWithKey('Partner B');
  a = pa;
  actors = { anonymous: null, admin: t.adminToken, partnerA: pa.key, partnerB: pb.key };
  // Partner A's client, created by partner A itself.
  const made = await f.activeClient({ token: pa.key });
  const invoice = await f.invoice(made.client.id, made.contract.id, { status: 'ISSUED', subscriptionId: made.subscription.id });
  fx = { ...made, invoiceId: invoice.id };
});
afterAll(async () => { await t.close(); });

type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'BAD_USER_INPUT';
type Actor = keyof typeof actors;
interface Operation { name: string; query: string; vars: () => Record<string, unknown>; expect: Record<Actor, Outcome> }

const OWNED: Record<Actor, Outcome> = { anonymous: 'UNAUTHENTICATED', admin: 'OK', partnerA: 'OK', partnerB: 'NOT_FOUND' };
const ANY_SIGNED_IN: Record<Actor, Outcome> = { anonymous: 'UNAUTHENTICATED', admin: 'OK', partnerA: 'OK', partnerB: 'OK' };
const ADMIN_ONLY: Record<Actor, Outcome> = { anonymous: 'UNAUTHENTICATED', admin: 'OK', partnerA: 'FORBIDDEN', partnerB: 'FORBIDDEN' };

const operations: Operation[] = [
  { name: 'me', query: '{ me { kind } }', vars: () => ({}), expect: ANY_SIGNED_IN },
  { name: 'client', query: 'query($id: ID!) { client(id: $id) { id } }', vars: () => ({ id: fx.client.id }), expect: OWNED },
  { name: 'contract', query: 'query($id: ID!) { contract(id: $id) { id } }', vars: () => ({ id: fx.contract.id }), expect: OWNED },
  { name: 'serviceSubscription', query: 'query($id: ID!) { serviceSubscription(id: $id) { id } }', vars: () => ({ id: fx.subscription.id }), expect: OWNED },
  { name: 'invoice', query: 'query($id: ID!) { invoice(id: $id) { id } }', vars: () => ({ id: fx.invoiceId }), expect: OWNED },
  { name: 'invoices of a client', query: 'query($c: ID!) { invoices(clientId: $c) { totalCount } }', vars: () => ({ c: fx.client.id }), expect: OWNED },
  { name: 'clients', query: '{ clients { totalCount } }', vars: () => ({}), expect: ANY_SIGNED_IN },
  { name: 'tariffs', query: '{ tariffs { id } }', vars: () => ({}), expect: ANY_SIGNED_IN },
  { name: 'createClient', query: 'mutation($i: CreateClientInput!) { createClient(input: $i) { id } }',
    vars: () => ({ i: { kind: 'PERSON', name: 'Nuevo', taxId: nif(), email: 'nuevo@example.com' } }), expect: ANY_SIGNED_IN },
  { name: 'updateClient', query: 'mutation($i: UpdateClientInput!) { updateClient(input: $i) { client { id } } }',
    vars: () => ({ i: { id: fx.client.id, version: 999, name: 'x' } }),
    // Admin and the owner get past authorization to the optimistic lock.
    expect: { anonymous: 'UNAUTHENTICATED', admin: 'CONFLICT', partnerA: 'CONFLICT', partnerB: 'NOT_FOUND' } },
  { name: 'createContract', query: 'mutation($i: CreateContractInput!) { createContract(input: $i) { id } }', vars: () => ({ i: { clientId: fx.client.id } }), expect: OWNED },
  { name: 'changeSubscriptionState', query: 'mutation($id: ID!) { changeSubscriptionState(id: $id, state: SUSPENDED, effectiveDate: "2026-11-20") { id } }',
    // Actors run in order: the admin suspends it, so partner A then reaches the state machine's refusal.
    vars: () => ({ id: fx.subscription.id }), expect: { anonymous: 'UNAUTHENTICATED', admin: 'OK', partnerA: 'BAD_USER_INPUT', partnerB: 'NOT_FOUND' } },
  { name: 'addBonus', query: 'mutation($i: AddBonusInput!) { addBonus(input: $i) { id } }',
    vars: () => ({ i: { subscriptionId: fx.subscription.id, kind: 'FIXED', amountCents: 100, validFrom: '2026-12-01' } }), expect: OWNED },
  { name: 'deleteClient', query: 'mutation($id: ID!) { deleteClient(id: $id) { deleted } }', vars: () => ({ id: fx.client.id }), expect: OWNED },
  { name: 'createTariff', query: 'mutation($i: CreateTariffInput!) { createTariff(input: $i) { id } }',
    vars: () => ({ i: { code: `X${Math.random().toString(36).slice(2, 8)}`, name: 'x', priceCents: 100 } }), expect: ADMIN_ONLY },
  { name: 'billingSettings', query: '{ billingSettings { mode } }', vars: () => ({}), expect: ADMIN_ONLY },
  { name: 'updateBillingSettings', query: 'mutation { updateBillingSettings(input: { mode: ADVANCE }) { mode } }', vars: () => ({}), expect: ADMIN_ONLY },
  { name: 'users', query: '{ users { email } }', vars: () => ({}), expect: ADMIN_ONLY },
  { name: 'createUser', query: 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
    vars: () => ({ i: { email: `u${Math.random().toString(36).slice(2, 8)}@example.com`, password: 'long enough password' } }), expect: ADMIN_ONLY },
  { name: 'partners', query: '{ partners { id } }', vars: () => ({}), expect: ADMIN_ONLY },
  { name: 'createPartner', query: 'mutation { createPartner(input: { name: "P" }) { id } }', vars: () => ({}), expect: ADMIN_ONLY },
  { name: 'createApiKey', query: 'mutation($p: ID!) { createApiKey(partnerId: $p, name: "k") { key } }', vars: () => ({ p: a.partner.id }), expect: ADMIN_ONLY },
  { name: 'backgroundJobs', query: '{ backgroundJobs(first: 5) { id status } }', vars: () => ({}), expect: ADMIN_ONLY },
  // Anyone signed in may ask; a partner sees only the jobs it queued (null for any other id, as for an unknown one).
  { name: 'backgroundJob', query: 'query($id: ID!) { backgroundJob(id: $id) { id } }', vars: () => ({ id: fx.client.id }), expect: ANY_SIGNED_IN },
  { name: 'queueBillingPreview', query: 'mutation { queueBillingPreview(period: "2026-11") { id } }', vars: () => ({}), expect: ADMIN_ONLY },
  { name: 'queueRemittancePreview', query: 'mutation { queueRemittancePreview(collectionDate: "2099-01-05") { id } }', vars: () => ({}), expect: ADMIN_ONLY },
  // A partner batches its own clients' invoices: partner B has none, so its batch would be empty.
  { name: 'queueInvoicePdfBatch', query: 'mutation { queueInvoicePdfBatch { id } }', vars: () => ({}),
    expect: { anonymous: 'UNAUTHENTICATED', admin: 'OK', partnerA: 'OK', partnerB: 'BAD_USER_INPUT' } },
];

describe.each(['anonymous', 'admin', 'partnerA', 'partnerB'] as const)('%s', (actor) => {
  test.each(operations.map((o) => [o.name, o] as const))('%s', async (_name, op) => {
    const r = await t.gql(op.query, op.vars(), { token: actors[actor] });
    const outcome = op.expect[actor];
    if (outcome === 'OK') expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    else expect(r.errors?.[0]?.extensions?.['code']).toBe(outcome);
  });
});

describe('partner scope', () => {
  test('a partner lists only its own clients; a client created by a partner is its own whatever partnerId it sends', async () => {
    const b = (await t.ok('{ me { partner { id } } }', {}, { token: actors.partnerB })).me.partner;
    const created = (await t.ok('mutation($i: CreateClientInput!) { createClient(input: $i) { id partner { id } } }',
      { i: { kind: 'PERSON', name: 'De B', taxId: nif(), email: 'b@example.com', partnerId: a.partner.id } }, { token: actors.partnerB })).createClient;
    expect(created.partner.id).toBe(b.id);
    const listB = (await t.ok('{ clients(first: 100) { nodes { id partner { id } } } }', {}, { token: actors.partnerB })).clients.nodes;
    expect(listB.length).toBeGreaterThan(0);
    expect(listB.every((c: any) => c.partner.id === b.id)).toBe(true);
    const listA = (await t.ok('{ clients(first: 100) { nodes { id } } }', {}, { token: actors.partnerA })).clients.nodes.map((c: any) => c.id);
    expect(listA).toContain(fx.client.id);
    expect(listA).not.toContain(created.id);
    const invoicesB = (await t.ok('{ invoices(first: 100) { totalCount } }', {}, { token: actors.partnerB })).invoices;
    expect(invoicesB.totalCount).toBe(0);
    const invoicesA = (await t.ok('{ invoices(first: 100) { totalCount nodes { id } } }', {}, { token: actors.partnerA })).invoices;
    expect(invoicesA.nodes.map((i: any) => i.id)).toEqual([fx.invoiceId]);
  });

  test('a revoked key is UNAUTHENTICATED; a garbage token too; login with a wrong password as well', async () => {
    const p = await f.partnerWithKey();
    expect((await t.gql('{ me { kind } }', {}, { token: p.key })).errors).toBeUndefined();
    const revoked = (await t.ok('mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id: p.apiKeyId })).revokeApiKey;
    expect(revoked.revokedAt).toBeTruthy();
    const r = await t.gql('{ me { kind } }', {}, { token: p.key });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'API_KEY_REVOKED' });
    const junk = await t.gql('{ me { kind } }', {}, { token: 'not-a-token' });
    expect(junk.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    const login = await t.gql('mutation { login(email: "admin@test.local", password: "wrong password") { token } }', {}, { token: null });
    expect(login.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    expect(login.errors?.[0]?.message).toBe('Correo o contraseña incorrectos.');
  });

  test('API keys are stored hashed and shown once', async () => {
    const p = await f.partnerWithKey();
    const rows: { keyHash: string; prefix: string }[] = await t.ds.query('SELECT "keyHash", prefix FROM api_keys');
    expect(rows.some((r) => r.keyHash === p.key)).toBe(false);
    expect(rows.some((r) => p.key.startsWith(r.prefix))).toBe(true);
    const list = (await t.ok('{ partners { id apiKeys { id prefix revokedAt } } }')).partners;
    expect(JSON.stringify(list)).not.toContain(p.key);
  });
});
