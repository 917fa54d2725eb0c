// DataLoaders for one request: each batches by key and maps back in order, so a
// page of clients with their contracts, subscriptions and checks costs a fixed number of queries.
import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { readExtras, readTimelines, type TariffMap, type TimelineFacts } from '../billing/timeline-facts.js';
import {
  ClientEntity, ContractEntity, InvoiceEntity, InvoiceLineEntity, PartnerEntity, SubscriptionEntity, TariffEntity, ZeroTotalChargeEntity,
} from '../entities/index.js';
import { byId, groupedBy } from './batch.js';
import { extraApplicationsLoader, invoiceCountsLoader, subscriptionUsageLoader } from './counts.js';
import { verifactuCorrectionLinksLoader, verifactuRecordLoader, verifactuRecordsLoader, verifactuSettingsLoader } from '../verifactu/loaders.js';
import { SepaDebitEntity } from '../sepa/sepa.entities.js';

/**
 * One part of the subscriptions' timelines per batch, read by the billing room's reader (billing/timeline-facts.ts):
 * one statement for the batch, the domain's structures back.
 */
function timelineLoader<K extends keyof TimelineFacts>(
  ds: EntityManager, part: K, tariffs?: (ids: string[]) => Promise<TariffMap>,
): DataLoader<string, TimelineFacts[K] extends Map<string, infer V> ? V : never> {
  return new DataLoader(async (ids) => {
    const facts = await readTimelines(ds, { subscriptions: ids }, part === 'tariffs' ? { tariffs } : { [part]: true });
    const map = facts[part] as Map<string, never>;
    return ids.map((id) => map.get(id) ?? ([] as never));
  });
}

export function createLoaders(ds: EntityManager) {
  const repo = <T extends object>(e: new () => T) => ds.getRepository(e);
  const tariff = byId((ids) => repo(TariffEntity).findBy({ id: In([...ids]) }));
  const tariffsOf = async (ids: string[]): Promise<TariffMap> =>
    new Map((await tariff.loadMany(ids)).flatMap((t) => (t && !(t instanceof Error) ? [[t.id, t] as const] : [])));
  return {
    partner: byId((ids) => repo(PartnerEntity).findBy({ id: In([...ids]) })),
    client: byId((ids) => repo(ClientEntity).findBy({ id: In([...ids]) })),
    contract: byId((ids) => repo(ContractEntity).findBy({ id: In([...ids]) })),
    subscription: byId((ids) => repo(SubscriptionEntity).findBy({ id: In([...ids]) })),
    tariff,
    invoice: byId((ids) => repo(InvoiceEntity).findBy({ id: In([...ids]) })),
    contractsByClient: groupedBy((c: ContractEntity) => c.clientId,
      (ids) => repo(ContractEntity).find({ where: { clientId: In([...ids]) }, order: { number: 'ASC' } })),
    subscriptionsByContract: groupedBy((s: SubscriptionEntity) => s.contractId,
      (ids) => repo(SubscriptionEntity).find({ where: { contractId: In([...ids]) }, order: { id: 'ASC' } })),
    /** Each subscription's state timeline, in the order it applies (docs/billing.md "Timelines"). */
    stateChanges: timelineLoader(ds, 'states'),
    /** Each subscription's tariff timeline, with each tariff's code, price and rate. */
    tariffChanges: timelineLoader(ds, 'tariffs', tariffsOf),
    bonuses: timelineLoader(ds, 'bonuses'),
    additionalAmounts: timelineLoader(ds, 'additionalAmounts'),
    /** Credit notes rectifying each invoice, in number order. */
    creditNotesByInvoice: groupedBy((i: InvoiceEntity) => i.rectifiesId ?? '',
      (ids) => repo(InvoiceEntity).find({ where: { rectifiesId: In([...ids]) }, order: { sequence: 'ASC' } })),
    invoiceLines: groupedBy((l: InvoiceLineEntity) => l.invoiceId,
      (ids) => repo(InvoiceLineEntity).find({ where: { invoiceId: In([...ids]) }, order: { position: 'ASC' } })),
    /** Day ranges charged or credited per subscription: invoice and credit-note lines, and zero-total charges. */
    chargedLines: groupedBy((l: { subscriptionId: string; kind: InvoiceLineEntity['kind']; fromDate: string | null; toDate: string | null }) => l.subscriptionId,
      async (ids) => [
        ...await repo(InvoiceLineEntity).find({ where: { subscriptionId: In([...ids]) }, select: { subscriptionId: true, kind: true, fromDate: true, toDate: true } }),
        ...await repo(ZeroTotalChargeEntity).find({ where: { subscriptionId: In([...ids]) }, select: { subscriptionId: true, kind: true, fromDate: true, toDate: true } }),
      ] as { subscriptionId: string; kind: InvoiceLineEntity['kind']; fromDate: string | null; toDate: string | null }[]),
    /** Returned SEPA debits of each contract: what a mandate block is derived from (docs/sepa.md). */
    returnedDebitsByContract: groupedBy((d: SepaDebitEntity) => d.contractId,
      (ids) => repo(SepaDebitEntity).find({ where: { contractId: In([...ids]), status: 'RETURNED' } })),
    subscriptionUsage: subscriptionUsageLoader(ds),
    invoiceCounts: invoiceCountsLoader(ds),
    bonusApplications: extraApplicationsLoader(ds, 'Bonus'),
    additionalAmountApplications: extraApplicationsLoader(ds, 'AdditionalAmount'),
    bonus: byId((ids) => readExtras(ds, 'Bonus', ids)),
    additionalAmount: byId((ids) => readExtras(ds, 'AdditionalAmount', ids)),
    verifactuRecords: verifactuRecordsLoader(ds),
    verifactuSettings: verifactuSettingsLoader(ds),
    verifactuRecord: verifactuRecordLoader(ds),
    verifactuCorrectionLinks: verifactuCorrectionLinksLoader(ds),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type { DataLoader };
