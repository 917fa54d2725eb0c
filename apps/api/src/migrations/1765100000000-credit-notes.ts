// Manual credit notes (docs/billing.md "Manual credit notes"): a credit note keeps its reason and rectification
// type (R1–R5, also in its VeriFactu alta), and every invoice gets the optimistic lock `version`, moved by each
// credit note issued on it (createCreditNote's expectedVersion, and the row lock two concurrent notes queue on).
import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { text } from './columns.js';

export class CreditNotes1765100000000 implements MigrationInterface {
  name = 'CreditNotes1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('invoices', new TableColumn(text('creditReason', 500, true)));
    await q.addColumn('invoices', new TableColumn(text('rectificationType', 2, true)));
    await q.addColumn('invoices', new TableColumn({ name: 'version', type: 'integer', isNullable: false, default: 1 }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('invoices', 'version');
    await q.dropColumn('invoices', 'rectificationType');
    await q.dropColumn('invoices', 'creditReason');
  }
}
