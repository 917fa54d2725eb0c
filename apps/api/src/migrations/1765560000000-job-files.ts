// The files background jobs produce (docs/jobs.md "Files"): chunks of at most 1 MiB, in order, per job (deleted with it).
// Binary column: BLOB on SQLite, BYTEA on PostgreSQL (no portable type; raw SQL reads and writes it).
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { fk, int, ref } from './columns.js';

export class JobFiles1765560000000 implements MigrationInterface {
  name = 'JobFiles1765560000000';

  async up(q: QueryRunner): Promise<void> {
    const binary = q.connection.options.type === 'postgres' ? 'bytea' : 'blob';
    await q.createTable(new Table({
      name: 'job_files',
      columns: [{ ...ref('jobId'), isPrimary: true }, { ...int('seq'), isPrimary: true }, { name: 'bytes', type: binary, isNullable: false }],
      // A job's file goes with its job.
      foreignKeys: [fk('jobId', 'background_jobs', 'CASCADE')],
    }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('job_files');
  }
}
