// The billing benchmark's floor: what a hand-written raw-driver pipeline needs to bill the same period of the
// same database. It reads the same facts with hand-written SQL (a range of contracts per chunk, with their
// clients' billing and recipient fields, subscriptions, the days already charged, the period's existing invoices;
// timelines, bonuses and amounts with the product's timeline statements, billing/timeline-facts.ts), calls the same domain functions for every contract (billingAccountOf,
// clientBillingSkip, netChargedRanges, calculateInvoice, chainAltas with the same SHA-256), and writes the same
// rows: the run row, invoices, lines, zero-total charges, VeriFactu records and their states, the numbering
// counter and the chain head. SQLite: better-sqlite3 with prepared statements, one transaction per
// FLOOR_CHUNK contracts; PostgreSQL: pg with COPY FROM STDIN per table and chunk. No job, shard, progress or
// audit bookkeeping: that is the product's overhead the ratio measures.
import {
  billingAccountOf, billingIssueDate, calculateInvoice, chainAltas, clientBillingSkip, linkTo, netChargedRanges, periodEnd, periodStart, scaleRate,
  unscaleRate, type AltaInput, type BillingMode, type InvoiceLineKind, type Period, type SubscriptionBillingInput,
} from '@antena/domain';
import { createRequire } from 'node:module';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { group } from '../billing/contract-chunk.js';
import { scopeParams, subscriptionBillingInput, timelineFacts, timelineSql, type TimelinePart, type TimelineRows } from '../billing/timeline-facts.js';
import { newId } from '../db/ids.js';
import { nativeSha256 } from '../verifactu/hash.js';
import { systemIdentity } from '../verifactu/system.js';
import { encodePayload, payloadOf } from '../verifactu/verifactu.entities.js';

const FLOOR_CHUNK = 5000;

interface Statement { all(...p: unknown[]): unknown[]; run(...p: unknown[]): unknown }
interface SqliteConnection { pragma(s: string): unknown; prepare(sql: string): Statement; exec(sql: string): void; close(): void }
const Database = createRequire(import.meta.url)('better-sqlite3') as new (path: string) => SqliteConnection;

export type FloorTarget = { sqlitePath: string } | { pgUrl: string };
export interface FloorResult { invoices: number; totalCents: number; lines: number; skipped: number }

interface Db {
  postgres: boolean;
  all<T>(sql: string, params: unknown[]): Promise<T[]>;
  begin(): Promise<void>;
  commit(): Promise<void>;
  /** Inserts rows (arrays in `cols` order) into `table`. */
  write(table: string, cols: string[], rows: unknown[][]): Promise<void>;
  exec(sql: string, params: unknown[]): Promise<void>;
  close(): Promise<void>;
}

function sqliteDb(path: string): Db {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  const stmts = new Map<string, Statement>();
  const prep = (sql: string) => {
    let s = stmts.get(sql);
    if (!s) stmts.set(sql, (s = db.prepare(sql)));
    return s;
  };
  return {
    postgres: false,
    all: async <T>(sql: string, params: unknown[]) => prep(sql).all(...params) as T[],
    begin: async () => { db.exec('BEGIN IMMEDIATE'); },
    commit: async () => { db.exec('COMMIT'); },
    write: async (table, cols, rows) => {
      const s = prep(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
      for (const r of rows) s.run(r);
    },
    exec: async (sql, params) => { prep(sql).run(...params); },
    close: async () => { db.close(); },
  };
}

/** COPY's text format: tab-separated, `\N` for null, backslash escapes. */
const copyText = (v: unknown): string => {
  if (v === null || v === undefined) return '\\N';
  const s = typeof v === 'string' ? v : String(v);
  return /[\\\t\n\r]/.test(s) ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : s;
};

async function pgDb(url: string): Promise<Db> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  let n = 0;
  const named = new Map<string, string>();
  // Named prepared statements: parsed and planned once per connection.
  const name = (sql: string) => {
    let s = named.get(sql);
    if (!s) named.set(sql, (s = `floor_${++n}`));
    return s;
  };
  const pgSql = (sql: string) => { let i = 0; return sql.replace(/\?/g, () => `$${++i}`); };
  return {
    postgres: true,
    all: async <T>(sql: string, params: unknown[]) => (await c.query({ name: name(sql), text: pgSql(sql), values: params })).rows as T[],
    begin: async () => { await c.query('BEGIN'); },
    commit: async () => { await c.query('COMMIT'); },
    write: async (table, cols, rows) => {
      if (rows.length === 0) return;
      const stream = c.query(copyFrom(`COPY "${table}" (${cols.map((col) => `"${col}"`).join(', ')}) FROM STDIN`));
      const BATCH = 500;
      async function* text() {
        for (let i = 0; i < rows.length; i += BATCH) {
          let out = '';
          for (const r of rows.slice(i, i + BATCH)) out += r.map(copyText).join('\t') + '\n';
          yield out;
        }
      }
      await pipeline(Readable.from(text()), stream);
    },
    exec: async (sql, params) => { await c.query({ name: name(sql), text: pgSql(sql), values: params }); },
    close: () => c.end(),
  };
}

// The facts of contracts in [lo, hi] (ids), as the product reads them (billing/contract-chunk.ts), plus the recipients; the
// timelines with the product's own statements and row conversion (billing/timeline-facts.ts), run through this raw driver.
const CONTRACTS = `SELECT c.id, c.number, c."clientId", c."signedAt", c.iban, cl.iban AS "clientIban", cl.code AS "clientCode", cl."archivedAt", cl.name AS "clientName", cl."taxId" AS "clientTaxId"
  FROM contracts c JOIN clients cl ON cl.id = c."clientId" WHERE c.id > ? ORDER BY c.id LIMIT ?`;
const SUBS = `SELECT s.id, s."contractId", s."billingStartDate" FROM subscriptions s WHERE s."contractId" BETWEEN ? AND ? ORDER BY s.id`;
const HISTORY = `SELECT l.kind, l."subscriptionId", l."fromDate", l."toDate", l."additionalAmountId" FROM invoices i JOIN invoice_lines l ON l."invoiceId" = i.id
    WHERE i."contractId" BETWEEN ? AND ?
    UNION ALL SELECT z.kind, z."subscriptionId", z."fromDate", z."toDate", z."additionalAmountId" FROM zero_total_charges z WHERE z."contractId" BETWEEN ? AND ?`;
const EXISTING = `SELECT i."contractId" FROM invoices i WHERE i."contractId" BETWEEN ? AND ? AND i.period = ? AND i.kind = 'INVOICE'`;

const INVOICE_COLS = ['id', 'kind', 'series', 'year', 'sequence', 'number', 'clientId', 'contractId', 'period', 'periodStart', 'periodEnd', 'issueDate', 'baseCents',
  'taxCents', 'totalCents', 'vatBreakdown', 'status', 'rectifiesId', 'billingIban', 'billingSource', 'billingCode', 'billingParams', 'billingRunId', 'createdAt',
  'creditReason', 'rectificationType', 'version'];
const LINE_COLS = ['id', 'invoiceId', 'position', 'kind', 'subscriptionId', 'tariffId', 'tariffCode', 'bonusId', 'additionalAmountId', 'fromDate', 'toDate', 'days',
  'daysInMonth', 'unitPriceCents', 'amountCents', 'vatRate', 'code', 'params'];
const ZERO_COLS = ['id', 'contractId', 'period', 'kind', 'subscriptionId', 'additionalAmountId', 'fromDate', 'toDate', 'billingRunId', 'createdAt'];
const RECORD_COLS = ['position', 'kind', 'invoiceId', 'issuerNif', 'number', 'issueDate', 'invoiceType', 'taxTotal', 'total', 'generatedAt', 'hash', 'systemKey', 'payload'];
const SYSTEM_WHERE = '"producerName" = ? AND "producerNif" = ? AND "systemName" = ? AND "systemId" = ? AND version = ? AND "installationNumber" = ?';
const STATE_COLS = ['position', 'status', 'attempts'];

const unscale = (v: number | string | null) => (v == null ? null : unscaleRate(v));
const num = (v: unknown) => Number(v);
const PARTS: TimelinePart[] = ['states', 'tariffs', 'bonuses', 'additionalAmounts'];

/** Bills `period` on the database at `target`, as the product's run would. */
export async function billingFloor(target: FloorTarget, period: Period, now: () => Date = () => new Date()): Promise<FloorResult> {
  const db = 'pgUrl' in target ? await pgDb(target.pgUrl) : sqliteDb(target.sqlitePath);
  try {
    return await bill(db, period, now);
  } finally {
    await db.close();
  }
}

async function bill(db: Db, period: Period, now: () => Date): Promise<FloorResult> {
  const [settings] = await db.all<{ mode: BillingMode }>('SELECT mode FROM billing_settings', []);
  const mode = settings!.mode;
  const issueDate = billingIssueDate(mode, period);
  const year = Number(issueDate.slice(0, 4));
  const [vf] = await db.all<{ mode: string; legalName: string; nif: string; installationNumber: string; creditNoteType: AltaInput['creditNoteType'] }>(
    'SELECT mode, "legalName", nif, "installationNumber", "creditNoteType" FROM verifactu_settings', []);
  const issuer = { legalName: vf!.legalName, nif: vf!.nif };
  const system = systemIdentity(vf!.installationNumber);
  const recordStatus = vf!.mode === 'VERIFACTU' ? 'PENDING' : 'NOT_SENT';
  const tariffs = new Map((await db.all<{ id: string; code: string; priceCents: number; vatRate: number }>('SELECT id, code, "priceCents", "vatRate" FROM tariffs', []))
    .map((t) => [t.id, { code: t.code, priceCents: num(t.priceCents), vatRate: unscale(t.vatRate)! }]));
  const pStart = periodStart(period);
  const pEnd = periodEnd(period);
  const description = `Servicios de telecomunicaciones, periodo ${period}`;

  // The run row the invoices name, as the product opens it.
  const runId = newId();
  const startedAt = now().toISOString();
  await db.begin();
  await db.exec(`INSERT INTO billing_runs (id, kind, period, status, "actorType", "actorName", "startedAt", "invoiceCount", "skippedCount", "totalCents", details, "itemsDone", "heartbeatAt")
    VALUES (?, 'BILLING', ?, 'RUNNING', 'SYSTEM', 'system', ?, 0, 0, 0, ?, 0, ?)`, [runId, period, startedAt, JSON.stringify({ mode, issueDate }), startedAt]);
  await db.commit();

  let after = '';
  let invoiceCount = 0;
  let totalCents = 0;
  let lineCount = 0;
  let skipped = 0;
  for (;;) {
    type C = { id: string; number: string; clientId: string; signedAt: string | null; iban: string | null; clientIban: string | null; clientCode: string;
      archivedAt: string | null; clientName: string; clientTaxId: string };
    await db.begin();
    const contracts = await db.all<C>(CONTRACTS, [after, FLOOR_CHUNK]);
    if (contracts.length === 0) { await db.commit(); break; }
    const range = [contracts[0]!.id, contracts[contracts.length - 1]!.id];
    const subs = await db.all<{ id: string; contractId: string; billingStartDate: string | null }>(SUBS, range);
    const rows: TimelineRows = {};
    for (const part of PARTS) rows[part] = await db.all<Record<string, unknown>>(timelineSql(part, 'contracts', db.postgres), scopeParams({ contracts: [range[0]!, range[1]!] }, db.postgres));
    const timelines = timelineFacts(rows, tariffs);
    const history = await db.all<{ kind: InvoiceLineKind; subscriptionId: string | null; fromDate: string | null; toDate: string | null; additionalAmountId: string | null }>(
      HISTORY, [...range, ...range]);
    const existing = new Set((await db.all<{ contractId: string }>(EXISTING, [...range, period])).map((r) => r.contractId));

    const subsBy = group(subs, (s) => s.contractId);
    const charged = netChargedRanges(history.map((l) => ({ kind: l.kind, subscriptionId: l.subscriptionId, from: l.fromDate, to: l.toDate })));
    const billedExtras = new Set(history.filter((l) => l.additionalAmountId).map((l) => l.additionalAmountId!));

    const at = now().toISOString();
    const [counter] = await db.all<{ nextNumber: number }>('SELECT "nextNumber" FROM invoice_counters WHERE series = ? AND year = ?', ['F', year]);
    let next = counter ? num(counter.nextNumber) : 1;
    const [chain] = await db.all<{ length: number; lastHash: string; lastIssuerNif: string; lastNumber: string; lastIssueDate: string; lastGeneratedAt: string }>(
      'SELECT length, "lastHash", "lastIssuerNif", "lastNumber", "lastIssueDate", "lastGeneratedAt" FROM verifactu_chain WHERE id = 1', []);
    const chainLength = num(chain!.length);
    const link = chainLength === 0 ? null : linkTo({ issuerNif: chain!.lastIssuerNif, number: chain!.lastNumber, issueDate: chain!.lastIssueDate, hash: chain!.lastHash });
    let floorMs = chain!.lastGeneratedAt ? Date.parse(chain!.lastGeneratedAt) : Number.NEGATIVE_INFINITY;
    const atMs = Date.parse(at);
    // The system's key, as the product's writer looks it up (added the first time).
    const systemValues = [system.producerName, system.producerNif, system.systemName, system.systemId, system.version, system.installationNumber];
    let [systemRow] = await db.all<{ id: number }>(`SELECT id FROM verifactu_systems WHERE ${SYSTEM_WHERE}`, systemValues);
    if (!systemRow) {
      await db.exec(`INSERT INTO verifactu_systems (id, "producerName", "producerNif", "systemName", "systemId", version, "installationNumber")
        SELECT COALESCE(MAX(id), 0) + 1, ?, ?, ?, ?, ?, ? FROM verifactu_systems`, systemValues);
      [systemRow] = await db.all<{ id: number }>(`SELECT id FROM verifactu_systems WHERE ${SYSTEM_WHERE}`, systemValues);
    }
    const systemKey = num(systemRow!.id);

    const invoices: unknown[][] = [];
    const lines: unknown[][] = [];
    const zeros: unknown[][] = [];
    const altas: Omit<AltaInput, 'previous'>[] = [];
    const invoiceIds: string[] = [];
    for (const c of contracts) {
      if (existing.has(c.id) || clientBillingSkip({ code: c.clientCode, archivedAt: c.archivedAt })) { skipped++; continue; }
      const account = billingAccountOf({ contractNumber: c.number, signature: c.signedAt && c.iban ? { iban: c.iban } : null, clientIban: c.clientIban });
      const subscriptions = (subsBy.get(c.id) ?? []).map((s): SubscriptionBillingInput => subscriptionBillingInput(s, timelines, charged.get(s.id) ?? [], billedExtras));
      const calc = calculateInvoice({ mode, period, contractId: c.id, subscriptions });
      if (!calc.invoice) {
        skipped++;
        for (const l of calc.skipped.lines ?? []) zeros.push([newId(), c.id, period, l.kind, l.subscriptionId, l.additionalAmountId, l.from, l.to, runId, at]);
        continue;
      }
      const draft = calc.invoice;
      const sequence = next++;
      const id = newId();
      const number = `F${year}-${String(sequence).padStart(6, '0')}`;
      const t = draft.totals;
      invoices.push([id, 'INVOICE', 'F', year, sequence, number, c.clientId, c.id, period, pStart, pEnd, draft.issueDate, t.baseCents, t.taxCents, t.totalCents,
        JSON.stringify(t.vat), 'ISSUED', null, account.iban, account.source, account.code, JSON.stringify(account.params), runId, at, null, null, 1]);
      draft.lines.forEach((l, p) => lines.push([newId(), id, p + 1, l.kind, l.subscriptionId, l.tariffId, l.tariffCode, l.bonusId, l.additionalAmountId, l.from, l.to,
        l.days, l.daysInMonth, l.unitPriceCents, l.amountCents, scaleRate(l.vatRate), l.code, JSON.stringify(l.params)]));
      const generatedAtMs = Math.max(atMs, floorMs);
      floorMs = generatedAtMs;
      altas.push({ issuer, system, creditNoteType: vf!.creditNoteType, generatedAtMs, document: {
        kind: 'INVOICE', number, issueDate: draft.issueDate, recipient: { name: c.clientName, nif: c.clientTaxId }, description,
        vat: t.vat, taxCents: t.taxCents, totalCents: t.totalCents, rectifies: null,
      } });
      invoiceIds.push(id);
      invoiceCount++;
      totalCents += t.totalCents;
      lineCount += draft.lines.length;
    }
    const { records } = chainAltas(altas, link, nativeSha256);
    const recordRows = records.map((r, i) => [chainLength + 1 + i, r.kind, invoiceIds[i], r.issuerNif, r.number, r.issueDate, r.invoiceType, r.taxTotal,
      r.total, r.generatedAt, r.hash, systemKey, encodePayload(payloadOf(r))]);

    await db.write('zero_total_charges', ZERO_COLS, zeros);
    if (invoices.length > 0) {
      await db.write('invoices', INVOICE_COLS, invoices);
      await db.write('invoice_lines', LINE_COLS, lines);
      await db.exec(counter ? 'UPDATE invoice_counters SET "nextNumber" = ? WHERE series = ? AND year = ?' : 'INSERT INTO invoice_counters ("nextNumber", series, year) VALUES (?, ?, ?)', [next, 'F', year]);
      await db.write('verifactu_records', RECORD_COLS, recordRows);
      await db.write('verifactu_record_states', STATE_COLS, recordRows.map((r) => [r[0], recordStatus, 0]));
      const last = records[records.length - 1]!;
      await db.exec('UPDATE verifactu_chain SET length = ?, "lastHash" = ?, "lastIssuerNif" = ?, "lastNumber" = ?, "lastIssueDate" = ?, "lastGeneratedAt" = ? WHERE id = 1',
        [chainLength + records.length, last.hash, last.issuerNif, last.number, last.issueDate, last.generatedAt]);
    }
    await db.commit();
    after = range[1]!;
  }
  const finishedAt = now().toISOString();
  await db.begin();
  await db.exec(`UPDATE billing_runs SET status = 'COMPLETED', "finishedAt" = ?, "invoiceCount" = ?, "skippedCount" = ?, "totalCents" = ?, "itemsDone" = ?, "itemsTotal" = ? WHERE id = ?`,
    [finishedAt, invoiceCount, skipped, totalCents, invoiceCount + skipped, invoiceCount + skipped, runId]);
  await db.commit();
  return { invoices: invoiceCount, totalCents, lines: lineCount, skipped };
}
