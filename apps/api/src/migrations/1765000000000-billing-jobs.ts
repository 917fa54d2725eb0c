// Billing and mass-credit runs as jobs (docs/jobs.md): the run row carries its progress and a worker
// heartbeat; a billing run is split into contract ranges (shards) that workers claim.
import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { fk, id, instant, int, json, ref, text } from './columns.js';

export class BillingJobs1765000000000 implements MigrationInterface {
  name = 'BillingJobs1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('billing_runs', [
      new TableColumn(int('itemsTotal', true)),
      new TableColumn({ ...int('itemsDone'), default: 0 }),
      new TableColumn(instant('heartbeatAt', true)),
    ]);
    await queryRunner.createTable(new Table({
      name: 'billing_run_shards',
      columns: [
        id(), ref('runId'), int('seq'), text('afterId', 36, true), text('lastId', 36, true), text('cursor', 36, true), text('status', 10),
        text('workerId', 64, true), instant('heartbeatAt', true), int('contracts'), json('skipped'),
      ],
      foreignKeys: [fk('runId', 'billing_runs', 'CASCADE')],
      indices: [{ columnNames: ['runId', 'seq'], isUnique: true }],
    }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('billing_run_shards');
    await queryRunner.dropColumns('billing_runs', ['itemsTotal', 'itemsDone', 'heartbeatAt']);
  }
}
