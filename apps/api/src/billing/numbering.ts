// Gapless numbering per series and year (docs/product.md §2: F2026-000123, R2026-000004) from a counter row,
// inside the transaction that writes the invoices: a rollback takes the numbers back with it, so
// a crash leaves no gap (a database sequence would).
import type { EntityManager } from 'typeorm';

export type Series = 'F' | 'R';

export const formatInvoiceNumber = (series: string, year: number, sequence: number) => `${series}${year}-${String(sequence).padStart(6, '0')}`;

const pg = (m: EntityManager) => m.connection.options.type === 'postgres';

/**
 * Takes the counter row's lock and returns the next free number, in one statement (an upsert that
 * touches the row and returns it). Must be the transaction's first write: on PostgreSQL the row stays
 * locked until commit, so concurrent runs queue here; on SQLite a write as first statement takes the
 * database's write lock at once (waiting out the busy timeout), the BEGIN IMMEDIATE behaviour, so a
 * deferred transaction never fails on upgrade.
 */
export async function lockCounter(m: EntityManager, series: Series, year: number): Promise<number> {
  const rows: { nextNumber: number | string }[] = await m.query(pg(m)
    ? 'INSERT INTO invoice_counters (series, year, "nextNumber") VALUES ($1, $2, 1) ON CONFLICT (series, year) DO UPDATE SET "nextNumber" = invoice_counters."nextNumber" RETURNING "nextNumber"'
    : 'INSERT INTO invoice_counters (series, year, "nextNumber") VALUES (?, ?, 1) ON CONFLICT (series, year) DO UPDATE SET "nextNumber" = "nextNumber" RETURNING "nextNumber"',
  [series, year]);
  return Number(rows[0]!.nextNumber);
}

/** Moves the counter past the numbers just used (same transaction, lock already held). */
export async function advanceCounter(m: EntityManager, series: Series, year: number, nextNumber: number): Promise<void> {
  await m.query(pg(m) ? 'UPDATE invoice_counters SET "nextNumber" = $1 WHERE series = $2 AND year = $3' : 'UPDATE invoice_counters SET "nextNumber" = ? WHERE series = ? AND year = ?',
    [nextNumber, series, year]);
}
