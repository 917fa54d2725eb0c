// DataLoaders for one request: each batches by key and maps back in order, so a
// page of clients with their contracts, subscriptions and checks costs a fixed number of queries.
import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import {
  AdditionalAmountEntity, BonusEntity, ClientEntity, ContractEntity, InvoiceEntity, InvoiceLineEntity, PartnerEntity,
  SubscriptionEntity, SubscriptionStateChangeEntity, SubscriptionTariffChangeEntity, TariffEntity, ZeroTotalChargeEntity,
} from '../entities/index.js';
import { byId, groupedBy } from './batch.js';
import { extraApplicationsLoader, invoiceCountsLoader, subscriptionUsageLoader } from './counts.js';
import { verifactuCorrectionLinksLoader, verifactuRecordLoader, verifactuRecordsLoader, verifactuSettingsLoader } from '../verifactu/loaders.js';
import { SepaDebitEntity } from '../sepa/sepa.entities.js';

const byEffectiveDate = <T extends { effectiveDate: string; seq: number }>(a: T, b: T) =>
  a.effectiveDate.localeCompare(b.effectiveDate) || a.seq - b.seq;

export function createLoaders(ds: EntityManager) {
  const repo = <T extends object>(e: new () => T) => ds.getRepository(e);
  return {
    partner: byId((ids) => repo(PartnerEntity).findBy({ id: In([...ids]) })),
    client: byId((ids) => repo(ClientEntity).findBy({ id: In([...ids]) })),
    contract: byId((ids) => repo(ContractEntity).findBy({ id: In([...ids]) })),
    subscription: byId((ids) => repo(SubscriptionEntity).findBy({ id: In([...ids]) })),
    tariff: byId((ids) => repo(TariffEntity).findBy({ id: In([...ids]) })),
    invoice: byId((ids) => repo(InvoiceEntity).findBy({ id: In([...ids]) })),
    contractsByClient: groupedBy((c: ContractEntity) => c.clientId,
      (ids) => repo(ContractEntity).find({ where: { clientId: In([...ids]) }, order: { number: 'ASC' } })),
    subscriptionsByContract: groupedBy((s: SubscriptionEntity) => s.contractId,
      (ids) => repo(SubscriptionEntity).find({ where: { contractId: In([...ids]) }, order: { id: 'ASC' } })),
    stateChanges: groupedBy((s: SubscriptionStateChangeEntity) => s.subscriptionId,
      async (ids) => (await repo(SubscriptionStateChangeEntity).findBy({ subscriptionId: In([...ids]) })).sort(byEffectiveDate)),
    tariffChanges: groupedBy((s: SubscriptionTariffChangeEntity) => s.subscriptionId,
      async (ids) => (await repo(SubscriptionTariffChangeEntity).findBy({ subscriptionId: In([...ids]) })).sort(byEffectiveDate)),
    bonuses: groupedBy((b: BonusEntity) => b.subscriptionId,
      (ids) => repo(BonusEntity).find({ where: { subscriptionId: In([...ids]) }, order: { validFrom: 'ASC', id: 'ASC' } })),
    additionalAmounts: groupedBy((a: AdditionalAmountEntity) => a.subscriptionId,
      (ids) => repo(AdditionalAmountEntity).find({ where: { subscriptionId: In([...ids]) }, order: { id: 'ASC' } })),
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
    bonus: byId((ids) => repo(BonusEntity).findBy({ id: In([...ids]) })),
    additionalAmount: byId((ids) => repo(AdditionalAmountEntity).findBy({ id: In([...ids]) })),
    verifactuRecords: verifactuRecordsLoader(ds),
    verifactuSettings: verifactuSettingsLoader(ds),
    verifactuRecord: verifactuRecordLoader(ds),
    verifactuCorrectionLinks: verifactuCorrectionLinksLoader(ds),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type { DataLoader };
