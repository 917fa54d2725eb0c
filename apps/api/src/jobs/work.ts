// What a worker does with one job (docs/jobs.md): bill or credit the run it names. Shared by the worker
// thread the API starts and by `pnpm worker` processes, on both databases.
import type { DataSource } from 'typeorm';
import { workOnBillingRun, type BillingRunOptions } from '../billing/billing-run.js';
import { workOnMassCredit } from '../billing/mass-credit-run.js';
import { failRun } from '../billing/run-record.js';
import type { BillingRunKind } from '../entities/index.js';

export const RUN_QUEUE = 'billing-run';
/** pg-boss's queue of background jobs (jobs/background.ts): one pg-boss job per background_jobs row. */
export const JOB_QUEUE = 'background-job';

export interface RunJob { runId: string; kind: BillingRunKind }
export interface BackgroundJobMessage { jobId: string }

export interface WorkTuning {
  /** A claimed shard (or a RUNNING mass credit) whose worker has not reported for this long is taken over. */
  shardStaleMs?: number;
  /**
   * A QUEUED or RUNNING run with no heartbeat for this long is FAILED with BILLING_RUN_WORKER_LOST; a RUNNING
   * background job, with JOB_WORKER_LOST.
   */
  lostAfterMs?: number;
  chunkSize?: number;
}

export const DEFAULT_LOST_AFTER_MS = 120_000;

/**
 * `willRetry`: the job engine runs this job again on an error (pg-boss retries), so the run stays RUNNING;
 * otherwise the run is FAILED with BILLING_RUN_INTERRUPTED and its remedy (re-run it).
 */
export async function workOn(ds: DataSource, job: RunJob, workerId: string, tuning: WorkTuning, willRetry: boolean): Promise<void> {
  const now = () => new Date();
  try {
    if (job.kind === 'MASS_CREDIT') await workOnMassCredit(ds, job.runId, { now, staleMs: tuning.shardStaleMs ?? 30_000 });
    else {
      const options: BillingRunOptions = { workerId };
      if (tuning.chunkSize) options.chunkSize = tuning.chunkSize;
      if (tuning.shardStaleMs) options.shardStaleMs = tuning.shardStaleMs;
      await workOnBillingRun(ds, job.runId, { now, options });
    }
  } catch (err) {
    if (willRetry) throw err;
    await failRun(ds, job.runId, 'BILLING_RUN_INTERRUPTED', now());
    throw err;
  }
}
