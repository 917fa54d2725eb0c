// DataSource factory (docs/product.md §6): an SQLite file under ./data/ (or ANTENA_DATA_DIR) by default (WAL, busy timeout);
// DATABASE_URL=postgres://… switches to PostgreSQL. Same entities, same migrations.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import pg from 'pg';
import { DataSource, type Logger } from 'typeorm';
import { entities } from '../entities/index.js';
import type { Logger as AppLogger } from '../logging/logger.js';
import { RedactingSqlLogger, SLOW_QUERY_MS } from '../logging/sql-logger.js';
import { migrations } from '../migrations/index.js';

export interface DataSourceConfig {
  /** postgres://… or a path to an SQLite file. */
  url?: string;
  logger?: Logger;
  /** The server's structured log: failed and slow statements, without their parameters. */
  log?: AppLogger;
}

/** The SQLite file inside a data directory (ANTENA_DATA_DIR, default ./data, relative to the cwd). */
export function sqlitePathIn(dataDir: string = 'data'): string {
  return resolve(process.cwd(), dataDir, 'antena.sqlite');
}

export const DEFAULT_SQLITE_PATH = sqlitePathIn();

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//.test(url);
}

/**
 * The PostgreSQL driver's client, answering promise-style queries (what TypeORM sends) through the driver's
 * callback API, with a promise of its own. With pg's own promise (the query object is reachable from the closure
 * that resolves it) almost everything that survived one young-generation collection of V8 was still reachable at
 * the next and went to the old generation, where only a full collection frees it: a slice's rows, plans and COPY
 * text piled up, and the SEPA remittance of 100 000 invoices peaked at 312 MiB on PostgreSQL against 179 MiB on
 * SQLite (docs/sepa.md "Benchmark"). Same results, same errors (their stack leads back to the caller, as pg does).
 */
export class PgClient extends pg.Client {
  // @ts-expect-error pg types query() as a set of overloads; this one takes and returns what they do.
  override query(...args: unknown[]): unknown {
    const [config, values, callback] = args as [unknown, unknown, unknown];
    const submittable = typeof config === 'object' && config !== null && typeof (config as { submit?: unknown }).submit === 'function';
    const query = super.query as (...a: unknown[]) => unknown;
    if (config == null || submittable || typeof values === 'function' || typeof callback === 'function') return query.apply(this, args);
    return new Promise((resolve, reject) => {
      query.call(this, config, values, (err: Error | null, res: unknown) => (err ? reject(err) : resolve(res)));
    }).catch((err: Error) => {
      Error.captureStackTrace(err);
      throw err;
    });
  }
}

export function createDataSource(config: DataSourceConfig = {}): DataSource {
  const logger = config.logger ?? (config.log ? new RedactingSqlLogger(config.log) : undefined);
  const common = {
    entities, migrations, synchronize: false, migrationsRun: false,
    ...(logger ? { logger, maxQueryExecutionTime: SLOW_QUERY_MS, ...(config.logger ? {} : { logging: ['error', 'warn', 'migration'] as ('error' | 'warn' | 'migration')[] }) } : {}),
  };
  if (isPostgresUrl(config.url)) {
    return new DataSource({ type: 'postgres', url: config.url, poolSize: 10, extra: { Client: PgClient }, ...common });
  }
  const file = config.url ?? DEFAULT_SQLITE_PATH;
  mkdirSync(dirname(file), { recursive: true });
  return new DataSource({
    type: 'better-sqlite3',
    database: file,
    enableWAL: true,
    // One writer at a time: others wait instead of failing with "database is locked".
    timeout: 10_000,
    prepareDatabase: (db: { pragma(s: string): unknown }) => {
      db.pragma('synchronous = NORMAL');
    },
    ...common,
  });
}

export async function openDatabase(config: DataSourceConfig = {}): Promise<DataSource> {
  const dataSource = createDataSource(config);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
