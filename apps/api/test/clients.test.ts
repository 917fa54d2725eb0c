// Clients through HTTP: create, read, search and paginate, update with optimistic locking and
// rule 1's warning, validation errors in Spanish and English, the audit trail.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ClientEntity } from '../src/entities/index.js';
import { CLIENT_FIELDS, IBAN_PROFILE, IBAN_SIGNATURE, factories, nif } from './factories.js';
import { startServer, type TestServer } from './harness.js';

let t: TestServer;
let f: ReturnType<typeof factories>;
beforeAll(async () => { t = await startServer(); f = factories(t); });
afterAll(async () => { await t.close(); });

const UPDATE = `mutation($i: UpdateClientInput!) { updateClient(input: $i) { client { ${CLIENT_FIELDS} } warnings { code message remedy field entityType entityId } } }`;

describe('createClient / client', () => {
  test('creates a client with a normalised IBAN and a generated code, readable by id', async () => {
    const c = await f.client({ kind: 'COMPANY', name: '  Talleres Ruiz S.L. ', taxId: 'b12345674', iban: 'es91 2100 0418 4502 0005 1332', phone: '+34 600 111 222' });
    expect(c).toMatchObject({ kind: 'COMPANY', name: 'Talleres Ruiz S.L.', taxId: 'B12345674', iban: IBAN_SIGNATURE, version: 1, phone: '+34 600 111 222' });
    expect(c.code).toMatch(/^C\d{6}$/);
    const read = await t.ok(`query($id: ID!) { client(id: $id) { ${CLIENT_FIELDS} contracts { id } deletion { allowed blockers { code } } } }`, { id: c.id });
    expect(read.client).toMatchObject({ ...c, contracts: [], deletion: { allowed: true, blockers: [] } });
  });

  test('an invalid tax id is BAD_USER_INPUT on input.taxId, in Spanish by default and English on request, and nothing is written', async () => {
    const before = await t.ds.getRepository(ClientEntity).count();
    const input = { kind: 'PERSON', name: 'Ana', taxId: '12345678A', email: 'ana@example.com' };
    const es = await t.gql('mutation($i: CreateClientInput!) { createClient(input: $i) { id } }', { i: input });
    expect(es.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.taxId', reason: 'TAX_ID_INVALID' });
    const en = await t.gql('mutation($i: CreateClientInput!) { createClient(input: $i) { id } }', { i: input }, { locale: 'en-GB,en;q=0.9' });
    expect(en.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.taxId' });
    expect(es.errors?.[0]?.message).not.toEqual(en.errors?.[0]?.message);
    expect(es.errors?.[0]?.message).toMatch(/NIF|identificación|fiscal/i);
    expect(en.errors?.[0]?.message).toMatch(/tax/i);
    expect(await t.ds.getRepository(ClientEntity).count()).toBe(before);
  });

  test('an invalid IBAN and an invalid email name their fields', async () => {
    const base = { kind: 'PERSON', name: 'Ana', taxId: nif(), email: 'ana@example.com' };
    const iban = await t.gql('mutation($i: CreateClientInput!) { createClient(input: $i) { id } }', { i: { ...base, iban: 'ES00 1234' } });
    expect(iban.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.iban', reason: 'IBAN_INVALID' });
    expect(iban.errors?.[0]?.extensions?.['remedy']).toEqual(expect.any(String));
    const email = await t.gql('mutation($i: CreateClientInput!) { createClient(input: $i) { id } }', { i: { ...base, email: 'not-an-email' } });
    expect(email.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email', reason: 'EMAIL_INVALID' });
    const name = await t.gql('mutation($i: CreateClientInput!) { createClient(input: $i) { id } }', { i: { ...base, name: '   ' } });
    expect(name.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name', reason: 'REQUIRED' });
  });

  test('an unknown client is NOT_FOUND', async () => {
    const r = await t.gql('{ client(id: "nope") { id } }');
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', entityType: 'Client' });
    expect(r.errors?.[0]?.message).toBe('No existe ningún cliente con id nope.');
    const en = await t.gql('{ client(id: "nope") { id } }', {}, { locale: 'en' });
    expect(en.errors?.[0]?.message).toBe('There is no client with id nope.');
  });
});

describe('clients connection', () => {
  test('searches by name, code, tax id or email and pages with cursors', async () => {
    const tag = `Zebra${Date.now()}`;
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await f.client({ name: `${tag} ${i}` }));
    const Q = 'query($s: String, $first: Int, $after: String) { clients(search: $s, first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { code name } } nodes { code } } }';
    const p1 = (await t.ok(Q, { s: tag.toLowerCase(), first: 2 })).clients;
    expect(p1.totalCount).toBe(5);
    expect(p1.edges.map((e: any) => e.node.code)).toEqual(made.slice(0, 2).map((c) => c.code));
    expect(p1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const p2 = (await t.ok(Q, { s: tag, first: 2, after: p1.pageInfo.endCursor })).clients;
    expect(p2.nodes.map((n: any) => n.code)).toEqual(made.slice(2, 4).map((c) => c.code));
    const p3 = (await t.ok(Q, { s: tag, first: 2, after: p2.pageInfo.endCursor })).clients;
    expect(p3.nodes.map((n: any) => n.code)).toEqual([made[4]!.code]);
    expect(p3.pageInfo.hasNextPage).toBe(false);
    expect((await t.ok(Q, { s: made[3]!.code })).clients.nodes).toEqual([{ code: made[3]!.code }]);
    expect((await t.ok(Q, { s: made[1]!.taxId })).clients.nodes).toEqual([{ code: made[1]!.code }]);
    expect((await t.ok(Q, { s: '100%_' })).clients.totalCount).toBe(0);
  });

  test('page size is limited to 100 and a bad cursor is refused', async () => {
    const big = await t.gql('{ clients(first: 101) { totalCount } }');
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const cursor = await t.gql('{ clients(first: 1, after: "%%%") { totalCount } }');
    expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('updateClient', () => {
  test('updates with the current version, bumps it, and a stale version is a CONFLICT that writes nothing', async () => {
    const c = await f.client();
    const ok = (await t.ok(UPDATE, { i: { id: c.id, version: 1, name: 'Nuevo nombre', phone: null } })).updateClient;
    expect(ok.client).toMatchObject({ name: 'Nuevo nombre', phone: null, version: 2 });
    expect(ok.warnings).toEqual([]);
    const stale = await t.gql(UPDATE, { i: { id: c.id, version: 1, name: 'Otro' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', entityType: 'Client' });
    expect(stale.errors?.[0]?.message).toMatch(/cambiado/);
    const staleEn = await t.gql(UPDATE, { i: { id: c.id, version: 1, name: 'Otro' } }, { locale: 'en' });
    expect(staleEn.errors?.[0]?.message).toMatch(/changed since you read it/);
    const row = await t.ds.getRepository(ClientEntity).findOneByOrFail({ id: c.id });
    expect(row).toMatchObject({ name: 'Nuevo nombre', version: 2 });
  });

  test('rule 1: changing the profile IBAN of a client with a signed contract warns that the signature prevails', async () => {
    const client = await f.client({ iban: IBAN_SIGNATURE });
    const contract = await f.sign(await f.contract(client.id), { iban: IBAN_SIGNATURE });
    const draft = await f.contract(client.id);
    const r = (await t.ok(UPDATE, { i: { id: client.id, version: client.version, iban: 'ES79 2100 0813 6101 2345 6789' } })).updateClient;
    expect(r.client.iban).toBe(IBAN_PROFILE);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ code: 'SIGNATURE_IBAN_PREVAILS', entityType: 'Contract', entityId: contract.id, field: 'iban' });
    expect(r.warnings[0].message).toContain(contract.number);
    expect(r.warnings[0].message).toContain('ES91 2100 0418 4502 0005 1332');
    expect(r.warnings[0].remedy.length).toBeGreaterThan(0);
    const q = await t.ok('query($id: ID!) { contract(id: $id) { billingAccount { iban source explanation } } }', { id: contract.id });
    expect(q.contract.billingAccount).toMatchObject({ iban: IBAN_SIGNATURE, source: 'CONTRACT_SIGNATURE' });
    expect(q.contract.billingAccount.explanation).toContain('ES79 2100 0813 6101 2345 6789');
    const unsigned = await t.ok('query($id: ID!) { contract(id: $id) { billingAccount { iban source } } }', { id: draft.id });
    expect(unsigned.contract.billingAccount).toEqual({ iban: IBAN_PROFILE, source: 'CLIENT_PROFILE' });
    const en = (await t.ok(UPDATE, { i: { id: client.id, version: 2, iban: 'ES6621000418401234567891' } }, { locale: 'en' })).updateClient;
    expect(en.warnings[0].message).not.toEqual(r.warnings[0].message);
    const same = (await t.ok(UPDATE, { i: { id: client.id, version: 3, iban: IBAN_SIGNATURE } })).updateClient;
    expect(same.warnings).toEqual([]);
  });

  test('every change lands in Client.auditTrail, newest first, with field changes', async () => {
    const c = await f.client({ iban: IBAN_SIGNATURE });
    await t.ok(UPDATE, { i: { id: c.id, version: 1, iban: IBAN_PROFILE } });
    const contract = await f.contract(c.id);
    await f.sign(contract, { iban: IBAN_SIGNATURE });
    const trail = (await t.ok('query($id: ID!) { client(id: $id) { auditTrail(first: 10) { totalCount nodes { action entityType actorName actorType at changes { field from to } } } } }', { id: c.id })).client.auditTrail;
    expect(trail.nodes.map((n: any) => `${n.entityType}:${n.action}`)).toEqual(['Contract:SIGN', 'Contract:CREATE', 'Client:UPDATE', 'Client:CREATE']);
    expect(trail.nodes[2].changes).toEqual([{ field: 'iban', from: IBAN_SIGNATURE, to: IBAN_PROFILE }]);
    expect(trail.nodes[0].changes).toEqual(expect.arrayContaining([{ field: 'iban', from: null, to: IBAN_SIGNATURE }, { field: 'status', from: 'DRAFT', to: 'SIGNED' }]));
    expect(trail.nodes[0]).toMatchObject({ actorType: 'USER', actorName: 'admin@test.local' });
  });
});

describe('concurrent updates', () => {
  test('two updates from the same version: exactly one wins, the other is a CONFLICT', async () => {
    const c = await f.client();
    const results = await Promise.all(['Primero', 'Segundo', 'Tercero'].map((name) => t.gql(UPDATE, { i: { id: c.id, version: 1, name } })));
    const codes = results.map((r) => r.errors?.[0]?.extensions?.['code'] ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    const row = await t.ds.getRepository(ClientEntity).findOneByOrFail({ id: c.id });
    expect(row.version).toBe(2);
    expect(results.find((r) => !r.errors)?.data.updateClient.client.name).toBe(row.name);
  });
});
