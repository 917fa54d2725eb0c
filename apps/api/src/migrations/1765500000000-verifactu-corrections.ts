// Subsanación (docs/verifactu.md, "Corrections"): which record corrects which. Insert-only like the records
// (triggers refuse UPDATE and DELETE on both databases); a record is corrected at most once (unique `correctsId`).
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { instant, ref, text } from './columns.js';

const GUARDED = ['UPDATE', 'DELETE'] as const;

export class VerifactuCorrections1765500000000 implements MigrationInterface {
  name = 'VerifactuCorrections1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'verifactu_corrections',
      columns: [{ ...ref('recordId'), isPrimary: true }, ref('correctsId'), text('correctedStatus', 24), instant('createdAt')],
      foreignKeys: [
        { columnNames: ['recordId'], referencedTableName: 'verifactu_records', referencedColumnNames: ['id'], onDelete: 'RESTRICT' },
        { columnNames: ['correctsId'], referencedTableName: 'verifactu_records', referencedColumnNames: ['id'], onDelete: 'RESTRICT' },
      ],
      indices: [{ columnNames: ['correctsId'], isUnique: true }],
    }), false, true, true);
    if (q.connection.options.type === 'postgres') {
      // The function the records' triggers use (migration 1764600000000) refuses any change.
      for (const op of GUARDED) {
        await q.query(`CREATE TRIGGER verifactu_corrections_no_${op.toLowerCase()} BEFORE ${op} ON "verifactu_corrections" FOR EACH ROW EXECUTE FUNCTION verifactu_records_immutable()`);
      }
    } else {
      for (const op of GUARDED) {
        await q.query(`CREATE TRIGGER verifactu_corrections_no_${op.toLowerCase()} BEFORE ${op} ON "verifactu_corrections" BEGIN SELECT RAISE(ABORT, 'verifactu_corrections are immutable'); END`);
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const op of GUARDED) await q.query(`DROP TRIGGER IF EXISTS verifactu_corrections_no_${op.toLowerCase()}${q.connection.options.type === 'postgres' ? ' ON "verifactu_corrections"' : ''}`);
    await q.dropTable('verifactu_corrections');
  }
}
