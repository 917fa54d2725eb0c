// The job interface of the API (docs/jobs.md). `enqueue` puts a run's job in the queue inside the
// transaction that writes the run row: on PostgreSQL a pg-boss job in the same database (pg-boss runs its
// INSERT on our transaction's connection), on SQLite the QUEUED run row itself is the job. By default the
// API also runs a worker in a worker thread (its own connection), so `./antena start` bills on its own;
// `pnpm worker` processes add more workers.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PgBoss } from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import type { Enqueue } from '../billing/run-record.js';
import type { Logger } from '../logging/logger.js';
import { JOB_QUEUE, RUN_QUEUE, type BackgroundJobMessage, type RunJob, type WorkTuning } from './work.js';

/** Jobs per billing run: at most this many workers share one run (docs/jobs.md "Shards"). */
export const BILLING_JOBS_PER_RUN = 4;
import { ensureQueue, startWorker, type RunningWorker } from './worker-main.js';

export interface JobEngineOptions extends WorkTuning {
  /** Run a worker in a thread of this process (default true; ANTENA_INPROCESS_WORKER=false turns it off). */
  inProcessWorker?: boolean;
  /** Extra node options of the worker thread (the tests load the TypeScript sources through a loader). */
  threadExecArgv?: string[];
  /**
   * Run that worker in a worker thread (default) or on this thread. The thread keeps a long run from delaying
   * answers; most tests bill a few contracts and run it here, as a thread per test server is what they do not test.
   */
  thread?: boolean;
  pollMs?: number;
}

export interface JobEngine {
  enqueue: Enqueue;
  /**
   * Puts a background job (jobs/background.ts) in the queue inside the transaction that writes its row: on
   * PostgreSQL a pg-boss job on `background-job` with `{ jobId }`, on SQLite the QUEUED row itself is the job.
   */
  enqueueJob(m: EntityManager, jobId: string): Promise<void>;
  /** After the enqueuing transaction committed: tells the in-process worker not to wait for its next poll. */
  wake(): void;
  /** Starts the in-process worker now (otherwise on the first job). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createJobEngine(ds: DataSource, options: JobEngineOptions = {}, logger?: Logger): JobEngine {
  const postgres = ds.options.type === 'postgres';
  const url = postgres ? String((ds.options as { url?: string }).url) : String(ds.options.database);
  let boss: Promise<PgBoss> | null = null;
  let thread: Promise<Worker> | null = null;

  const bossReady = () => (boss ??= (async () => {
    // Only sends here (no polling, no maintenance): the workers do the rest.
    const b = new PgBoss({ connectionString: url, max: 2, schedule: false, supervise: false });
    b.on('error', (e) => logger?.error({ err: e.message }, 'pg-boss'));
    await b.start();
    await ensureQueue(b);
    return b;
  })());

  let local: Promise<RunningWorker> | null = null;
  const localReady = () => (local ??= startWorker({ url, pollMs: options.pollMs, shardStaleMs: options.shardStaleMs, lostAfterMs: options.lostAfterMs, chunkSize: options.chunkSize }));
  const threadReady = () => (thread ??= new Promise<Worker>((resolve, reject) => {
    const js = new URL('./job-thread.js', import.meta.url);
    const file = existsSync(fileURLToPath(js)) ? js : new URL('./job-thread.ts', import.meta.url);
    const w = new Worker(file, {
      workerData: { url, pollMs: options.pollMs, shardStaleMs: options.shardStaleMs, lostAfterMs: options.lostAfterMs, chunkSize: options.chunkSize },
      // By default the thread takes this process's node options (a loader, when the sources run as TypeScript).
      ...(options.threadExecArgv ? { execArgv: options.threadExecArgv } : {}),
    });
    w.on('message', (m: unknown) => {
      if (m === 'ready') resolve(w);
      else if (m && typeof m === 'object' && 'log' in m) logger?.info({ worker: 'thread' }, String((m as { log: string }).log));
    });
    w.once('error', (e) => { logger?.error({ err: e.message }, 'job worker thread'); reject(e); });
  }));
  const inProcess = options.inProcessWorker ?? true;
  const useThread = options.thread ?? true;
  const workerReady = (): Promise<unknown> => (useThread ? threadReady() : localReady());

  /**
   * Puts `messages` on `queue` through the transaction of `m`: the INSERT runs on that connection, so the engine's jobs
   * commit or roll back with the row that names them. SQLite has no queue (the row is the job): only the worker starts.
   */
  const insertIn = async (m: EntityManager, queue: string, messages: object[]) => {
    if (!postgres) {
      if (inProcess) void workerReady().catch(() => undefined);
      return;
    }
    // pg-boss's schema and queue first, then the thread's worker (two first starts at once would race on them).
    const b = await bossReady();
    if (inProcess) void workerReady().catch(() => undefined);
    const db = { executeSql: async (text: string, values?: unknown[]) => ({ rows: await m.query(text, values) }) };
    await b.insert(queue, messages.map((data) => ({ data })), { db });
  };

  return {
    async enqueue(m: EntityManager, job: RunJob) {
      // A billing run gets several jobs so that several workers take part (each claims shards until none is left).
      const copies = job.kind === 'BILLING' ? BILLING_JOBS_PER_RUN : 1;
      await insertIn(m, RUN_QUEUE, Array.from({ length: copies }, () => job));
    },
    async enqueueJob(m: EntityManager, jobId: string) {
      const data: BackgroundJobMessage = { jobId };
      await insertIn(m, JOB_QUEUE, [data]);
    },
    wake() {
      if (!inProcess) return;
      if (useThread) void threadReady().then((w) => w.postMessage('wake'), () => undefined);
      else void localReady().then((w) => w.wake(), () => undefined);
    },
    async start() {
      if (postgres) await bossReady();
      if (inProcess) await workerReady();
    },
    async stop() {
      if (local) await (await local.catch(() => null))?.stop();
      if (thread) {
        const w = await thread.catch(() => null);
        if (w) {
          // The thread finishes the work in hand, closes its connection and ends by itself; terminating it while
          // it is inside the SQLite driver can crash the process, so that is only the last resort.
          const ended = await new Promise<boolean>((resolve) => {
            const timer = setTimeout(() => resolve(false), 60_000);
            w.once('exit', () => { clearTimeout(timer); resolve(true); });
            w.postMessage('stop');
          });
          if (!ended) await w.terminate();
        }
      }
      if (boss) await (await boss).stop({ graceful: false, timeout: 2000 }).catch(() => undefined);
    },
  };
}
