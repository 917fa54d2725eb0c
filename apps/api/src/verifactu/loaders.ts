// Per-request loaders for Invoice.verifactu: an invoice's records with their states, one query
// per batch, and the settings row once per request.
import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { groupedBy } from '../loaders/batch.js';
import { loadVerifactuSettings } from './settings.js';
import { VerifactuRecordEntity, VerifactuRecordStateEntity, type VerifactuSettingsEntity } from './verifactu.entities.js';

export interface RecordWithState { record: VerifactuRecordEntity; state: VerifactuRecordStateEntity | null }

export function verifactuRecordsLoader(m: EntityManager) {
  return groupedBy((r: RecordWithState) => r.record.invoiceId, async (invoiceIds) => {
    const rows = await m.createQueryBuilder(VerifactuRecordEntity, 'r')
      .leftJoinAndMapOne('r.state', VerifactuRecordStateEntity, 's', 's.recordId = r.id')
      .where('r.invoiceId IN (:...invoiceIds)', { invoiceIds: [...invoiceIds] }).orderBy('r.position', 'ASC').getMany();
    return rows.map((r) => {
      const { state, ...record } = r as VerifactuRecordEntity & { state?: VerifactuRecordStateEntity };
      return { record, state: state ?? null };
    });
  });
}

export function verifactuSettingsLoader(m: EntityManager): DataLoader<1, VerifactuSettingsEntity> {
  return new DataLoader(async (keys) => { const s = await loadVerifactuSettings(m); return keys.map(() => s); });
}
