// Reads that run ahead of a transaction's writes (docs/sepa.md "Remittances", "Returns"). On PostgreSQL a
// long write transaction that reads committed rows page by page (a remittance's candidates, a return file's
// matches) can take those reads to a connection of their own: the server reads the next page while it writes
// the last one, and the process works between the two. Each read sees what was committed when it starts, which
// is what the transaction's own reads would see of those rows as long as it does not write them itself.
// One such connection per DataSource at a time: a second caller reads on its transaction's connection, so
// long transactions never wait for each other's connections. SQLite has one connection: always the transaction's.
import type { DataSource, EntityManager } from 'typeorm';

const reading = new WeakSet<DataSource>();

export interface Reader {
  /** Where to read: a connection of its own when `ahead`, otherwise the transaction's manager. */
  readonly manager: EntityManager;
  /** Whether reads may run while the transaction's connection is busy. */
  readonly ahead: boolean;
  /** Gives the connection back (once; the caller first waits for the reads it started). */
  release(): Promise<void>;
}

export async function openReader(ds: DataSource, m: EntityManager): Promise<Reader> {
  if (ds.options.type !== 'postgres' || reading.has(ds)) return { manager: m, ahead: false, release: async () => undefined };
  reading.add(ds);
  const runner = ds.createQueryRunner();
  try {
    await runner.connect();
  } catch (err) {
    reading.delete(ds);
    throw err;
  }
  let released: Promise<void> | null = null;
  return {
    manager: runner.manager,
    ahead: true,
    release: () => (released ??= (async () => {
      reading.delete(ds);
      await runner.release();
    })()),
  };
}
