// The hand-written migrations on this database: up, down and up again, and the invoice
// constraints billing relies on (gapless number unique per series/year; one regular invoice per
// contract and period, credit notes exempt); VeriFactu records re-keyed by position with their data kept; the SEPA
// open-invoice column dropped and restored.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/db/data-source.js';
import { isUniqueViolation } from '../src/db/errors.js';
import { entities, InvoiceEntity } from '../src/entities/index.js';
import { createTestDatabase, type TestDatabase } from './databases.js';
import { factories } from './factories.js';
import { BILLING_NOW, startServer, type TestServer } from './harness.js';
import { billing } from './billing/support.js';
import { decodePayload } from '../src/verifactu/verifactu.entities.js';
import { debitReasons } from '@antena/domain';
import { newId } from '../src/db/ids.js';
import { RemittanceEntity, SepaDebitEntity } from '../src/sepa/sepa.entities.js';

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
    const postgres = ds.options.type === 'postgres';
    expect(await invoiceKeys()).toEqual(postgres ? ['contractId', 'rectifiesId'] : all);
    // VeriFactu records keyed by chain position, without the keys their writing implies (docs/verifactu.md "Tables").
    const shape = async (table: string) => {
      const t = (await qr.getTable(table))!;
      return { key: t.primaryColumns.map((c) => c.name), refs: t.foreignKeys.map((k) => k.columnNames.join()).sort(), indices: t.indices.map((i) => [...i.columnNames].sort().join()).sort() };
    };
    expect(await shape('verifactu_records')).toEqual({ key: ['position'], refs: [], indices: ['invoiceId'] });
    expect(await shape('verifactu_record_states')).toEqual({ key: ['position'], refs: [], indices: ['position,status'] });
    expect(await shape('verifactu_corrections')).toEqual({ key: ['position'], refs: ['correctsPosition', 'position'], indices: ['correctsPosition'] });
    // A status change of a debit or an invoice rewrites no index entry (docs/sepa.md "Persistence"): no open-invoice
    // column; on PostgreSQL room on each page and no keys on the debits.
    const indexNames = async (table: string) => (await qr.getTable(table))!.indices.map((i) => i.name).sort();
    const fillfactors = async () => postgres
      ? (await ds.query(`SELECT relname, reloptions FROM pg_class WHERE relname IN ('invoices', 'sepa_debits') ORDER BY relname`)).map((r: any) => [r.relname, r.reloptions])
      : [];
    expect((await shape('sepa_debits')).indices).toEqual(['contractId', 'endToEndId', 'invoiceId', 'position,remittanceId']);
    expect((await qr.getTable('sepa_debits'))!.columns.map((c) => c.name)).not.toContain('openInvoiceId');
    expect((await shape('sepa_debits')).refs).toEqual(postgres ? [] : ['contractId', 'invoiceId', 'remittanceId']);
    expect(await fillfactors()).toEqual(postgres ? [['invoices', ['fillfactor=50']], ['sepa_debits', ['fillfactor=50']]] : []);
    // The indexes on columns that are mostly NULL are partial; down makes them whole again.
    expect(await indexNames('invoices')).toContain('IDX_invoices_rectifies');
    // Down, newest first, to each migration checked here (the ones after it first).
    let undone = 0;
    const undoThrough = async (name: string) => {
      const at = ds.migrations.findIndex((m) => m.name === name);
      expect(at, name).toBeGreaterThanOrEqual(0);
      while (ds.migrations.length - undone > at) { await ds.undoLastMigration(); undone++; }
    };
    await undoThrough('SepaHotUpdates1765590000000');
    expect(await indexNames('sepa_debits')).toContain('IDX_sepa_debits_open_invoice');
    expect((await shape('sepa_debits')).refs).toEqual(['contractId', 'invoiceId', 'remittanceId']);
    expect(await fillfactors()).toEqual(postgres ? [['invoices', null], ['sepa_debits', null]] : []);
    await undoThrough('PartialNullIndexes1765540000000');
    expect(await indexNames('sepa_debits')).not.toContain('IDX_sepa_debits_open_invoice');
    expect(await indexNames('sepa_debits')).toContain('IDX_9def8063afb39e55e177db5eda');
    expect(await indexNames('invoices')).toContain('IDX_92354f4702aa176affb099471f');
    await undoThrough('VerifactuRecordPositions1765530000000');
    expect(await shape('verifactu_records')).toEqual({ key: ['id'], refs: ['invoiceId'], indices: ['invoiceId', 'position'] });
    expect(await qr.hasTable('verifactu_systems')).toBe(false);
    expect(await invoiceKeys()).toEqual(postgres ? ['contractId', 'rectifiesId'] : all);
    await undoThrough('InvoiceImpliedKeys1765520000000');
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

/** Undoes the migrations after `name` (newest first), then `name` itself. */
async function undoThrough(ds: DataSource, name: string): Promise<void> {
  const at = ds.migrations.findIndex((m) => m.name === name);
  expect(at, name).toBeGreaterThanOrEqual(0);
  for (let n = ds.migrations.length - at; n > 0; n--) await ds.undoLastMigration();
}

/** A server whose November 2026 is billed (ADVANCE) for `n` new contracts of tariff A: one VeriFactu record each. */
async function billedServer(n: number) {
  const s = await startServer({ now: BILLING_NOW });
  try {
    const b = billing(s);
    await b.settings('ADVANCE');
    const { A } = await b.tariffsAB();
    const contracts = [];
    for (let i = 0; i < n; i++) contracts.push(await b.contractWith(A.id));
    await b.runOk('2026-11');
    return { s, b, contracts };
  } catch (err) {
    await s.close();
    throw err;
  }
}

test('VeriFactu records keyed by position: down and up again keep every record, state, signature, correction and audit entry, and the chain', async () => {
  const { s } = await billedServer(3);
  try {
    // The agency's answers as the worker stores them; then a subsanación of record 1 and record 3 queued again.
    await s.ds.query(`UPDATE verifactu_record_states SET status = 'REJECTED', "errorCode" = '4102' WHERE position IN (1, 3)`);
    await s.ds.query(`UPDATE verifactu_record_states SET status = 'ACCEPTED_WITH_ERRORS', "errorCode" = '2004' WHERE position = 2`);
    const corrected = (await s.ok('mutation { correctVerifactuRecord(id: "1") { corrected correction { id position } } }')).correctVerifactuRecord;
    expect(corrected).toEqual({ corrected: true, correction: { id: '4', position: 4 } });
    expect((await s.ok('mutation { resendVerifactuRecord(id: "3") { id status } }')).resendVerifactuRecord).toEqual({ id: '3', status: 'PENDING' });
    await s.ds.query(`INSERT INTO verifactu_signatures (position, algorithm, "keyId", signature) VALUES (4, 'Ed25519', 'k1', 'c2lnbmF0dXJl')`);
    const CHAIN = 'query { verifactuChain { length valid breakCount } }';
    expect((await s.ok(CHAIN)).verifactuChain).toEqual({ length: 4, valid: true, breakCount: 0 });

    const RECORD = '"kind", "invoiceId", "issuerNif", "number", "issueDate", "invoiceType", "taxTotal", "total", "generatedAt", "hash"';
    const STATE = 'status, attempts, "nextAttemptAt", "errorCode", "errorMessage", "answeredAt", "submissionId", "resendAs"';
    const audit = () => s.ds.query(`SELECT "entityId", action, changes FROM audit_entries WHERE "entityType" = 'VerifactuRecord' ORDER BY at, id`) as Promise<Array<{ entityId: string; action: string; changes: string }>>;
    const snapshot = async () => ({
      // The payload read back as the object it stores (src/verifactu/verifactu.entities.ts, decodePayload).
      records: (await s.ds.query(`SELECT position, ${RECORD}, "systemKey", payload FROM verifactu_records ORDER BY position`)).map((r: any) => ({ ...r, payload: decodePayload(r.payload) })),
      systems: await s.ds.query('SELECT * FROM verifactu_systems'),
      states: await s.ds.query(`SELECT position, ${STATE} FROM verifactu_record_states ORDER BY position`),
      signatures: await s.ds.query('SELECT position, algorithm, "keyId", signature FROM verifactu_signatures ORDER BY position'),
      corrections: await s.ds.query('SELECT position, "correctsPosition", "correctedStatus", "createdAt" FROM verifactu_corrections ORDER BY position'),
      audit: await audit(),
    });
    const before = await snapshot();
    expect(before.records).toHaveLength(4);
    // Stored without what they repeat: the system is a row of its own, the link is the record before.
    expect(before.systems).toEqual([{ id: 1, producerName: 'Antena Software S.L.', producerNif: 'B12345674', systemName: 'Antena', systemId: 'AN', version: '0.1.0', installationNumber: '1' }]);
    expect(before.records.map((r: any) => [Number(r.systemKey), 'system' in r.payload, 'previous' in r.payload])).toEqual(Array(4).fill([1, false, false]));
    expect(before.states.map((r: any) => [Number(r.position), r.status])).toEqual([[1, 'REJECTED'], [2, 'ACCEPTED_WITH_ERRORS'], [3, 'PENDING'], [4, 'PENDING']]);
    expect(before.corrections.map((r: any) => [Number(r.position), Number(r.correctsPosition), r.correctedStatus])).toEqual([[4, 1, 'REJECTED']]);
    expect(before.audit.map((a) => [a.entityId, a.action, JSON.parse(a.changes)[0].to])).toEqual([['1', 'CORRECT', '4'], ['3', 'RESEND', 'PENDING']]);

    // Down through the positions migration (the ones after it first).
    await undoThrough(s.ds, 'VerifactuRecordPositions1765530000000');
    // The previous tables: records by a text id (rebuilt from the position), states, signatures and corrections by record id.
    const idOf = (p: number) => `00000000-0000-7000-8000-${String(p).padStart(12, '0')}`;
    const old = await s.ds.query('SELECT id, position, "issuerNif", number, "issueDate", hash, payload FROM verifactu_records ORDER BY position') as Array<Record<string, any>>;
    expect(old.map((r) => [r.id, Number(r.position)])).toEqual([1, 2, 3, 4].map((p) => [idOf(p), p]));
    // The payload whole, as the previous code reads it: its system identity and the link to the record before it.
    const { id: _key, ...identity } = before.systems[0];
    expect(old.map((r) => JSON.parse(r.payload))).toEqual(before.records.map((r: any, i: number) => ({
      ...r.payload, system: identity, previous: i === 0 ? null : { issuerNif: old[i - 1]!.issuerNif, number: old[i - 1]!.number, issueDate: old[i - 1]!.issueDate, hash: old[i - 1]!.hash },
    })));
    const qr = s.ds.createQueryRunner();
    expect(await qr.hasTable('verifactu_systems')).toBe(false);
    await qr.release();
    expect((await s.ds.query('SELECT "recordId", position, status FROM verifactu_record_states ORDER BY position')).map((r: any) => r.recordId)).toEqual([1, 2, 3, 4].map(idOf));
    expect(await s.ds.query('SELECT "recordId" FROM verifactu_signatures')).toEqual([{ recordId: idOf(4) }]);
    expect(await s.ds.query('SELECT "recordId", "correctsId" FROM verifactu_corrections')).toEqual([{ recordId: idOf(4), correctsId: idOf(1) }]);
    expect((await audit()).map((a) => [a.entityId, JSON.parse(a.changes)[0].to])).toEqual([[idOf(1), idOf(4)], [idOf(3), 'PENDING']]);
    await expect(s.ds.query(`UPDATE verifactu_records SET total = '0.01' WHERE position = 2`)).rejects.toThrow(/immutable/);

    await s.ds.runMigrations();
    expect(await snapshot()).toEqual(before);
    expect((await s.ok(CHAIN)).verifactuChain).toEqual({ length: 4, valid: true, breakCount: 0 });
    const links = (await s.ok('query { verifactuRecords(status: REJECTED, includeCorrected: true) { id correctedBy { id } } }')).verifactuRecords;
    expect(links).toEqual([{ id: '1', correctedBy: { id: '4' } }]);
    // Read back whole: the export gives every record with its link and system.
    const lines = (await (await fetch(`${s.base}/verifactu/export`, { headers: { authorization: `Bearer ${s.adminToken}` } })).text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.position, l.record.previous?.hash ?? null, l.record.system])).toEqual(old.map((r, i) => [i + 1, i === 0 ? null : old[i - 1]!.hash, identity]));
    for (const table of ['verifactu_records', 'verifactu_signatures', 'verifactu_corrections', 'verifactu_systems']) {
      const key = table === 'verifactu_systems' ? 'id' : 'position';
      await expect(s.ds.query(`UPDATE ${table} SET ${key} = ${key}`)).rejects.toThrow(/immutable/);
      await expect(s.ds.query(`DELETE FROM ${table}`)).rejects.toThrow(/immutable/);
    }
  } finally {
    await s.close();
  }
}, 60_000);

test('VeriFactu payloads stored as arrays: down writes the objects back, up the arrays again; records, chain and export unchanged', async () => {
  const { s, b, contracts } = await billedServer(3);
  try {
    // Every kind of payload: invoices' altas, a credit note's (rectified invoice), an anulación.
    const [first] = await b.invoicesOf(contracts[0]!.contract.id);
    const inv = (await s.ok('query($id: ID!) { invoice(id: $id) { id version lines { id } } }', { id: first.id })).invoice;
    await s.ok('mutation($i: CreateCreditNoteInput!) { createCreditNote(input: $i) { id } }', { i: { invoiceId: inv.id, lines: [{ lineId: inv.lines[0].id, amountCents: 1000 }], reason: 'Avería', expectedVersion: inv.version } });
    const [second] = await b.invoicesOf(contracts[1]!.contract.id);
    await s.ok('mutation($id: ID!) { voidInvoice(id: $id) { id } }', { id: second.id });

    const raw = async () => (await s.ds.query('SELECT position, payload FROM verifactu_records ORDER BY position') as Array<{ position: number; payload: string }>).map((r) => r.payload);
    const exported = async () => (await (await fetch(`${s.base}/verifactu/export`, { headers: { authorization: `Bearer ${s.adminToken}` } })).text()).trim().split('\n').map((l) => JSON.parse(l));
    const CHAIN = 'query { verifactuChain { length valid breakCount } }';
    const arrays = await raw();
    expect(arrays).toHaveLength(5);
    expect(arrays.map((p) => JSON.parse(p)).map((p: unknown[]) => p.length)).toEqual([5, 5, 5, 7, 0]);
    const records = await exported();
    expect(records.map((l) => [l.record.kind, l.record.hashType, l.record.rectified?.length ?? null])).toEqual([
      ['ALTA', '01', 0], ['ALTA', '01', 0], ['ALTA', '01', 0], ['ALTA', '01', 1], ['ANULACION', '01', null],
    ]);

    await undoThrough(s.ds, 'VerifactuCompactPayload1765570000000');
    const objects = await raw();
    expect(objects.map((p) => JSON.parse(p))).toEqual(arrays.map((p) => decodePayload(p)));
    expect(JSON.parse(objects[3]!)).toMatchObject({ rectificationType: 'I', rectified: [{ number: first.number }], breakdown: [{ tax: '01', regime: '01', qualification: 'S1' }], hashType: '01' });
    expect(JSON.parse(objects[4]!)).toEqual({ hashType: '01' });
    await expect(s.ds.query(`UPDATE verifactu_records SET payload = '[]' WHERE position = 1`)).rejects.toThrow(/immutable/);

    await s.ds.runMigrations();
    expect(await raw()).toEqual(arrays);
    await expect(s.ds.query(`UPDATE verifactu_records SET payload = '[]' WHERE position = 1`)).rejects.toThrow(/immutable/);
    expect((await s.ok(CHAIN)).verifactuChain).toEqual({ length: 5, valid: true, breakCount: 0 });
    expect(await exported()).toEqual(records);
  } finally {
    await s.close();
  }
}, 60_000);

test('VeriFactu previous hashes implied by the order: down stores them again, up checks them before dropping the column', async () => {
  const { s } = await billedServer(3);
  try {
    const records = async () => (await s.ok('query { verifactuRecords(status: PENDING) { position hash previousHash } }')).verifactuRecords as Array<{ position: number; hash: string; previousHash: string }>;
    const before = await records();
    expect(before.map((r) => r.previousHash)).toEqual(['', before[0]!.hash, before[1]!.hash]);
    const qr = s.ds.createQueryRunner();
    expect((await qr.getTable('verifactu_records'))!.columns.map((c) => c.name)).not.toContain('previousHash');

    await undoThrough(s.ds, 'VerifactuPreviousHashImplied1765580000000');
    const stored = async () => (await s.ds.query('SELECT "previousHash" FROM verifactu_records ORDER BY position') as Array<{ previousHash: string }>).map((r) => r.previousHash);
    expect(await stored()).toEqual(before.map((r) => r.previousHash));
    await expect(s.ds.query(`UPDATE verifactu_records SET "previousHash" = '' WHERE position = 2`)).rejects.toThrow(/immutable/);

    // A stored link that does not match the record before is not dropped silently: up() stops and names the record.
    const postgres = s.db.kind === 'postgres';
    await s.ds.query(`DROP TRIGGER verifactu_records_no_update${postgres ? ' ON verifactu_records' : ''}`);
    await s.ds.query(`UPDATE verifactu_records SET "previousHash" = '${'0'.repeat(64)}' WHERE position = 2`);
    await expect(s.ds.runMigrations()).rejects.toThrow(/positions 2 is not the hash of the record before/);
    expect((await qr.getTable('verifactu_records'))!.columns.map((c) => c.name)).toContain('previousHash');
    await s.ds.query(`UPDATE verifactu_records SET "previousHash" = '${before[0]!.hash}' WHERE position = 2`);

    await s.ds.runMigrations();
    expect((await qr.getTable('verifactu_records'))!.columns.map((c) => c.name)).not.toContain('previousHash');
    await qr.release();
    expect(await records()).toEqual(before);
    expect((await s.ok('query { verifactuChain { length valid breakCount } }')).verifactuChain).toEqual({ length: 3, valid: true, breakCount: 0 });
  } finally {
    await s.close();
  }
}, 60_000);

test('SEPA debits: the open-invoice column and the stored explanation go and come back, every debit kept', async () => {
  const s = await startServer();
  try {
    const f = factories(s);
    const { client, contract } = await f.activeClient();
    const invoice = await f.invoice(client.id, contract.id, { period: '2026-11', sequence: 9101 });
    const remittanceId = newId();
    await s.ds.getRepository(RemittanceEntity).insert({
      id: remittanceId, reference: 'REM-MIGRATION', painFormat: 'pain.008.001.02', collectionDate: '2026-11-27', status: 'OPEN', count: 2, sumCents: 2 * invoice.totalCents, groups: [],
      creditor: { name: 'Antena', creditorId: 'ES77000B85626240', initiatingPartyId: 'B85626240000', iban: 'ES6621000418401234567891', bic: null }, createdBy: 'test', createdAt: '2026-11-20T10:00:00.000Z', settledAt: null,
    });
    // The first attempt returned; the second, a retry amended in IBAN and mandate, pending.
    const debit = (attempt: number, status: 'RETURNED' | 'PENDING') => ({
      id: newId(), remittanceId, position: attempt, invoiceId: invoice.id, invoiceNumber: invoice.number, contractId: contract.id, clientId: client.id,
      endToEndId: `${invoice.number}-0${attempt}`, amountCents: invoice.totalCents, sequenceType: 'FRST' as const, debtorName: 'Firmante', iban: 'ES9121000418450200051332',
      mandateReference: `M-${attempt}`, mandateSignedAt: '2025-01-10', remittanceInfo: invoice.number, contractNumber: contract.number, retry: attempt > 1, status,
      previousIban: attempt > 1 ? 'ES7921000813610123456789' : null, ibanChangedOn: attempt > 1 ? '2026-11-02' : null,
      previousMandateReference: attempt > 1 ? 'M-1' : null, mandateChangedOn: attempt > 1 ? '2026-11-03' : null,
      returnReasonCode: status === 'RETURNED' ? 'AC04' : null, returnedOn: status === 'RETURNED' ? '2026-11-27' : null, returnedAt: status === 'RETURNED' ? '2026-11-27T08:00:00.000Z' : null,
    });
    const debits = [debit(1, 'RETURNED'), debit(2, 'PENDING')];
    await s.ds.getRepository(SepaDebitEntity).insert(debits);
    const rows = () => s.ds.query(`SELECT * FROM sepa_debits ORDER BY position`) as Promise<Array<Record<string, unknown>>>;
    const before = await rows();

    // Down: the explanation stored whole again, as the code before wrote it (the domain's debitReasons).
    await undoThrough(s.ds, 'SepaDebitReasonsDerived1765600000000');
    const explained = (await rows()).map((r) => JSON.parse(r.reasons as string));
    expect(explained).toEqual(debits.map((d) => debitReasons(d)));
    expect(explained[1].map((r: any) => r.code)).toEqual(['SEPA_DEBIT_ACCOUNT', 'SEPA_SEQUENCE_FRST', 'SEPA_AMENDED_IBAN', 'SEPA_AMENDED_MANDATE', 'SEPA_RETRY_AFTER_RETURN']);
    expect(Object.keys((await rows())[0]!)).not.toContain('contractNumber');
    // One explanation that the columns would not say again: up refuses, naming the debit, and changes nothing.
    const tampered = [{ ...explained[0][0], params: { ...explained[0][0].params, iban: 'ES00' } }, ...explained[0].slice(1)];
    await s.ds.query(`UPDATE sepa_debits SET reasons = ${s.ds.options.type === 'postgres' ? '$1' : '?'} WHERE position = 1`, [JSON.stringify(tampered)]);
    await expect(s.ds.runMigrations({ transaction: 'each' })).rejects.toThrow(`${invoice.number}-01`);
    expect(JSON.parse((await rows())[0]!.reasons as string)).toEqual(tampered);
    await s.ds.query(`UPDATE sepa_debits SET reasons = ${s.ds.options.type === 'postgres' ? '$1' : '?'} WHERE position = 1`, [JSON.stringify(explained[0])]);

    await undoThrough(s.ds, 'SepaHotUpdates1765590000000');
    expect((await rows()).map((r) => [r.endToEndId, r.status, r.openInvoiceId])).toEqual([[`${invoice.number}-01`, 'RETURNED', null], [`${invoice.number}-02`, 'PENDING', invoice.id]]);
    // The unique index is back: a second pending debit of the same invoice is refused again.
    await expect(s.ds.query(`UPDATE sepa_debits SET "openInvoiceId" = "invoiceId"`)).rejects.toSatisfy(isUniqueViolation);

    await s.ds.runMigrations();
    expect(await rows()).toEqual(before);
  } finally {
    await s.close();
  }
});
