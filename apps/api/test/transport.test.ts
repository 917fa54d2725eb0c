// Transport hardening (docs/security.md): security headers on every response, introspection and
// schema suggestions off unless ANTENA_GRAPHQL_INTROSPECTION=true, and input errors that name
// their field and reason — GraphQL's own coercion and validation errors included — with a clear
// 4xx-class answer for over-long searches, empty ids and over-long queries.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { nif } from './factories.js';
import { startServer, type TestServer } from './harness.js';

let t: TestServer;
const spa = mkdtempSync(join(tmpdir(), 'antena-spa-'));
beforeAll(async () => {
  writeFileSync(join(spa, 'index.html'), '<!doctype html><title>Antena admin</title>');
  t = await startServer({ adminDist: spa });
});
afterAll(async () => { await t.close(); });

describe('security headers', () => {
  test.each([['/graphql (POST)', 'post'], ['/', 'spa'], ['/health', 'health'], ['a missing PDF', 'pdf']])('on %s', async (_name, kind) => {
    const res = kind === 'post'
      ? await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })
      : await fetch(`${t.base}${kind === 'spa' ? '/' : kind === 'health' ? '/health' : '/invoices/x.pdf'}`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-powered-by')).toBeNull();
    // Plain HTTP: no HSTS (it would lock browsers out of an install without TLS).
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  test('HSTS when the request came over TLS through the proxy', async () => {
    const res = await fetch(`${t.base}/health`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });
});

describe('introspection and suggestions', () => {
  test('off by default: no __schema, no "did you mean"', async () => {
    const intro = await t.gql('{ __schema { types { name } } }');
    expect(intro.status).toBe(400);
    expect(intro.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await t.gql('{ clientz { id } }');
    expect(typo.errors?.[0]?.message).not.toMatch(/did you mean|clients/i);
    const enumTypo = await t.gql('mutation($i: CreateClientInput!) { createClient(input: $i) { id } }', { i: { kind: 'PERSONA', name: 'x', taxId: nif(), email: 'x@example.com' } });
    expect(JSON.stringify(enumTypo.errors)).not.toMatch(/did you mean|"PERSON"/i);
  });

  test('on with ANTENA_GRAPHQL_INTROSPECTION=true, whatever NODE_ENV says', async () => {
    const saved = { i: process.env['ANTENA_GRAPHQL_INTROSPECTION'], n: process.env['NODE_ENV'] };
    process.env['ANTENA_GRAPHQL_INTROSPECTION'] = 'true';
    process.env['NODE_ENV'] = 'production';
    const open = await startServer();
    try {
      const intro = await open.gql('{ __schema { queryType { name } } }');
      expect(intro.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      expect((await open.gql('{ clientz { id } }')).errors?.[0]?.message).toMatch(/Did you mean .*"clients"/);
    } finally {
      await open.close();
      process.env['NODE_ENV'] = saved.n;
      if (saved.i === undefined) delete process.env['ANTENA_GRAPHQL_INTROSPECTION'];
      else process.env['ANTENA_GRAPHQL_INTROSPECTION'] = saved.i;
    }
  });
});

describe('every input error names its field and reason', () => {
  const CREATE = 'mutation($i: CreateClientInput!) { createClient(input: $i) { id } }';

  test('variable coercion: a wrong enum, a wrong type, a missing field, an unknown field, a null id', async () => {
    const r = await t.gql(CREATE, { i: { kind: 'NOBODY', name: 3, taxId: nif(), extra: 1 } });
    expect(r.status).toBe(400);
    const byField = Object.fromEntries(r.errors!.map((e) => [e.extensions?.['field'], e.extensions?.['reason']]));
    expect(byField).toEqual({ 'input.kind': 'VALUE_INVALID', 'input.name': 'VALUE_INVALID', 'input.email': 'VALUE_REQUIRED', 'input.extra': 'FIELD_UNKNOWN' });
    for (const e of r.errors!) expect(e.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(r.errors!.find((e) => e.extensions?.['field'] === 'input.email')?.message).toBe('Falta «correo electrónico» (String!).');
    const en = await t.gql('query($id: ID!) { client(id: $id) { id } }', { id: null }, { locale: 'en' });
    expect(en.errors?.[0]).toMatchObject({ message: '"id" (ID!) is missing.', extensions: { code: 'BAD_USER_INPUT', field: 'id', reason: 'VALUE_REQUIRED' } });
  });

  test('a variable used inside an input object is named by where it is used; list items by index', async () => {
    const r = await t.gql('mutation($k: ClientKind!) { createClient(input: { kind: $k, name: "x", taxId: "x", email: "x" }) { id } }', { k: 7 });
    expect(r.errors?.[0]?.extensions).toMatchObject({ field: 'input.kind', reason: 'VALUE_INVALID' });
  });

  test('literal arguments: validation errors name the field too', async () => {
    const r = await t.gql('mutation { createTariff(input: { code: 3, name: "x" }) { id } }');
    expect(r.status).toBe(400);
    const byField = Object.fromEntries(r.errors!.map((e) => [e.extensions?.['field'], e.extensions?.['reason']]));
    expect(byField).toEqual({ 'input.priceCents': 'VALUE_REQUIRED', 'input.code': 'VALUE_INVALID' });
    const missingArg = await t.gql('{ client { id } }');
    expect(missingArg.errors?.[0]?.extensions).toMatchObject({ field: 'id', reason: 'VALUE_REQUIRED' });
  });

  test('a 50 000-character search is BAD_USER_INPUT on "search", not an internal error', async () => {
    const r = await t.gql('query($s: String) { clients(search: $s) { totalCount } }', { s: 'x'.repeat(50_000) });
    expect(r.status).toBeLessThan(500);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search', reason: 'SEARCH_TOO_LONG', params: { max: 200 } });
    expect((await t.gql('query($s: String) { clients(search: $s) { totalCount } }', { s: 'x'.repeat(200) })).errors).toBeUndefined();
  });

  test('partnerId: "" (and any empty id) is BAD_USER_INPUT naming it', async () => {
    const key = await t.gql('mutation { createApiKey(partnerId: "", name: "k") { key } }');
    expect(key.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partnerId', reason: 'ID_INVALID' });
    const client = await t.gql(CREATE, { i: { kind: 'PERSON', name: 'Con partner vacío', taxId: nif(), email: 'vacio@example.com', partnerId: '' } });
    expect(client.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.partnerId', reason: 'ID_INVALID' });
    const long = await t.gql('query($id: ID!) { client(id: $id) { id } }', { id: 'x'.repeat(65) });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: 'ID_INVALID' });
    expect(t.loggedErrors).toEqual([]);
  });

  test('an over-long query (token limit) is a 400 that says so', async () => {
    const query = `{ ${Array.from({ length: 3000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'en' }, body: JSON.stringify({ query }) });
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.errors[0]).toMatchObject({ message: 'The query is too long (over 5,000 tokens): split it into several.', extensions: { field: 'query', reason: 'QUERY_TOO_LONG' } });
  });
});
