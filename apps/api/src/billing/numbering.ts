// Gapless numbering per series and year (docs/product.md §2: F2026-000123, R2026-000004) from a counter row,
// inside the transaction that writes the invoices: a rollback takes the numbers back with it, so
// a crash leaves no gap (a database sequence would).
import type { EntityManager } from 'typeorm';
import { InvoiceCounterEntity } from '../entities/index.js';

export type Series = 'F' | 'R';

export const formatInvoiceNumber = (series: string, year: number, sequence: number) => `${series}${year}-${String(sequence).padStart(6, '0')}`;

/**
 * Takes the counter row's lock and returns the next free number. Must be the transaction's first
 * write: on PostgreSQL the UPDATE holds the row until commit, so concurrent runs queue here; on
 * SQLite a write as first statement takes the database's write lock at once (waiting out the busy
 * timeout), the BEGIN IMMEDIATE behaviour, so a deferred transaction never fails on upgrade.
 */
export async function lockCounter(m: EntityManager, series: Series, year: number): Promise<number> {
  await m.createQueryBuilder().insert().into(InvoiceCounterEntity).values({ series, year, nextNumber: 1 }).orIgnore().updateEntity(false).execute();
  await m.createQueryBuilder().update(InvoiceCounterEntity).set({ nextNumber: () => '"nextNumber"' })
    .where('series = :series AND year = :year', { series, year }).updateEntity(false).execute();
  const row = await m.findOneByOrFail(InvoiceCounterEntity, { series, year });
  return row.nextNumber;
}

/** Moves the counter past the numbers just used (same transaction, lock already held). */
export async function advanceCounter(m: EntityManager, series: Series, year: number, nextNumber: number): Promise<void> {
  await m.createQueryBuilder().update(InvoiceCounterEntity).set({ nextNumber })
    .where('series = :series AND year = :year', { series, year }).updateEntity(false).execute();
}
