// DataSource factory (docs/product.md §6): an SQLite file under ./data/ (or ANTENA_DATA_DIR) by default (WAL, busy timeout);
// DATABASE_URL=postgres://… switches to PostgreSQL. Same entities, same migrations.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
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

export function createDataSource(config: DataSourceConfig = {}): DataSource {
  const logger = config.logger ?? (config.log ? new RedactingSqlLogger(config.log) : undefined);
  const common = {
    entities, migrations, synchronize: false, migrationsRun: false,
    ...(logger ? { logger, maxQueryExecutionTime: SLOW_QUERY_MS, ...(config.logger ? {} : { logging: ['error', 'warn', 'migration'] as ('error' | 'warn' | 'migration')[] }) } : {}),
  };
  if (isPostgresUrl(config.url)) {
    return new DataSource({ type: 'postgres', url: config.url, poolSize: 10, ...common });
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
