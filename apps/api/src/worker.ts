// Entry point of `pnpm worker` (docs/jobs.md): one more worker for billing and mass-credit runs, on the
// database of DATABASE_URL (or the SQLite file of ANTENA_DATA_DIR). Any number of them may run, on any
// machine that reaches the database; each takes jobs and shares runs with the others. Stops on SIGINT/SIGTERM
// after its current chunk.
import { sqlitePathIn } from './db/data-source.js';
import { startWorker } from './jobs/worker-main.js';

const ms = (v: string | undefined) => (v ? Number(v) : undefined);
const worker = await startWorker({
  url: process.env['DATABASE_URL'] || sqlitePathIn(process.env['ANTENA_DATA_DIR'] || undefined),
  shardStaleMs: ms(process.env['ANTENA_JOB_SHARD_STALE_MS']),
  lostAfterMs: ms(process.env['ANTENA_JOB_LOST_AFTER_MS']),
  chunkSize: ms(process.env['ANTENA_JOB_CHUNK_SIZE']),
  pollMs: ms(process.env['ANTENA_JOB_POLL_MS']),
  log: (line) => console.log(line),
});
console.log(`worker ${worker.id} ready on ${worker.ds.options.type}`);
const shutdown = () => void worker.stop().then(() => process.exit(0));
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
