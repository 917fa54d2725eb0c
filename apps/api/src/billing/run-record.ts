// The billing_runs row of a run (docs/jobs.md): opened QUEUED with its job, moved to RUNNING by the first
// worker, closed COMPLETED or FAILED with what it produced. A run whose workers stopped reporting is FAILED
// with BILLING_RUN_WORKER_LOST (re-running finishes the work).
import type { Period, RunOutcomeCode } from '@antena/domain';
import { In, LessThan, type DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { auditActor, type Actor } from '../auth/actor.js';
import { newId } from '../db/ids.js';
import { inTransaction } from '../db/transaction.js';
import { AuditEntryEntity, BillingRunEntity, type BillingRunKind } from '../entities/index.js';
import { summarize } from './billing-run.js';

/** Puts the run's job in the queue inside the transaction that writes the run row (jobs/engine.ts). */
export type Enqueue = (m: EntityManager, job: { runId: string; kind: BillingRunKind }) => Promise<void>;

export async function openRun(
  ds: DataSource,
  input: { kind: BillingRunKind; period: Period; actor: Actor | null; now: Date; details: Record<string, unknown>; enqueue: Enqueue | null },
): Promise<BillingRunEntity> {
  const { kind, period } = input;
  const who = auditActor(input.actor);
  const at = input.now.toISOString();
  const run: BillingRunEntity = {
    id: newId(), kind, period, status: 'QUEUED', actorType: who.actorType, actorId: who.actorId, actorName: who.actorName,
    startedAt: at, finishedAt: null, invoiceCount: 0, skippedCount: 0, totalCents: 0, details: input.details,
    itemsTotal: null, itemsDone: 0, heartbeatAt: at,
  };
  await inTransaction(ds, async (m) => {
    await m.createQueryBuilder().insert().into(BillingRunEntity).values(run as QueryDeepPartialEntity<BillingRunEntity>).updateEntity(false).execute();
    // The run is a mutation like any other: the audit trail says who launched it.
    await m.createQueryBuilder().insert().into(AuditEntryEntity).values({
      id: newId(), ...who, at: run.startedAt, entityType: 'BillingRun', entityId: run.id, clientId: null, action: kind === 'BILLING' ? 'RUN_BILLING' : 'RUN_MASS_CREDIT',
      changes: [{ field: 'period', from: null, to: period }],
    }).updateEntity(false).execute();
    if (input.enqueue) await input.enqueue(m, { runId: run.id, kind });
  });
  return run;
}

/** FAILED with an explained code (the domain's RunOutcomeCode), keeping what the run produced so far. */
export async function failRun(ds: DataSource, runId: string, code: Exclude<RunOutcomeCode, 'ALREADY_INVOICED'>, now: Date): Promise<void> {
  await inTransaction(ds, async (m) => {
    // The write first: on SQLite it takes the database's write lock at once (run-lock.ts).
    const moved = await m.createQueryBuilder().update(BillingRunEntity).set({ status: 'FAILED', finishedAt: now.toISOString() })
      .where('id = :id AND status IN (:...open)', { id: runId, open: ['QUEUED', 'RUNNING'] }).updateEntity(false).execute();
    if (!moved.affected) return;
    const run = await m.findOneByOrFail(BillingRunEntity, { id: runId });
    const summary = run.kind === 'BILLING' ? await summarize(m, run) : { skippedCount: run.skippedCount, details: run.details };
    await m.update(BillingRunEntity, { id: runId }, {
      skippedCount: summary.skippedCount, details: { ...summary.details, error: code } as never,
    });
  });
}

/** Runs QUEUED or RUNNING with no sign of life for `lostAfterMs` (docs/jobs.md "Lost workers"): FAILED, to be re-run. */
export async function failLostRuns(ds: DataSource, lostAfterMs: number, now: Date): Promise<string[]> {
  const lost = await ds.getRepository(BillingRunEntity).find({
    select: { id: true }, where: { status: In(['QUEUED', 'RUNNING']), heartbeatAt: LessThan(new Date(now.getTime() - lostAfterMs).toISOString()) },
  });
  for (const r of lost) await failRun(ds, r.id, 'BILLING_RUN_WORKER_LOST', now);
  return lost.map((r) => r.id);
}
