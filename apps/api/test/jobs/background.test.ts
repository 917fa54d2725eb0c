// The background-job engine (docs/jobs.md "Background jobs") on a real database, with handlers of the test's own
// passed to the engine's functions and to real workers (jobs/worker-main.ts): a job runs to COMPLETED with its
// result and progress; a JobRefusal ends FAILED with its explanation, never retried; a throwing handler ends FAILED
// with JOB_INTERRUPTED (after pg-boss's retries on PostgreSQL); a RUNNING job whose heartbeat stopped is FAILED with
// JOB_WORKER_LOST by a worker's reaper, while one that reports stays alive; two workers never run the same job; the
// job row and its engine job commit or roll back together. The real kinds are tested in their rooms (test/sepa).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../src/auth/actor.js';
import { openDatabase } from '../../src/db/data-source.js';
import { inTransaction } from '../../src/db/transaction.js';
import { UserEntity } from '../../src/entities/index.js';
import {
  BackgroundJobEntity, failLostBackgroundJobs, JobRefusal, queueJob, queueJobIn, workOnBackgroundJob, type JobHandler, type JobHandlers, type QueueScope,
} from '../../src/jobs/background.js';
import { createJobEngine, type JobEngine } from '../../src/jobs/engine.js';
import { QUEUE_OPTIONS, startWorker, type RunningWorker } from '../../src/jobs/worker-main.js';
import { JOB_QUEUE } from '../../src/jobs/work.js';
import { usePostgres } from '../databases.js';
import { ADMIN, JOB_FIELDS, startServer, TEST_JOBS, untilJobEnds, type TestServer } from '../harness.js';

let t: TestServer;
let engine: JobEngine;
let scope: QueueScope;
let admin: Actor;
const workers: RunningWorker[] = [];

beforeAll(async () => {
  // No worker in the API: each test starts the workers it needs, with its own handlers.
  t = await startServer({ app: { jobs: { ...TEST_JOBS, inProcessWorker: false } } });
  engine = createJobEngine(t.ds, { inProcessWorker: false });
  const user = await t.ds.getRepository(UserEntity).findOneByOrFail({ email: ADMIN.email });
  admin = { kind: 'ADMIN', userId: user.id, email: user.email, sessionId: 'test' };
  scope = { ds: t.ds, actor: admin, locale: 'en', jobs: engine };
}, 60_000);
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  await engine?.stop();
  await t?.close();
});

async function worker(handlers: JobHandlers, extra: { lostAfterMs?: number } = {}): Promise<RunningWorker> {
  const w = await startWorker({ url: t.db.url, pollMs: 50, handlers, ...extra });
  workers.push(w);
  return w;
}
async function stop(w: RunningWorker): Promise<void> {
  workers.splice(workers.indexOf(w), 1);
  await w.stop();
}
const row = (id: string) => t.ds.getRepository(BackgroundJobEntity).findOneByOrFail({ id });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}
/** The pg-boss jobs of a background job (PostgreSQL); SQLite has none (the row is the queue). */
async function engineJobs(jobId: string): Promise<number> {
  const [r] = await t.ds.query(`SELECT COUNT(*)::int AS n FROM pgboss.job WHERE name = $1 AND data->>'jobId' = $2`, [JOB_QUEUE, jobId]);
  return Number(r.n);
}

describe('a handler that finishes', () => {
  it('runs to COMPLETED with its result, its progress, the actor who queued it and their language', async () => {
    const seen: { status: string; itemsDone: number; itemsTotal: number | null }[] = [];
    const sum: JobHandler<{ values: number[] }, { sum: number; actor: string | null; locale: string }> = {
      kind: 'REMITTANCE',
      async run(ctx, params) {
        let total = 0;
        for (let i = 0; i < params.values.length; i++) {
          total += params.values[i]!;
          await ctx.progress(i + 1, params.values.length);
          const r = await row(ctx.jobId);
          seen.push({ status: r.status, itemsDone: r.itemsDone, itemsTotal: r.itemsTotal });
        }
        return { sum: total, actor: ctx.actor?.kind === 'ADMIN' ? ctx.actor.email : null, locale: ctx.locale };
      },
    };
    const queued = await queueJob(scope, 'REMITTANCE', { values: [2, 3, 5] });
    expect(queued).toMatchObject({ status: 'QUEUED', itemsDone: 0, attempts: 0, actorType: 'USER', actorName: ADMIN.email, locale: 'en' });
    const w = await worker({ REMITTANCE: sum });
    const done = await untilJobEnds(t, queued.id);
    await stop(w);
    expect(done).toMatchObject({ status: 'COMPLETED', kind: 'REMITTANCE', itemsDone: 3, itemsTotal: 3, failure: null });
    expect(done.startedAt >= done.createdAt && done.finishedAt >= done.startedAt).toBe(true);
    expect(seen).toEqual([1, 2, 3].map((n) => ({ status: 'RUNNING', itemsDone: n, itemsTotal: 3 })));
    const r = await row(queued.id);
    expect(r).toMatchObject({ result: { sum: 10, actor: ADMIN.email, locale: 'en' }, workerId: w.id, attempts: 1 });
    // Listed, latest first, by kind.
    const list = (await t.ok(`query($k: BackgroundJobKind) { backgroundJobs(kind: $k, first: 5) { id status } }`, { k: 'REMITTANCE' })).backgroundJobs;
    expect(list[0]).toEqual({ id: queued.id, status: 'COMPLETED' });
    expect((await t.ok(`{ backgroundJobs(kind: BILLING_PREVIEW) { id } }`)).backgroundJobs).toEqual([]);
  });
});

describe('a handler that refuses', () => {
  it('ends FAILED with the refusal explained in the request\'s language, naming the field, never retried', async () => {
    let tries = 0;
    const refuses: JobHandler = {
      kind: 'REMITTANCE',
      async run() {
        tries++;
        throw new JobRefusal({ code: 'SEPA_REMITTANCE_EMPTY', field: 'collectionDate', params: { date: '2026-12-01' } });
      },
    };
    const queued = await queueJob(scope, 'REMITTANCE', {});
    const w = await worker({ REMITTANCE: refuses });
    const es = await untilJobEnds(t, queued.id);
    expect(es).toMatchObject({ status: 'FAILED', failure: { code: 'SEPA_REMITTANCE_EMPTY', field: 'collectionDate' } });
    expect(es.failure.message).toBe('Ninguna factura puede entrar en la remesa del 01/12/2026.');
    expect(es.failure.remedy).toContain('vista previa');
    const en = await untilJobEnds(t, queued.id, JOB_FIELDS, { locale: 'en' });
    expect(en.failure.message).toBe('No invoice can enter the remittance of 01/12/2026.');
    // Not retried: on PostgreSQL pg-boss got a completed job, so no second try comes.
    await sleep(usePostgres ? QUEUE_OPTIONS.retryDelay * 1000 + 1000 : 300);
    await stop(w);
    expect(tries).toBe(1);
    expect(await row(queued.id)).toMatchObject({ status: 'FAILED', attempts: 1 });
  }, 30_000);
});

describe('a handler that throws', () => {
  it(`ends FAILED with JOB_INTERRUPTED ${usePostgres ? `after pg-boss's ${QUEUE_OPTIONS.retryLimit} retries` : 'at once (SQLite has no retries)'}`, async () => {
    let tries = 0;
    const throws: JobHandler = { kind: 'REMITTANCE', async run(ctx) { tries++; await ctx.progress(1, 2); throw new Error('disk on fire'); } };
    const queued = await queueJob(scope, 'REMITTANCE', {});
    const w = await worker({ REMITTANCE: throws });
    const failed = await untilJobEnds(t, queued.id, JOB_FIELDS, {}, 60_000);
    await stop(w);
    const attempts = usePostgres ? QUEUE_OPTIONS.retryLimit + 1 : 1;
    expect(tries).toBe(attempts);
    expect(failed).toMatchObject({ status: 'FAILED', failure: { code: 'JOB_INTERRUPTED', entityType: 'BackgroundJob', entityId: queued.id } });
    expect(failed.failure.message).toBe(usePostgres
      ? `La tarea se interrumpió por un error en cada uno de sus ${attempts} intentos.`
      : 'La tarea se interrumpió por un error en su único intento.');
    expect(failed.failure.remedy).toMatch(/^Vuelve a lanzarla/);
    // The error itself stays in the worker's log, not in the answer.
    expect(JSON.stringify(failed)).not.toContain('disk on fire');
    expect(await row(queued.id)).toMatchObject({ attempts, result: null });
  }, 90_000);

  it('with a retry to come, the job goes back to QUEUED for the next try (the engine function, as pg-boss calls it)', async () => {
    let tries = 0;
    const flaky: JobHandlers = { REMITTANCE: { kind: 'REMITTANCE', async run() { if (++tries === 1) throw new Error('flaky'); return { ok: true }; } } };
    const queued = await queueJob(scope, 'REMITTANCE', {});
    await expect(workOnBackgroundJob(t.ds, queued.id, 'w1', flaky, { willRetry: true })).rejects.toThrow('flaky');
    expect(await row(queued.id)).toMatchObject({ status: 'QUEUED', workerId: null, attempts: 1 });
    expect(await workOnBackgroundJob(t.ds, queued.id, 'w2', flaky, { willRetry: false })).toBe('COMPLETED');
    expect(await row(queued.id)).toMatchObject({ status: 'COMPLETED', workerId: 'w2', attempts: 2, result: { ok: true } });
    // Ended: nothing left to claim.
    expect(await workOnBackgroundJob(t.ds, queued.id, 'w3', flaky)).toBeNull();
  });
});

describe('lost workers', () => {
  it('a RUNNING job whose heartbeat stopped is FAILED with JOB_WORKER_LOST by a worker\'s reaper; one that reports stays alive', async () => {
    // A job a dead worker held: RUNNING, its last heartbeat a minute ago.
    const dead = await queueJob(scope, 'REMITTANCE', {});
    const minuteAgo = new Date(Date.now() - 60_000).toISOString();
    await t.ds.getRepository(BackgroundJobEntity).update({ id: dead.id }, { status: 'RUNNING', workerId: 'gone', startedAt: minuteAgo, heartbeatAt: minuteAgo, attempts: 1 });
    // A live job that takes longer than the threshold but reports every 100 ms.
    const slow: JobHandler = { kind: 'REMITTANCE', async run(ctx) { for (let i = 1; i <= 20; i++) { await sleep(100); await ctx.progress(i, 20); } return { slept: true }; } };
    const alive = await queueJob(scope, 'REMITTANCE', {});
    const w = await worker({ REMITTANCE: slow }, { lostAfterMs: 1000 });
    const lost = await untilJobEnds(t, dead.id);
    expect(lost).toMatchObject({ status: 'FAILED', itemsDone: 0, failure: { code: 'JOB_WORKER_LOST', entityType: 'BackgroundJob', entityId: dead.id } });
    expect(lost.failure.message).toBe('El proceso que hacía la tarea dejó de dar señales de vida durante 1 segundo.');
    expect(lost.failure.remedy).toContain('pnpm worker');
    const done = await untilJobEnds(t, alive.id);
    await stop(w);
    expect(done).toMatchObject({ status: 'COMPLETED', itemsDone: 20, failure: null });
  }, 30_000);

  it('the reaper leaves QUEUED jobs and fresh heartbeats alone; a worker presumed lost that finishes still completes its job', async () => {
    const queued = await queueJob(scope, 'REMITTANCE', {});
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const waits: JobHandlers = { REMITTANCE: { kind: 'REMITTANCE', async run(ctx) { await ctx.progress(0, 1); await gate; return { late: true }; } } };
    const running = workOnBackgroundJob(t.ds, queued.id, 'slow-worker', waits);
    await until(async () => (await row(queued.id)).status === 'RUNNING', 'the claim');
    const other = await queueJob(scope, 'REMITTANCE', {});
    expect(await failLostBackgroundJobs(t.ds, 60_000, new Date())).toEqual([]);
    // Ten minutes later by the reaper's clock: the RUNNING one is lost, the QUEUED one waits for a worker.
    expect(await failLostBackgroundJobs(t.ds, 60_000, new Date(Date.now() + 600_000))).toEqual([queued.id]);
    expect(await row(other.id)).toMatchObject({ status: 'QUEUED' });
    release();
    expect(await running).toBe('COMPLETED');
    expect(await row(queued.id)).toMatchObject({ status: 'COMPLETED', failure: null, result: { late: true } });
    await t.ds.getRepository(BackgroundJobEntity).delete({ id: other.id });
  });
});

describe('two workers', () => {
  it('never run the same job: racing for one, one claims it and the other gets nothing', async () => {
    // Two connections, as two processes have (on SQLite the claim takes the write lock; on PostgreSQL the row lock).
    const other: DataSource = await openDatabase({ url: t.db.url });
    try {
      for (let round = 0; round < 10; round++) {
        const ran: string[] = [];
        const once: JobHandlers = { REMITTANCE: { kind: 'REMITTANCE', async run(ctx) { ran.push(ctx.jobId); await sleep(5); return {}; } } };
        const queued = await queueJob(scope, 'REMITTANCE', {});
        const outcomes = await Promise.all([workOnBackgroundJob(t.ds, queued.id, 'a', once), workOnBackgroundJob(other, queued.id, 'b', once)]);
        expect(outcomes.filter((o) => o === 'COMPLETED')).toHaveLength(1);
        expect(outcomes.filter((o) => o === null)).toHaveLength(1);
        expect(ran).toEqual([queued.id]);
      }
    } finally {
      await other.destroy();
    }
  }, 30_000);

  it('two real workers share a queue of jobs: each job runs exactly once, both take part', async () => {
    const runs = new Map<string, string[]>();
    const record = (name: string): JobHandlers => ({
      REMITTANCE: { kind: 'REMITTANCE', async run(ctx) { runs.set(ctx.jobId, [...(runs.get(ctx.jobId) ?? []), name]); await sleep(30); return { by: name }; } },
    });
    const [a, b] = await Promise.all([worker(record('a')), worker(record('b'))]);
    const jobs = [];
    for (let i = 0; i < 24; i++) jobs.push(await queueJob(scope, 'REMITTANCE', { i }));
    for (const j of jobs) expect((await untilJobEnds(t, j.id)).status).toBe('COMPLETED');
    await Promise.all([stop(a), stop(b)]);
    expect(jobs.map((j) => runs.get(j.id)?.length)).toEqual(jobs.map(() => 1));
    const by = new Set([...runs.values()].flat());
    expect(by).toEqual(new Set(['a', 'b']));
    for (const j of jobs) expect((await row(j.id)).result).toEqual({ by: runs.get(j.id)![0] });
  }, 60_000);
});

describe('queueing', () => {
  it('the job row and its engine job commit together, or roll back together', async () => {
    let kept = '';
    await inTransaction(t.ds, async (m) => { kept = (await queueJobIn(m, scope, 'REMITTANCE', { keep: true })).id; });
    let dropped = '';
    await expect(inTransaction(t.ds, async (m) => {
      dropped = (await queueJobIn(m, scope, 'REMITTANCE', { keep: false })).id;
      if (usePostgres) expect(await engineJobs(dropped)).toBe(0); // not visible outside the transaction yet
      throw new Error('the request failed after queueing');
    })).rejects.toThrow('the request failed');
    expect(await row(kept)).toMatchObject({ status: 'QUEUED', params: { keep: true } });
    expect(await t.ds.getRepository(BackgroundJobEntity).findOneBy({ id: dropped })).toBeNull();
    if (usePostgres) {
      expect(await engineJobs(kept)).toBe(1);
      expect(await engineJobs(dropped)).toBe(0);
    }
    await t.ds.getRepository(BackgroundJobEntity).delete({ id: kept });
  });

  it('backgroundJob and backgroundJobs are admin only', async () => {
    const anonymous = await t.gql('{ backgroundJobs { id } }', {}, { token: null });
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect((await t.ok('query($id: ID!) { backgroundJob(id: $id) { id } }', { id: 'nope' })).backgroundJob).toBeNull();
  });
});
