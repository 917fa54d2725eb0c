// The files background jobs produce (docs/jobs.md "Files"), e.g. a ZIP of invoice PDFs: stored in the
// database, table job_files, in chunks of at most JOB_FILE_CHUNK_BYTES (one row per chunk, `seq` from 0), so
// a file of any size is written and served holding one chunk in memory, and any API process on any machine
// that reaches the database serves it. The file's name, type and size go in the job's result (`JobFile`).
import type { DataSource } from 'typeorm';
import { inTransaction } from '../db/transaction.js';
import type { BackgroundJobEntity } from './background.entity.js';

export const JOB_FILE_CHUNK_BYTES = 1024 * 1024;

/** Days a job's file is kept after its job ended (ANTENA_JOB_FILE_RETENTION_DAYS overrides it); then the workers delete it. */
export const JOB_FILE_RETENTION_DAYS = 7;
const DAY_MS = 86_400_000;

/** The retention in milliseconds: ANTENA_JOB_FILE_RETENTION_DAYS when it is a positive number, else JOB_FILE_RETENTION_DAYS. */
export function jobFileRetentionMs(env: Record<string, string | undefined> = process.env): number {
  const days = Number(env['ANTENA_JOB_FILE_RETENTION_DAYS']);
  return (Number.isFinite(days) && days > 0 ? days : JOB_FILE_RETENTION_DAYS) * DAY_MS;
}

/** A job's file while it is kept, with the moment it goes. */
export interface KeptJobFile extends JobFile { expiresAt: string }

/**
 * The file a COMPLETED job made while it is kept (until `retentionMs` after the job ended); null when the job made
 * none, has not ended, or its file has expired. The GraphQL field and the download route both answer from this.
 */
export function keptJobFile(job: Pick<BackgroundJobEntity, 'status' | 'result' | 'finishedAt'>, now: Date, retentionMs = jobFileRetentionMs()): KeptJobFile | null {
  const file = job.status === 'COMPLETED' ? (job.result as { file?: JobFile } | null)?.file : null;
  if (!file || !job.finishedAt) return null;
  const expires = Date.parse(job.finishedAt) + retentionMs;
  if (now.getTime() >= expires) return null;
  return { ...file, expiresAt: new Date(expires).toISOString() };
}

export interface JobFile { name: string; contentType: string; bytes: number; chunks: number }

/** What writing a file needs of a job's context (JobContext has it). */
export interface JobFileTarget { ds: DataSource; jobId: string }

const placeholders = (ds: DataSource, sql: string) => {
  if (ds.options.type !== 'postgres') return sql;
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};
const SQL = {
  clear: 'DELETE FROM job_files WHERE "jobId" = ?',
  insert: 'INSERT INTO job_files ("jobId", seq, bytes) VALUES (?, ?, ?)',
  chunk: 'SELECT bytes FROM job_files WHERE "jobId" = ? AND seq = ?',
};

/**
 * Stores `chunks` as the job's file, replacing any earlier attempt's (a retried job writes it again), one chunk
 * per short transaction so a long write never holds the database. Returns what its result should say of it.
 */
export async function writeJobFile(ctx: JobFileTarget, name: string, contentType: string, chunks: AsyncIterable<Uint8Array>): Promise<JobFile> {
  const { ds, jobId } = ctx;
  await inTransaction(ds, (m) => m.query(placeholders(ds, SQL.clear), [jobId]));
  let seq = 0;
  let bytes = 0;
  const store = async (piece: Buffer) => {
    await inTransaction(ds, (m) => m.query(placeholders(ds, SQL.insert), [jobId, seq, piece]));
    seq++;
    bytes += piece.length;
  };
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  for await (const part of chunks) {
    if (part.length === 0) continue;
    pending.push(Buffer.from(part.buffer, part.byteOffset, part.byteLength));
    pendingBytes += part.length;
    while (pendingBytes >= JOB_FILE_CHUNK_BYTES) {
      // Views, not copies: the producer is paused while a chunk is written (the loop pulls from it).
      const all = pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes);
      await store(all.subarray(0, JOB_FILE_CHUNK_BYTES));
      const rest = all.subarray(JOB_FILE_CHUNK_BYTES);
      pending = rest.length ? [rest] : [];
      pendingBytes = rest.length;
    }
  }
  if (pendingBytes > 0 || seq === 0) await store(Buffer.concat(pending, pendingBytes));
  return { name, contentType, bytes, chunks: seq };
}

/** The job's file, chunk by chunk in order (one chunk in memory at a time); nothing when it has none. */
export async function* readJobFile(ds: DataSource, jobId: string): AsyncGenerator<Buffer> {
  for (let seq = 0; ; seq++) {
    const rows: { bytes: Buffer | Uint8Array }[] = await ds.query(placeholders(ds, SQL.chunk), [jobId, seq]);
    if (rows.length === 0) return;
    const b = rows[0]!.bytes;
    yield Buffer.isBuffer(b) ? b : Buffer.from(b);
  }
}

/** Deletes the job's file (its chunks). */
export async function deleteJobFile(ds: DataSource, jobId: string): Promise<void> {
  await inTransaction(ds, (m) => m.query(placeholders(ds, SQL.clear), [jobId]));
}

/**
 * Deletes the files of jobs that ended before `before` (their chunks; the job rows stay, saying what they did). Every
 * worker calls it now and then with now − retention (jobs/worker-main.ts). Returns how many chunks went.
 */
export async function expireJobFiles(ds: DataSource, before: Date): Promise<number> {
  // One statement on its own (atomic by itself), not a transaction: on SQLite the write lock is held only while it
  // runs, never across an await, like the job rows' moves in background.ts.
  const done = await ds.createQueryBuilder().delete().from('job_files')
    .where('"jobId" IN (SELECT id FROM background_jobs WHERE "finishedAt" < :before)', { before: before.toISOString() }).execute();
  return done.affected ?? 0;
}
