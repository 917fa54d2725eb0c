// VeriFactu (docs/verifactu.md): the issuer and mode settings, the chain head, the records (insert-only,
// guarded by triggers on both databases), each record's submission state, and invoices' void mark.
import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { id, instant, int, json, ref, text } from './columns.js';

const tables: Table[] = [
  new Table({
    name: 'verifactu_settings',
    columns: [
      { name: 'id', type: 'integer', isPrimary: true }, text('mode', 14), text('environment', 10), text('legalName', 120), text('nif', 9),
      text('address', 300), text('registerLine', 300), text('creditNoteType', 2), text('installationNumber', 100),
      { name: 'configured', type: 'boolean', isNullable: false }, instant('updatedAt'),
    ],
  }),
  new Table({
    name: 'verifactu_chain',
    columns: [
      { name: 'id', type: 'integer', isPrimary: true }, int('length'), text('lastHash', 64), text('lastIssuerNif', 9), text('lastNumber', 60),
      text('lastIssueDate', 10), text('lastGeneratedAt', 30),
    ],
  }),
  new Table({
    name: 'verifactu_records',
    columns: [
      id(), int('position'), text('kind', 10), ref('invoiceId'), text('issuerNif', 9), text('number', 60), text('issueDate', 10),
      text('invoiceType', 2, true), text('taxTotal', 20, true), text('total', 20, true), text('previousHash', 64), text('generatedAt', 30),
      text('hash', 64), json('payload'),
    ],
    foreignKeys: [{ columnNames: ['invoiceId'], referencedTableName: 'invoices', referencedColumnNames: ['id'], onDelete: 'RESTRICT' }],
    indices: [{ columnNames: ['position'], isUnique: true }, { columnNames: ['invoiceId'] }],
  }),
  new Table({
    name: 'verifactu_record_states',
    columns: [
      { ...ref('recordId'), isPrimary: true }, int('position'), text('status', 24), int('attempts'), instant('nextAttemptAt', true),
      text('errorCode', 20, true), text('errorMessage', 500, true), instant('answeredAt', true), text('submissionId', 60, true),
      text('resendAs', 14, true),
    ],
    foreignKeys: [{ columnNames: ['recordId'], referencedTableName: 'verifactu_records', referencedColumnNames: ['id'], onDelete: 'RESTRICT' }],
    indices: [{ columnNames: ['status', 'position'] }],
  }),
];

const GUARDED = ['UPDATE', 'DELETE'] as const;

export class Verifactu1764600000000 implements MigrationInterface {
  name = 'Verifactu1764600000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of tables) await q.createTable(table, false, true, true);
    await q.addColumn('invoices', new TableColumn(instant('voidedAt', true)));
    const postgres = q.connection.options.type === 'postgres';
    const now = new Date(0).toISOString();
    // Placeholders until the admin sets the issuer (configured = false says so); they match the PDF's old defaults.
    await q.query(`INSERT INTO "verifactu_settings" ("id", "mode", "environment", "legalName", "nif", "address", "registerLine", "creditNoteType", "installationNumber", "configured", "updatedAt")
      VALUES (1, 'VERIFACTU', 'PRODUCTION', 'Antena Telecomunicaciones S.L.', 'B12345674', 'Calle Mayor 1, 28001 Madrid', '', 'R4', '1', ${postgres ? 'false' : '0'}, '${now}')`);
    await q.query(`INSERT INTO "verifactu_chain" ("id", "length", "lastHash", "lastIssuerNif", "lastNumber", "lastIssueDate", "lastGeneratedAt") VALUES (1, 0, '', '', '', '', '')`);
    // Records are never edited or deleted: the database refuses it too.
    if (postgres) {
      await q.query(`CREATE FUNCTION verifactu_records_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'verifactu_records are immutable'; END $$`);
      for (const op of GUARDED) {
        await q.query(`CREATE TRIGGER verifactu_records_no_${op.toLowerCase()} BEFORE ${op} ON "verifactu_records" FOR EACH ROW EXECUTE FUNCTION verifactu_records_immutable()`);
      }
    } else {
      for (const op of GUARDED) {
        await q.query(`CREATE TRIGGER verifactu_records_no_${op.toLowerCase()} BEFORE ${op} ON "verifactu_records" BEGIN SELECT RAISE(ABORT, 'verifactu_records are immutable'); END`);
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const op of GUARDED) await q.query(`DROP TRIGGER IF EXISTS verifactu_records_no_${op.toLowerCase()}${q.connection.options.type === 'postgres' ? ' ON "verifactu_records"' : ''}`);
    if (q.connection.options.type === 'postgres') await q.query('DROP FUNCTION IF EXISTS verifactu_records_immutable()');
    await q.dropColumn('invoices', 'voidedAt');
    for (const table of [...tables].reverse()) await q.dropTable(table.name);
  }
}
