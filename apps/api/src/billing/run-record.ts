// The billing_runs row of a run: opened RUNNING, closed COMPLETED or FAILED with what it produced.
import type { Period } from '@antena/domain';
import type { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { auditActor, type Actor } from '../auth/actor.js';
import { newId } from '../db/ids.js';
import { inTransaction } from '../db/transaction.js';
import { AuditEntryEntity, BillingRunEntity, type BillingRunKind } from '../entities/index.js';

export async function openRun(ds: DataSource, kind: BillingRunKind, period: Period, actor: Actor | null, now: Date): Promise<BillingRunEntity> {
  const who = auditActor(actor);
  const run: BillingRunEntity = {
    id: newId(), kind, period, status: 'RUNNING', actorType: who.actorType, actorId: who.actorId, actorName: who.actorName,
    startedAt: now.toISOString(), finishedAt: null, invoiceCount: 0, skippedCount: 0, totalCents: 0, details: null,
  };
  await inTransaction(ds, async (m) => {
    await m.createQueryBuilder().insert().into(BillingRunEntity).values(run as QueryDeepPartialEntity<BillingRunEntity>).updateEntity(false).execute();
    // The run is a mutation like any other: the audit trail says who launched it.
    await m.createQueryBuilder().insert().into(AuditEntryEntity).values({
      id: newId(), ...who, at: run.startedAt, entityType: 'BillingRun', entityId: run.id, clientId: null, action: kind === 'BILLING' ? 'RUN_BILLING' : 'RUN_MASS_CREDIT',
      changes: [{ field: 'period', from: null, to: period }],
    }).updateEntity(false).execute();
  });
  return run;
}

export async function closeRun(ds: DataSource, run: BillingRunEntity, outcome: Pick<BillingRunEntity, 'status' | 'invoiceCount' | 'skippedCount' | 'totalCents' | 'details'>, finishedAt: Date): Promise<BillingRunEntity> {
  const closed = { ...run, ...outcome, finishedAt: finishedAt.toISOString() };
  const changes = {
    status: closed.status, invoiceCount: closed.invoiceCount, skippedCount: closed.skippedCount, totalCents: closed.totalCents,
    details: closed.details, finishedAt: closed.finishedAt,
  } as QueryDeepPartialEntity<BillingRunEntity>;
  await inTransaction(ds, (m) => m.update(BillingRunEntity, { id: run.id }, changes));
  return closed;
}
