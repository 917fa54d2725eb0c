// Counts the deletion checks need (rule 2), one grouped query per batch.
import { invoicingForDeletion, type PaymentStatus } from '@antena/domain';
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

/** One grouped query per batch; which statuses count as pending is the domain's rule. */
export function invoiceCountsLoader(ds: EntityManager): DataLoader<string, InvoiceCounts> {
  return new DataLoader(async (clientIds) => {
    const rows: { clientId: string; status: PaymentStatus; n: string | number }[] = await ds
      .createQueryBuilder(InvoiceEntity, 'i')
      .select('i.clientId', 'clientId')
      .addSelect('i.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .where('i.clientId IN (:...clientIds)', { clientIds })
      .groupBy('i.clientId')
      .addGroupBy('i.status')
      .getRawMany();
    const byClient = new Map<string, { status: PaymentStatus; count: number }[]>();
    for (const r of rows) {
      const list = byClient.get(r.clientId) ?? [];
      list.push({ status: r.status, count: Number(r.n) });
      byClient.set(r.clientId, list);
    }
    return clientIds.map((id) => {
      const { pendingInvoiceCount, settledInvoiceCount } = invoicingForDeletion(byClient.get(id) ?? []);
      return { pending: pendingInvoiceCount, settled: settledInvoiceCount };
    });
  });
}
