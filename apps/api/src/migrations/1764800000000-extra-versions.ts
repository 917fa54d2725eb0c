// Bonuses and additional amounts are ended and deleted concurrently by several people: each row gets the
// optimistic lock `version` clients and contracts already have (docs/rules.md §2 "Removing bonuses and additional amounts").
import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

const TABLES = ['bonuses', 'additional_amounts'];

export class ExtraVersions1764800000000 implements MigrationInterface {
  name = 'ExtraVersions1764800000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await q.addColumn(table, new TableColumn({ name: 'version', type: 'integer', isNullable: false, default: 1 }));
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.dropColumn(table, 'version');
  }
}
