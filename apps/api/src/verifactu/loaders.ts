// Per-request loaders for Invoice.verifactu and VerifactuRecord: an invoice's records with their states, a
// record by position (its id in the API), which record corrects which, one query per batch, and the settings row once per request.
import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { groupedBy } from '../loaders/batch.js';
import { loadVerifactuSettings } from './settings.js';
import { VerifactuCorrectionEntity, VerifactuRecordEntity, VerifactuRecordStateEntity, type VerifactuSettingsEntity } from './verifactu.entities.js';

export interface RecordWithState { record: VerifactuRecordEntity; state: VerifactuRecordStateEntity | null }

function withStates(m: EntityManager, where: string, params: Record<string, unknown>): Promise<RecordWithState[]> {
  return m.createQueryBuilder(VerifactuRecordEntity, 'r')
    .leftJoinAndMapOne('r.state', VerifactuRecordStateEntity, 's', 's.position = r.position')
    .where(where, params).orderBy('r.position', 'ASC').getMany()
    .then((rows) => rows.map((r) => {
      const { state, ...record } = r as VerifactuRecordEntity & { state?: VerifactuRecordStateEntity };
      return { record, state: state ?? null };
    }));
}

export function verifactuRecordsLoader(m: EntityManager) {
  return groupedBy((r: RecordWithState) => r.record.invoiceId, (invoiceIds) => withStates(m, 'r.invoiceId IN (:...invoiceIds)', { invoiceIds: [...invoiceIds] }));
}

/** A record by position (its id in the API). */
export function verifactuRecordLoader(m: EntityManager): DataLoader<number, RecordWithState | null> {
  return new DataLoader(async (positions) => {
    const rows = new Map((await withStates(m, 'r.position IN (:...positions)', { positions: [...positions] })).map((r) => [r.record.position, r]));
    return positions.map((p) => rows.get(p) ?? null);
  });
}

/** For each record: the record it corrects, and the one correcting it (positions), each null when none. */
export interface CorrectionLinks { corrects: number | null; correctedBy: number | null }

export function verifactuCorrectionLinksLoader(m: EntityManager): DataLoader<number, CorrectionLinks> {
  return new DataLoader(async (positions) => {
    const rows = await m.createQueryBuilder(VerifactuCorrectionEntity, 'c')
      .where('c.position IN (:...positions) OR c.correctsPosition IN (:...positions)', { positions: [...positions] }).getMany();
    const corrects = new Map(rows.map((c) => [c.position, c.correctsPosition]));
    const correctedBy = new Map(rows.map((c) => [c.correctsPosition, c.position]));
    return positions.map((p) => ({ corrects: corrects.get(p) ?? null, correctedBy: correctedBy.get(p) ?? null }));
  });
}

export function verifactuSettingsLoader(m: EntityManager): DataLoader<1, VerifactuSettingsEntity> {
  return new DataLoader(async (keys) => { const s = await loadVerifactuSettings(m); return keys.map(() => s); });
}
