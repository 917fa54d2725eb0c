// VeriFactu settings (docs/verifactu.md, "Settings"): issuer, mode, credit-note type and the agency
// environment, one row. The agency's endpoint and client certificate are environment variables
// (submission/config.ts), never stored in the database.
import type { EntityManager } from 'typeorm';
import { VERIFACTU_SINGLETON_ID, VerifactuSettingsEntity } from './verifactu.entities.js';

export function loadVerifactuSettings(m: EntityManager): Promise<VerifactuSettingsEntity> {
  return m.findOneByOrFail(VerifactuSettingsEntity, { id: VERIFACTU_SINGLETON_ID });
}
