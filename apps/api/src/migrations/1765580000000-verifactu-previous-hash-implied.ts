// A VeriFactu record's previous hash (Huella of RegistroAnterior) is no longer stored (docs/verifactu.md, "Tables"): it
// is the hash of the record at the position before, which migration 1765530000000 made the table's key, and the
// rest of the link (issuer, number, date) is already read from that row. The entity reads it back with the row
// (a virtual column); the chain verification recomputes every hash with the hash of the record before it.
//
// up() checks first that every stored previous hash is the hash of the row before it (the first record's empty): a
// chain that is not whole is not made to look whole by dropping the column; the migration stops and says where.
// down() adds the column back and fills it from the row before (the immutability trigger on UPDATE lifted for that
// alone). On SQLite the column comes back with a default of '' (ADD COLUMN NOT NULL needs one).
import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLE = 'verifactu_records';

export class VerifactuPreviousHashImplied1765580000000 implements MigrationInterface {
  name = 'VerifactuPreviousHashImplied1765580000000';

  async up(q: QueryRunner): Promise<void> {
    const broken = await q.query(`SELECT r."position" AS "position" FROM "${TABLE}" r LEFT JOIN "${TABLE}" p ON p."position" = r."position" - 1
      WHERE r."previousHash" <> COALESCE(p."hash", '') ORDER BY r."position" LIMIT 10`) as Array<{ position: number }>;
    if (broken.length > 0) {
      throw new Error(`${TABLE}: the previous hash of the records at positions ${broken.map((b) => b.position).join(', ')} is not the hash of the record before them; verify the chain (verifactuChain) before migrating`);
    }
    await q.query(`ALTER TABLE "${TABLE}" DROP COLUMN "previousHash"`);
  }

  async down(q: QueryRunner): Promise<void> {
    const postgres = q.connection.options.type === 'postgres';
    await q.query(`ALTER TABLE "${TABLE}" ADD COLUMN "previousHash" varchar(64) NOT NULL DEFAULT ''`);
    await q.query(`DROP TRIGGER IF EXISTS ${TABLE}_no_update${postgres ? ` ON "${TABLE}"` : ''}`);
    await q.query(`UPDATE "${TABLE}" SET "previousHash" = COALESCE((SELECT p."hash" FROM "${TABLE}" p WHERE p."position" = "${TABLE}"."position" - 1), '')`);
    if (postgres) await q.query(`ALTER TABLE "${TABLE}" ALTER COLUMN "previousHash" DROP DEFAULT`);
    await q.query(postgres
      ? `CREATE TRIGGER ${TABLE}_no_update BEFORE UPDATE ON "${TABLE}" FOR EACH ROW EXECUTE FUNCTION verifactu_records_immutable()`
      : `CREATE TRIGGER ${TABLE}_no_update BEFORE UPDATE ON "${TABLE}" BEGIN SELECT RAISE(ABORT, '${TABLE} are immutable'); END`);
  }
}
