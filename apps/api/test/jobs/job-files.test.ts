// Job files (docs/jobs.md "Files"): stored in chunks of at most 1 MiB and read back in order, one chunk at a time;
// a retried job's file replaces the earlier attempt's and goes when its job does; a streamed ZIP reads back entry for entry.
import { randomBytes } from 'node:crypto';
import { unzipSync } from 'fflate';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openDatabase } from '../../src/db/data-source.js';
import { newId } from '../../src/db/ids.js';
import { BackgroundJobEntity } from '../../src/jobs/background.entity.js';
import { deleteJobFile, expireJobFiles, JOB_FILE_CHUNK_BYTES, JOB_FILE_RETENTION_DAYS, jobFileRetentionMs, keptJobFile, readJobFile, writeJobFile } from '../../src/jobs/job-files.js';
import { zipStream } from '../../src/jobs/zip-stream.js';
import { createTestDatabase, type TestDatabase } from '../databases.js';

let db: TestDatabase;
let ds: DataSource;
beforeAll(async () => { db = await createTestDatabase(); ds = await openDatabase({ url: db.url }); });
afterAll(async () => { await ds.destroy(); await db.drop(); });

/** `bytes` cut into pieces of uneven sizes, as a producer hands them over. */
async function* pieces(bytes: Buffer, sizes: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (let k = 0; at < bytes.length; k++) {
    const n = sizes[k % sizes.length]!;
    yield new Uint8Array(bytes.subarray(at, at + n));
    at += n;
  }
}
/** A job row for the file to belong to (job_files.jobId references background_jobs, deleted with it). */
async function job(): Promise<string> {
  const at = new Date().toISOString();
  const id = newId();
  await ds.getRepository(BackgroundJobEntity).insert({
    id, kind: 'INVOICE_PDF_BATCH', status: 'RUNNING', params: {}, result: null, failure: null, itemsDone: 0, itemsTotal: null,
    actorType: 'SYSTEM', actorId: null, actorName: 'test', locale: 'es', createdAt: at, startedAt: at, finishedAt: null, heartbeatAt: at, workerId: 'test', attempts: 1,
  });
  return id;
}
const readAll = async (jobId: string) => {
  const chunks: Buffer[] = [];
  for await (const c of readJobFile(ds, jobId)) chunks.push(c);
  return chunks;
};
const rowsOf = async (jobId: string) => (await ds.query(ds.options.type === 'postgres'
  ? 'SELECT seq, length(bytes) AS n FROM job_files WHERE "jobId" = $1 ORDER BY seq' : 'SELECT seq, length(bytes) AS n FROM job_files WHERE "jobId" = ? ORDER BY seq', [jobId]))
  .map((r: { seq: number; n: number | string }) => [Number(r.seq), Number(r.n)]);

test('a file larger than one chunk is stored in 1 MiB chunks and read back byte for byte, chunk by chunk', async () => {
  const jobId = await job();
  const bytes = randomBytes(2 * JOB_FILE_CHUNK_BYTES + 512 * 1024 + 17);
  const file = await writeJobFile({ ds, jobId }, 'facturas-2026-11.zip', 'application/zip', pieces(bytes, [300_000, 1, 777_777, 2 * JOB_FILE_CHUNK_BYTES]));
  expect(file).toEqual({ name: 'facturas-2026-11.zip', contentType: 'application/zip', bytes: bytes.length, chunks: 3 });
  expect(await rowsOf(jobId)).toEqual([[0, JOB_FILE_CHUNK_BYTES], [1, JOB_FILE_CHUNK_BYTES], [2, 512 * 1024 + 17]]);
  const back = await readAll(jobId);
  expect(back.map((c) => c.length)).toEqual([JOB_FILE_CHUNK_BYTES, JOB_FILE_CHUNK_BYTES, 512 * 1024 + 17]);
  expect(Buffer.concat(back).equals(bytes)).toBe(true);
});

test('a file of exactly one chunk is one row; an empty file one empty row; an unknown job has no file', async () => {
  const one = await job();
  const bytes = randomBytes(JOB_FILE_CHUNK_BYTES);
  expect((await writeJobFile({ ds, jobId: one }, 'a.bin', 'application/octet-stream', pieces(bytes, [4096]))).chunks).toBe(1);
  expect(Buffer.concat(await readAll(one)).equals(bytes)).toBe(true);
  const empty = await job();
  expect(await writeJobFile({ ds, jobId: empty }, 'e.bin', 'application/octet-stream', pieces(Buffer.alloc(0), [1]))).toEqual({ name: 'e.bin', contentType: 'application/octet-stream', bytes: 0, chunks: 1 });
  expect(Buffer.concat(await readAll(empty)).length).toBe(0);
  expect(await readAll(newId())).toEqual([]);
});

test('writing again (a retried job) replaces the earlier file; deleting removes every chunk', async () => {
  const jobId = await job();
  await writeJobFile({ ds, jobId }, 'x.zip', 'application/zip', pieces(randomBytes(3 * JOB_FILE_CHUNK_BYTES), [JOB_FILE_CHUNK_BYTES]));
  const second = randomBytes(1000);
  await writeJobFile({ ds, jobId }, 'x.zip', 'application/zip', pieces(second, [600]));
  expect(await rowsOf(jobId)).toEqual([[0, 1000]]);
  expect(Buffer.concat(await readAll(jobId)).equals(second)).toBe(true);
  await deleteJobFile(ds, jobId);
  expect(await rowsOf(jobId)).toEqual([]);
});

test('a job\'s file goes with the job', async () => {
  const jobId = await job();
  await writeJobFile({ ds, jobId }, 'x.zip', 'application/zip', pieces(randomBytes(JOB_FILE_CHUNK_BYTES + 1), [JOB_FILE_CHUNK_BYTES]));
  expect(await rowsOf(jobId)).toHaveLength(2);
  await ds.getRepository(BackgroundJobEntity).delete({ id: jobId });
  expect(await rowsOf(jobId)).toEqual([]);
});

test('a file is kept for the retention after its job ended, then expireJobFiles deletes its chunks (the job row stays)', async () => {
  const day = 86_400_000;
  const now = new Date('2026-12-03T10:00:00Z');
  const ended = async (daysAgo: number) => {
    const jobId = await job();
    const file = await writeJobFile({ ds, jobId }, 'x.zip', 'application/zip', pieces(randomBytes(JOB_FILE_CHUNK_BYTES + 5), [JOB_FILE_CHUNK_BYTES]));
    await ds.getRepository(BackgroundJobEntity).update({ id: jobId }, { status: 'COMPLETED', result: { file }, finishedAt: new Date(now.getTime() - daysAgo * day).toISOString() });
    return ds.getRepository(BackgroundJobEntity).findOneByOrFail({ id: jobId });
  };
  const old = await ended(JOB_FILE_RETENTION_DAYS + 1);
  const recent = await ended(JOB_FILE_RETENTION_DAYS - 1);
  const retention = jobFileRetentionMs({});
  expect(retention).toBe(JOB_FILE_RETENTION_DAYS * day);
  expect(jobFileRetentionMs({ ANTENA_JOB_FILE_RETENTION_DAYS: '2' })).toBe(2 * day);
  expect(jobFileRetentionMs({ ANTENA_JOB_FILE_RETENTION_DAYS: 'nonsense' })).toBe(retention);
  // What the GraphQL field and the route answer from: the expired file is gone for them at once…
  expect(keptJobFile(old, now, retention)).toBeNull();
  expect(keptJobFile(recent, now, retention)).toMatchObject({ name: 'x.zip', expiresAt: new Date(Date.parse(recent.finishedAt!) + retention).toISOString() });
  expect(keptJobFile({ ...recent, status: 'RUNNING' }, now, retention)).toBeNull();
  // …and the workers delete its chunks; the recent file and both job rows stay.
  expect(await expireJobFiles(ds, new Date(now.getTime() - retention))).toBeGreaterThanOrEqual(2);
  expect(await rowsOf(old.id)).toEqual([]);
  expect(await rowsOf(recent.id)).toHaveLength(2);
  expect(await ds.getRepository(BackgroundJobEntity).countBy({ id: old.id })).toBe(1);
  expect(await expireJobFiles(ds, new Date(now.getTime() - retention))).toBe(0);
});

test('a streamed ZIP holds every entry under its name with its bytes, and goes out as it is built', async () => {
  const files = Array.from({ length: 30 }, (_, i) => ({ name: `F2026-${String(i + 1).padStart(6, '0')}.pdf`, data: randomBytes(1000 + i * 97) }));
  let handedOver = 0;
  const chunks: Uint8Array[] = [];
  let before = 0;
  for await (const c of zipStream((async function* () { for (const f of files) { handedOver++; yield f; } })(), new Date('2026-11-20T10:00:00Z'))) {
    // Bytes come out while entries are still being handed over, not only at the end.
    if (handedOver < files.length) before++;
    chunks.push(c);
  }
  expect(before).toBeGreaterThan(0);
  const unzipped = unzipSync(Buffer.concat(chunks));
  expect(Object.keys(unzipped)).toEqual(files.map((f) => f.name));
  for (const f of files) expect(Buffer.from(unzipped[f.name]!).equals(f.data)).toBe(true);
});
