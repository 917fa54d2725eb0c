// `pnpm bench`: a billing run of 100 000 contracts (~150 000 subscriptions, mixed timelines)
// on SQLite and on PostgreSQL, with invoices/s, total time, peak RSS, billingPreview's time over the same
// data and a raw-driver baseline inserting the same rows in the same batches.
//   BENCH_VERIFACTU=off runs billing without VeriFactu records, to measure what recording costs (docs/verifactu.md).
//   BENCH_CONTRACTS=100000  BENCH_CHUNK=2000  BENCH_DATABASE_URL=postgres://…  (default: TEST_DATABASE_URL, else the local
//   server at postgres://postgres@127.0.0.1:5432/postgres; skipped when unreachable)
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { previewBilling } from '../billing/billing-preview.js';
import { runBilling } from '../billing/billing-run.js';
import { openDatabase } from '../db/data-source.js';
import { benchmarkOnly } from '../verifactu/record-writer.js';
import { BILLING_SETTINGS_ID, BillingSettingsEntity, InvoiceLineEntity } from '../entities/index.js';
import { seedBenchData } from './bench-data.js';
import { rawBaseline } from './raw-baseline.js';

const CONTRACTS = Number(process.env['BENCH_CONTRACTS'] ?? 100_000);
const PERIOD = '2026-11';
/** Contracts per chunk (one transaction each); default the service's. */
const CHUNK = process.env['BENCH_CHUNK'] ? Number(process.env['BENCH_CHUNK']) : null;
const PG_URL = process.env['BENCH_DATABASE_URL'] ?? process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TARGET_SECONDS = { sqlite: 10, postgres: 20 };
const MiB = 1024 * 1024;
benchmarkOnly.skipRecords = process.env['BENCH_VERIFACTU'] === 'off';

/** Highest RSS seen while `work` runs, sampled every 20 ms. */
/**
 * Also this process's CPU time (user + system): on a shared machine wall time swings with the load, CPU
 * time much less; on SQLite all of billing runs in this process, so it is the figure to compare (on/off).
 */
async function measured<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number; cpuSeconds: number; peakRss: number }> {
  let peakRss = process.memoryUsage().rss;
  const timer = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 20);
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  try {
    const value = await work();
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const cpu = process.cpuUsage(cpu0);
    return { value, seconds: Number(process.hrtime.bigint() - t0) / 1e9, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRss };
  } finally {
    clearInterval(timer);
  }
}

async function benchOn(kind: 'sqlite' | 'postgres', ds: DataSource, pgUrl: string | null) {
  const seed = await measured(() => seedBenchData(ds, CONTRACTS));
  // A live database has planner statistics (autovacuum gathers them); a just-seeded one must be told.
  await ds.query('ANALYZE');
  await ds.getRepository(BillingSettingsEntity).update({ id: BILLING_SETTINGS_ID }, { mode: 'ARREARS' });
  const preview = await measured(() => previewBilling(ds, { period: PERIOD, limit: 0 }));
  const chunks: number[] = [];
  let previous = 0;
  const run = await measured(() => runBilling(ds, { period: PERIOD, actor: null, now: () => new Date(), options: {
    ...(CHUNK ? { chunkSize: CHUNK } : {}),
    onChunk: ({ invoices }) => { chunks.push(invoices - previous); previous = invoices; },
  } }));
  const lines = await ds.getRepository(InvoiceLineEntity).count();
  const baseline = await rawBaseline(ds, chunks, pgUrl);
  const r = run.value;
  const result = {
    database: kind, contracts: CONTRACTS, subscriptions: seed.value.subscriptions, invoices: r.invoiceCount, lines, skipped: r.skippedCount,
    seedSeconds: round(seed.seconds), previewSeconds: round(preview.seconds), runSeconds: round(run.seconds),
    runCpuSeconds: round(run.cpuSeconds), previewCpuSeconds: round(preview.cpuSeconds),
    invoicesPerSecond: Math.round(r.invoiceCount / run.seconds), baselineInsertSeconds: round(baseline), ratioToBaseline: round(run.seconds / baseline),
    peakRssMiBRun: Math.round(run.peakRss / MiB), peakRssMiBPreview: Math.round(preview.peakRss / MiB),
  };
  if (preview.value.invoiceCount !== r.invoiceCount || preview.value.totalCents !== r.totalCents) throw new Error(`preview and run disagree: ${JSON.stringify({ preview: preview.value.invoiceCount, run: r.invoiceCount })}`);
  const verdict = [
    `${result.runSeconds <= TARGET_SECONDS[kind] ? 'OK' : 'OVER'} time ≤ ${TARGET_SECONDS[kind]} s`,
    `${result.ratioToBaseline <= 3 ? 'OK' : 'OVER'} ≤ 3× baseline`,
    `${run.peakRss <= 1024 * MiB ? 'OK' : 'OVER'} RSS ≤ 1 GiB`,
    `${preview.seconds <= run.seconds ? 'OK' : 'OVER'} preview ≤ run`,
  ].join(', ');
  const records = Number((await ds.query('SELECT COUNT(*) AS n FROM verifactu_records'))[0].n);
  console.log(`\n[${kind}] VeriFactu records ${benchmarkOnly.skipRecords ? 'OFF' : `on: ${records}`}`);
  console.log(`\n[${kind}] ${CONTRACTS} contracts, ${result.subscriptions} subscriptions → ${result.invoices} invoices, ${lines} lines (${result.skipped} skipped)`);
  console.log(`  run ${result.runSeconds} s (${result.invoicesPerSecond} invoices/s), preview ${result.previewSeconds} s (CPU: run ${result.runCpuSeconds} s, preview ${result.previewCpuSeconds} s), raw-driver baseline inserts ${result.baselineInsertSeconds} s (run = ${result.ratioToBaseline}× baseline)`);
  console.log(`  peak RSS during run ${result.peakRssMiBRun} MiB, during preview ${result.peakRssMiBPreview} MiB; seeding ${result.seedSeconds} s`);
  console.log(`  ${verdict}`);
  console.log(`  ${JSON.stringify(result)}`);
  return result;
}

const round = (x: number) => Math.round(x * 100) / 100;

async function sqlite() {
  const dir = mkdtempSync(join(tmpdir(), 'antena-bench-'));
  const ds = await openDatabase({ url: join(dir, 'bench.sqlite') });
  try { return await benchOn('sqlite', ds, null); } finally { await ds.destroy(); rmSync(dir, { recursive: true, force: true }); }
}

async function postgres() {
  const admin = new pg.Client({ connectionString: PG_URL });
  try { await admin.connect(); } catch (e) {
    console.log(`\n[postgres] skipped: ${PG_URL} unreachable (${(e as Error).message}); set BENCH_DATABASE_URL`);
    return null;
  }
  const name = `antena_bench_${randomBytes(5).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  const ds = await openDatabase({ url: url.toString() });
  try { return await benchOn('postgres', ds, url.toString()); } finally {
    await ds.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

const only = process.argv[2];
if (only !== 'postgres') await sqlite();
if (only !== 'sqlite') await postgres();
console.log(`\nprocess peak RSS (whole bench, seeding included): ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
