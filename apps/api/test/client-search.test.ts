// Client search ignores accents and case over name, code, tax id, e-mail and IBAN, with the same
// results on SQLite and PostgreSQL (a stored key, services/client-search.ts); the key follows updates
// and the migration that introduced it fills it for clients that existed before.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDataSource } from '../src/db/data-source.js';
import { ClientSearch1764900000000 } from '../src/migrations/1764900000000-client-search.js';
import { migrations } from '../src/migrations/index.js';
import { createTestDatabase, type TestDatabase } from './databases.js';
import { IBAN_SIGNATURE, factories, nif } from './factories.js';
import { startServer, type TestServer } from './harness.js';

let t: TestServer;
let f: ReturnType<typeof factories>;
beforeAll(async () => { t = await startServer(); f = factories(t); });
afterAll(async () => { await t.close(); });

const Q = 'query($s: String) { clients(search: $s, first: 50) { totalCount nodes { id name } } }';
const found = async (s: string) => ((await t.ok(Q, { s })).clients.nodes as { id: string }[]).map((n) => n.id).sort();

describe('clients(search:)', () => {
  const tag = `Q${Date.now().toString(36)}`;
  let martin: { id: string; code: string; taxId: string };
  let munoz: { id: string; code: string; taxId: string };
  let plain: { id: string };
  beforeAll(async () => {
    martin = await f.client({ name: `Martín Güell ${tag}`, email: `martin.${tag}@example.test`, iban: IBAN_SIGNATURE });
    munoz = await f.client({ name: `Talleres MUÑOZ ${tag}`, kind: 'PERSON' });
    plain = await f.client({ name: `Martina ${tag}` });
  });

  test('"martin" finds "Martín" (and "Martina"), whatever the case or accents typed', async () => {
    expect(await found(`martin guell ${tag}`)).toEqual([martin.id]);
    expect(await found(`MARTÍN GÜELL ${tag}`)).toEqual([martin.id]);
    expect(await found('martin')).toEqual(expect.arrayContaining([martin.id, plain.id]));
    expect(await found(`muñoz ${tag}`)).toEqual([munoz.id]);
    expect(await found(`Munoz ${tag}`)).toEqual([munoz.id]);
  });

  test('finds by code, tax id, e-mail and IBAN, typed compact or in groups', async () => {
    expect(await found(martin.code.toLowerCase())).toEqual([martin.id]);
    expect(await found(munoz.taxId.toLowerCase())).toEqual([munoz.id]);
    expect(await found(`MARTIN.${tag}@EXAMPLE`)).toEqual([martin.id]);
    const byIban = await found('es91 2100 0418 4502 0005 1332');
    expect(byIban).toContain(martin.id);
    expect(byIban).not.toContain(munoz.id);
  });

  test('does not match across two fields, and LIKE wildcards are literal', async () => {
    // The name ends with the tag and the e-mail starts with "martin": "<tag> martin" spans both.
    expect(await found(`${tag} martin.`)).toEqual([]);
    expect(await found('100%_')).toEqual([]);
  });

  test('follows an update of the name', async () => {
    const c = await f.client({ name: `Peña ${tag}` });
    expect(await found(`pena ${tag}`)).toEqual([c.id]);
    await t.ok('mutation($i: UpdateClientInput!) { updateClient(input: $i) { client { id } } }', { i: { id: c.id, version: 1, name: `Ibáñez ${tag}` } });
    expect(await found(`pena ${tag}`)).toEqual([]);
    expect(await found(`ibanez ${tag}`)).toEqual([c.id]);
  });
});

describe('the migration that adds the search key', () => {
  let db: TestDatabase;
  beforeAll(async () => { db = await createTestDatabase(); });
  afterAll(async () => { await db.drop(); });

  test('fills it for existing clients (more than one chunk) and down() removes it', async () => {
    const ds = createDataSource({ url: db.url });
    await ds.initialize();
    // Back to just before the search key: the migrations after it are undone first, newest first.
    const undoThroughSearchKey = async () => {
      for (let i = migrations.length - 1; i >= migrations.indexOf(ClientSearch1764900000000); i--) await ds.undoLastMigration();
    };
    try {
      await ds.runMigrations();
      await undoThroughSearchKey();
      const at = '2026-01-01T00:00:00.000Z';
      const rows = Array.from({ length: 1203 }, (_, i) => [`id-${String(i).padStart(5, '0')}`, `C${String(i).padStart(6, '0')}`, i === 7 ? 'José Núñez' : `Cliente ${i}`, nif(), `c${i}@x.es`, i === 7 ? IBAN_SIGNATURE : null]);
      for (let i = 0; i < rows.length; i += 200) {
        const chunk = rows.slice(i, i + 200);
        const pg = ds.options.type === 'postgres';
        let n = 0;
        const values = chunk.map(() => `(${Array.from({ length: 10 }, () => (pg ? `$${++n}` : '?')).join(', ')})`).join(', ');
        await ds.query(`INSERT INTO "clients" ("id", "code", "name", "taxId", "email", "iban", "kind", "version", "createdAt", "updatedAt") VALUES ${values}`,
          chunk.flatMap((r) => [...r, 'PERSON', 1, at, at]));
      }
      await ds.runMigrations();
      const empty = await ds.query(`SELECT COUNT(*) AS n FROM "clients" WHERE "searchText" = ''`);
      expect(Number(empty[0].n)).toBe(0);
      const [jose] = await ds.query(`SELECT "searchText" FROM "clients" WHERE "id" = 'id-00007'`);
      expect(jose.searchText.split('\n')).toEqual(['jose nunez', 'c000007', expect.any(String), 'c7@x.es', IBAN_SIGNATURE.toLowerCase()]);
      const [last] = await ds.query(`SELECT "searchText" FROM "clients" WHERE "id" = 'id-01202'`);
      expect(last.searchText.startsWith('cliente 1202\n')).toBe(true);
      await undoThroughSearchKey();
      expect((await ds.createQueryRunner().getTable('clients'))?.findColumnByName('searchText')).toBeUndefined();
    } finally {
      await ds.destroy();
    }
  });
});
