// How a record is stored and read back whole (docs/verifactu.md, "Tables"): its row holds the hashed fields, the
// key of its system identity and the rest of the payload; its link (RegistroAnterior) is the record before it in the
// chain. Whoever needs the record as the domain built it (the submission worker, the export, a correction) reads it
// through `wholeRecords`.
import type { ChainLink, SystemIdentity, VerifactuRecord } from '@antena/domain';
import type { EntityManager } from 'typeorm';
import { identityOf, linkOfRow, recordOf, type VerifactuRecordEntity, type VerifactuSystemEntity } from './verifactu.entities.js';

const IN_SLICE = 1000;
const SYSTEM_COLUMNS = ['producerName', 'producerNif', 'systemName', 'systemId', 'version', 'installationNumber'] as const;

const placeholders = (m: EntityManager, n: number, from = 1) =>
  Array.from({ length: n }, (_, i) => (m.connection.options.type === 'postgres' ? `$${from + i}` : '?')).join(', ');

/**
 * The key of a system identity in `verifactu_systems`, added the first time it is seen. Called by the writer with the
 * chain head locked, so appenders add a new identity one at a time.
 */
export async function systemKeyOf(m: EntityManager, s: SystemIdentity): Promise<number> {
  const values = SYSTEM_COLUMNS.map((c) => s[c]);
  const where = SYSTEM_COLUMNS.map((c, i) => `"${c}" = ${m.connection.options.type === 'postgres' ? `$${i + 1}` : '?'}`).join(' AND ');
  const find = async () => (await m.query(`SELECT "id" FROM "verifactu_systems" WHERE ${where}`, values) as Array<{ id: number }>)[0];
  const found = await find();
  if (found) return Number(found.id);
  await m.query(`INSERT INTO "verifactu_systems" ("id", ${SYSTEM_COLUMNS.map((c) => `"${c}"`).join(', ')})
    SELECT COALESCE(MAX("id"), 0) + 1, ${placeholders(m, SYSTEM_COLUMNS.length)} FROM "verifactu_systems"`, values);
  return Number((await find())!.id);
}

/** Every system identity by key: one row per release and installation, read whole. */
async function systems(m: EntityManager): Promise<Map<number, SystemIdentity>> {
  const rows = await m.query(`SELECT "id", ${SYSTEM_COLUMNS.map((c) => `"${c}"`).join(', ')} FROM "verifactu_systems"`) as VerifactuSystemEntity[];
  return new Map(rows.map((s) => [Number(s.id), identityOf(s)]));
}

/**
 * `rows` as the records the domain built, in the same order: each with its system identity and the link to the record
 * before it, read from the rows themselves where the one before is among them, else in one keyed read per 1 000.
 */
export async function wholeRecords(m: EntityManager, rows: readonly VerifactuRecordEntity[]): Promise<VerifactuRecord[]> {
  if (rows.length === 0) return [];
  const links = new Map<number, ChainLink>(rows.map((r) => [r.position, linkOfRow(r)]));
  const missing = [...new Set(rows.map((r) => r.position - 1).filter((p) => p >= 1 && !links.has(p)))];
  for (let i = 0; i < missing.length; i += IN_SLICE) {
    const slice = missing.slice(i, i + IN_SLICE);
    const found = await m.query(`SELECT "position", "issuerNif", "number", "issueDate", "hash" FROM "verifactu_records" WHERE "position" IN (${placeholders(m, slice.length)})`, slice) as VerifactuRecordEntity[];
    for (const r of found) links.set(Number(r.position), linkOfRow(r));
  }
  const bySystem = await systems(m);
  return rows.map((r) => {
    const previous = r.position === 1 ? null : links.get(r.position - 1);
    const system = bySystem.get(r.systemKey);
    // The chain has no gaps (positions 1…n, verifactuChain checks it) and every record names a system row.
    if (previous === undefined || !system) throw new Error(`verifactu record ${r.position}: ${previous === undefined ? `no record at position ${r.position - 1}` : `no system ${r.systemKey}`}`);
    return recordOf(r, previous, system);
  });
}
