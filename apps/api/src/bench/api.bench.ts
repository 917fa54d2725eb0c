// API benchmark (apps/api/src/bench/README.md, "API"): what one admin's browser feels on an existing SQLite
// database. Seeds BENCH_CONTRACTS contracts (bench-data.ts) and bills November 2026 so clients have invoices,
// then starts the product as `pnpm start` does (dist/main.js, a separate process) and measures:
//   1. startup: from spawning the process to the first 200 of /health, on that existing database;
//   2. `clients(first: 100)` with deletion codes, billing accounts and subscription status, requested one
//      after another by a single client: p50 / p90 latency and the server's CPU per request.
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBilling } from '../billing/billing-run.js';
import { openDatabase, sqlitePathIn } from '../db/data-source.js';
import { seedBenchData } from './bench-data.js';

const CONTRACTS = Number(process.env['BENCH_CONTRACTS'] ?? 10_000);
const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 200);
const STARTS = Number(process.env['BENCH_STARTS'] ?? 5);
const PORT = 4700 + Math.floor(Math.random() * 200);
const MAIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'main.js');
const EMAIL = 'bench@antena.local';
const PASSWORD = 'bench-password-123';
const TARGET = { startupMs: 1500, p50Ms: 15 };

const QUERY = `query Bench { clients(first: 100) { totalCount nodes { id code name
  deletion { allowed blockers { code } }
  contracts { id billingAccount { iban source } subscriptions { id state billing { billable code } } } } } }`;

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}
const ms = (x: number) => Math.round(x * 10) / 10;

function startProduct(dataDir: string): { child: ChildProcess; ready: Promise<number> } {
  const t0 = performance.now();
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, ANTENA_DATA_DIR: dataDir, PORT: String(PORT), ANTENA_SEED: 'false', ANTENA_ADMIN_EMAIL: EMAIL, ANTENA_ADMIN_PASSWORD: PASSWORD, ANTENA_LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const ready = (async () => {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
      try { if ((await fetch(`http://127.0.0.1:${PORT}/health`)).ok) return performance.now() - t0; } catch { /* not listening yet */ }
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  return { child, ready };
}

const stop = (child: ChildProcess) => new Promise<void>((done) => { child.once('exit', () => done()); child.kill('SIGTERM'); });

async function graphql(query: string, token?: string, variables?: object): Promise<{ data?: any; errors?: unknown[] }> {
  const res = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json() as Promise<{ data?: any; errors?: unknown[] }>;
}

/** CPU time (user + system, ms) of a process, from /proc (Linux). */
async function cpuMs(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
}

const dir = mkdtempSync(join(tmpdir(), 'antena-api-bench-'));
try {
  const ds = await openDatabase({ url: sqlitePathIn(dir) });
  const seeded = await seedBenchData(ds, CONTRACTS);
  const run = await runBilling(ds, { period: '2026-11', actor: null, now: () => new Date('2026-12-01T09:00:00Z') });
  await ds.destroy();
  console.log(`[sqlite] ${CONTRACTS} contracts, ${seeded.subscriptions} subscriptions, ${run.invoiceCount} invoices`);

  // The first start creates the admin (scrypt) and the V8 compile cache; the figures are the starts after it.
  const first = startProduct(dir);
  console.log(`  first start (creates the admin, fills the compile cache) ${Math.round(await first.ready)} ms`);
  await stop(first.child);
  const starts: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    const s = startProduct(dir);
    starts.push(await s.ready);
    await stop(s.child);
  }

  const server = startProduct(dir);
  await server.ready;
  try {
    const login = await graphql(`mutation { login(email: "${EMAIL}", password: "${PASSWORD}") { token } }`);
    const token = login.data?.login?.token as string | undefined;
    if (!token) throw new Error(`login failed: ${JSON.stringify(login.errors)}`);
    const warm = await graphql(QUERY, token);
    if (warm.errors || warm.data.clients.nodes.length !== Math.min(100, CONTRACTS)) throw new Error(`unexpected answer: ${JSON.stringify(warm.errors ?? warm.data).slice(0, 500)}`);
    for (let i = 0; i < 20; i++) await graphql(QUERY, token); // JIT warm-up
    const latencies: number[] = [];
    const cpu0 = await cpuMs(server.child.pid!);
    for (let i = 0; i < REQUESTS; i++) {
      const t = performance.now();
      const r = await graphql(QUERY, token);
      latencies.push(performance.now() - t);
      if (r.errors) throw new Error(JSON.stringify(r.errors));
    }
    const cpuPerRequest = ((await cpuMs(server.child.pid!)) - cpu0) / REQUESTS;
    const result = {
      database: 'sqlite', contracts: CONTRACTS, startupMsMedian: Math.round(median(starts)), startupMs: starts.map(Math.round),
      clientsP50Ms: ms(median(latencies)), clientsP90Ms: ms(quantile(latencies, 0.9)), serverCpuMsPerRequest: ms(cpuPerRequest), requests: REQUESTS,
    };
    console.log(`  startup on the existing database: median ${result.startupMsMedian} ms over ${STARTS} starts (${result.startupMs.join(', ')} ms) — ${result.startupMsMedian <= TARGET.startupMs ? 'OK' : 'OVER'} ≤ ${TARGET.startupMs} ms`);
    console.log(`  clients(first: 100) with deletion, billing accounts, subscription status: p50 ${result.clientsP50Ms} ms, p90 ${result.clientsP90Ms} ms, server CPU ${result.serverCpuMsPerRequest} ms/request over ${REQUESTS} requests — ${result.clientsP50Ms <= TARGET.p50Ms ? 'OK' : 'OVER'} p50 ≤ ${TARGET.p50Ms} ms`);
    console.log(`  ${JSON.stringify(result)}`);
  } finally {
    await stop(server.child);
  }
} finally {
  if (process.env['BENCH_KEEP']) console.log(`  database kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
