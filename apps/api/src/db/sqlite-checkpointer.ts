// SQLite WAL checkpoints off the writer's thread (docs/jobs.md, "SQLite checkpoints"). In WAL mode every commit
// appends pages to the -wal file, and by default the committing connection copies them back into the database
// (a checkpoint) once the WAL holds 1 000 pages: on the thread that is billing, between two chunks. A worker
// runs this checkpointer instead: a thread of its own with its own connection runs a PASSIVE checkpoint every
// `everyMs` (it never waits for a lock and never blocks a reader or the writer), and the writer's own automatic
// checkpoint is raised to WRITER_AUTOCHECKPOINT_PAGES, a bound on the WAL should the thread fall behind.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** The writer's own checkpoint threshold while a checkpointer runs: ≈ 40 MiB of WAL with 4 KiB pages. */
export const WRITER_AUTOCHECKPOINT_PAGES = 10_000;
export const DEFAULT_CHECKPOINT_EVERY_MS = 100;

export interface Checkpointer {
  /** Ends the thread after its last checkpoint; resolves with how many checkpoints it ran. */
  stop(): Promise<number>;
}

// CommonJS run by the thread: better-sqlite3 is passed by path (resolved here), so the thread needs no module resolution of its own.
const THREAD = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 0');
let done = false;
let runs = 0;
const checkpoint = () => { try { db.pragma('wal_checkpoint(PASSIVE)'); runs++; } catch { /* busy or closed: the next tick tries again */ } };
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on('message', () => {
  if (done) return;
  done = true;
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.postMessage(runs);
  parentPort.close();
});
`;

const driver = createRequire(import.meta.url).resolve('better-sqlite3');

/**
 * Starts checkpointing the SQLite database at `file` (which must exist, in WAL mode) from a thread of its own. The
 * thread does not keep the process alive; `stop()` ends it.
 */
export function startCheckpointer(file: string, everyMs: number = DEFAULT_CHECKPOINT_EVERY_MS): Checkpointer {
  const thread = new Worker(THREAD, { eval: true, workerData: { file, everyMs, driver } });
  thread.unref();
  const ended = new Promise<number>((resolve, reject) => {
    thread.once('message', (runs: number) => resolve(runs));
    thread.once('error', reject);
    thread.once('exit', () => resolve(0));
  });
  ended.catch(() => undefined); // a thread that could not start is reported by stop(), not as an unhandled rejection

  let stopping: Promise<number> | null = null;
  return {
    stop: () => (stopping ??= (thread.postMessage('stop'), ended)),
  };
}

/**
 * A worker's SQLite connection as the worker sets it up: its own automatic checkpoint raised to the bound, and the
 * checkpointer started on its file. The caller stops the checkpointer before closing the connection.
 */
export async function checkpointedWriter(ds: { query(sql: string): Promise<unknown> }, file: string): Promise<Checkpointer> {
  await ds.query(`PRAGMA wal_autocheckpoint = ${WRITER_AUTOCHECKPOINT_PAGES}`);
  return startCheckpointer(file);
}
