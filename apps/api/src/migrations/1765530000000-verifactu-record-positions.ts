// VeriFactu records keyed by their chain position, stored without what they repeat (docs/verifactu.md, "Tables"):
// - the position (1, 2, 3 …) is already unique and is what every reader orders and pages by, so it becomes the
//   primary key and the text id goes, with its index; states, signatures and corrections name their record by
//   position too. On SQLite the records and states become rowid tables (the key is the row itself);
// - a record's system identity (SistemaInformatico, the same for every record a release of an installation writes)
//   goes to `verifactu_systems`, named by `systemKey`; its link to the record before it (RegistroAnterior: that
//   record's issuer, number, date and hash, all columns of the row before) leaves the payload, read back from the
//   chain (verifactu/stored-records.ts);
// - the records and their states lose the foreign keys implied by how they are written (docs/billing.md "Implied
//   keys"): a record's invoice is the one numbered in the same transaction, its system is looked up there under the
//   chain lock, a state is written for the positions just appended. Checked per row they carried no information and
//   cost, on SQLite too, about a sixth of what the database spends writing a record (measured in instructions on the
//   billing benchmark). Signatures and corrections keep theirs (one row per record at most, written one by one).
//
// The hashed columns are copied unchanged, so the chain and its hashes hold, and each record reads back as it was
// built; the audit entries that named a record by id name it by position. down() restores the previous tables,
// the payloads whole again and the ids rebuilt from the positions (`00000000-0000-7000-8000-` and the position in
// 12 digits).
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { fk, id, instant, int, json, ref, text } from './columns.js';

const GUARDED = ['UPDATE', 'DELETE'] as const;
/** The insert-only tables and their triggers (migrations 1764600000000, 1765300000000, 1765500000000, and this one's systems). */
const IMMUTABLE = ['verifactu_records', 'verifactu_signatures', 'verifactu_corrections'] as const;
const SYSTEMS = 'verifactu_systems';
const SYSTEM = ['producerName', 'producerNif', 'systemName', 'systemId', 'version', 'installationNumber'];
const LINK = ['issuerNif', 'number', 'issueDate', 'hash'];
/** Children first: the order they are dropped in; created in the reverse one. */
const TABLES = ['verifactu_corrections', 'verifactu_signatures', 'verifactu_record_states', 'verifactu_records'] as const;
type Name = (typeof TABLES)[number];

const HASHED = ['kind', 'invoiceId', 'issuerNif', 'number', 'issueDate', 'invoiceType', 'taxTotal', 'total', 'previousHash', 'generatedAt', 'hash'];
const STATE = ['status', 'attempts', 'nextAttemptAt', 'errorCode', 'errorMessage', 'answeredAt', 'submissionId', 'resendAs'];
const cols = (names: string[], alias = '') => names.map((n) => `${alias}"${n}"`).join(', ');

const recordColumns = [
  text('kind', 10), ref('invoiceId'), text('issuerNif', 9), text('number', 60), text('issueDate', 10), text('invoiceType', 2, true),
  text('taxTotal', 20, true), text('total', 20, true), text('previousHash', 64), text('generatedAt', 30), text('hash', 64),
];
const stateColumns = [
  text('status', 24), int('attempts'), instant('nextAttemptAt', true), text('errorCode', 20, true), text('errorMessage', 500, true),
  instant('answeredAt', true), text('submissionId', 60, true), text('resendAs', 14, true),
];
const positionKey = { name: 'position', type: 'integer', isPrimary: true, isNullable: false };
const toRecord = (column: string) => ({ columnNames: [column], referencedTableName: 'verifactu_records', referencedColumnNames: ['position'], onDelete: 'RESTRICT' as const });
const toRecordId = (column: string) => ({ columnNames: [column], referencedTableName: 'verifactu_records', referencedColumnNames: ['id'], onDelete: 'RESTRICT' as const });

/** The tables as this migration leaves them. Index names are explicit: the previous tables' are still there while rows are copied. */
function keyedByPosition(): Record<Name, Table> {
  return {
    verifactu_records: new Table({
      name: 'verifactu_records', columns: [positionKey, ...recordColumns, int('systemKey'), json('payload')],
      // No foreign keys: each is implied by how the row is written (see the header).
      foreignKeys: [],
      indices: [{ name: 'IDX_verifactu_records_invoiceId', columnNames: ['invoiceId'] }],
    }),
    verifactu_record_states: new Table({
      name: 'verifactu_record_states', columns: [positionKey, ...stateColumns],
      foreignKeys: [],
      indices: [{ name: 'IDX_verifactu_record_states_status_position', columnNames: ['status', 'position'] }],
    }),
    verifactu_signatures: new Table({
      name: 'verifactu_signatures', columns: [positionKey, text('algorithm', 20), text('keyId', 64), { name: 'signature', type: 'text', isNullable: false }],
      foreignKeys: [toRecord('position')],
    }),
    verifactu_corrections: new Table({
      name: 'verifactu_corrections', columns: [positionKey, int('correctsPosition'), text('correctedStatus', 24), instant('createdAt')],
      foreignKeys: [toRecord('position'), toRecord('correctsPosition')],
      indices: [{ name: 'IDX_verifactu_corrections_correctsPosition', columnNames: ['correctsPosition'], isUnique: true }],
    }),
  };
}

/** The tables as migrations 1764600000000, 1765300000000 and 1765500000000 made them (down()). */
function keyedById(): Record<Name, Table> {
  return {
    verifactu_records: new Table({
      name: 'verifactu_records', columns: [id(), int('position'), ...recordColumns, json('payload')],
      foreignKeys: [fk('invoiceId', 'invoices')],
      indices: [{ columnNames: ['position'], isUnique: true }, { columnNames: ['invoiceId'] }],
    }),
    verifactu_record_states: new Table({
      name: 'verifactu_record_states', columns: [{ ...ref('recordId'), isPrimary: true }, int('position'), ...stateColumns],
      foreignKeys: [toRecordId('recordId')],
      indices: [{ columnNames: ['status', 'position'] }],
    }),
    verifactu_signatures: new Table({
      name: 'verifactu_signatures', columns: [{ ...ref('recordId'), isPrimary: true }, text('algorithm', 20), text('keyId', 64), { name: 'signature', type: 'text', isNullable: false }],
      foreignKeys: [toRecordId('recordId')],
    }),
    verifactu_corrections: new Table({
      name: 'verifactu_corrections', columns: [{ ...ref('recordId'), isPrimary: true }, ref('correctsId'), text('correctedStatus', 24), instant('createdAt')],
      foreignKeys: [toRecordId('recordId'), toRecordId('correctsId')],
      indices: [{ columnNames: ['correctsId'], isUnique: true }],
    }),
  };
}

const systems = new Table({
  name: SYSTEMS,
  columns: [
    { name: 'id', type: 'integer', isPrimary: true, isNullable: false }, text('producerName', 120), text('producerNif', 9), text('systemName', 30), text('systemId', 2),
    text('version', 50), text('installationNumber', 100),
  ],
  indices: [{ name: 'IDX_verifactu_systems_identity', columnNames: SYSTEM, isUnique: true }],
});

async function dropTriggers(q: QueryRunner, postgres: boolean, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    for (const op of GUARDED) await q.query(`DROP TRIGGER IF EXISTS ${table}_no_${op.toLowerCase()}${postgres ? ` ON "${table}"` : ''}`);
  }
}

/** Insert-only, as before: the database refuses UPDATE and DELETE (PostgreSQL: the function of migration 1764600000000). */
async function createTriggers(q: QueryRunner, postgres: boolean, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    for (const op of GUARDED) {
      await q.query(postgres
        ? `CREATE TRIGGER ${table}_no_${op.toLowerCase()} BEFORE ${op} ON "${table}" FOR EACH ROW EXECUTE FUNCTION verifactu_records_immutable()`
        : `CREATE TRIGGER ${table}_no_${op.toLowerCase()} BEFORE ${op} ON "${table}" BEGIN SELECT RAISE(ABORT, '${table} are immutable'); END`);
    }
  }
}

/**
 * Moves the four tables aside (`<name>_old`, triggers dropped: SQLite's trigger names are global), creates `next`,
 * lets `copy` fill them, checks every row arrived, and drops the old ones.
 */
async function rebuild(q: QueryRunner, next: Record<Name, Table>, copy: () => Promise<void>): Promise<void> {
  for (const name of TABLES) await q.query(`ALTER TABLE "${name}" RENAME TO "${name}_old"`);
  for (const name of [...TABLES].reverse()) await q.createTable(next[name], false, true, true);
  await copy();
  for (const name of TABLES) {
    const [[a], [b]] = [await q.query(`SELECT COUNT(*) AS n FROM "${name}_old"`), await q.query(`SELECT COUNT(*) AS n FROM "${name}"`)];
    if (Number(a.n) !== Number(b.n)) throw new Error(`${name}: ${a.n} rows before, ${b.n} copied`);
  }
  for (const name of TABLES) await q.query(`DROP TABLE "${name}_old"`);
}

/** The payload's JSON, per database: a text value at a path, keys removed, keys set (values built by `object`). */
const payloadJson = {
  text: (pg: boolean, column: string, ...path: string[]) => (pg ? `(${column}::jsonb)${path.map((k, i) => `${i === path.length - 1 ? '->>' : '->'}'${k}'`).join('')}` : `json_extract(${column}, '$.${path.join('.')}')`),
  without: (pg: boolean, column: string, ...keys: string[]) => (pg ? `((${column}::jsonb)${keys.map((k) => ` - '${k}'`).join('')})::text` : `json_remove(${column}, ${keys.map((k) => `'$.${k}'`).join(', ')})`),
  object: (pg: boolean, alias: string, keys: string[]) => `${pg ? 'jsonb_build_object' : 'json_object'}(${keys.map((k) => `'${k}', ${alias}."${k}"`).join(', ')})`,
};

/**
 * The audit entries of records (resendVerifactuRecord, correctVerifactuRecord) name them by `entityId`, and a
 * correction's entry names the correcting record in its change: each old key replaced by the new one.
 */
async function rekeyAudit(q: QueryRunner, key: (old: string[]) => Promise<Map<string, string>>): Promise<void> {
  const rows = await q.query(`SELECT "id", "entityId", "changes" FROM "audit_entries" WHERE "entityType" = 'VerifactuRecord'`) as Array<{ id: string; entityId: string; changes: string }>;
  if (rows.length === 0) return;
  const postgres = q.connection.options.type === 'postgres';
  const keys = await key(rows.flatMap((r) => [r.entityId, ...(JSON.parse(r.changes) as Array<{ field: string; to: unknown }>).filter((c) => c.field === 'correctedBy').map((c) => String(c.to))]));
  for (const r of rows) {
    const changes = (JSON.parse(r.changes) as Array<{ field: string; to: unknown }>).map((c) => (c.field === 'correctedBy' && keys.has(String(c.to)) ? { ...c, to: keys.get(String(c.to)) } : c));
    await q.query(`UPDATE "audit_entries" SET "entityId" = ${postgres ? '$1' : '?'}, "changes" = ${postgres ? '$2' : '?'} WHERE "id" = ${postgres ? '$3' : '?'}`,
      [keys.get(r.entityId) ?? r.entityId, JSON.stringify(changes), r.id]);
  }
}

/** down()'s record ids: the position in a UUID's shape, so the same record gets the same id every time. */
const idSql = (postgres: boolean, column: string) => (postgres
  ? `('00000000-0000-7000-8000-' || lpad(${column}::text, 12, '0'))`
  : `printf('00000000-0000-7000-8000-%012d', ${column})`);

export class VerifactuRecordPositions1765530000000 implements MigrationInterface {
  name = 'VerifactuRecordPositions1765530000000';

  async up(q: QueryRunner): Promise<void> {
    const postgres = q.connection.options.type === 'postgres';
    await dropTriggers(q, postgres, IMMUTABLE);
    await q.createTable(systems, false, true, true);
    await rebuild(q, keyedByPosition(), async () => {
      // Each distinct identity the payloads name, numbered in the order the chain first used it.
      const identity = SYSTEM.map((k) => payloadJson.text(postgres, 'r."payload"', 'system', k));
      await q.query(`INSERT INTO "${SYSTEMS}" ("id", ${cols(SYSTEM)})
        SELECT ROW_NUMBER() OVER (ORDER BY MIN(x."position")), ${cols(SYSTEM, 'x.')}
        FROM (SELECT r."position", ${identity.map((e, i) => `${e} AS "${SYSTEM[i]}"`).join(', ')} FROM "verifactu_records_old" r) x GROUP BY ${cols(SYSTEM, 'x.')}`);
      await q.query(`INSERT INTO "verifactu_records" ("position", ${cols(HASHED)}, "systemKey", "payload")
        SELECT r."position", ${cols(HASHED, 'r.')}, s."id", ${payloadJson.without(postgres, 'r."payload"', 'system', 'previous')}
        FROM "verifactu_records_old" r JOIN "${SYSTEMS}" s ON ${SYSTEM.map((k, i) => `s."${k}" = ${identity[i]}`).join(' AND ')}`);
      await q.query(`INSERT INTO "verifactu_record_states" ("position", ${cols(STATE)}) SELECT r."position", ${cols(STATE, 's.')}
        FROM "verifactu_record_states_old" s JOIN "verifactu_records_old" r ON r."id" = s."recordId"`);
      await q.query(`INSERT INTO "verifactu_signatures" ("position", "algorithm", "keyId", "signature") SELECT r."position", s."algorithm", s."keyId", s."signature"
        FROM "verifactu_signatures_old" s JOIN "verifactu_records_old" r ON r."id" = s."recordId"`);
      await q.query(`INSERT INTO "verifactu_corrections" ("position", "correctsPosition", "correctedStatus", "createdAt")
        SELECT r."position", c."position", x."correctedStatus", x."createdAt" FROM "verifactu_corrections_old" x
        JOIN "verifactu_records_old" r ON r."id" = x."recordId" JOIN "verifactu_records_old" c ON c."id" = x."correctsId"`);
      await rekeyAudit(q, async (list) => {
        const found = new Map<string, string>();
        for (let i = 0; i < list.length; i += 500) {
          const slice = list.slice(i, i + 500);
          const params = slice.map((_, k) => (postgres ? `$${k + 1}` : '?')).join(', ');
          for (const r of await q.query(`SELECT "id", "position" FROM "verifactu_records_old" WHERE "id" IN (${params})`, slice) as Array<{ id: string; position: number }>) {
            found.set(r.id, String(r.position));
          }
        }
        return found;
      });
    });
    await createTriggers(q, postgres, [...IMMUTABLE, SYSTEMS]);
  }

  async down(q: QueryRunner): Promise<void> {
    const postgres = q.connection.options.type === 'postgres';
    await dropTriggers(q, postgres, [...IMMUTABLE, SYSTEMS]);
    await rebuild(q, keyedById(), async () => {
      // The payload whole again: its system identity and its link to the record before it (null for the first).
      const link = payloadJson.object(postgres, 'p', LINK);
      const system = payloadJson.object(postgres, 's', SYSTEM);
      const payload = postgres
        ? `(r."payload"::jsonb || jsonb_build_object('previous', CASE WHEN p."position" IS NULL THEN 'null'::jsonb ELSE ${link} END, 'system', ${system}))::text`
        : `json_set(CASE WHEN p."position" IS NULL THEN json_set(r."payload", '$.previous', json('null')) ELSE json_set(r."payload", '$.previous', ${link}) END, '$.system', ${system})`;
      await q.query(`INSERT INTO "verifactu_records" ("id", "position", ${cols(HASHED)}, "payload")
        SELECT ${idSql(postgres, 'r."position"')}, r."position", ${cols(HASHED, 'r.')}, ${payload}
        FROM "verifactu_records_old" r JOIN "${SYSTEMS}" s ON s."id" = r."systemKey" LEFT JOIN "verifactu_records_old" p ON p."position" = r."position" - 1`);
      await q.query(`INSERT INTO "verifactu_record_states" ("recordId", "position", ${cols(STATE)}) SELECT ${idSql(postgres, '"position"')}, "position", ${cols(STATE)} FROM "verifactu_record_states_old"`);
      await q.query(`INSERT INTO "verifactu_signatures" ("recordId", "algorithm", "keyId", "signature") SELECT ${idSql(postgres, '"position"')}, "algorithm", "keyId", "signature" FROM "verifactu_signatures_old"`);
      await q.query(`INSERT INTO "verifactu_corrections" ("recordId", "correctsId", "correctedStatus", "createdAt")
        SELECT ${idSql(postgres, '"position"')}, ${idSql(postgres, '"correctsPosition"')}, "correctedStatus", "createdAt" FROM "verifactu_corrections_old"`);
      await rekeyAudit(q, async (keys) => new Map(keys.filter((k) => /^[1-9][0-9]*$/.test(k))
        .map((k) => [k, `00000000-0000-7000-8000-${k.padStart(12, '0')}`])));
    });
    await q.dropTable(SYSTEMS);
    await createTriggers(q, postgres, IMMUTABLE);
  }
}
