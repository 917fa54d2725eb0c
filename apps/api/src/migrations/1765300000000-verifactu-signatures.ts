// No VERI*FACTU mode (docs/verifactu.md, "No VERI*FACTU: signed records"): each record's signature, made when
// the record is appended, insert-only like the records (triggers refuse UPDATE and DELETE on both databases).
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { ref, text } from './columns.js';

const GUARDED = ['UPDATE', 'DELETE'] as const;

export class VerifactuSignatures1765300000000 implements MigrationInterface {
  name = 'VerifactuSignatures1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'verifactu_signatures',
      columns: [{ ...ref('recordId'), isPrimary: true }, text('algorithm', 20), text('keyId', 64), { name: 'signature', type: 'text', isNullable: false }],
      foreignKeys: [{ columnNames: ['recordId'], referencedTableName: 'verifactu_records', referencedColumnNames: ['id'], onDelete: 'RESTRICT' }],
    }), false, true, true);
    if (q.connection.options.type === 'postgres') {
      // The function the records' triggers use (migration 1764600000000) refuses any change.
      for (const op of GUARDED) {
        await q.query(`CREATE TRIGGER verifactu_signatures_no_${op.toLowerCase()} BEFORE ${op} ON "verifactu_signatures" FOR EACH ROW EXECUTE FUNCTION verifactu_records_immutable()`);
      }
    } else {
      for (const op of GUARDED) {
        await q.query(`CREATE TRIGGER verifactu_signatures_no_${op.toLowerCase()} BEFORE ${op} ON "verifactu_signatures" BEGIN SELECT RAISE(ABORT, 'verifactu_signatures are immutable'); END`);
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const op of GUARDED) await q.query(`DROP TRIGGER IF EXISTS verifactu_signatures_no_${op.toLowerCase()}${q.connection.options.type === 'postgres' ? ' ON "verifactu_signatures"' : ''}`);
    await q.dropTable('verifactu_signatures');
  }
}
