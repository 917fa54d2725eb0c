// The hand-written migrations on this database: up, down and up again, and the invoice
// constraints billing relies on (gapless number unique per series/year; one regular invoice per
// contract and period, credit notes exempt).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createDataSource } from '../src/db/data-source.js';
import { isUniqueViolation } from '../src/db/errors.js';
import { entities, InvoiceEntity } from '../src/entities/index.js';
import { createTestDatabase, type TestDatabase } from './databases.js';
import { factories } from './factories.js';
import { startServer, type TestServer } from './harness.js';

let db: TestDatabase;
let t: TestServer;
beforeAll(async () => { db = await createTestDatabase(); t = await startServer(); });
afterAll(async () => { await db.drop(); await t.close(); });

test('migrates up, down and up again on a fresh database', async () => {
  const ds = createDataSource({ url: db.url });
  await ds.initialize();
  try {
    const tables = entities.map((e) => ds.getMetadata(e).tableName);
    await ds.runMigrations();
    const qr = ds.createQueryRunner();
    // job_files has no entity (a binary column, raw SQL: jobs/job-files.ts).
    for (const table of [...tables, 'job_files']) expect(await qr.hasTable(table), table).toBe(true);
    // PostgreSQL drops the invoice keys implied by the contract and the run (docs/billing.md "Implied keys"); down re-creates them.
    const invoiceKeys = async () => (await qr.getTable('invoices'))!.foreignKeys.map((k) => k.columnNames.join()).sort();
    const all = ['billingRunId', 'clientId', 'contractId', 'rectifiesId'];
    expect(await invoiceKeys()).toEqual(ds.options.type === 'postgres' ? ['contractId', 'rectifiesId'] : all);
    // The indexes on columns that are mostly NULL are partial (docs/sepa.md "Persistence"); down makes them whole again.
    const indexNames = async (table: string) => (await qr.getTable(table))!.indices.map((i) => i.name).sort();
    expect(await indexNames('sepa_debits')).toContain('IDX_sepa_debits_open_invoice');
    expect(await indexNames('invoices')).toContain('IDX_invoices_rectifies');
    const partial = ds.migrations.findIndex((m) => m.name === 'PartialNullIndexes1765540000000');
    const implied = ds.migrations.findIndex((m) => m.name === 'InvoiceImpliedKeys1765520000000');
    let undone = 0;
    while (ds.migrations.length - undone > partial) { await ds.undoLastMigration(); undone++; }
    expect(await indexNames('sepa_debits')).not.toContain('IDX_sepa_debits_open_invoice');
    expect(await indexNames('sepa_debits')).toContain('IDX_9def8063afb39e55e177db5eda');
    expect(await indexNames('invoices')).toContain('IDX_92354f4702aa176affb099471f');
    while (ds.migrations.length - undone > implied) { await ds.undoLastMigration(); undone++; }
    expect(await invoiceKeys()).toEqual(all);
    // Every migration's down(), newest first, leaves no table behind.
    for (; undone < ds.migrations.length; undone++) await ds.undoLastMigration();
    for (const table of [...tables, 'job_files']) expect(await qr.hasTable(table), table).toBe(false);
    await ds.runMigrations();
    expect(await ds.query('SELECT mode FROM billing_settings')).toEqual([{ mode: 'ADVANCE' }]);
    expect(await ds.query('SELECT mode, "creditNoteType" FROM verifactu_settings')).toEqual([{ mode: 'VERIFACTU', creditNoteType: 'R4' }]);
    await qr.release();
  } finally {
    await ds.destroy();
  }
});

test('the database refuses a second regular invoice for a contract and period, and a reused number', async () => {
  const f = factories(t);
  const { client, contract } = await f.activeClient();
  await f.invoice(client.id, contract.id, { period: '2026-11', sequence: 9001 });
  const twice = f.invoice(client.id, contract.id, { period: '2026-11', sequence: 9002 });
  await expect(twice).rejects.toSatisfy(isUniqueViolation);
  const sameNumber = f.invoice(client.id, contract.id, { period: '2026-12', sequence: 9001 });
  await expect(sameNumber).rejects.toSatisfy(isUniqueViolation);
  // Credit notes are exempt: two of them and a regular invoice share contract and period.
  for (const sequence of [9003, 9004]) {
    const credit = await f.invoice(client.id, contract.id, { period: '2026-12', sequence });
    await t.ds.getRepository(InvoiceEntity).update({ id: credit.id }, { kind: 'CREDIT_NOTE', series: 'R' });
  }
  await f.invoice(client.id, contract.id, { period: '2026-12', sequence: 9005 });
  const rows = await t.ds.getRepository(InvoiceEntity).findBy({ contractId: contract.id, period: '2026-12' });
  expect(rows.map((r) => r.kind).sort()).toEqual(['CREDIT_NOTE', 'CREDIT_NOTE', 'INVOICE']);
});

test('the token signing secret once stored in app_settings is removed by the sessions migration', async () => {
  const fresh = await createTestDatabase();
  const ds = createDataSource({ url: fresh.url });
  await ds.initialize();
  try {
    const qr = ds.createQueryRunner();
    // Only the initial migration, as an older release left it, with its stored secret.
    const [initial] = ds.migrations;
    await initial!.up(qr);
    await qr.query(`INSERT INTO app_settings ("key", "value") VALUES ('jwtSecret', 'old-secret'), ('other', 'kept')`);
    await ds.migrations.find((m) => (m.name ?? m.constructor.name) === 'Sessions1764500000000')!.up(qr);
    expect(await qr.query(`SELECT "key" FROM app_settings ORDER BY "key"`)).toEqual([{ key: 'other' }]);
    expect(await qr.hasTable('sessions')).toBe(true);
    await qr.release();
  } finally {
    await ds.destroy();
    await fresh.drop();
  }
});
