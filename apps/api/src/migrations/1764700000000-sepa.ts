// SEPA direct debits (docs/sepa.md "Persistence"): creditor settings, remittances, debits.
// The unique openInvoiceId is what keeps an invoice out of two open remittances, also under races.
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { bool, date, fk, id, instant, int, json, ref, text } from './columns.js';

const tables: Table[] = [
  new Table({
    name: 'sepa_settings',
    columns: [
      { name: 'id', type: 'integer', isPrimary: true }, text('creditorName', 70, true), text('creditorId', 35, true), text('initiatingPartyId', 35, true),
      text('iban', 34, true), text('bic', 11, true), text('painFormat', 20), int('daysBetweenIssueAndCollection'), bool('returnFeeEnabled'),
      int('returnFeeCents'), int('returnFeeVatRate'), instant('updatedAt'),
    ],
  }),
  new Table({
    name: 'sepa_remittances',
    columns: [
      id(), text('reference', 35), text('painFormat', 20), date('collectionDate'), text('status', 10), int('count'),
      { name: 'sumCents', type: 'bigint', isNullable: false }, json('groups'), json('creditor'), text('createdBy', 254), instant('createdAt'), instant('settledAt', true),
    ],
    indices: [{ columnNames: ['reference'], isUnique: true }, { columnNames: ['createdAt'] }],
  }),
  new Table({
    name: 'sepa_debits',
    columns: [
      id(), ref('remittanceId'), int('position'), ref('invoiceId'), text('invoiceNumber', 20), ref('contractId'), ref('clientId'), ref('openInvoiceId', true),
      text('endToEndId', 35), int('amountCents'), text('sequenceType', 4), text('debtorName', 70), text('iban', 34), text('mandateReference', 35),
      date('mandateSignedAt'), text('previousIban', 34, true), text('previousMandateReference', 35, true), text('remittanceInfo', 140), json('reasons'),
      text('status', 10), text('returnReasonCode', 4, true), date('returnedOn', true), instant('returnedAt', true),
    ],
    foreignKeys: [fk('remittanceId', 'sepa_remittances'), fk('invoiceId', 'invoices'), fk('contractId', 'contracts')],
    indices: [
      { columnNames: ['endToEndId'], isUnique: true }, { columnNames: ['openInvoiceId'], isUnique: true },
      { columnNames: ['remittanceId', 'position'], isUnique: true }, { columnNames: ['invoiceId'] }, { columnNames: ['contractId'] },
    ],
  }),
];

export class Sepa1764700000000 implements MigrationInterface {
  name = 'Sepa1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of tables) await queryRunner.createTable(table, false, true, true);
    const insert = (table: string, values: Record<string, unknown>[]) => queryRunner.manager.createQueryBuilder().insert().into(table).values(values).execute();
    await insert('sequences', [{ name: 'remittance', nextValue: 1 }]);
    // The return fee is off by default (docs/sepa.md); 5.00 € + 21 % VAT (stored ×10⁶, db/columns.ts) when turned on.
    // Plain SQL: an insert through the query builder would run the entity's transformers on these stored values.
    const no = queryRunner.connection.options.type === 'postgres' ? 'false' : '0';
    await queryRunner.query(`INSERT INTO sepa_settings ("id", "painFormat", "daysBetweenIssueAndCollection", "returnFeeEnabled", "returnFeeCents", "returnFeeVatRate", "updatedAt")
      VALUES (1, 'pain.008.001.02', 5, ${no}, 500, 210000, '${new Date().toISOString()}')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...tables].reverse()) await queryRunner.dropTable(table.name);
    await queryRunner.manager.createQueryBuilder().delete().from('sequences').where('name = :n', { n: 'remittance' }).execute();
  }
}
