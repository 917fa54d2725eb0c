// Archive instead of delete (docs/rules.md §1 rule 2, "Archive"): `clients.archivedAt`, null while the client is active.
import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class ClientArchive1764800000100 implements MigrationInterface {
  name = 'ClientArchive1764800000100';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('clients', new TableColumn({ name: 'archivedAt', type: 'varchar', length: '30', isNullable: true }));
    await q.createIndex('clients', new TableIndex({ name: 'IDX_clients_archivedAt', columnNames: ['archivedAt'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('clients', 'IDX_clients_archivedAt');
    await q.dropColumn('clients', 'archivedAt');
  }
}
