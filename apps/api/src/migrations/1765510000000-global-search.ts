// Global search (docs/search.md): a table of the word-start terms of every client (name, code, tax id,
// e-mail, IBAN), indexed on the term, so a prefix lookup is an index range scan on both databases instead
// of the LIKE '%…%' scan of clients.searchText; and indexes for looking contracts and invoices up by the
// start of their number. On PostgreSQL the terms and the number indexes compare bytes (COLLATE "C"), so
// a prefix range is exact whatever the database's collation. Existing clients are backfilled in chunks.
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { clientSearchTerms, type SearchableClient } from '../services/client-search.js';
import { fk, ref } from './columns.js';

const CHUNK = 500;

export class GlobalSearch1765510000000 implements MigrationInterface {
  name = 'GlobalSearch1765510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const pg = queryRunner.connection.options.type === 'postgres';
    await queryRunner.createTable(new Table({
      name: 'client_search_terms',
      columns: [
        { ...ref('clientId'), isPrimary: true },
        { name: 'term', type: 'varchar', length: '120', isPrimary: true, ...(pg ? { collation: 'C' } : {}) },
        ref('partnerId', true),
      ],
      foreignKeys: [fk('clientId', 'clients', 'CASCADE')],
      indices: [
        { name: 'IDX_client_search_terms_term', columnNames: ['term', 'clientId'] },
        { name: 'IDX_client_search_terms_partner_term', columnNames: ['partnerId', 'term'] },
      ],
    }));
    if (pg) {
      await queryRunner.query(`CREATE INDEX "IDX_contracts_number_prefix" ON "contracts" ("number" COLLATE "C")`);
      await queryRunner.query(`CREATE INDEX "IDX_invoices_number_prefix" ON "invoices" ("number" COLLATE "C")`);
    } else {
      // SQLite compares bytes already; contracts.number has its unique index since the first migration.
      await queryRunner.createIndex('invoices', new TableIndex({ name: 'IDX_invoices_number_prefix', columnNames: ['number'] }));
    }
    const p = (n: number) => (pg ? `$${n}` : '?');
    for (let after = ''; ;) {
      const rows: (SearchableClient & { id: string; partnerId: string | null })[] = await queryRunner.query(
        `SELECT "id", "name", "code", "taxId", "email", "iban", "partnerId" FROM "clients" WHERE "id" > ${p(1)} ORDER BY "id" LIMIT ${CHUNK}`, [after],
      );
      if (rows.length === 0) break;
      const tuples = rows.flatMap((row) => clientSearchTerms(row).map((term) => [row.id, term, row.partnerId]));
      // 1 000 rows (3 000 parameters) per statement, well under both databases' limits.
      for (let i = 0; i < tuples.length; i += 1000) {
        const batch = tuples.slice(i, i + 1000);
        const values = batch.map((_, j) => `(${p(3 * j + 1)}, ${p(3 * j + 2)}, ${p(3 * j + 3)})`);
        await queryRunner.query(`INSERT INTO "client_search_terms" ("clientId", "term", "partnerId") VALUES ${values.join(', ')}`, batch.flat());
      }
      if (rows.length < CHUNK) break;
      after = rows[rows.length - 1]!.id;
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_invoices_number_prefix"`);
    if (queryRunner.connection.options.type === 'postgres') await queryRunner.query(`DROP INDEX "IDX_contracts_number_prefix"`);
    await queryRunner.dropTable('client_search_terms');
  }
}
