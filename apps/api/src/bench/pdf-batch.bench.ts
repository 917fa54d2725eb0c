// PDF batch benchmark (docs/jobs.md "PDF batches"): N contracts seeded (bench-data.ts) and billed for 2026-11,
// then the batch of that period made as its job makes it (runPdfBatch: PDFs rendered, zipped and written to
// job_files in 1 MiB chunks) and the file streamed back from job_files. Prints wall and CPU seconds, PDFs per
// second, the ZIP's size and the peak RSS of each phase. `node dist/bench/pdf-batch.bench.js [sqlite|postgres]`;
// BENCH_CONTRACTS=3000 (about 2 000 invoices: some contracts are unsigned or have nothing to bill).
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { runBilling } from '../billing/billing-run.js';
import { readInvoiceFilter } from '../billing/invoice-filter.js';
import { runPdfBatch } from '../billing/pdf/pdf-batch.js';
import { openDatabase } from '../db/data-source.js';
import { newId } from '../db/ids.js';
import { BILLING_SETTINGS_ID, BillingSettingsEntity, InvoiceEntity } from '../entities/index.js';
import { BackgroundJobEntity } from '../jobs/background.entity.js';
import { readJobFile } from '../jobs/job-files.js';
import { seedBenchData } from './bench-data.js';

const CONTRACTS = Number(process.env['BENCH_CONTRACTS'] ?? 3000);
const PG_URL = process.env['BENCH_DATABASE_URL'] ?? process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const MiB = 1024 * 1024;

async function measured<T>(work: () => Promise<T>) {
  let peakRss = process.memoryUsage().rss;
  const startRss = peakRss;
  const timer = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 20);
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  try {
    const value = await work();
    const cpu = process.cpuUsage(cpu0);
    return { value, seconds: Number(process.hrtime.bigint() - t0) / 1e9, cpuSeconds: (cpu.user + cpu.system) / 1e6, startRss, peakRss: Math.max(peakRss, process.memoryUsage().rss) };
  } finally {
    clearInterval(timer);
  }
}

async function benchOn(kind: 'sqlite' | 'postgres', url: string) {
  const ds = await openDatabase({ url });
  try {
    await seedBenchData(ds, CONTRACTS);
    await ds.getRepository(BillingSettingsEntity).update({ id: BILLING_SETTINGS_ID }, { mode: 'ARREARS' });
    await runBilling(ds, { period: '2026-11', actor: null, now: () => new Date() });
    const filter = readInvoiceFilter('es', { periodFrom: '2026-11', periodTo: '2026-11' });
    const upTo = await ds.getRepository(InvoiceEntity).createQueryBuilder('i').select('MAX(i.id)', 'id').getRawOne<{ id: string }>();
    const at = new Date().toISOString();
    const jobId = newId();
    await ds.getRepository(BackgroundJobEntity).insert({
      id: jobId, kind: 'INVOICE_PDF_BATCH', status: 'RUNNING', params: {}, result: null, failure: null, itemsDone: 0, itemsTotal: null, actorType: 'SYSTEM', actorId: null,
      actorName: 'bench', locale: 'es', createdAt: at, startedAt: at, finishedAt: null, heartbeatAt: at, workerId: 'bench', attempts: 1,
    } as QueryDeepPartialEntity<BackgroundJobEntity>);
    let progressCalls = 0;
    const ctx = { ds, jobId, now: () => new Date(), progress: async () => { progressCalls++; } };
    const batch = await measured(() => runPdfBatch(ctx, { filter, partnerId: null, upToId: upTo!.id, fileName: 'facturas-2026-11.zip' }));
    const read = await measured(async () => { let bytes = 0; for await (const c of readJobFile(ds, jobId)) bytes += c.length; return bytes; });
    const { count, file } = batch.value;
    if (read.value !== file.bytes) throw new Error(`read ${read.value} bytes of ${file.bytes}`);
    console.log(JSON.stringify({
      database: kind, contracts: CONTRACTS, pdfs: count, progressCalls, zipMiB: +(file.bytes / MiB).toFixed(1), chunks: file.chunks,
      batchSeconds: +batch.seconds.toFixed(2), batchCpuSeconds: +batch.cpuSeconds.toFixed(2), pdfsPerSecond: Math.round(count / batch.seconds),
      batchRssMiB: { start: Math.round(batch.startRss / MiB), peak: Math.round(batch.peakRss / MiB) },
      streamSeconds: +read.seconds.toFixed(2), streamRssPeakMiB: Math.round(read.peakRss / MiB), load: loadavg().map((l) => l.toFixed(1)).join(' '),
    }));
  } finally {
    await ds.destroy();
  }
}

async function main() {
  const only = process.argv[2];
  if (!only || only === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'antena-pdf-bench-'));
    try { await benchOn('sqlite', join(dir, 'bench.sqlite')); } finally { rmSync(dir, { recursive: true, force: true }); }
  }
  if (!only || only === 'postgres') {
    const admin = new pg.Client({ connectionString: PG_URL });
    try { await admin.connect(); } catch { console.log('postgres: unreachable, skipped'); return; }
    const name = `antena_pdf_bench_${process.pid}`;
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const u = new URL(PG_URL); u.pathname = `/${name}`;
      await benchOn('postgres', u.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }
}

await main();
