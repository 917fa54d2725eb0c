// VeriFactu settings (docs/verifactu.md, "Settings"): issuer, mode, credit-note type and the agency
// environment, one row. The agency's endpoint and client certificate are environment variables
// (submission/config.ts), never stored in the database.
import type { EntityManager } from 'typeorm';
import { VERIFACTU_SINGLETON_ID, VerifactuSettingsEntity } from './verifactu.entities.js';

const COLUMNS = ['id', 'mode', 'environment', 'legalName', 'nif', 'address', 'registerLine', 'creditNoteType', 'installationNumber', 'configured', 'updatedAt'];

/** The row, by one fixed statement (every chunk of a billing run reads it: no query-builder compile or entity hydration). */
export async function loadVerifactuSettings(m: EntityManager): Promise<VerifactuSettingsEntity> {
  const pg = m.connection.options.type === 'postgres';
  const rows = await m.query(`SELECT ${COLUMNS.map((c) => `"${c}"`).join(', ')} FROM "verifactu_settings" WHERE "id" = ${pg ? '$1' : '?'}`, [VERIFACTU_SINGLETON_ID]) as Array<Record<string, unknown>>;
  const row = rows[0];
  if (!row) throw new Error('verifactu_settings has no row');
  // SQLite answers booleans as 0 / 1.
  return { ...row, id: Number(row['id']), configured: row['configured'] === true || row['configured'] === 1 } as VerifactuSettingsEntity;
}
