// HTTP surface: health, the SPA with its fallback, request size and query shape limits, masked
// internal errors, login tokens, invoices read back with lines, tariffs, settings, users, partners.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodeJwt } from 'jose';
import { newId } from '../src/db/ids.js';
import { AuditEntryEntity, InvoiceEntity } from '../src/entities/index.js';
import { IBAN_SIGNATURE, factories } from './factories.js';
import { ADMIN, TEST_NOW, startServer, type TestServer } from './harness.js';

let t: TestServer;
let f: ReturnType<typeof factories>;
const spa = mkdtempSync(join(tmpdir(), 'antena-spa-'));
beforeAll(async () => {
  writeFileSync(join(spa, 'index.html'), '<!doctype html><title>Antena admin</title>');
  writeFileSync(join(spa, 'app.js'), 'console.log(1)');
  t = await startServer({ adminDist: spa });
  f = factories(t);
});
afterAll(async () => { await t.close(); });

describe('HTTP', () => {
  test('GET /health checks the database', async () => {
    const r = await fetch(`${t.base}/health`);
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ status: 'ok' });
  });

  test('the SPA is served at / with an index.html fallback for client routes', async () => {
    expect(await (await fetch(`${t.base}/`)).text()).toContain('Antena admin');
    expect(await (await fetch(`${t.base}/app.js`)).text()).toContain('console.log');
    const deep = await fetch(`${t.base}/clients/123`, { headers: { accept: 'text/html' } });
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('Antena admin');
  });

  test('a request body over the limit is refused with 413 and no stack', async () => {
    const r = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${t.adminToken}` },
      body: JSON.stringify({ query: '{ me { kind } }', variables: { pad: 'x'.repeat(200_000) } }) });
    expect(r.status).toBe(413);
    const text = await r.text();
    expect(text).toContain('PAYLOAD_TOO_LARGE');
    expect(text).not.toMatch(/at .*\.js/);
  });

  test('too deep and too many aliases are refused before execution', async () => {
    const deep = await t.gql('{ clients { nodes { contracts { client { contracts { client { contracts { client { contracts { client { contracts { id } } } } } } } } } } } }');
    expect(deep.errors?.[0]?.message).toMatch(/depth/i);
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: me { kind }`).join(' ');
    const many = await t.gql(`{ ${aliases} }`);
    expect(many.errors?.[0]?.message).toMatch(/alias/i);
  });

  test('login returns a signed token that expires, and me says who is calling', async () => {
    const r = await t.ok('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token expiresAt user { email role } } }',
      { e: ADMIN.email.toUpperCase(), p: ADMIN.password }, { token: null });
    expect(r.login.user).toEqual({ email: ADMIN.email, role: 'ADMIN' });
    const claims = decodeJwt(r.login.token);
    expect(claims.exp! * 1000).toBe(Date.parse(r.login.expiresAt));
    expect(claims.exp! * 1000).toBeGreaterThan(TEST_NOW.getTime());
    expect((await t.ok('{ me { kind email partner { id } } }', {}, { token: r.login.token })).me).toEqual({ kind: 'ADMIN', email: ADMIN.email, partner: null });
    const p = await f.partnerWithKey('Partner Me');
    expect((await t.ok('{ me { kind email partner { id name } } }', {}, { token: p.key })).me).toEqual({ kind: 'PARTNER', email: null, partner: { id: p.partner.id, name: 'Partner Me' } });
  });
});

describe('invoices, tariffs, settings, users and partners', () => {
  test('invoice(id) and invoices(...) read issued invoices with lines, VAT, billing account and the rectified invoice', async () => {
    const { client, contract, subscription } = await f.activeClient();
    const original = await f.invoice(client.id, contract.id, { subscriptionId: subscription.id, period: '2026-11' });
    const credit: InvoiceEntity = { ...original, id: newId(), kind: 'CREDIT_NOTE', series: 'R', sequence: 1, number: 'R2026-000001', rectifiesId: original.id,
      baseCents: -1500, taxCents: -315, totalCents: -1815, vatBreakdown: [{ vatRate: 0.21, baseCents: -1500, taxCents: -315 }] };
    await t.ds.getRepository(InvoiceEntity).insert(credit);
    const FIELDS = 'id number kind series year issueDate period periodStart periodEnd baseCents taxCents totalCents status vatBreakdown { vatRate baseCents taxCents } client { id } contract { id } billingAccount { iban source explanation } rectifies { id number } lines { kind from to days daysInMonth amountCents vatRate code description tariffCode }';
    const one = (await t.ok(`query($id: ID!) { invoice(id: $id) { ${FIELDS} } }`, { id: credit.id })).invoice;
    expect(one).toMatchObject({ number: 'R2026-000001', kind: 'CREDIT_NOTE', totalCents: -1815, rectifies: { id: original.id, number: original.number }, client: { id: client.id } });
    expect(one.billingAccount).toMatchObject({ iban: IBAN_SIGNATURE, source: 'CONTRACT_SIGNATURE' });
    expect(one.lines).toEqual([]);
    const lines = (await t.ok(`query($id: ID!) { invoice(id: $id) { ${FIELDS} } }`, { id: original.id })).invoice.lines;
    expect(lines[0]).toMatchObject({ kind: 'CHARGE', from: '2026-11-01', days: 31, amountCents: 3000, vatRate: 0.21, tariffCode: 'A' });
    expect(lines[0].description).toMatch(/Tarifa A/);
    const list = (await t.ok(`query($c: ID!) { invoices(clientId: $c, first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { number } } }`, { c: client.id })).invoices;
    expect(list).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, nodes: [{ number: 'R2026-000001' }] });
    const next = (await t.ok(`query($c: ID!, $a: String) { invoices(clientId: $c, first: 5, after: $a) { nodes { number } } }`, { c: client.id, a: list.pageInfo.endCursor })).invoices;
    expect(next.nodes).toEqual([{ number: original.number }]);
    const viaClient = (await t.ok('query($id: ID!) { client(id: $id) { invoices { totalCount } } }', { id: client.id })).client.invoices;
    expect(viaClient.totalCount).toBe(2);
    expect((await t.gql('{ invoice(id: "missing") { id } }')).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  test('tariffs: created by an admin, listed, duplicate codes refused', async () => {
    const a = await f.tariff({ code: 'HTTP-A', priceCents: 3000 });
    expect(a).toMatchObject({ code: 'HTTP-A', priceCents: 3000, vatRate: 0.21 });
    const dup = await t.gql('mutation { createTariff(input: { code: "HTTP-A", name: "x", priceCents: 1 }) { id } }');
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.code', reason: 'DUPLICATE_VALUE' });
    expect((await t.ok('{ tariffs { code } }')).tariffs.map((x: any) => x.code)).toContain('HTTP-A');
  });

  test('billing settings default to ADVANCE without mass credits and are updated and audited', async () => {
    expect((await t.ok('{ billingSettings { mode massCreditOnTariffMigration } }')).billingSettings).toEqual({ mode: 'ADVANCE', massCreditOnTariffMigration: false });
    const u = (await t.ok('mutation { updateBillingSettings(input: { mode: ARREARS, massCreditOnTariffMigration: true }) { mode massCreditOnTariffMigration } }')).updateBillingSettings;
    expect(u).toEqual({ mode: 'ARREARS', massCreditOnTariffMigration: true });
    expect((await t.ok('{ billingSettings { mode massCreditOnTariffMigration } }')).billingSettings).toEqual(u);
    const [entry] = await t.ds.getRepository(AuditEntryEntity).findBy({ entityType: 'BillingSettings' });
    expect(entry?.changes).toEqual([{ field: 'mode', from: 'ADVANCE', to: 'ARREARS' }, { field: 'massCreditOnTariffMigration', from: false, to: true }]);
    const bad = await t.gql('mutation { updateBillingSettings(input: { mode: MONTHLY }) { mode } }');
    expect(bad.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test('users: an admin creates another admin who can sign in', async () => {
    const u = (await t.ok('mutation { createUser(input: { email: "Second@Test.local", password: "another long password" }) { email role } }')).createUser;
    expect(u).toEqual({ email: 'second@test.local', role: 'ADMIN' });
    expect((await t.ok('{ users { email } }')).users.map((x: any) => x.email)).toContain('second@test.local');
    const short = await t.gql('mutation { createUser(input: { email: "third@test.local", password: "short" }) { email } }');
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
    const login = await t.gql('mutation { login(email: "second@test.local", password: "another long password") { token } }', {}, { token: null });
    expect(login.errors).toBeUndefined();
  });

  test('partners and their keys are listed for admins', async () => {
    const p = await f.partnerWithKey('Listed Partner');
    const list = (await t.ok('{ partners { id name apiKeys { id prefix revokedAt } } }')).partners;
    const found = list.find((x: any) => x.id === p.partner.id);
    expect(found).toMatchObject({ name: 'Listed Partner', apiKeys: [{ id: p.apiKeyId, revokedAt: null }] });
    expect(p.key.startsWith(found.apiKeys[0].prefix)).toBe(true);
  });
});

describe('internal errors are masked', () => {
  test('the client gets a request id, no SQL and no stack; the server logs the cause', async () => {
    await t.ds.query('ALTER TABLE billing_settings RENAME TO billing_settings_gone');
    try {
      const r = await t.gql('{ billingSettings { mode } }');
      const error = r.errors?.[0];
      expect(error?.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
      const requestId = error?.extensions?.['requestId'];
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(error?.message).toContain(requestId);
      expect(JSON.stringify(r)).not.toMatch(/billing_settings|SELECT|stack|QueryFailedError|\.ts:/);
      const en = await t.gql('{ billingSettings { mode } }', {}, { locale: 'en' });
      expect(en.errors?.[0]?.message).toMatch(/^Internal error/);
      expect(t.loggedErrors.map((e) => e.requestId)).toContain(requestId);
      expect(String(t.loggedErrors.find((e) => e.requestId === requestId)?.error)).toMatch(/billing_settings/);
    } finally {
      await t.ds.query('ALTER TABLE billing_settings_gone RENAME TO billing_settings');
    }
  });

  test('a failure while authenticating (before any resolver) is masked the same way', async () => {
    const p = await f.partnerWithKey();
    await t.ds.query('ALTER TABLE api_keys RENAME TO api_keys_gone');
    try {
      const r = await t.gql('{ me { kind } }', {}, { token: p.key });
      expect(r.status).toBe(500);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) });
      expect(JSON.stringify(r)).not.toMatch(/api_keys|SELECT|Context creation/);
      expect(t.loggedErrors.map((e) => e.requestId)).toContain(r.errors?.[0]?.extensions?.['requestId']);
    } finally {
      await t.ds.query('ALTER TABLE api_keys_gone RENAME TO api_keys');
    }
  });
});
