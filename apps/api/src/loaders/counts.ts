// Counts the deletion checks need (rule 2), one grouped query per batch.
import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { AdditionalAmountEntity, BonusEntity, InvoiceEntity, InvoiceLineEntity, SubscriptionEntity } from '../entities/index.js';

export interface SubscriptionUsage { bonusCount: number; additionalAmountCount: number; invoiceLineCount: number }
export interface InvoiceCounts { pending: number; settled: number }

export function subscriptionUsageLoader(ds: EntityManager): DataLoader<string, SubscriptionUsage> {
  return new DataLoader(async (ids) => {
    const count = (entity: Function, alias: string) =>
      ds.createQueryBuilder().subQuery().select('COUNT(*)').from(entity, alias).where(`${alias}.subscriptionId = s.id`).getQuery();
    const rows: { id: string; b: string | number; a: string | number; l: string | number }[] = await ds
      .createQueryBuilder(SubscriptionEntity, 's')
      .select('s.id', 'id')
      .addSelect(count(BonusEntity, 'b'), 'b')
      .addSelect(count(AdditionalAmountEntity, 'a'), 'a')
      .addSelect(count(InvoiceLineEntity, 'l'), 'l')
      .where('s.id IN (:...ids)', { ids })
      .getRawMany();
    const map = new Map(rows.map((r) => [r.id, { bonusCount: Number(r.b), additionalAmountCount: Number(r.a), invoiceLineCount: Number(r.l) }]));
    return ids.map((id) => map.get(id) ?? { bonusCount: 0, additionalAmountCount: 0, invoiceLineCount: 0 });
  });
}

/** Pending = not paid (ISSUED or RETURNED); settled = PAID. Credit notes count as invoicing too. */
export function invoiceCountsLoader(ds: EntityManager): DataLoader<string, InvoiceCounts> {
  return new DataLoader(async (clientIds) => {
    const rows: { clientId: string; pending: string | number; settled: string | number }[] = await ds
      .createQueryBuilder(InvoiceEntity, 'i')
      .select('i.clientId', 'clientId')
      .addSelect(`SUM(CASE WHEN i.status = 'PAID' THEN 0 ELSE 1 END)`, 'pending')
      .addSelect(`SUM(CASE WHEN i.status = 'PAID' THEN 1 ELSE 0 END)`, 'settled')
      .where('i.clientId IN (:...clientIds)', { clientIds })
      .groupBy('i.clientId')
      .getRawMany();
    const map = new Map(rows.map((r) => [r.clientId, { pending: Number(r.pending), settled: Number(r.settled) }]));
    return clientIds.map((id) => map.get(id) ?? { pending: 0, settled: 0 });
  });
}
