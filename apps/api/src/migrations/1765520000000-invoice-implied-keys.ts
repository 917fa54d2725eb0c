// PostgreSQL only (docs/billing.md "Implied keys"): invoices lose the foreign keys on "billingRunId" and
// "clientId". Both are implied by what the invoice is written from — the run that writes it (a run row is
// never deleted) and its contract's client (the contract key stays, and contracts keep theirs to clients) —
// so checking them per row carried no information, yet cost about half of the write server's CPU in a
// billing run. SQLite keeps them: there its checks are cheap lookups in the same process.
import { TableForeignKey, type MigrationInterface, type QueryRunner } from 'typeorm';
import { fk } from './columns.js';

const IMPLIED = [fk('clientId', 'clients'), fk('billingRunId', 'billing_runs')];

export class InvoiceImpliedKeys1765520000000 implements MigrationInterface {
  name = 'InvoiceImpliedKeys1765520000000';

  async up(q: QueryRunner): Promise<void> {
    if (q.connection.options.type !== 'postgres') return;
    const table = await q.getTable('invoices');
    for (const key of IMPLIED) {
      const found = table?.foreignKeys.find((k) => k.columnNames.length === 1 && k.columnNames[0] === key.columnNames[0]);
      if (found) await q.dropForeignKey('invoices', found);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    if (q.connection.options.type !== 'postgres') return;
    for (const key of IMPLIED) await q.createForeignKey('invoices', new TableForeignKey(key));
  }
}
