// Revocable admin sessions, and the token signing secret out of the database: a copy of the
// database must not be enough to forge admin tokens (the secret now lives in ANTENA_JWT_SECRET or
// in a 0600 file of the data directory, see auth/jwt-secret.ts).
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { fk, id, instant, ref } from './columns.js';

const sessions = new Table({
  name: 'sessions',
  columns: [id(), ref('userId'), instant('createdAt'), instant('expiresAt'), instant('revokedAt', true)],
  foreignKeys: [fk('userId', 'users', 'CASCADE')],
  indices: [{ columnNames: ['userId'] }],
});

export class Sessions1764500000000 implements MigrationInterface {
  name = 'Sessions1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(sessions);
    await queryRunner.query(`DELETE FROM app_settings WHERE "key" = 'jwtSecret'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The removed secret is not restored: tokens signed with it were meant to stop working.
    await queryRunner.dropTable('sessions');
  }
}
