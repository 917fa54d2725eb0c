// Counts the deletion checks need (rule 2), one grouped query per batch.
import { invoicingForDeletion, type PaymentStatus } from '@antena/domain';
import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import {
  AdditionalAmountEntity, BonusEntity, InvoiceEntity, InvoiceLineEntity, SubscriptionEntity, ZeroTotalChargeEntity,
} from '../entities/index.js';

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

/** How often, and through which day, issued invoices (and zero-total charges) applied a bonus or additional amount. */
export interface ExtraApplication { count: number; through: string | null }

/**
 * Two grouped queries per batch: invoice lines, and the zero-total charges whose days count as charged
 * (docs/billing.md "Zero totals"; those record additional amounts only).
 */
export async function extraApplications(m: EntityManager, type: 'Bonus' | 'AdditionalAmount', ids: readonly string[]): Promise<Map<string, ExtraApplication>> {
  const out = new Map<string, ExtraApplication>();
  if (ids.length === 0) return out;
  const column = type === 'Bonus' ? 'bonusId' : 'additionalAmountId';
  const grouped = (entity: Function) => m.createQueryBuilder(entity, 'x')
    .select(`x.${column}`, 'id').addSelect('COUNT(*)', 'n').addSelect('MAX(COALESCE(x.toDate, x.fromDate))', 'through')
    .where(`x.${column} IN (:...ids)`, { ids: [...ids] }).groupBy(`x.${column}`)
    .getRawMany<{ id: string; n: string | number; through: string | null }>();
  const sources = [await grouped(InvoiceLineEntity)];
  if (type === 'AdditionalAmount') sources.push(await grouped(ZeroTotalChargeEntity));
  for (const rows of sources) {
    for (const r of rows) {
      const seen = out.get(r.id) ?? { count: 0, through: null };
      const through = seen.through === null || (r.through !== null && r.through > seen.through) ? r.through : seen.through;
      out.set(r.id, { count: seen.count + Number(r.n), through });
    }
  }
  return out;
}

export function extraApplicationsLoader(m: EntityManager, type: 'Bonus' | 'AdditionalAmount'): DataLoader<string, ExtraApplication> {
  return new DataLoader(async (ids) => {
    const map = await extraApplications(m, type, ids);
    return ids.map((id) => map.get(id) ?? { count: 0, through: null });
  });
}
