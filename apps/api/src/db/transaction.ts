// One place to open a write transaction. TypeORM's SQLite driver shares a single connection
// (and query runner) between all callers, so concurrent transactions would interleave on it:
// writes are queued here, one at a time. PostgreSQL takes a pooled connection per transaction.
import type { DataSource, EntityManager } from 'typeorm';

const queues = new WeakMap<DataSource, Promise<unknown>>();

export function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (dataSource.options.type === 'postgres') return dataSource.transaction(work);
  const previous = queues.get(dataSource) ?? Promise.resolve();
  const run = previous.then(() => dataSource.transaction(work), () => dataSource.transaction(work));
  queues.set(dataSource, run.catch(() => undefined));
  return run;
}
