// Background jobs (docs/jobs.md "Background jobs"): long work other than billing runs, on the same engine. The
// request validates what is cheap and queues the job (`queueJob`: the background_jobs row and its engine job in
// one transaction) and answers at once; a worker claims it (QUEUED → RUNNING, only one can), runs its kind's
// handler (jobs/handlers.ts) and closes it COMPLETED with the handler's result or FAILED with why.
import type { DateOnly, Locale, Refusal } from '@antena/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { auditActor, type Actor } from '../auth/actor.js';
import { newId } from '../db/ids.js';
import { inTransaction } from '../db/transaction.js';
import { createLoaders } from '../loaders/loaders.js';
import type { Scope } from '../services/scope.js';
import type { JobEngine } from './engine.js';
import { BackgroundJobEntity, type BackgroundJobFailure, type BackgroundJobKind, type BackgroundJobStatus } from './background.entity.js';

export { BackgroundJobEntity, type BackgroundJobFailure, type BackgroundJobKind, type BackgroundJobStatus } from './background.entity.js';

export interface JobContext {
  /** The worker's own connection. */
  ds: DataSource;
  jobId: string;
  /** Who queued it: the handler's audit entries are theirs. */
  actor: Actor | null;
  /** The language of the request that queued it. */
  locale: Locale;
  now(): Date;
  /**
   * Progress and heartbeat; call it at least every few seconds (a RUNNING job silent for `lostAfterMs` is FAILED
   * with JOB_WORKER_LOST). Called inside the handler's own transaction it is written with it: on PostgreSQL it
   * always goes through a connection of its own and is seen at once; on SQLite (one connection, one writer) it
   * is seen when that transaction commits.
   */
  progress(done: number, total: number | null): Promise<void>;
}

/** Thrown by a handler for an expected refusal: the job ends FAILED with it (never retried). */
export class JobRefusal extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.code);
    this.name = 'JobRefusal';
  }
}

export interface JobHandler<P = Record<string, unknown>, R = Record<string, unknown>> {
  kind: BackgroundJobKind;
  run(ctx: JobContext, params: P): Promise<R>;
}

/** The handlers a worker runs, by kind (jobs/handlers.ts lists the product's). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each handler has its own params and result
export type JobHandlers = Partial<Record<BackgroundJobKind, JobHandler<any, any>>>;

/** What queueing needs of a request's scope. */
export type QueueScope = Pick<Scope, 'ds' | 'actor' | 'locale' | 'jobs'>;

/** Writes the job row (QUEUED) and its engine job in ONE transaction, wakes the in-process worker after commit. */
export async function queueJob(scope: QueueScope, kind: BackgroundJobKind, params: Record<string, unknown>, itemsTotal: number | null = null): Promise<BackgroundJobEntity> {
  const job = await inTransaction(scope.ds, (m) => queueJobIn(m, scope, kind, params, itemsTotal));
  scope.jobs.wake();
  return job;
}

/**
 * `queueJob` inside a transaction of the caller's: the row and the engine job commit or roll back with it. Call
 * `scope.jobs.wake()` after the commit.
 */
export async function queueJobIn(m: EntityManager, scope: QueueScope, kind: BackgroundJobKind, params: Record<string, unknown>, itemsTotal: number | null = null): Promise<BackgroundJobEntity> {
  const job: BackgroundJobEntity = {
    id: newId(), kind, status: 'QUEUED', params, result: null, failure: null, itemsDone: 0, itemsTotal, ...auditActor(scope.actor), locale: scope.locale,
    // The engine's instants are the machine's clock (heartbeats are compared with it), like billing runs'.
    createdAt: new Date().toISOString(), startedAt: null, finishedAt: null, heartbeatAt: null, workerId: null, attempts: 0,
  };
  await m.createQueryBuilder().insert().into(BackgroundJobEntity).values(job as QueryDeepPartialEntity<BackgroundJobEntity>).updateEntity(false).execute();
  await scope.jobs.enqueueJob(m, job.id);
  return job;
}

/**
 * A request-like scope for the services a handler calls: the worker's connection, the queueing actor (their audit
 * entries) and language, the job's clock, and `today` as the request saw it (what it validated dates against).
 * A handler does not queue other work through it: queueing is the request's (`jobs` refuses).
 */
export function jobScope(ctx: JobContext, today: DateOnly): Scope {
  const refuse = () => { throw new Error(`job ${ctx.jobId}: work is queued by requests, not from inside a job`); };
  const jobs: JobEngine = { enqueue: async () => refuse(), enqueueJob: async () => refuse(), wake: () => undefined, start: async () => undefined, stop: async () => undefined };
  return { ds: ctx.ds, actor: ctx.actor, locale: ctx.locale, today, now: ctx.now(), loaders: createLoaders(ctx.ds.manager), jobs };
}

/** The actor as the audit trail writes it (auditActor): the session or key it used is not kept. */
function actorOf(job: BackgroundJobEntity): Actor | null {
  if (job.actorType === 'USER' && job.actorId) return { kind: 'ADMIN', userId: job.actorId, email: job.actorName ?? '', sessionId: '' };
  if (job.actorType === 'PARTNER' && job.actorId) return { kind: 'PARTNER', partnerId: job.actorId, apiKeyId: '', name: job.actorName ?? '' };
  return null;
}

// The moves of a job's row are single conditional UPDATEs, each atomic on its own: no transaction is held
// across an await (on SQLite the write lock is taken and released within the statement).

/** QUEUED → RUNNING for this worker: a conditional UPDATE, so of two workers only one gets it. */
async function claim(ds: DataSource, jobId: string, workerId: string, now: Date): Promise<BackgroundJobEntity | null> {
  const at = now.toISOString();
  const moved = await ds.createQueryBuilder().update(BackgroundJobEntity)
    .set({ status: 'RUNNING', workerId, startedAt: at, heartbeatAt: at, finishedAt: null, attempts: () => '"attempts" + 1' })
    .where('id = :id AND status = :queued', { id: jobId, queued: 'QUEUED' }).updateEntity(false).execute();
  if (!moved.affected) return null;
  return ds.getRepository(BackgroundJobEntity).findOneBy({ id: jobId });
}

/** Ends the job this worker holds. COMPLETED also over a JOB_WORKER_LOST verdict: the work did finish, and only this worker held it. */
async function close(ds: DataSource, jobId: string, workerId: string, change: QueryDeepPartialEntity<BackgroundJobEntity>, from: BackgroundJobStatus[]): Promise<boolean> {
  const moved = await ds.createQueryBuilder().update(BackgroundJobEntity).set(change)
    .where('id = :id AND "workerId" = :worker AND status IN (:...from)', { id: jobId, worker: workerId, from }).updateEntity(false).execute();
  return !!moved.affected;
}

export interface WorkOptions {
  /** The engine runs this job again on an error (pg-boss retries): the job goes back to QUEUED instead of FAILED. */
  willRetry?: boolean;
  now?: () => Date;
  log?: (line: string) => void;
}

/**
 * What a worker does with one background job: claims it, runs its kind's handler from `handlers`, and closes it.
 * Returns the job's status afterwards, or null when it was not there to claim (another worker has it, or it
 * ended). A handler that throws anything but a JobRefusal: back to QUEUED and the error rethrown when
 * `willRetry`, otherwise FAILED with JOB_INTERRUPTED (and rethrown, for the engine's record).
 */
export async function workOnBackgroundJob(ds: DataSource, jobId: string, workerId: string, handlers: JobHandlers, options: WorkOptions = {}): Promise<BackgroundJobStatus | null> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => undefined);
  const job = await claim(ds, jobId, workerId, now());
  if (!job) return null;
  const failWith = async (failure: BackgroundJobFailure) => {
    await close(ds, jobId, workerId, { status: 'FAILED', failure: failure as never, finishedAt: now().toISOString() }, ['RUNNING']);
    return 'FAILED' as const;
  };
  const interrupted = (): BackgroundJobFailure => ({ code: 'JOB_INTERRUPTED', params: { attempts: job.attempts }, entityType: 'BackgroundJob', entityId: jobId });
  const handler = handlers[job.kind];
  if (!handler) {
    log(`job ${jobId}: no handler for ${job.kind} in this worker`);
    return failWith(interrupted());
  }
  const ctx: JobContext = {
    ds, jobId, actor: actorOf(job), locale: job.locale, now,
    // Not through inTransaction: called inside the handler's transaction it must not wait for it (db/transaction.ts).
    progress: async (done, total) => {
      await ds.createQueryBuilder().update(BackgroundJobEntity).set({ itemsDone: done, itemsTotal: total, heartbeatAt: now().toISOString() })
        .where('id = :id AND "workerId" = :worker AND status = :running', { id: jobId, worker: workerId, running: 'RUNNING' }).updateEntity(false).execute();
    },
  };
  try {
    const result = await handler.run(ctx, job.params);
    const at = now().toISOString();
    await close(ds, jobId, workerId, { status: 'COMPLETED', result: result as never, failure: null, finishedAt: at, heartbeatAt: at }, ['RUNNING', 'FAILED']);
    return 'COMPLETED';
  } catch (err) {
    if (err instanceof JobRefusal) {
      const r = err.refusal;
      return failWith({ code: r.code, params: r.params, field: r.field ?? null, entityType: r.entityType ?? null, entityId: r.entityId ?? null });
    }
    log(`job ${jobId} (${job.kind}, try ${job.attempts}): ${(err as Error)?.stack ?? String(err)}`);
    if (options.willRetry) {
      await close(ds, jobId, workerId, { status: 'QUEUED', workerId: null }, ['RUNNING']);
      throw err;
    }
    await failWith(interrupted());
    throw err;
  }
}

/** RUNNING jobs with no heartbeat for `lostAfterMs`: their worker died. FAILED with JOB_WORKER_LOST; returns their ids. */
export async function failLostBackgroundJobs(ds: DataSource, lostAfterMs: number, now: Date): Promise<string[]> {
  const before = new Date(now.getTime() - lostAfterMs).toISOString();
  const lost = await ds.getRepository(BackgroundJobEntity).createQueryBuilder('j').select('j.id', 'id')
    .where('j.status = :running AND j.heartbeatAt < :before', { running: 'RUNNING', before }).getRawMany<{ id: string }>();
  const failed: string[] = [];
  for (const { id } of lost) {
    const failure: BackgroundJobFailure = { code: 'JOB_WORKER_LOST', params: { seconds: Math.round(lostAfterMs / 1000) }, entityType: 'BackgroundJob', entityId: id };
    // Conditional: a heartbeat that came in since the read keeps the job alive.
    const moved = await ds.createQueryBuilder().update(BackgroundJobEntity)
      .set({ status: 'FAILED', failure: failure as never, finishedAt: now.toISOString() })
      .where('id = :id AND status = :running AND "heartbeatAt" < :before', { id, running: 'RUNNING', before }).updateEntity(false).execute();
    if (moved.affected) failed.push(id);
  }
  return failed;
}

/** SQLite: the oldest QUEUED job (the row is the queue there). */
export async function nextQueuedBackgroundJob(ds: DataSource): Promise<string | null> {
  const row = await ds.getRepository(BackgroundJobEntity).createQueryBuilder('j').select('j.id', 'id')
    .where('j.status = :queued', { queued: 'QUEUED' }).orderBy('j.createdAt', 'ASC').addOrderBy('j.id', 'ASC').limit(1).getRawOne<{ id: string }>();
  return row?.id ?? null;
}
