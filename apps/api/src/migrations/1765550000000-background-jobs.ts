// Background jobs (docs/jobs.md "Background jobs"): one row per job of any kind, with its progress, result or failure.
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { id, instant, int, json, text } from './columns.js';

export class BackgroundJobs1765550000000 implements MigrationInterface {
  name = 'BackgroundJobs1765550000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(new Table({
      name: 'background_jobs',
      columns: [
        id(), text('kind', 20), text('status', 10), json('params'), json('result', true), json('failure', true),
        int('itemsDone'), int('itemsTotal', true), text('actorType', 20), text('actorId', 36, true), text('actorName', 254, true), text('locale', 2),
        instant('createdAt'), instant('startedAt', true), instant('finishedAt', true), instant('heartbeatAt', true), text('workerId', 64, true), int('attempts'),
      ],
      indices: [{ columnNames: ['status', 'createdAt'] }, { columnNames: ['kind', 'createdAt'] }],
    }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('background_jobs');
  }
}
