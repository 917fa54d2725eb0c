// `pnpm bench`: a billing run of 100 000 contracts (~150 000 subscriptions, mixed timelines) on SQLite and on
// PostgreSQL, against its floor (floor.ts: a hand-written raw-driver pipeline reading the same facts, calling
// the same domain functions and writing the same rows). The data is seeded once and copied, so the product and
// the floor bill identical databases; the bench asserts they wrote the same invoices and lines (counts, sums and
// a hash of their content) and prints product and floor wall and CPU time, their ratio, and peak RSS (VmHWM).
//   BENCH_VERIFACTU=off runs billing without VeriFactu records (the floor still writes them: compare on/off runs only).
//   BENCH_PROFILE=file.cpuprofile writes a CPU profile of the product's run alone (open it in Chrome's DevTools).
//   BENCH_CONTRACTS=100000  BENCH_CHUNK=2000  BENCH_DATABASE_URL=postgres://…  (default: TEST_DATABASE_URL, else the local
//   server at postgres://postgres@127.0.0.1:5432/postgres; skipped when unreachable)
import 'reflect-metadata';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Session } from 'node:inspector/promises';
import pg from 'pg';
import { ServerCpu } from './server-cpu.js';
import type { DataSource } from 'typeorm';
import { previewBilling } from '../billing/billing-preview.js';
import { runBilling } from '../billing/billing-run.js';
import { openDatabase } from '../db/data-source.js';
import { benchmarkOnly } from '../verifactu/record-writer.js';
import { BILLING_SETTINGS_ID, BillingSettingsEntity } from '../entities/index.js';
import { seedBenchData } from './bench-data.js';
import { billingFloor, type FloorResult, type FloorTarget } from './floor.js';

const CONTRACTS = Number(process.env['BENCH_CONTRACTS'] ?? 100_000);
const PERIOD = '2026-11';
/** Contracts per chunk (one transaction each); default the service's. */
const CHUNK = process.env['BENCH_CHUNK'] ? Number(process.env['BENCH_CHUNK']) : null;
const PG_URL = process.env['BENCH_DATABASE_URL'] ?? process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TARGET_SECONDS = { sqlite: 5, postgres: 10 };
const TARGET_RATIO = 1.5;
const MiB = 1024 * 1024;
benchmarkOnly.skipRecords = process.env['BENCH_VERIFACTU'] === 'off';

v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * This process's peak RSS since the last reset (VmHWM); the reset (clear_refs 5) lets each phase have its own,
 * after a full collection, so that what an earlier phase (the seeding) left for the collector is not counted.
 */
function resetPeakRss(): boolean {
  gc();
  try { writeFileSync('/proc/self/clear_refs', '5'); return true; } catch { return false; }
}
function peakRss(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) * 1024 : process.resourceUsage().maxRSS * 1024;
}

interface Measured<T> { value: T; seconds: number; cpuSeconds: number; peakRss: number; startRss: number; serverCpuSeconds: number | null; load: string }

async function measured<T>(work: () => Promise<T>, server: ServerCpu | null = null): Promise<Measured<T>> {
  const reset = resetPeakRss();
  const startRss = process.memoryUsage().rss;
  let sampled = process.memoryUsage().rss;
  const timer = reset ? null : setInterval(() => { sampled = Math.max(sampled, process.memoryUsage().rss); }, 20);
  await server?.start();
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  try {
    const value = await work();
    const cpu = process.cpuUsage(cpu0);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const serverCpuSeconds = server ? await server.stop() : null;
    return { value, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, startRss, peakRss: reset ? peakRss() : Math.max(sampled, process.memoryUsage().rss), serverCpuSeconds,
      load: loadavg().map((l) => l.toFixed(2)).join(' ') };
  } finally {
    if (timer) clearInterval(timer);
  }
}

type Query = (sql: string) => Promise<Record<string, unknown>[]>;

/** What a run produced, independent of ids and clocks: counts, sums and a SHA-256 over every invoice, line and zero-total charge. */
async function produced(query: Query): Promise<{ invoices: number; totalCents: number; lines: number; records: number; hash: string }> {
  const h = createHash('sha256');
  const feed = (rows: Record<string, unknown>[]) => { for (const r of rows) h.update(Object.values(r).map((v) => (v === null ? '\\N' : v === true || v === false ? String(Number(v)) : String(v))).join('\t') + '\n'); };
  const [{ n, total }] = (await query(`SELECT COUNT(*) AS n, SUM("totalCents") AS total FROM invoices`)) as [{ n: unknown; total: unknown }];
  const SLICE = 20_000;
  let lines = 0;
  // Ids are random per seeding: contracts and clients by their numbers and codes, other references by presence, so the
  // hash of one build's run can be compared with another's (and the product's with the floor's).
  for (let from = 1; from <= Number(n); from += SLICE) {
    feed(await query(`SELECT i.number, c.number AS contract, cl.code AS client, i.kind, i.period, i."periodStart", i."periodEnd", i."issueDate", i."baseCents", i."taxCents",
      i."totalCents", i."vatBreakdown", i.status, i."rectifiesId", i."billingIban", i."billingSource", i."billingCode", i."billingParams"
      FROM invoices i JOIN contracts c ON c.id = i."contractId" JOIN clients cl ON cl.id = i."clientId"
      WHERE i.series = 'F' AND i.sequence BETWEEN ${from} AND ${from + SLICE - 1} ORDER BY i.sequence`));
    const ls = await query(`SELECT i.number, l.position, l.kind, l."subscriptionId" IS NULL AS s, l."tariffCode", l."bonusId" IS NULL AS b,
      l."additionalAmountId" IS NULL AS a, l."fromDate", l."toDate", l.days, l."daysInMonth", l."unitPriceCents", l."amountCents", l."vatRate", l.code, l.params
      FROM invoice_lines l JOIN invoices i ON i.id = l."invoiceId"
      WHERE i.series = 'F' AND i.sequence BETWEEN ${from} AND ${from + SLICE - 1} ORDER BY i.sequence, l.position`);
    lines += ls.length;
    feed(ls);
  }
  feed(await query(`SELECT c.number, z.period, z.kind, z."subscriptionId" IS NULL AS s, z."additionalAmountId" IS NULL AS a, z."fromDate", z."toDate"
    FROM zero_total_charges z JOIN contracts c ON c.id = z."contractId" ORDER BY c.number, z."fromDate", z.kind, z."toDate"`));
  const [{ r }] = (await query('SELECT COUNT(*) AS r FROM verifactu_records')) as [{ r: unknown }];
  return { invoices: Number(n), totalCents: Number(total ?? 0), lines, records: Number(r), hash: h.digest('hex').slice(0, 16) };
}

interface Target { ds: DataSource; floor: FloorTarget; floorQuery: Query; server: (db: 'product' | 'floor') => ServerCpu | null; close: () => Promise<void> }

async function benchOn(kind: 'sqlite' | 'postgres', open: () => Promise<{ ds: DataSource; clone: (ds: DataSource) => Promise<Target> }>) {
  const { ds: seeded, clone } = await open();
  const seed = await measured(() => seedBenchData(seeded, CONTRACTS));
  // A live database has planner statistics (autovacuum gathers them); a just-seeded one must be told.
  await seeded.query('ANALYZE');
  await seeded.getRepository(BillingSettingsEntity).update({ id: BILLING_SETTINGS_ID }, { mode: 'ARREARS' });
  const t = await clone(seeded);
  const ds = t.ds;
  try {
    const preview = await measured(() => previewBilling(ds, { period: PERIOD, limit: 0 }));
    const run = await measured(() => profiled(() => runBilling(ds, { period: PERIOD, actor: null, now: () => new Date(), options: CHUNK ? { chunkSize: CHUNK } : {} })), t.server('product'));
    const floor = await measured(() => billingFloor(t.floor, PERIOD), t.server('floor'));
    const product = await produced((sql) => ds.query(sql));
    const raw = await produced(t.floorQuery);
    const r = run.value;
    const f: FloorResult = floor.value;
    if (preview.value.invoiceCount !== r.invoiceCount || preview.value.totalCents !== r.totalCents) throw new Error(`preview and run disagree: ${JSON.stringify({ preview: preview.value.invoiceCount, run: r.invoiceCount })}`);
    const same = product.invoices === raw.invoices && product.totalCents === raw.totalCents && product.lines === raw.lines && product.hash === raw.hash
      && r.invoiceCount === f.invoices && r.totalCents === f.totalCents && (benchmarkOnly.skipRecords || product.records === raw.records);
    if (!same) throw new Error(`product and floor wrote different rows: ${JSON.stringify({ product, floor: raw, run: { invoices: r.invoiceCount, totalCents: r.totalCents }, floorRun: f })}`);
    const result = {
      database: kind, contracts: CONTRACTS, subscriptions: seed.value.subscriptions, invoices: r.invoiceCount, lines: product.lines, records: product.records,
      totalCents: r.totalCents, skipped: r.skippedCount, contentHash: product.hash,
      productSeconds: round(run.seconds), floorSeconds: round(floor.seconds), ratio: round(run.seconds / floor.seconds),
      productCpuSeconds: round(run.cpuSeconds), floorCpuSeconds: round(floor.cpuSeconds), cpuRatio: round(run.cpuSeconds / floor.cpuSeconds),
      productServerCpuSeconds: run.serverCpuSeconds === null ? null : round(run.serverCpuSeconds), floorServerCpuSeconds: floor.serverCpuSeconds === null ? null : round(floor.serverCpuSeconds),
      previewSeconds: round(preview.seconds), seedSeconds: round(seed.seconds), invoicesPerSecond: Math.round(r.invoiceCount / run.seconds),
      peakRssMiBProduct: Math.round(run.peakRss / MiB), peakRssMiBFloor: Math.round(floor.peakRss / MiB), peakRssMiBPreview: Math.round(preview.peakRss / MiB),
      rssAtStartMiBProduct: Math.round(run.startRss / MiB), rssAtStartMiBFloor: Math.round(floor.startRss / MiB),
      loadAfterProduct: run.load, loadAfterFloor: floor.load,
    };
    const verdict = [
      `${result.productSeconds <= TARGET_SECONDS[kind] ? 'OK' : 'OVER'} time ≤ ${TARGET_SECONDS[kind]} s`,
      `${result.ratio <= TARGET_RATIO ? 'OK' : 'OVER'} ≤ ${TARGET_RATIO}× floor (wall)`,
      `${run.peakRss <= 512 * MiB ? 'OK' : 'OVER'} RSS ≤ 512 MiB`,
      `${preview.seconds <= run.seconds ? 'OK' : 'OVER'} preview ≤ run`,
    ].join(', ');
    const server = run.serverCpuSeconds === null ? '' : `; server CPU product ${result.productServerCpuSeconds} s, floor ${result.floorServerCpuSeconds} s`;
    console.log(`\n[${kind}] ${CONTRACTS} contracts, ${result.subscriptions} subscriptions → ${result.invoices} invoices, ${result.lines} lines, ${result.records} VeriFactu records${benchmarkOnly.skipRecords ? ' (records OFF in the product)' : ''} (${result.skipped} skipped); product = floor, content ${result.contentHash}`);
    console.log(`  product ${result.productSeconds} s (${result.invoicesPerSecond} invoices/s), floor ${result.floorSeconds} s, ratio ${result.ratio}× wall; CPU (this process) product ${result.productCpuSeconds} s, floor ${result.floorCpuSeconds} s, ratio ${result.cpuRatio}×${server}`);
    console.log(`  peak RSS (VmHWM) product ${result.peakRssMiBProduct} MiB (${result.rssAtStartMiBProduct} MiB when it started), floor ${result.peakRssMiBFloor} MiB (${result.rssAtStartMiBFloor} at start), preview ${result.peakRssMiBPreview} MiB; preview ${result.previewSeconds} s; seeding ${result.seedSeconds} s; load average ${run.load} / ${floor.load}`);
    console.log(`  ${verdict}`);
    console.log(`  ${JSON.stringify(result)}`);
    return result;
  } finally {
    await t.close();
  }
}

/** `work` under the V8 profiler when BENCH_PROFILE names a file (the product's run only: seeding and the floor stay out). */
async function profiled<T>(work: () => Promise<T>): Promise<T> {
  const file = process.env['BENCH_PROFILE'];
  if (!file) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  }
}

const round = (x: number) => Math.round(x * 100) / 100;

async function sqlite() {
  const dir = mkdtempSync(join(tmpdir(), 'antena-bench-'));
  const productPath = join(dir, 'product.sqlite');
  const floorPath = join(dir, 'floor.sqlite');
  try {
    return await benchOn('sqlite', async () => ({
      ds: await openDatabase({ url: productPath }),
      clone: async (ds) => {
        await ds.query('PRAGMA wal_checkpoint(TRUNCATE)');
        await ds.query(`VACUUM INTO '${floorPath}'`);
        let check: DataSource | null = null;
        return {
          ds, floor: { sqlitePath: floorPath }, floorQuery: async (sql) => (check ??= await openDatabase({ url: floorPath })).query(sql), server: () => null,
          close: async () => { await check?.destroy(); await ds.destroy(); },
        };
      },
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgres() {
  const admin = new pg.Client({ connectionString: PG_URL });
  try { await admin.connect(); } catch (e) {
    console.log(`\n[postgres] skipped: ${PG_URL} unreachable (${(e as Error).message}); set BENCH_DATABASE_URL`);
    return null;
  }
  const tag = randomBytes(5).toString('hex');
  const names = { product: `antena_bench_${tag}`, floor: `antena_floor_${tag}` };
  const urlOf = (name: string) => { const u = new URL(PG_URL); u.pathname = `/${name}`; return u.toString(); };
  await admin.query(`CREATE DATABASE ${names.product}`);
  try {
    return await benchOn('postgres', async () => ({
      ds: await openDatabase({ url: urlOf(names.product) }),
      clone: async (seeded) => {
        await seeded.destroy();
        // A copy of the seeded database, planner statistics included.
        await admin.query(`CREATE DATABASE ${names.floor} TEMPLATE ${names.product}`);
        const ds = await openDatabase({ url: urlOf(names.product) });
        let check: pg.Client | null = null;
        const sampler = new pg.Client({ connectionString: PG_URL });
        await sampler.connect();
        return {
          ds, floor: { pgUrl: urlOf(names.floor) }, floorQuery: async (sql) => {
            if (!check) { check = new pg.Client({ connectionString: urlOf(names.floor) }); await check.connect(); }
            return (await check.query(sql)).rows;
          },
          server: (db) => new ServerCpu(sampler, names[db]),
          close: async () => { await ds.destroy(); await check?.end(); await sampler.end(); },
        };
      },
    }));
  } finally {
    for (const name of Object.values(names)) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

const only = process.argv[2];
if (only !== 'postgres') await sqlite();
if (only !== 'sqlite') await postgres();
