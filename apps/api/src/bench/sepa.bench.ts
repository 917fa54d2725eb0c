// SEPA benchmark (docs/sepa.md "Benchmark"): a remittance of 100 000 invoices created and its pain.008 file
// streamed to a byte counter, then a pain.002 return file of 100 000 rows imported. Prints per phase the wall and
// CPU seconds (on PostgreSQL also the server's, from /proc), the RSS sampled every 20 ms and the kernel's high-water
// RSS (VmHWM in /proc/self/status, reset before the phase through /proc/self/clear_refs).
// `node dist/bench/sepa.bench.js [sqlite|postgres]`; BENCH_INVOICES=100000; BENCH_SLICE (candidates per slice of the
// remittance, default REMITTANCE_SLICE); BENCH_KEEP=1 keeps the PostgreSQL database (its name is printed) to EXPLAIN
// the statements on it afterwards. `node dist/bench/sepa.bench.js phase seed <url>` only seeds `url` (a PostgreSQL
// database or an SQLite file), to try a phase again and again on copies of it.
import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { bulkInsert } from '../billing/bulk-insert.js';
import { openDatabase } from '../db/data-source.js';
import { newId } from '../db/ids.js';
import { inTransaction } from '../db/transaction.js';
import { ClientEntity, ContractEntity, InvoiceEntity } from '../entities/index.js';
import { clientSearchText } from '../services/client-search.js';
import { createLoaders } from '../loaders/loaders.js';
import { createJobEngine } from '../jobs/engine.js';
import { countCandidates } from '../sepa/candidate-count.js';
import { REMITTANCE_SLICE, SepaService } from '../sepa/sepa.service.js';
import { ServerCpu } from './server-cpu.js';
import { SEPA_SETTINGS_ID, SepaSettingsEntity } from '../sepa/sepa.entities.js';

const N = Number(process.env['BENCH_INVOICES'] ?? 100_000);
const SLICE = process.env['BENCH_SLICE'] ? Number(process.env['BENCH_SLICE']) : REMITTANCE_SLICE;
const PG_URL = process.env['BENCH_DATABASE_URL'] ?? process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const MiB = 1024 * 1024;
const AT = '2026-11-01T00:00:00.000Z';
const IBANS = ['ES9121000418450200051332', 'ES7921000813610123456789', 'ES6621000418401234567891', 'ES1000492352082414205416', 'ES7620770024003102575766'];

/** The kernel's high-water RSS of this process in bytes (VmHWM), or null where /proc is not there. */
function highWaterRss(): number | null {
  try {
    const kb = /^VmHWM:\s+(\d+)\s+kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return kb ? Number(kb[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Resets VmHWM to the current RSS (Linux: "5" to clear_refs), so the next reading is the phase's own peak. */
function resetHighWater(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

interface Measured<T> { value: T; seconds: number; cpuSeconds: number; peakRss: number; highWaterRss: number | null; highWaterReset: boolean; serverCpuSeconds: number | null }

/** PostgreSQL: the CPU time of the server processes serving the phase's database (null on SQLite). */
let serverOf: (() => ServerCpu) | null = null;

async function measured<T>(work: () => Promise<T>): Promise<Measured<T>> {
  const server = serverOf ? serverOf() : null;
  await server?.start();
  const reset = resetHighWater();
  let peakRss = process.memoryUsage().rss;
  const timer = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 20);
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  try {
    const value = await work();
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const cpu = process.cpuUsage(cpu0);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const serverCpuSeconds = server ? await server.stop() : null;
    // Without the reset, VmHWM is the whole process's peak, which is still an upper bound of the phase's.
    return { value, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRss, highWaterRss: highWaterRss(), highWaterReset: reset, serverCpuSeconds };
  } finally {
    clearInterval(timer);
  }
}

function nif(n: number): string {
  const num = n % 100_000_000;
  return `${String(num).padStart(8, '0')}${'TRWAGMYFPDXBNJZSQVHLCKE'[num % 23]}`;
}

async function seed(ds: DataSource): Promise<void> {
  const SLICE = 5000;
  for (let base = 0; base < N; base += SLICE) {
    const clients: object[] = []; const contracts: object[] = []; const invoices: object[] = [];
    for (let i = base; i < Math.min(base + SLICE, N); i++) {
      const clientId = newId(); const contractId = newId();
      const client = { id: clientId, code: `S${String(i).padStart(7, '0')}`, kind: 'PERSON', name: `Cliente ${i}`, taxId: nif(i * 7919), email: `c${i}@bench.local`,
        phone: null, address: null, iban: null, partnerId: null, version: 1, createdAt: AT, updatedAt: AT };
      clients.push({ ...client, searchText: clientSearchText(client) });
      contracts.push({ id: contractId, number: `K${String(i).padStart(7, '0')}`, clientId, status: 'SIGNED', signedAt: '2025-01-10', signerName: `Firmante Núñez ${i}`,
        signerTaxId: nif(i * 104729), iban: IBANS[i % IBANS.length], mandateReference: `BENCH-${i}`, version: 1, createdAt: AT, updatedAt: AT });
      invoices.push({ id: newId(), kind: 'INVOICE', series: 'F', year: 2026, sequence: i + 1, number: `F2026-${String(i + 1).padStart(6, '0')}`, clientId, contractId,
        period: '2026-11', periodStart: '2026-11-01', periodEnd: '2026-11-30', issueDate: '2026-11-01', baseCents: 3000 + (i % 500), taxCents: 630, totalCents: 3630 + (i % 500),
        vatBreakdown: [{ vatRate: 0.21, baseCents: 3000 + (i % 500), taxCents: 630 }], status: 'ISSUED', rectifiesId: null, billingIban: IBANS[i % IBANS.length],
        billingSource: 'CONTRACT_SIGNATURE', billingCode: 'ACCOUNT_FROM_SIGNATURE', billingParams: {}, billingRunId: null, createdAt: AT, version: 1 });
    }
    await inTransaction(ds, async (m) => {
      await bulkInsert(m, ClientEntity, clients as ClientEntity[]);
      await bulkInsert(m, ContractEntity, contracts as ContractEntity[]);
      await bulkInsert(m, InvoiceEntity, invoices as InvoiceEntity[]);
    });
  }
  await ds.getRepository(SepaSettingsEntity).update({ id: SEPA_SETTINGS_ID }, {
    creditorName: 'Antena Telecom S.L.', creditorId: 'ES77000B85626240', initiatingPartyId: 'B85626240000', iban: 'ES6621000418401234567891', bic: 'CAIXESBBXXX',
  });
  await ds.query('ANALYZE');
}

function returnsFile(ids: string[]): string {
  const rows = ids.map((e2e, i) => `<TxInfAndSts><OrgnlEndToEndId>${e2e}</OrgnlEndToEndId><TxSts>RJCT</TxSts><StsRsnInf><Rsn><Cd>${i % 2 ? 'AM04' : 'AC04'}</Cd></Rsn></StsRsnInf></TxInfAndSts>`);
  return `<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.03"><CstmrPmtStsRpt><GrpHdr><MsgId>B</MsgId><CreDtTm>2026-11-27T08:00:00</CreDtTm></GrpHdr>`
    + `<OrgnlPmtInfAndSts>${rows.join('')}</OrgnlPmtInfAndSts></CstmrPmtStsRpt></Document>`;
}

/** One phase in this process, on an already seeded database; prints its figures as JSON. */
async function phase(name: 'preview' | 'remittance' | 'stream' | 'import' | 'seed', url: string) {
  const ds = await openDatabase({ url });
  const sampler = url.startsWith('postgres') ? new pg.Client({ connectionString: PG_URL }) : null;
  try {
    if (name === 'seed') { await seed(ds); return; }
    if (sampler) {
      await sampler.connect();
      serverOf = () => new ServerCpu(sampler, new URL(url).pathname.slice(1));
    }
    const scope = { ds, actor: null, locale: 'es' as const, today: '2026-11-20', now: new Date('2026-11-20T10:00:00Z'), loaders: createLoaders(ds.manager), jobs: createJobEngine(ds, { inProcessWorker: false }) };
    const sepa = new SepaService(scope, { slice: SLICE });
    if (global.gc) global.gc();
    const rssBefore = process.memoryUsage().rss;
    if (name === 'preview') {
      // What remittancePreview counts before walking (its bound, docs/sepa.md "Previews as jobs"), and the walk the REMITTANCE_PREVIEW job does.
      const counted = await measured(() => countCandidates(ds.manager, {}));
      const walked = await measured(() => sepa.preview('2026-11-25', {}, 100, { job: { progress: async () => undefined } }));
      console.log(JSON.stringify({ candidates: counted.value, countSeconds: round(counted.seconds), previewSeconds: round(walked.seconds), previewCpuSeconds: round(walked.cpuSeconds), previewDebits: walked.value.count }));
    } else if (name === 'remittance') {
      const created = await measured(() => sepa.create('2026-11-25', {}));
      console.log(JSON.stringify({ rssBeforeMiB: mib(rssBefore), debits: created.value.count, createSeconds: round(created.seconds), createCpuSeconds: round(created.cpuSeconds), createServerCpuSeconds: roundOrNull(created.serverCpuSeconds),
        createPeakRssMiB: mib(created.peakRss), createHwmMiB: mibOrNull(created.highWaterRss), hwmPerPhase: created.highWaterReset }));
    } else if (name === 'stream') {
      const [remittance] = await sepa.list(1);
      let bytes = 0;
      const streamed = await measured(() => pipeline(Readable.from(sepa.xml(remittance!)), new Writable({ write(chunk, _e, cb) { bytes += chunk.length; cb(); } })));
      console.log(JSON.stringify({ streamRssBeforeMiB: mib(rssBefore), streamSeconds: round(streamed.seconds), streamCpuSeconds: round(streamed.cpuSeconds), streamServerCpuSeconds: roundOrNull(streamed.serverCpuSeconds),
        streamPeakRssMiB: mib(streamed.peakRss), streamHwmMiB: mibOrNull(streamed.highWaterRss), xmlMiB: round(bytes / MiB) }));
    } else {
      const ids = (await ds.query('SELECT "endToEndId" FROM sepa_debits')) as { endToEndId: string }[];
      const file = returnsFile(ids.map((r) => r.endToEndId));
      const imported = await measured(() => sepa.importReturns(file));
      const again = await measured(() => sepa.importReturns(file));
      console.log(JSON.stringify({ importRssBeforeMiB: mib(rssBefore), rows: ids.length, fileMiB: round(file.length / MiB), importSeconds: round(imported.seconds),
        importCpuSeconds: round(imported.cpuSeconds), importServerCpuSeconds: roundOrNull(imported.serverCpuSeconds), importPeakRssMiB: mib(imported.peakRss), importHwmMiB: mibOrNull(imported.highWaterRss), applied: imported.value.applied,
        reimportSeconds: round(again.seconds), reimportCpuSeconds: round(again.cpuSeconds), reimportApplied: again.value.applied }));
    }
  } finally {
    await ds.destroy();
    await sampler?.end();
  }
}

/** Seeds here, then runs each phase in a fresh process so its RSS is its own, not the seeding's. */
async function benchOn(kind: string, url: string) {
  const ds = await openDatabase({ url });
  const seeded = await measured(() => seed(ds));
  await ds.destroy();
  const run = (name: string) => JSON.parse(execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), 'phase', name, url], { encoding: 'utf8' }).trim().split('\n').pop()!);
  const preview = run('preview');
  const remittance = { ...run('remittance'), ...run('stream') };
  const imported = run('import');
  const result = { database: kind, invoices: N, slice: SLICE, seedSeconds: round(seeded.seconds), ...preview, ...remittance, ...imported, remittanceSeconds: round(remittance.createSeconds + remittance.streamSeconds) };
  console.log(JSON.stringify(result));
  const rss = Math.max(remittance.createPeakRssMiB, remittance.streamPeakRssMiB, remittance.createHwmMiB ?? 0, remittance.streamHwmMiB ?? 0);
  const ok = result.remittanceSeconds <= 5 && rss <= 256 && imported.importSeconds <= 5;
  const server = (s: number | null) => (s === null ? '' : `, server CPU ${s} s`);
  let load = 'unknown';
  try { load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '); } catch { /* not Linux */ }
  console.log(`${kind}: remittance (create + stream) ${result.remittanceSeconds} s, CPU ${round(remittance.createCpuSeconds + remittance.streamCpuSeconds)} s`
    + `${server(remittance.createServerCpuSeconds === null ? null : round(remittance.createServerCpuSeconds + remittance.streamServerCpuSeconds))} (target ≤ 5 s), `
    + `high-water RSS ${rss} MiB (≤ 256), import ${imported.importSeconds} s, CPU ${imported.importCpuSeconds} s${server(imported.importServerCpuSeconds)} (≤ 5) → ${ok ? 'OK' : 'OVER TARGET'}; load average ${load}`);
}

const mib = (n: number) => Math.round(n / MiB);
const mibOrNull = (n: number | null) => (n === null ? null : mib(n));
const round = (n: number) => Math.round(n * 100) / 100;
const roundOrNull = (n: number | null) => (n === null ? null : round(n));

async function main() {
  if (process.argv[2] === 'phase') return phase(process.argv[3] as 'preview' | 'remittance' | 'stream' | 'import' | 'seed', process.argv[4]!);
  const only = process.argv[2];
  if (!only || only === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'antena-sepa-bench-'));
    try { await benchOn('sqlite', join(dir, 'bench.sqlite')); } finally { rmSync(dir, { recursive: true, force: true }); }
  }
  if (!only || only === 'postgres') {
    const admin = new pg.Client({ connectionString: PG_URL });
    try { await admin.connect(); } catch { console.log('postgres: unreachable, skipped'); return; }
    const name = `antena_sepa_bench_${process.pid}`;
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const u = new URL(PG_URL); u.pathname = `/${name}`;
      await benchOn('postgres', u.toString());
    } finally {
      if (process.env['BENCH_KEEP']) console.log(`postgres: kept database ${name}`);
      else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }
}

await main();
