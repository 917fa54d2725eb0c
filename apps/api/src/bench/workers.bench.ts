// A billing run of 1 000 000 contracts on PostgreSQL shared by two `pnpm worker` processes (docs/jobs.md): seeds a
// database it creates, starts two `node dist/worker.js` processes on it, queues the run as the API does (the run row
// and its jobs in one transaction), and waits for it. Prints the run's wall time, and per worker its CPU time,
// peak RSS (VmHWM) and the contracts it billed (from the shards it finished).
//   BENCH_CONTRACTS=1000000  BENCH_WORKERS=2  BENCH_DATABASE_URL=postgres://…  (default TEST_DATABASE_URL, else the local server)
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { queueBillingRun } from '../billing/billing-run.js';
import { openDatabase } from '../db/data-source.js';
import { BILLING_SETTINGS_ID, BillingRunEntity, BillingSettingsEntity } from '../entities/index.js';
import { createJobEngine } from '../jobs/engine.js';
import { seedBenchData } from './bench-data.js';

const CONTRACTS = Number(process.env['BENCH_CONTRACTS'] ?? 1_000_000);
const WORKERS = Number(process.env['BENCH_WORKERS'] ?? 2);
const PERIOD = '2026-11';
const PG_URL = process.env['BENCH_DATABASE_URL'] ?? process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const MiB = 1024 * 1024;
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

function procStats(pid: number): { cpuSeconds: number; peakRssMiB: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { cpuSeconds: (Number(f[11]) + Number(f[12])) / 100, peakRssMiB: Math.round((hwm ? Number(hwm[1]) * 1024 : 0) / MiB) };
}

function startWorkerProcess(url: string, n: number): Promise<{ child: ChildProcess; id: string }> {
  const script = fileURLToPath(new URL('../worker.js', import.meta.url));
  const child = spawn(process.execPath, [script], { env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const ready = /worker (\S+) ready/.exec(out);
      if (ready) resolve({ child, id: ready[1]! });
    });
    child.once('exit', (code) => reject(new Error(`worker ${n} exited (${code}) before it was ready: ${out}`)));
  });
}

const admin = new pg.Client({ connectionString: PG_URL });
await admin.connect();
const name = `antena_workers_${randomBytes(5).toString('hex')}`;
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(PG_URL);
url.pathname = `/${name}`;
const workers: { child: ChildProcess; id: string }[] = [];
try {
  const ds = await openDatabase({ url: url.toString() });
  const t0 = Date.now();
  const seed = await seedBenchData(ds, CONTRACTS);
  await ds.query('ANALYZE');
  await ds.getRepository(BillingSettingsEntity).update({ id: BILLING_SETTINGS_ID }, { mode: 'ARREARS' });
  console.log(`[workers] seeded ${CONTRACTS} contracts, ${seed.subscriptions} subscriptions in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  for (let i = 0; i < WORKERS; i++) workers.push(await startWorkerProcess(url.toString(), i + 1));
  const engine = createJobEngine(ds, { inProcessWorker: false });
  const before = workers.map((w) => procStats(w.child.pid!));
  const start = process.hrtime.bigint();
  const queued = await queueBillingRun(ds, { period: PERIOD, actor: null, now: new Date(), enqueue: engine.enqueue });
  let run: BillingRunEntity;
  const stats = workers.map(() => ({ cpuSeconds: 0, peakRssMiB: 0 }));
  for (;;) {
    await new Promise((r) => setTimeout(r, 500));
    workers.forEach((w, i) => { try { stats[i] = procStats(w.child.pid!); } catch { /* exited */ } });
    run = await ds.getRepository(BillingRunEntity).findOneByOrFail({ id: queued.id });
    if (run.status === 'COMPLETED' || run.status === 'FAILED') break;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const byWorker: { workerId: string; contracts: string }[] = await ds.query(
    `SELECT "workerId", SUM(contracts) AS contracts FROM billing_run_shards WHERE "runId" = $1 GROUP BY "workerId"`, [queued.id]);
  console.log(`\n[workers] ${CONTRACTS} contracts, ${WORKERS} worker processes → run ${run.status}: ${run.invoiceCount} invoices in ${seconds.toFixed(1)} s `
    + `(${Math.round(run.invoiceCount / seconds)} invoices/s); load average ${load()}`);
  workers.forEach((w, i) => {
    const contracts = byWorker.find((b) => b.workerId === w.id)?.contracts ?? 0;
    console.log(`  worker ${i + 1}: CPU ${(stats[i]!.cpuSeconds - before[i]!.cpuSeconds).toFixed(1)} s, peak RSS (VmHWM) ${stats[i]!.peakRssMiB} MiB, ${contracts} contracts`);
  });
  console.log(`  ${JSON.stringify({ contracts: CONTRACTS, workers: WORKERS, status: run.status, invoices: run.invoiceCount, seconds: Math.round(seconds * 10) / 10,
    perWorker: workers.map((w, i) => ({ cpuSeconds: Math.round((stats[i]!.cpuSeconds - before[i]!.cpuSeconds) * 10) / 10, peakRssMiB: stats[i]!.peakRssMiB,
      contracts: Number(byWorker.find((b) => b.workerId === w.id)?.contracts ?? 0) })), load: load() })}`);
  await engine.stop();
  await ds.destroy();
} finally {
  for (const w of workers) w.child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1000));
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
