// TypeORM's logger for the running server: failed and slow statements go to the structured log
// with their SQL text only; parameters (IBANs, tax ids, emails…) are never written, only counted.
import type { Logger as TypeOrmLogger } from 'typeorm';
import { serializeError, type Logger } from './logger.js';

export const SLOW_QUERY_MS = 1000;

export class RedactingSqlLogger implements TypeOrmLogger {
  constructor(private readonly out: Logger) {}

  logQuery(): void {}

  logQueryError(error: string | Error, query: string, parameters?: unknown[]): void {
    this.out.error({ event: 'sql-error', err: serializeError(error), query, parameterCount: parameters ? parameters.length : 0 }, 'SQL statement failed');
  }

  logQuerySlow(time: number, query: string, parameters?: unknown[]): void {
    this.out.warn({ event: 'sql-slow', ms: time, query, parameterCount: parameters ? parameters.length : 0 }, 'slow SQL statement');
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.out.info({ event: 'migration' }, message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.out.warn({ event: 'typeorm' }, String(message));
  }
}
