// A debit's and an invoice's status change rewrites no index entry (docs/sepa.md "Persistence").
// - sepa_debits loses "openInvoiceId" and its unique index (both databases). An invoice is kept out of two open
//   remittances by the unique EndToEndId instead: it is the invoice number and the attempt, the count of the
//   invoice's earlier debits, so two creations that read the same debits write the same EndToEndId and the second
//   fails; the creations also take turns on the remittance counter. Settling or returning a debit now changes
//   unindexed columns only.
// - PostgreSQL only: room on every page for a new version of each row (fillfactor 50 on invoices and sepa_debits),
//   so those changes are heap-only tuple (HOT) updates, which add no index entry and stay on the row's page. Every
//   invoice changes status at least once (PAID, RETURNED) and every debit once (SETTLED, RETURNED): without room
//   each change put a new entry in every index of the table. Pages written before keep their packing; new rows get
//   the room.
// - PostgreSQL only: sepa_debits loses its foreign keys, as invoices lost theirs (docs/billing.md "Implied keys"):
//   a debit is written by the remittance creation from the remittance row it inserts and the invoice and contract
//   it reads in the same transaction; remittances and invoices are never deleted, and a contract with invoices
//   cannot be. Checked per row they took a third of the server's work in a remittance of 100 000 debits.
import { TableForeignKey, type MigrationInterface, type QueryRunner } from 'typeorm';
import { fk } from './columns.js';

const OPEN_INDEX = 'IDX_sepa_debits_open_invoice';
const IMPLIED = [fk('remittanceId', 'sepa_remittances'), fk('invoiceId', 'invoices'), fk('contractId', 'contracts')];
const ROOMY = ['invoices', 'sepa_debits'];

export class SepaHotUpdates1765590000000 implements MigrationInterface {
  name = 'SepaHotUpdates1765590000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "${OPEN_INDEX}"`);
    await q.query('ALTER TABLE "sepa_debits" DROP COLUMN "openInvoiceId"');
    if (q.connection.options.type !== 'postgres') return;
    const table = await q.getTable('sepa_debits');
    for (const key of IMPLIED) {
      const found = table?.foreignKeys.find((k) => k.columnNames.length === 1 && k.columnNames[0] === key.columnNames[0]);
      if (found) await q.dropForeignKey('sepa_debits', found);
    }
    for (const name of ROOMY) await q.query(`ALTER TABLE "${name}" SET (fillfactor = 50)`);
  }

  async down(q: QueryRunner): Promise<void> {
    if (q.connection.options.type === 'postgres') {
      for (const name of ROOMY) await q.query(`ALTER TABLE "${name}" RESET (fillfactor)`);
      for (const key of IMPLIED) await q.createForeignKey('sepa_debits', new TableForeignKey(key));
    }
    await q.query('ALTER TABLE "sepa_debits" ADD COLUMN "openInvoiceId" varchar(36)');
    await q.query(`UPDATE "sepa_debits" SET "openInvoiceId" = "invoiceId" WHERE "status" = 'PENDING'`);
    await q.query(`CREATE UNIQUE INDEX "${OPEN_INDEX}" ON "sepa_debits" ("openInvoiceId") WHERE "openInvoiceId" IS NOT NULL`);
  }
}
