// Per-request loaders for Invoice.verifactu and VerifactuRecord: an invoice's records with their states, a
// record by id, which record corrects which, one query per batch, and the settings row once per request.
import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { groupedBy } from '../loaders/batch.js';
import { loadVerifactuSettings } from './settings.js';
import { VerifactuCorrectionEntity, VerifactuRecordEntity, VerifactuRecordStateEntity, type VerifactuSettingsEntity } from './verifactu.entities.js';

export interface RecordWithState { record: VerifactuRecordEntity; state: VerifactuRecordStateEntity | null }

function withStates(m: EntityManager, where: string, params: Record<string, unknown>): Promise<RecordWithState[]> {
  return m.createQueryBuilder(VerifactuRecordEntity, 'r')
    .leftJoinAndMapOne('r.state', VerifactuRecordStateEntity, 's', 's.recordId = r.id')
    .where(where, params).orderBy('r.position', 'ASC').getMany()
    .then((rows) => rows.map((r) => {
      const { state, ...record } = r as VerifactuRecordEntity & { state?: VerifactuRecordStateEntity };
      return { record, state: state ?? null };
    }));
}

export function verifactuRecordsLoader(m: EntityManager) {
  return groupedBy((r: RecordWithState) => r.record.invoiceId, (invoiceIds) => withStates(m, 'r.invoiceId IN (:...invoiceIds)', { invoiceIds: [...invoiceIds] }));
}

export function verifactuRecordLoader(m: EntityManager): DataLoader<string, RecordWithState | null> {
  return new DataLoader(async (ids) => {
    const rows = new Map((await withStates(m, 'r.id IN (:...ids)', { ids: [...ids] })).map((r) => [r.record.id, r]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

/** For each record: the record it corrects, and the one correcting it (ids), each null when none. */
export interface CorrectionLinks { corrects: string | null; correctedBy: string | null }

export function verifactuCorrectionLinksLoader(m: EntityManager): DataLoader<string, CorrectionLinks> {
  return new DataLoader(async (ids) => {
    const rows = await m.createQueryBuilder(VerifactuCorrectionEntity, 'c').where('c.recordId IN (:...ids) OR c.correctsId IN (:...ids)', { ids: [...ids] }).getMany();
    const corrects = new Map(rows.map((c) => [c.recordId, c.correctsId]));
    const correctedBy = new Map(rows.map((c) => [c.correctsId, c.recordId]));
    return ids.map((id) => ({ corrects: corrects.get(id) ?? null, correctedBy: correctedBy.get(id) ?? null }));
  });
}

export function verifactuSettingsLoader(m: EntityManager): DataLoader<1, VerifactuSettingsEntity> {
  return new DataLoader(async (keys) => { const s = await loadVerifactuSettings(m); return keys.map(() => s); });
}
