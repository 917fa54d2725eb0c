// Global search (docs/search.md) through the API, on SQLite and PostgreSQL alike: clients by word starts of
// name, code, tax id, e-mail and IBAN (accents and case ignored), contracts and invoices by the start of
// their number, a partner's own data only, the limits as BAD_USER_INPUT naming the field, every lookup
// an index range scan (EXPLAIN) and a bounded number of statements; the migration's backfill.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDataSource } from '../src/db/data-source.js';
import { migrations } from '../src/migrations/index.js';
import { GlobalSearch1765510000000 } from '../src/migrations/1765510000000-global-search.js';
import { createTestDatabase, usePostgres, type TestDatabase } from './databases.js';
import { IBAN_PROFILE, IBAN_SIGNATURE, factories, nif } from './factories.js';
import { startServer, type GqlOptions, type TestServer } from './harness.js';

let t: TestServer;
let f: ReturnType<typeof factories>;
const tag = `q${Date.now().toString(36)}`;
let martin: { id: string; code: string; taxId: string };
let martina: { id: string };
let munoz: { id: string };
let contract: { id: string; number: string };
let invoice: { id: string; number: string };
let partner: { key: string; client: { id: string }; contract: { id: string; number: string }; invoice: { id: string; number: string } };

beforeAll(async () => {
  t = await startServer();
  f = factories(t);
  martin = await f.client({ name: `Martín Güell ${tag}`, email: `martin.${tag}@example.test`, iban: IBAN_SIGNATURE });
  martina = await f.client({ name: `Martina Ruiz ${tag}` });
  munoz = await f.client({ name: `Talleres MUÑOZ ${tag}`, kind: 'COMPANY', taxId: 'B12345674' });
  contract = await f.contract(martin.id);
  invoice = await f.invoice(martin.id, contract.id, { sequence: 424242 });
  const p = await f.partnerWithKey(`Partner ${tag}`);
  const client = await f.client({ name: `Peña Partner ${tag}`, iban: IBAN_PROFILE }, { token: p.key });
  const pc = await f.contract(client.id, { token: p.key });
  partner = { key: p.key, client, contract: pc, invoice: await f.invoice(client.id, pc.id, { sequence: 434343 }) };
});
afterAll(async () => { await t.close(); });

const Q = `query($term: String!, $first: Int) { globalSearch(term: $term, first: $first) {
  term clients { id name code } contracts { id number client { id } } invoices { id number client { id } } } }`;
type Hits = { term: string; clients: { id: string }[]; contracts: { id: string }[]; invoices: { id: string }[] };
const search = async (term: string, first?: number, options?: GqlOptions): Promise<Hits> => {
  const r = await t.gql(Q, { term, first }, options);
  if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
  return r.data.globalSearch;
};
const clientIds = async (term: string, options?: GqlOptions) => (await search(term, 20, options)).clients.map((c) => c.id);

describe('clients', () => {
  test('accents and case do not matter', async () => {
    expect(await clientIds(`MARTÍN GÜELL ${tag}`)).toEqual([martin.id]);
    expect(await clientIds(`martin guell ${tag}`)).toEqual([martin.id]);
    expect(await clientIds(`munoz ${tag}`)).toEqual([munoz.id]);
    expect(await clientIds(`Muñoz ${tag}`)).toEqual([munoz.id]);
  });

  test('matches at word starts only, in order: "gue" finds Güell, "uell" does not; "martin" finds Martín before Martina', async () => {
    expect(await clientIds(`gue`)).toContain(martin.id);
    expect(await clientIds('uell')).not.toContain(martin.id);
    expect(await clientIds(`ruiz ${tag}`)).toEqual([martina.id]);
    const byName = await clientIds('martin');
    expect(byName.indexOf(martin.id)).toBeGreaterThanOrEqual(0);
    expect(byName.indexOf(martin.id)).toBeLessThan(byName.indexOf(martina.id));
    expect(await clientIds(tag.slice(1))).toEqual([]);
  });

  test('by code, tax id, e-mail (any part) and IBAN typed compact or in groups', async () => {
    expect(await clientIds(martin.code.toLowerCase())).toEqual([martin.id]);
    expect(await clientIds('b12345674')).toEqual([munoz.id]);
    expect(await clientIds(`martin.${tag}@`)).toEqual([martin.id]);
    expect(await clientIds(`${tag}@example`)).toEqual([martin.id]);
    expect(await clientIds('ES91 2100 0418 4502')).toEqual([martin.id]);
    expect(await clientIds(IBAN_SIGNATURE.toLowerCase())).toEqual([martin.id]);
  });

  test('follows updates and deletion in the same transaction', async () => {
    const c = await f.client({ name: `Ibáñez ${tag}` });
    expect(await clientIds(`ibanez ${tag}`)).toEqual([c.id]);
    await t.ok('mutation($i: UpdateClientInput!) { updateClient(input: $i) { client { id } } }', { i: { id: c.id, version: 1, name: `Zúñiga ${tag}` } });
    expect(await clientIds(`ibanez ${tag}`)).toEqual([]);
    expect(await clientIds(`zuniga ${tag}`)).toEqual([c.id]);
    await t.ok('mutation($id: ID!) { deleteClient(id: $id) { deleted } }', { id: c.id });
    expect(await clientIds(`zuniga ${tag}`)).toEqual([]);
    const [left] = await t.ds.query(`SELECT COUNT(*) AS n FROM "client_search_terms" WHERE "clientId" = '${c.id}'`);
    expect(Number(left.n)).toBe(0);
  });
});

describe('contracts and invoices', () => {
  test('by the start of the number, any case', async () => {
    const hits = await search(contract.number.toLowerCase());
    expect(hits.contracts.map((c) => c.id)).toEqual([contract.id]);
    expect((await search(invoice.number.toLowerCase())).invoices.map((i) => i.id)).toEqual([invoice.id]);
    expect((await search('f2026-4242')).invoices.map((i) => i.id)).toContain(invoice.id);
    expect((await search('ct')).contracts.length).toBeGreaterThan(0);
  });
});

describe('partners', () => {
  test('see only their own clients, contracts and invoices; the admin sees everything', async () => {
    const own = await search(`pena partner ${tag}`, 5, { token: partner.key });
    expect(own.clients.map((c) => c.id)).toEqual([partner.client.id]);
    expect(await clientIds(`martin guell ${tag}`, { token: partner.key })).toEqual([]);
    expect(await clientIds('ES91 2100', { token: partner.key })).toEqual([]);
    expect((await search(contract.number, 5, { token: partner.key })).contracts).toEqual([]);
    expect((await search(invoice.number, 5, { token: partner.key })).invoices).toEqual([]);
    expect((await search(partner.contract.number, 5, { token: partner.key })).contracts.map((c) => c.id)).toEqual([partner.contract.id]);
    expect((await search(partner.invoice.number, 5, { token: partner.key })).invoices.map((i) => i.id)).toEqual([partner.invoice.id]);
    expect((await search('f2026', 20, { token: partner.key })).invoices.map((i) => i.id)).toEqual([partner.invoice.id]);
    expect(await clientIds(`pena partner ${tag}`)).toEqual([partner.client.id]);
  });

  test('anonymous callers are refused', async () => {
    const r = await t.gql(Q, { term: 'martin' }, { token: null });
    expect(r.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});

describe('limits', () => {
  test('first: at most that many of each kind, 5 by default', async () => {
    for (let i = 0; i < 6; i++) await f.client({ name: `Limite ${i} ${tag}` });
    expect((await search('limite')).clients).toHaveLength(5);
    expect((await search('limite', 2)).clients).toHaveLength(2);
    expect((await search('limite', 20)).clients).toHaveLength(6);
  });

  test('refusals name the field, with a message and a remedy in Spanish and English', async () => {
    const refusal = async (term: string, first?: number, locale = 'es') => (await t.gql(Q, { term, first }, { locale })).errors?.[0];
    expect(await refusal('   ')).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'term', reason: 'SEARCH_EMPTY' } });
    expect(await refusal('-- %')).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'term', reason: 'SEARCH_EMPTY' } });
    const long = await refusal('x'.repeat(101));
    expect(long).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'term', reason: 'SEARCH_TOO_LONG', params: { max: 100 } } });
    expect(long?.message).toContain('100');
    for (const first of [0, 21, -1]) {
      expect(await refusal('martin', first)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first', reason: 'HITS_PER_KIND_INVALID', params: { max: 20 } } });
    }
    const es = await refusal('  ', undefined, 'es');
    const en = await refusal('  ', undefined, 'en');
    expect(es?.message).toMatch(/búsqueda está vacía/);
    expect(en?.message).toMatch(/search is empty/);
    expect(es?.extensions?.['remedy']).toMatch(/Escribe/);
    expect(en?.extensions?.['remedy']).toMatch(/Type at least/);
    expect((await refusal('martin', 0, 'en'))?.extensions?.['remedy']).toMatch(/between 1 and 20/);
  });
});

describe('cost', () => {
  /** The statements one search sends, with their parameters. */
  async function statementsOf(term: string, options?: GqlOptions) {
    t.counter.reset();
    await search(term, 5, options);
    return t.counter.statements.map((sql, i) => ({ sql, parameters: t.counter.parameters[i]! }));
  }

  test('a bounded number of SQL statements, whatever the number of matches', async () => {
    const few = (await statementsOf(`martin guell ${tag}`)).length;
    for (let i = 0; i < 12; i++) await f.client({ name: `Muchos ${i} ${tag}`, email: `muchos${i}.${tag}@muchos.test` });
    const many = await statementsOf('muchos');
    expect(many.length).toBeLessThanOrEqual(few + 1);
    expect(many.length).toBeLessThanOrEqual(8);
  });

  test('EXPLAIN: every lookup reads an index range, never a whole table', async () => {
    const lookups = [
      ...(await statementsOf('martin')), ...(await statementsOf('ES91 2100')), ...(await statementsOf('martin', { token: partner.key })),
    ].filter((s) => /client_search_terms|"number"( COLLATE "C")? >=/.test(s.sql));
    expect(lookups.length).toBeGreaterThanOrEqual(9);
    const runner = t.ds.createQueryRunner();
    try {
      // Tables this small would be read whole by PostgreSQL's planner out of cheapness; without seq scans it
      // still must pick an index that fits the range, or fall back to a sequential scan anyway (which the test catches).
      if (usePostgres) await runner.query('SET enable_seqscan = off');
      for (const { sql, parameters } of lookups) {
        const plan = (await runner.query(`${usePostgres ? 'EXPLAIN' : 'EXPLAIN QUERY PLAN'} ${sql}`, parameters) as Record<string, string>[])
          .map((row) => (usePostgres ? row['QUERY PLAN'] : row['detail'])).join('\n');
        // SQLite's "SCAN r0" reads a subquery's own few rows; "SCAN t" or "SCAN x" without an index would read a table.
        expect(plan, `${sql}\n${plan}`).not.toMatch(/Seq Scan on (client_search_terms|contracts|invoices)\b|SCAN (t|x|c)\b(?! USING)/);
        if (/client_search_terms/.test(sql)) expect(plan, plan).toMatch(/IDX_client_search_terms_(term|partner_term)/);
        // A partner's contracts and invoices may be reached through its clients (partnerId, then clientId indexes).
        else if (/"partnerId"/.test(sql)) expect(plan, plan).toMatch(/Index|INDEX/);
        else if (/FROM "contracts"/.test(sql)) expect(plan, plan).toMatch(usePostgres ? /IDX_contracts_number_prefix/ : /INDEX .*\(number>\? AND number<\?\)/);
        else expect(plan, plan).toMatch(/IDX_invoices_number_prefix/);
      }
    } finally {
      if (usePostgres) await runner.query('RESET enable_seqscan');
      await runner.release();
    }
  });
});

describe('the migration', () => {
  let db: TestDatabase;
  beforeAll(async () => { db = await createTestDatabase(); });
  afterAll(async () => { await db.drop(); });

  test('fills the terms of existing clients (more than one chunk) and down() removes the table', async () => {
    const ds = createDataSource({ url: db.url });
    await ds.initialize();
    try {
      // This migration and the newer ones undone (newest first), so the clients below exist before it runs.
      const undoThroughSearch = async () => {
        for (let i = migrations.length - 1; i >= migrations.indexOf(GlobalSearch1765510000000); i--) await ds.undoLastMigration();
      };
      await ds.runMigrations();
      await undoThroughSearch();
      const at = '2026-01-01T00:00:00.000Z';
      const pg = ds.options.type === 'postgres';
      const rows = Array.from({ length: 1203 }, (_, i) => [`id-${String(i).padStart(5, '0')}`, `C${String(i).padStart(6, '0')}`, i === 7 ? 'José Núñez' : `Cliente ${i}`, nif(), `c${i}@x.es`, i === 7 ? IBAN_SIGNATURE : null]);
      for (let i = 0; i < rows.length; i += 200) {
        const chunk = rows.slice(i, i + 200);
        let n = 0;
        const values = chunk.map(() => `(${Array.from({ length: 11 }, () => (pg ? `$${++n}` : '?')).join(', ')})`).join(', ');
        await ds.query(`INSERT INTO "clients" ("id", "code", "name", "taxId", "email", "iban", "kind", "version", "createdAt", "updatedAt", "searchText") VALUES ${values}`,
          chunk.flatMap((r) => [...r, 'PERSON', 1, at, at, '']));
      }
      await ds.runMigrations();
      const terms = async (id: string) => (await ds.query(`SELECT "term" FROM "client_search_terms" WHERE "clientId" = '${id}' ORDER BY "term"`) as { term: string }[]).map((r) => r.term);
      expect(await terms('id-00007')).toEqual(expect.arrayContaining(['jose nunez', 'nunez', 'c000007', 'c7@x.es', 'x.es', 'es', IBAN_SIGNATURE.toLowerCase()]));
      expect(await terms('id-01202')).toEqual(expect.arrayContaining(['cliente 1202', '1202', 'c001202']));
      const [missing] = await ds.query(`SELECT COUNT(*) AS n FROM "clients" c WHERE NOT EXISTS (SELECT 1 FROM "client_search_terms" t WHERE t."clientId" = c."id")`);
      expect(Number(missing.n)).toBe(0);
      await undoThroughSearch();
      expect(await ds.createQueryRunner().getTable('client_search_terms')).toBeUndefined();
      await ds.runMigrations();
    } finally {
      await ds.destroy();
    }
  });
});
