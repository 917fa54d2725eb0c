// `node dist/bench/verifactu.bench.js [sqlite|postgres]`: what VeriFactu records cost a billing run (docs/verifactu.md,
// "Performance"; target: records on ≤ 1.2× records off). The same seeded database (100 000 contracts, bench-data.ts)
// is copied before every run, and runs with records off and on alternate in this one process, back to back, the
// order swapped each round: separate processes minutes apart differed by more than what is measured here (other
// work on the machine moved single runs by 20–50 %). Each round prints both runs' wall and CPU time (this process;
// on PostgreSQL also the server's), the rounds' ratios and their median; every run must write the same invoices
// (content hash) and the "on" runs one record per document, the "off" runs none.
//   BENCH_CONTRACTS=100000  BENCH_ROUNDS=3  BENCH_DATABASE_URL=postgres://… (default: TEST_DATABASE_URL, else the local server)
import 'reflect-metadata';
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { runBilling } from '../billing/billing-run.js';
import { openDatabase } from '../db/data-source.js';
import { BILLING_SETTINGS_ID, BillingSettingsEntity } from '../entities/index.js';
import { benchmarkOnly } from '../verifactu/record-writer.js';
import { seedBenchData } from './bench-data.js';
import { ServerCpu } from './server-cpu.js';

const CONTRACTS = Number(process.env['BENCH_CONTRACTS'] ?? 100_000);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const PERIOD = '2026-11';
const TARGET = 1.2;
const PG_URL = process.env['BENCH_DATABASE_URL'] ?? process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface Run { records: boolean; seconds: number; cpuSeconds: number; serverCpuSeconds: number | null; invoices: number; written: number; content: string; load: string }

/** A fresh copy of the seeded database, opened; `server` samples its backends' CPU (PostgreSQL). */
interface Copy { ds: DataSource; server: ServerCpu | null; drop: () => Promise<void> }

/** The invoices a run wrote, by number, amounts and content (ids and clocks left out), to compare the off and on runs. */
async function contentOf(ds: DataSource): Promise<{ invoices: number; written: number; content: string }> {
  const h = createHash('sha256');
  const rows = await ds.query(`SELECT "number", "totalCents", "taxCents", "vatBreakdown", "billingIban" FROM "invoices" ORDER BY "series", "year", "sequence"`) as Record<string, unknown>[];
  for (const r of rows) h.update(`${r['number']}\t${r['totalCents']}\t${r['taxCents']}\t${r['vatBreakdown']}\t${r['billingIban']}\n`);
  const [{ n }] = await ds.query('SELECT COUNT(*) AS n FROM "verifactu_records"') as [{ n: unknown }];
  return { invoices: rows.length, written: Number(n), content: h.digest('hex').slice(0, 16) };
}

async function billOnce(copy: Copy, records: boolean): Promise<Run> {
  benchmarkOnly.skipRecords = !records;
  try {
    await copy.server?.start();
    const t0 = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    await runBilling(copy.ds, { period: PERIOD, actor: null, now: () => new Date(), options: {} });
    const cpu = process.cpuUsage(cpu0);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const serverCpuSeconds = copy.server ? await copy.server.stop() : null;
    const load = loadavg().map((l) => l.toFixed(2)).join(' ');
    return { records, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, serverCpuSeconds, load, ...(await contentOf(copy.ds)) };
  } finally {
    benchmarkOnly.skipRecords = false;
    await copy.drop();
  }
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const k = s.length >> 1; return s.length % 2 ? s[k]! : (s[k - 1]! + s[k]!) / 2; };
const r2 = (x: number) => Math.round(x * 100) / 100;

async function compare(kind: 'sqlite' | 'postgres', seeded: DataSource, fresh: () => Promise<Copy>): Promise<void> {
  const t = Date.now();
  const seed = await seedBenchData(seeded, CONTRACTS);
  await seeded.query('ANALYZE');
  await seeded.getRepository(BillingSettingsEntity).update({ id: BILLING_SETTINGS_ID }, { mode: 'ARREARS' });
  console.log(`\n[${kind}] ${CONTRACTS} contracts, ${seed.subscriptions} subscriptions seeded in ${r2((Date.now() - t) / 1000)} s; ${ROUNDS} rounds of records off / on, alternated`);
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  const serverRatios: number[] = [];
  let reference: string | null = null;
  for (let round = 1; round <= ROUNDS; round++) {
    const order = round % 2 === 1 ? [false, true] : [true, false];
    const runs: Run[] = [];
    for (const records of order) runs.push(await billOnce(await fresh(), records));
    const off = runs.find((r) => !r.records)!;
    const on = runs.find((r) => r.records)!;
    reference ??= off.content;
    if (off.content !== reference || on.content !== reference || off.written !== 0 || on.written !== on.invoices) {
      throw new Error(`the runs wrote different things: ${JSON.stringify({ reference, off, on })}`);
    }
    ratios.push(on.seconds / off.seconds);
    cpuRatios.push(on.cpuSeconds / off.cpuSeconds);
    if (on.serverCpuSeconds !== null && off.serverCpuSeconds !== null) serverRatios.push(on.serverCpuSeconds / off.serverCpuSeconds);
    const server = (r: Run) => (r.serverCpuSeconds === null ? '' : `, server CPU ${r2(r.serverCpuSeconds)} s`);
    console.log(`  round ${round} (${order.map((r) => (r ? 'on' : 'off')).join(' then ')}): off ${r2(off.seconds)} s (CPU ${r2(off.cpuSeconds)} s${server(off)}), `
      + `on ${r2(on.seconds)} s (CPU ${r2(on.cpuSeconds)} s${server(on)}), ${on.written} records; on ÷ off ${r2(on.seconds / off.seconds)}× wall, `
      + `${r2(on.cpuSeconds / off.cpuSeconds)}× CPU; load ${off.load} / ${on.load}`);
  }
  const wall = median(ratios);
  const result = {
    database: kind, contracts: CONTRACTS, rounds: ROUNDS, medianRatio: r2(wall), medianCpuRatio: r2(median(cpuRatios)),
    medianServerCpuRatio: serverRatios.length ? r2(median(serverRatios)) : null, ratios: ratios.map(r2), cpuRatios: cpuRatios.map(r2), content: reference,
  };
  console.log(`  median on ÷ off: ${result.medianRatio}× wall, ${result.medianCpuRatio}× CPU${result.medianServerCpuRatio === null ? '' : `, ${result.medianServerCpuRatio}× server CPU`} → ${wall <= TARGET ? 'OK' : 'OVER'} ≤ ${TARGET}×`);
  console.log(`  ${JSON.stringify(result)}`);
}

async function sqlite(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'antena-vf-bench-'));
  try {
    const seeded = await openDatabase({ url: join(dir, 'seeded.sqlite') });
    const template = join(dir, 'template.sqlite');
    let n = 0;
    await compare('sqlite', seeded, async () => {
      if (n === 0) {
        await seeded.query('PRAGMA wal_checkpoint(TRUNCATE)');
        await seeded.query(`VACUUM INTO '${template}'`);
        await seeded.destroy();
      }
      const file = join(dir, `run-${++n}.sqlite`);
      copyFileSync(template, file);
      const ds = await openDatabase({ url: file });
      return { ds, server: null, drop: async () => { await ds.destroy(); for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true }); } };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgres(): Promise<void> {
  const admin = new pg.Client({ connectionString: PG_URL });
  try { await admin.connect(); } catch (e) {
    console.log(`\n[postgres] skipped: ${PG_URL} unreachable (${(e as Error).message}); set BENCH_DATABASE_URL`);
    return;
  }
  const tag = randomBytes(5).toString('hex');
  const template = `antena_vfbench_${tag}`;
  const created = [template];
  const urlOf = (name: string) => { const u = new URL(PG_URL); u.pathname = `/${name}`; return u.toString(); };
  try {
    await admin.query(`CREATE DATABASE ${template}`);
    const seeded = await openDatabase({ url: urlOf(template) });
    let n = 0;
    let seededOpen = true;
    await compare('postgres', seeded, async () => {
      if (seededOpen) { await seeded.destroy(); seededOpen = false; }
      const name = `antena_vfrun_${tag}_${++n}`;
      created.push(name);
      // A copy of the seeded database, planner statistics included; checkpointed so the run does not pay for the copy's writes.
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      await admin.query('CHECKPOINT');
      const ds = await openDatabase({ url: urlOf(name) });
      const sampler = new pg.Client({ connectionString: PG_URL });
      await sampler.connect();
      return {
        ds, server: new ServerCpu(sampler, name),
        drop: async () => { await ds.destroy(); await sampler.end(); await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); },
      };
    });
  } finally {
    for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

const only = process.argv[2];
if (only !== 'postgres') await sqlite();
if (only !== 'sqlite') await postgres();
