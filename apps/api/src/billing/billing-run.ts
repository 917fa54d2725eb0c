// A billing run (docs/product.md §3, docs/billing.md, docs/jobs.md): every contract's regular invoice for a period.
// The request only queues it (queueBillingRun: the run row QUEUED, and the job in the same transaction);
// workers (workOnBillingRun) plan it into contract ranges (shards), claim shards and bill each one in
// chunks. Each chunk is one transaction (take the run lock, read and compute, number the invoices, insert
// them and their lines, move the counter, record the progress), so a crash leaves only whole invoices and
// no gap; a re-run skips what exists and finishes; parallel runs never charge a day twice.
import { billingIssueDate, type BillingMode, type InvoiceLineDraft, type Period } from '@antena/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { inTransaction } from '../db/transaction.js';
import { newId } from '../db/ids.js';
import { BillingRunEntity, BillingRunShardEntity, ZeroTotalChargeEntity } from '../entities/index.js';
import { loadBillingSettings } from '../services/billing-settings.service.js';
import { appendAltas, type Recipients } from '../verifactu/record-writer.js';
import { loadContractChunk } from './contract-chunk.js';
import { loadTariffs, type TariffMap } from './timeline-facts.js';
import { contractOutcome } from './contract-outcome.js';
import { bulkInsert } from './bulk-insert.js';
import { buildRows, insertInvoices, insertLines, type InvoiceToWrite } from './invoice-rows.js';
import { advanceCounter, formatInvoiceNumber, lockCounter } from './numbering.js';
import { failRun, openRun, type Enqueue } from './run-record.js';
import { lockBillingRuns } from './run-lock.js';

/**
 * Contracts per chunk (and transaction). Measured on 100 000 contracts: SQLite is fastest at 1 000 (less
 * garbage promoted per chunk than at 2 000 or 4 000); PostgreSQL at 2 000 (half the round trips).
 */
export const defaultChunkSize = (ds: DataSource) => (ds.options.type === 'postgres' ? 2000 : 1000);
/** Chunks per shard: small enough for several workers to share a run, big enough to keep claims rare. */
export const CHUNKS_PER_SHARD = 5;
/** A claimed shard whose worker has not reported for this long is taken over by another (docs/jobs.md). */
export const DEFAULT_SHARD_STALE_MS = 30_000;

export interface BillingRunOptions {
  chunkSize?: number;
  /** Called after each committed chunk with this worker's progress so far; observes only (the process test's child prints it). */
  onChunk?: (progress: { contracts: number; invoices: number }) => void;
  /** Who works (logged on the shard it claims); default a fresh id. */
  workerId?: string;
  /** See DEFAULT_SHARD_STALE_MS. */
  shardStaleMs?: number;
  /** How often a worker with nothing to claim looks again while others finish their shards. */
  pollMs?: number;
}

/** Another worker took the shard over (this one was presumed dead): its chunk is rolled back, nothing is lost. */
export class ShardLost extends Error {
  constructor(readonly shardId: string) { super(`shard ${shardId} was taken over by another worker`); }
}

interface ChunkWrite { count: number; totalCents: number }
interface ZeroTotal { contractId: string; lines: InvoiceLineDraft[] }
interface RunPlan { mode: BillingMode; issueDate: string; year: number }

async function writeChunk(
  m: EntityManager, items: InvoiceToWrite[], recipients: Recipients, zeros: ZeroTotal[], ctx: { period: Period; year: number; runId: string; createdAt: string },
): Promise<ChunkWrite> {
  if (zeros.length > 0) await insertZeroTotals(m, zeros, ctx);
  if (items.length === 0) return { count: 0, totalCents: 0 };
  const next = await lockCounter(m, 'F', ctx.year);
  const { invoices, lines } = buildRows(items, 'F', ctx.year, next, ctx.runId, ctx.createdAt);
  await insertInvoices(m, invoices);
  await insertLines(m, lines);
  await advanceCounter(m, 'F', ctx.year, next + items.length);
  await appendAltas(m, invoices, recipients);
  return { count: items.length, totalCents: invoices.reduce((s, i) => s + i.totalCents, 0) };
}

/** The days of a zero-total invoice count as charged (docs/billing.md "Zero totals"), though no invoice is issued. */
function insertZeroTotals(m: EntityManager, zeros: ZeroTotal[], ctx: { period: Period; runId: string; createdAt: string }): Promise<void> {
  const rows: ZeroTotalChargeEntity[] = zeros.flatMap((z) => z.lines.map((l) => ({
    id: newId(), contractId: z.contractId, period: ctx.period, kind: l.kind as ZeroTotalChargeEntity['kind'], subscriptionId: l.subscriptionId,
    additionalAmountId: l.additionalAmountId, fromDate: l.from, toDate: l.to, billingRunId: ctx.runId, createdAt: ctx.createdAt,
  })));
  return bulkInsert(m, ZeroTotalChargeEntity, rows);
}

/** The request's part: the run row (QUEUED, with the mode and issue date it will use) and its job, in one transaction. */
export async function queueBillingRun(ds: DataSource, input: { period: Period; actor: Actor | null; now: Date; enqueue: Enqueue | null }): Promise<BillingRunEntity> {
  const settings = await loadBillingSettings(ds.manager);
  const issueDate = billingIssueDate(settings.mode, input.period);
  return openRun(ds, { kind: 'BILLING', period: input.period, actor: input.actor, now: input.now, details: { mode: settings.mode, issueDate }, enqueue: input.enqueue });
}

/** Billing a whole period in this process (the benchmark, the process tests): queue, work, and fail the run on an error. */
export async function runBilling(ds: DataSource, input: { period: Period; actor: Actor | null; now: () => Date; options?: BillingRunOptions }): Promise<BillingRunEntity> {
  const run = await queueBillingRun(ds, { period: input.period, actor: input.actor, now: input.now(), enqueue: null });
  try {
    const done = await workOnBillingRun(ds, run.id, { now: input.now, options: input.options });
    return done ?? (await ds.getRepository(BillingRunEntity).findOneByOrFail({ id: run.id }));
  } catch (err) {
    await failRun(ds, run.id, 'BILLING_RUN_INTERRUPTED', input.now());
    throw err;
  }
}

const planOf = (run: BillingRunEntity): RunPlan => {
  const d = run.details as { mode: BillingMode; issueDate: string };
  return { mode: d.mode, issueDate: d.issueDate, year: Number(d.issueDate.slice(0, 4)) };
};

/**
 * A worker's part (docs/jobs.md): the first worker plans the shards; every worker claims shards until none
 * is left, then waits for the others' (taking over any whose worker stopped reporting), and the last one
 * closes the run. Returns the closed run, or null when the run was no longer this worker's to finish.
 * On an error the claimed shard is released (PENDING) and the error thrown: the caller retries or fails the run.
 */
export async function workOnBillingRun(ds: DataSource, runId: string, input: { now: () => Date; options?: BillingRunOptions }): Promise<BillingRunEntity | null> {
  const options = input.options ?? {};
  const chunkSize = options.chunkSize ?? defaultChunkSize(ds);
  const workerId = options.workerId ?? newId();
  const staleMs = options.shardStaleMs ?? DEFAULT_SHARD_STALE_MS;
  const now = input.now;
  await planShards(ds, runId, chunkSize * CHUNKS_PER_SHARD, now());
  const run = await ds.getRepository(BillingRunEntity).findOneByOrFail({ id: runId });
  const plan = planOf(run);
  const tariffs = await loadTariffs(ds.manager);
  let contracts = 0;
  let invoices = 0;
  for (;;) {
    const claimed = await claimShard(ds, runId, workerId, now(), staleMs);
    if (claimed === 'GONE') return null;
    if (claimed === 'NONE') {
      const closed = await closeIfDone(ds, runId, now());
      if (closed !== 'WAIT') return closed;
      await sleep(options.pollMs ?? 250);
      continue;
    }
    try {
      await billShard(ds, run, plan, claimed, { tariffs, chunkSize, now, workerId, options, progress: (c, i) => { contracts += c; invoices += i; options.onChunk?.({ contracts, invoices }); } });
    } catch (err) {
      // Taken over while this worker was slow: its last chunk rolled back, the other worker carries on; claim another.
      if (err instanceof ShardLost) continue;
      await releaseShard(ds, claimed.id, workerId);
      throw err;
    }
  }
}

/** Only the worker that moves the run from QUEUED to RUNNING plans it: contract ranges of `size` ids, in id order. */
async function planShards(ds: DataSource, runId: string, size: number, now: Date): Promise<void> {
  await inTransaction(ds, async (m) => {
    const moved = await m.createQueryBuilder().update(BillingRunEntity).set({ status: 'RUNNING', heartbeatAt: now.toISOString() })
      .where('id = :id AND status = :queued', { id: runId, queued: 'QUEUED' }).updateEntity(false).execute();
    if (!moved.affected) return;
    const [{ n }] = await m.query('SELECT COUNT(*) AS n FROM contracts');
    const total = Number(n);
    // Every size-th contract id ends a shard; the last shard is open-ended (contracts created meanwhile).
    const ends: { id: string }[] = total > size
      ? await m.query(dialect(m, `SELECT id FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS rn FROM contracts) x WHERE rn % ? = 0 ORDER BY id`), [size])
      : [];
    const bounds = ends.map((e) => e.id).filter((_, i) => (i + 1) * size < total);
    const shards: BillingRunShardEntity[] = [...bounds, null].map((lastId, seq) => ({
      id: newId(), runId, seq, afterId: seq === 0 ? null : bounds[seq - 1]!, lastId, cursor: null, status: 'PENDING', workerId: null, heartbeatAt: null, contracts: 0, skipped: {},
    }));
    await bulkInsert(m, BillingRunShardEntity, shards);
    await m.update(BillingRunEntity, { id: runId }, { itemsTotal: total });
  });
}

const dialect = (m: EntityManager, sql: string) => {
  if (m.connection.options.type !== 'postgres') return sql;
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
};

/** A PENDING shard, or a CLAIMED one whose worker went quiet (docs/jobs.md "Lost workers"). */
async function claimShard(ds: DataSource, runId: string, workerId: string, now: Date, staleMs: number): Promise<BillingRunShardEntity | 'NONE' | 'GONE'> {
  return inTransaction(ds, async (m) => {
    // SQLite: the write lock first, so two processes never claim the same shard (PostgreSQL: SKIP LOCKED below).
    if (m.connection.options.type !== 'postgres') await lockBillingRuns(m);
    const run = await m.findOneBy(BillingRunEntity, { id: runId });
    if (!run || run.status !== 'RUNNING') return 'GONE';
    const stale = new Date(now.getTime() - staleMs).toISOString();
    const qb = m.getRepository(BillingRunShardEntity).createQueryBuilder('s')
      .where('s.runId = :runId', { runId })
      .andWhere('(s.status = :pending OR (s.status = :claimed AND s.heartbeatAt < :stale))', { pending: 'PENDING', claimed: 'CLAIMED', stale })
      .orderBy('s.seq').limit(1);
    // PostgreSQL: two workers claiming at once each get a different shard (SQLite has one writer at a time).
    if (m.connection.options.type === 'postgres') qb.setLock('pessimistic_write').setOnLocked('skip_locked');
    const shard = await qb.getOne();
    if (!shard) return 'NONE';
    const at = now.toISOString();
    await m.update(BillingRunShardEntity, { id: shard.id }, { status: 'CLAIMED', workerId, heartbeatAt: at });
    return { ...shard, status: 'CLAIMED', workerId, heartbeatAt: at };
  });
}

function releaseShard(ds: DataSource, shardId: string, workerId: string): Promise<unknown> {
  return inTransaction(ds, (m) => m.update(BillingRunShardEntity, { id: shardId, workerId }, { status: 'PENDING', workerId: null }));
}

async function billShard(
  ds: DataSource, run: BillingRunEntity, plan: RunPlan, shard: BillingRunShardEntity,
  ctx: { tariffs: TariffMap; chunkSize: number; now: () => Date; workerId: string; options: BillingRunOptions; progress: (contracts: number, invoices: number) => void },
): Promise<void> {
  const period = run.period as Period;
  let cursor = shard.cursor ?? shard.afterId;
  const skipped: Record<string, number> = { ...shard.skipped };
  for (;;) {
    const r = await inTransaction(ds, async (m) => {
      // Each chunk is read, computed and written in one transaction holding the run lock (run-lock.ts): what
      // another run charged meanwhile is seen before anything is computed, so no day is charged twice.
      await lockBillingRuns(m);
      const at = ctx.now().toISOString();
      const rows = await loadContractChunk(m, { after: cursor, upTo: shard.lastId, limit: ctx.chunkSize, period, tariffs: ctx.tariffs });
      if (rows.length === 0) {
        const done = await m.createQueryBuilder().update(BillingRunShardEntity).set({ status: 'DONE', heartbeatAt: at })
          .where('id = :id AND "workerId" = :w', { id: shard.id, w: ctx.workerId }).updateEntity(false).execute();
        if (!done.affected) throw new ShardLost(shard.id);
        return null;
      }
      const items: InvoiceToWrite[] = [];
      const zeros: ZeroTotal[] = [];
      const codes: Record<string, number> = {};
      const recipients = new Map<string, { name: string; taxId: string }>();
      for (const c of rows) {
        const outcome = contractOutcome(c, plan.mode, period);
        if (outcome.kind === 'INVOICE') {
          recipients.set(c.clientId, c.recipient);
          items.push({ kind: 'INVOICE', contractId: c.contractId, clientId: c.clientId, period, draft: outcome.draft, account: c.account, rectifiesId: null });
        } else {
          codes[outcome.code] = (codes[outcome.code] ?? 0) + 1;
          if (outcome.zeroLines) zeros.push({ contractId: c.contractId, lines: outcome.zeroLines });
        }
      }
      const w = await writeChunk(m, items, recipients, zeros, { period, year: plan.year, runId: run.id, createdAt: at });
      const merged = { ...skipped };
      for (const [code, n] of Object.entries(codes)) merged[code] = (merged[code] ?? 0) + n;
      const last = rows[rows.length - 1]!.contractId;
      // The shard's progress moves with its invoices, and only while this worker still holds it.
      const moved = await m.createQueryBuilder().update(BillingRunShardEntity)
        .set({ cursor: last, heartbeatAt: at, contracts: () => `"contracts" + ${rows.length}`, skipped: merged })
        .where('id = :id AND "workerId" = :w', { id: shard.id, w: ctx.workerId }).updateEntity(false).execute();
      if (!moved.affected) throw new ShardLost(shard.id);
      await m.createQueryBuilder().update(BillingRunEntity).set({
        itemsDone: () => `"itemsDone" + ${rows.length}`, invoiceCount: () => `"invoiceCount" + ${w.count}`, totalCents: () => `"totalCents" + ${w.totalCents}`, heartbeatAt: at,
      }).where('id = :id', { id: run.id }).updateEntity(false).execute();
      return { size: rows.length, last, merged, w };
    });
    if (!r) return;
    cursor = r.last;
    Object.assign(skipped, r.merged);
    ctx.progress(r.size, r.w.count);
  }
}

/** Closes the run once every shard is DONE (only one worker wins the close); 'WAIT' while shards are still worked on. */
async function closeIfDone(ds: DataSource, runId: string, now: Date): Promise<BillingRunEntity | null | 'WAIT'> {
  return inTransaction(ds, async (m) => {
    await lockBillingRuns(m);
    const run = await m.findOneBy(BillingRunEntity, { id: runId });
    if (!run || run.status !== 'RUNNING') return null;
    const shards = await m.findBy(BillingRunShardEntity, { runId });
    if (shards.some((s) => s.status !== 'DONE')) return 'WAIT';
    const summary = await summarize(m, run);
    const closed: BillingRunEntity = { ...run, ...summary, status: 'COMPLETED', finishedAt: now.toISOString(), heartbeatAt: now.toISOString() };
    await m.update(BillingRunEntity, { id: runId }, {
      status: closed.status, finishedAt: closed.finishedAt, heartbeatAt: closed.heartbeatAt, skippedCount: closed.skippedCount, details: closed.details as never,
    });
    return closed;
  });
}

/** What a billing run has produced so far, from its shards and its invoices (the same for a completed and a failed run). */
export async function summarize(m: EntityManager, run: BillingRunEntity): Promise<Pick<BillingRunEntity, 'skippedCount' | 'details'>> {
  const plan = planOf(run);
  const shards = await m.findBy(BillingRunShardEntity, { runId: run.id });
  const skipped: Record<string, number> = {};
  let contracts = 0;
  for (const s of shards) {
    contracts += s.contracts;
    for (const [code, n] of Object.entries(s.skipped)) skipped[code] = (skipped[code] ?? 0) + n;
  }
  const alreadyInvoiced = skipped['ALREADY_INVOICED'] ?? 0;
  delete skipped['ALREADY_INVOICED'];
  const [range] = await m.query(dialect(m, 'SELECT MIN(sequence) AS lo, MAX(sequence) AS hi FROM invoices WHERE "billingRunId" = ?'), [run.id]);
  const number = (n: unknown) => (n === null || n === undefined ? null : formatInvoiceNumber('F', plan.year, Number(n)));
  return {
    skippedCount: Object.values(skipped).reduce((a, b) => a + b, 0) + alreadyInvoiced,
    details: { ...run.details, mode: plan.mode, issueDate: plan.issueDate, contracts, alreadyInvoiced, skipped, firstNumber: number(range?.lo), lastNumber: number(range?.hi) },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
