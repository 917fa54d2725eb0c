// Accent- and case-insensitive client search that gives the same results on SQLite and PostgreSQL:
// a stored search key per client (services/client-search.ts) instead of database-specific collations
// or extensions. Existing clients are backfilled in chunks of 500, one UPDATE per chunk.
import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { clientSearchText, type SearchableClient } from '../services/client-search.js';

const CHUNK = 500;

export class ClientSearch1764900000000 implements MigrationInterface {
  name = 'ClientSearch1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('clients', new TableColumn({ name: 'searchText', type: 'varchar', length: '700', isNullable: false, default: "''" }));
    const pg = queryRunner.connection.options.type === 'postgres';
    const p = (n: number) => (pg ? `$${n}` : '?');
    for (let offset = 0; ; offset += CHUNK) {
      const rows: (SearchableClient & { id: string })[] = await queryRunner.query(
        `SELECT "id", "name", "code", "taxId", "email", "iban" FROM "clients" ORDER BY "id" LIMIT ${CHUNK} OFFSET ${offset}`,
      );
      if (rows.length === 0) break;
      const params: string[] = [];
      const cases = rows.map((row) => {
        params.push(row.id, clientSearchText(row));
        return `WHEN ${p(params.length - 1)} THEN ${p(params.length)}`;
      });
      const ids = rows.map((row) => {
        params.push(row.id);
        return p(params.length);
      });
      await queryRunner.query(`UPDATE "clients" SET "searchText" = CASE "id" ${cases.join(' ')} END WHERE "id" IN (${ids.join(', ')})`, params);
      if (rows.length < CHUNK) break;
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('clients', 'searchText');
  }
}
