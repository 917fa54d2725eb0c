// The raw-driver baseline: the very rows the billing run wrote, inserted again with better-sqlite3 or pg
// directly, in the same transactions (one per chunk) and the same statement shapes as billing/bulk-insert.ts
// (SQLite: a prepared single-row INSERT per row; PostgreSQL: INSERT … SELECT FROM unnest per 5 000 rows),
// with the same counter lock and update, and the VeriFactu records with their chain-head update. Moving the
// rows aside and back is not timed; the inserts are.
import type { DataSource } from 'typeorm';
import pg from 'pg';

type Col = [name: string, pgType: 'text' | 'int'];
const INVOICE: Col[] = [['id', 'text'], ['kind', 'text'], ['series', 'text'], ['year', 'int'], ['sequence', 'int'], ['number', 'text'], ['clientId', 'text'],
  ['contractId', 'text'], ['period', 'text'], ['periodStart', 'text'], ['periodEnd', 'text'], ['issueDate', 'text'], ['baseCents', 'int'], ['taxCents', 'int'],
  ['totalCents', 'int'], ['vatBreakdown', 'text'], ['status', 'text'], ['rectifiesId', 'text'], ['billingIban', 'text'], ['billingSource', 'text'],
  ['billingCode', 'text'], ['billingParams', 'text'], ['billingRunId', 'text'], ['createdAt', 'text']];
const LINE: Col[] = [['id', 'text'], ['invoiceId', 'text'], ['position', 'int'], ['kind', 'text'], ['subscriptionId', 'text'], ['tariffId', 'text'],
  ['tariffCode', 'text'], ['bonusId', 'text'], ['additionalAmountId', 'text'], ['fromDate', 'text'], ['toDate', 'text'], ['days', 'int'], ['daysInMonth', 'int'],
  ['unitPriceCents', 'int'], ['amountCents', 'int'], ['vatRate', 'int'], ['code', 'text'], ['params', 'text']];
// The VeriFactu records and their states the run wrote with the invoices (docs/verifactu.md, "Performance").
const RECORD: Col[] = [['id', 'text'], ['position', 'int'], ['kind', 'text'], ['invoiceId', 'text'], ['issuerNif', 'text'], ['number', 'text'], ['issueDate', 'text'],
  ['invoiceType', 'text'], ['taxTotal', 'text'], ['total', 'text'], ['previousHash', 'text'], ['generatedAt', 'text'], ['hash', 'text'], ['payload', 'text']];
const STATE: Col[] = [['recordId', 'text'], ['position', 'int'], ['status', 'text'], ['attempts', 'int'], ['nextAttemptAt', 'text'], ['errorCode', 'text'],
  ['errorMessage', 'text'], ['answeredAt', 'text'], ['submissionId', 'text'], ['resendAs', 'text']];
const PG_SLICE = 5000;

const names = (cols: Col[]) => cols.map(([c]) => `"${c}"`).join(', ');
const sqliteSql = (table: string, cols: Col[]) => `INSERT INTO ${table} (${names(cols)}) VALUES (${cols.map(() => '?').join(', ')})`;
const pgSql = (table: string, cols: Col[]) => `INSERT INTO ${table} (${names(cols)}) SELECT * FROM unnest(${cols.map(([, t], i) => `$${i + 1}::${t}[]`).join(', ')})`;

interface Writer { begin(): Promise<void>; commit(): Promise<void>; exec(sql: string): Promise<void>; insert(table: string, cols: Col[], rows: Record<string, unknown>[]): Promise<void>; close(): Promise<void> }

interface SqliteDb { exec(sql: string): void; prepare(sql: string): { run(...p: unknown[]): unknown } }

async function writer(ds: DataSource, pgUrl: string | null): Promise<Writer> {
  if (pgUrl) {
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    return {
      begin: async () => { await c.query('BEGIN'); }, commit: async () => { await c.query('COMMIT'); }, exec: async (sql) => { await c.query(sql); },
      insert: async (table, cols, rows) => {
        for (let i = 0; i < rows.length; i += PG_SLICE) {
          const slice = rows.slice(i, i + PG_SLICE);
          await c.query(pgSql(table, cols), cols.map(([name]) => slice.map((r) => r[name])));
        }
      },
      close: () => c.end(),
    };
  }
  const db = (ds.driver as unknown as { databaseConnection: SqliteDb }).databaseConnection;
  return {
    begin: async () => db.exec('BEGIN IMMEDIATE'), commit: async () => db.exec('COMMIT'), exec: async (sql) => db.exec(sql),
    insert: async (table, cols, rows) => {
      const stmt = db.prepare(sqliteSql(table, cols));
      for (const r of rows) stmt.run(...cols.map(([name]) => r[name]));
    },
    close: async () => undefined,
  };
}

/** `chunks` holds the number of invoices each committed chunk of the run wrote, in order. Returns the seconds spent inserting. */
export async function rawBaseline(ds: DataSource, chunks: number[], pgUrl: string | null): Promise<number> {
  const postgres = pgUrl !== null;
  await ds.query('CREATE TABLE bench_invoices AS SELECT * FROM invoices');
  await ds.query('CREATE TABLE bench_lines AS SELECT * FROM invoice_lines');
  await ds.query('CREATE TABLE bench_records AS SELECT * FROM verifactu_records');
  await ds.query('CREATE TABLE bench_states AS SELECT * FROM verifactu_record_states');
  // A throwaway database: its records may be moved aside, so the guard comes off (never in a real one).
  for (const op of ['update', 'delete']) await ds.query(`DROP TRIGGER verifactu_records_no_${op}${postgres ? ' ON verifactu_records' : ''}`);
  await ds.query('DELETE FROM verifactu_record_states');
  await ds.query('DELETE FROM verifactu_records');
  await ds.query('DELETE FROM invoice_lines');
  await ds.query('DELETE FROM invoices');
  await ds.query(`UPDATE invoice_counters SET "nextNumber" = 1 WHERE series = 'F'`);
  const w = await writer(ds, pgUrl);
  const p = (i: number) => (postgres ? `$${i}` : '?');
  let seconds = 0;
  let from = 1;
  for (const count of chunks) {
    if (count === 0) continue;
    const to = from + count - 1;
    const invoices: Record<string, unknown>[] = await ds.query(`SELECT * FROM bench_invoices WHERE series = 'F' AND sequence BETWEEN ${p(1)} AND ${p(2)} ORDER BY sequence`, [from, to]);
    const lines: Record<string, unknown>[] = await ds.query(
      `SELECT l.* FROM bench_lines l JOIN bench_invoices i ON i.id = l."invoiceId" WHERE i.series = 'F' AND i.sequence BETWEEN ${p(1)} AND ${p(2)} ORDER BY i.sequence, l.position`, [from, to]);
    // One run on an empty chain: the record of invoice F-n is at position n.
    const records: Record<string, unknown>[] = await ds.query(`SELECT * FROM bench_records WHERE position BETWEEN ${p(1)} AND ${p(2)} ORDER BY position`, [from, to]);
    const states: Record<string, unknown>[] = await ds.query(`SELECT * FROM bench_states WHERE position BETWEEN ${p(1)} AND ${p(2)} ORDER BY position`, [from, to]);
    const t0 = process.hrtime.bigint();
    await w.begin();
    await w.exec(`UPDATE invoice_counters SET "nextNumber" = "nextNumber" WHERE series = 'F'`);
    await w.insert('invoices', INVOICE, invoices);
    await w.insert('invoice_lines', LINE, lines);
    await w.exec(`UPDATE invoice_counters SET "nextNumber" = ${to + 1} WHERE series = 'F'`);
    if (records.length > 0) {
      await w.exec('UPDATE verifactu_chain SET "length" = "length" WHERE id = 1');
      await w.insert('verifactu_records', RECORD, records);
      await w.insert('verifactu_record_states', STATE, states);
      const last = records[records.length - 1]!;
      await w.exec(`UPDATE verifactu_chain SET "length" = ${Number(last['position'])}, "lastHash" = '${String(last['hash'])}' WHERE id = 1`);
    }
    await w.commit();
    seconds += Number(process.hrtime.bigint() - t0) / 1e9;
    from = to + 1;
  }
  await w.close();
  return seconds;
}
