// A TypeORM logger that counts the SQL statements sent (DataLoader and global search tests).
import type { Logger } from 'typeorm';

export class QueryCounter implements Logger {
  count = 0;
  statements: string[] = [];
  /** The parameters of each statement, same order (to EXPLAIN a statement as it was sent). */
  parameters: unknown[][] = [];
  logQuery(query: string, parameters?: unknown[]): void {
    this.count++;
    this.statements.push(query);
    this.parameters.push(parameters ?? []);
  }
  reset(): void {
    this.count = 0;
    this.statements = [];
    this.parameters = [];
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
