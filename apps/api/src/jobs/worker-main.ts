// A worker (docs/jobs.md): its own database connection; on PostgreSQL it takes `billing-run` and
// `background-job` jobs from pg-boss (same database; retried), on SQLite it picks QUEUED runs from billing_runs
// and then QUEUED background jobs from background_jobs. Every worker also fails runs and background jobs whose
// workers died (heartbeat older than lostAfterMs). Runs in the API's worker thread (jobs/job-thread.ts) and in
// `pnpm worker` processes (worker.ts).
import 'reflect-metadata';
import { PgBoss } from 'pg-boss';
import { hostname } from 'node:os';
import type { DataSource } from 'typeorm';
import { failLostRuns } from '../billing/run-record.js';
import { openDatabase } from '../db/data-source.js';
import { newId } from '../db/ids.js';
import { DEFAULT_SHARD_STALE_MS } from '../billing/billing-run.js';
import { BillingRunEntity, BillingRunShardEntity } from '../entities/index.js';
import { expireJobFiles, jobFileRetentionMs } from './job-files.js';
import { failLostBackgroundJobs, nextQueuedBackgroundJob, workOnBackgroundJob, type JobHandlers } from './background.js';
import { HANDLERS } from './handlers.js';
import { DEFAULT_LOST_AFTER_MS, JOB_QUEUE, RUN_QUEUE, workOn, type BackgroundJobMessage, type RunJob, type WorkTuning } from './work.js';

export interface WorkerConfig extends WorkTuning {
  /** postgres://… or an SQLite file. */
  url: string;
  /** SQLite: how often QUEUED runs are looked for (a wake-up from the API comes sooner). */
  pollMs?: number;
  log?: (line: string) => void;
  /** The background-job handlers this worker runs: jobs/handlers.ts's HANDLERS unless given. */
  handlers?: JobHandlers;
}

export interface RunningWorker { id: string; ds: DataSource; wake(): void; stop(): Promise<void> }

/** pg-boss's queue: a job that fails (or whose worker dies and whose lease expires) is tried again. */
export const QUEUE_OPTIONS = { retryLimit: 3, retryDelay: 2, expireInSeconds: 3600 };

export async function startWorker(config: WorkerConfig): Promise<RunningWorker> {
  const id = `${hostname()}:${process.pid}:${newId().slice(-8)}`;
  const ds = await openDatabase({ url: config.url });
  const log = config.log ?? (() => undefined);
  const lostAfterMs = config.lostAfterMs ?? DEFAULT_LOST_AFTER_MS;
  let stopped = false;
  const handlers = config.handlers ?? HANDLERS;
  const reaper = setInterval(() => {
    void failLostRuns(ds, lostAfterMs, new Date()).then((ids) => ids.forEach((r) => log(`run ${r}: no heartbeat for ${lostAfterMs} ms, FAILED (BILLING_RUN_WORKER_LOST)`)), () => undefined);
    void failLostBackgroundJobs(ds, lostAfterMs, new Date()).then((ids) => ids.forEach((j) => log(`job ${j}: no heartbeat for ${lostAfterMs} ms, FAILED (JOB_WORKER_LOST)`)), () => undefined);
  }, Math.min(5000, Math.max(200, lostAfterMs / 4)));
  reaper.unref();
  // Files of jobs ended longer ago than the retention go (docs/jobs.md "Files"): at start and every 10 minutes.
  const retentionMs = jobFileRetentionMs();
  const expire = () => void expireJobFiles(ds, new Date(Date.now() - retentionMs)).then((n) => { if (n > 0) log(`job files: ${n} expired chunks deleted`); }, () => undefined);
  expire();
  const expirer = setInterval(expire, 600_000);
  expirer.unref();

  if (ds.options.type === 'postgres') {
    const boss = new PgBoss({ connectionString: config.url, max: 4, schedule: false });
    boss.on('error', (e) => log(`pg-boss: ${e.message}`));
    await boss.start();
    await ensureQueue(boss);
    let workerId = '';
    workerId = await boss.work<RunJob>(RUN_QUEUE, { pollingIntervalSeconds: 0.5, batchSize: 1 }, async ([job]) => {
      if (!job) return;
      log(`job ${job.id} (run ${job.data.runId}, try ${job.retryCount + 1})`);
      try {
        await workOn(ds, job.data, id, config, job.retryCount < QUEUE_OPTIONS.retryLimit);
      } finally {
        // Fetch the next job at once rather than after the polling interval: a run's other jobs (one per worker
        // that may join it) and the runs queued behind it are taken without a pause; an empty fetch polls again.
        if (workerId) boss.notifyWorker(workerId);
      }
    });
    let jobWorkerId = '';
    jobWorkerId = await boss.work<BackgroundJobMessage>(JOB_QUEUE, { pollingIntervalSeconds: 0.5, batchSize: 1 }, async ([job]) => {
      if (!job) return;
      log(`job ${job.id} (background job ${job.data.jobId}, try ${job.retryCount + 1})`);
      try {
        await workOnBackgroundJob(ds, job.data.jobId, id, handlers, { willRetry: job.retryCount < QUEUE_OPTIONS.retryLimit, log });
      } finally {
        if (jobWorkerId) boss.notifyWorker(jobWorkerId);
      }
    });
    return {
      // The API queued a run or a job in this process: fetch now instead of at the next poll (other workers poll).
      id, ds, wake: () => { if (!stopped) { boss.notifyWorker(workerId); boss.notifyWorker(jobWorkerId); } },
      stop: async () => { stopped = true; clearInterval(reaper); clearInterval(expirer); await boss.stop({ graceful: true, timeout: 5000 }); await ds.destroy(); },
    };
  }

  // SQLite: the run row is the job. One run at a time per worker; a wake-up (the API queued one) skips the wait.
  let wakeUp: (() => void) | null = null;
  const loop = (async () => {
    while (!stopped) {
      const next = await ds.getRepository(BillingRunEntity).findOne({ select: { id: true, kind: true }, where: { status: 'QUEUED' }, order: { id: 'ASC' } })
        ?? await runToJoin(ds, new Date(Date.now() - (config.shardStaleMs ?? DEFAULT_SHARD_STALE_MS)));
      if (next) {
        try { await workOn(ds, { runId: next.id, kind: next.kind }, id, config, false); } catch (e) { log(`run ${next.id}: ${(e as Error).message}`); }
        continue;
      }
      // Then the oldest QUEUED background job; its claim is conditional, so another worker may have taken it first.
      const jobId = await nextQueuedBackgroundJob(ds);
      if (jobId) {
        try { await workOnBackgroundJob(ds, jobId, id, handlers, { log }); } catch { /* FAILED with JOB_INTERRUPTED, logged */ }
        continue;
      }
      await new Promise<void>((resolve) => { wakeUp = resolve; setTimeout(resolve, config.pollMs ?? 1000); });
      wakeUp = null;
    }
  })();
  return {
    id, ds, wake: () => wakeUp?.(),
    stop: async () => { stopped = true; clearInterval(reaper); clearInterval(expirer); wakeUp?.(); await loop; await ds.destroy(); },
  };
}

/** SQLite: a RUNNING billing run with a shard left to claim (PENDING, or CLAIMED by a worker gone quiet). */
async function runToJoin(ds: DataSource, stale: Date): Promise<Pick<BillingRunEntity, 'id' | 'kind'> | null> {
  const shard = await ds.getRepository(BillingRunShardEntity).createQueryBuilder('s').innerJoin(BillingRunEntity, 'r', 'r.id = s.runId')
    .select('s.runId', 'runId').where('r.status = :running', { running: 'RUNNING' })
    .andWhere('(s.status = :pending OR (s.status = :claimed AND s.heartbeatAt < :stale))', { pending: 'PENDING', claimed: 'CLAIMED', stale: stale.toISOString() })
    .limit(1).getRawOne<{ runId: string }>();
  return shard ? { id: shard.runId, kind: 'BILLING' } : null;
}

export async function ensureQueue(boss: PgBoss): Promise<void> {
  for (const name of [RUN_QUEUE, JOB_QUEUE]) {
    if (await boss.getQueue(name)) continue;
    try {
      await boss.createQueue(name, QUEUE_OPTIONS);
    } catch (error) {
      // Another process created it meanwhile.
      if (!(await boss.getQueue(name))) throw error;
    }
  }
}
