// One billing or mass-credit chunk at a time, across runs and processes (docs/billing.md "Concurrency"):
// each chunk transaction takes this lock first, then reads what is already charged and computes, so no
// two runs (two periods, a billing and a mass credit, two processes) ever charge or credit a day twice.
import type { EntityManager } from 'typeorm';
import { BILLING_SETTINGS_ID, BillingSettingsEntity } from '../entities/index.js';

/** An arbitrary, fixed key for PostgreSQL's transaction-scoped advisory lock. */
const RUN_LOCK_KEY = 4_811_733_907;

/**
 * PostgreSQL: an advisory lock held until the transaction ends. SQLite: a write as the transaction's first
 * statement takes the database's write lock at once (other processes wait out the busy timeout); within one
 * process, db/transaction.ts already queues write transactions.
 */
export async function lockBillingRuns(m: EntityManager): Promise<void> {
  if (m.connection.options.type === 'postgres') {
    await m.query('SELECT pg_advisory_xact_lock($1)', [RUN_LOCK_KEY]);
    return;
  }
  await m.createQueryBuilder().update(BillingSettingsEntity).set({ id: () => 'id' })
    .where('id = :id', { id: BILLING_SETTINGS_ID }).updateEntity(false).execute();
}
