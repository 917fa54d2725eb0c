// Gathers the facts the domain's deletion checks need (rule 2) through the loaders, so a page of
// clients costs the same few queries whatever its size. The check itself is the domain's.
import type { ClientDeletionFacts, ContractDeletionFacts, SubscriptionDeletionFacts } from '@antena/domain';
import type { ClientEntity, ContractEntity, SubscriptionEntity } from '../entities/index.js';
import type { Loaders } from '../loaders/loaders.js';

export async function subscriptionFacts(loaders: Loaders, s: SubscriptionEntity): Promise<SubscriptionDeletionFacts> {
  const usage = await loaders.subscriptionUsage.load(s.id);
  return { id: s.id, state: s.state, ...usage };
}

export async function contractFacts(loaders: Loaders, c: ContractEntity): Promise<ContractDeletionFacts> {
  const subscriptions = await loaders.subscriptionsByContract.load(c.id);
  return {
    id: c.id,
    number: c.number,
    signed: c.signedAt !== null,
    subscriptions: await Promise.all(subscriptions.map((s) => subscriptionFacts(loaders, s))),
  };
}

export async function clientFacts(loaders: Loaders, c: ClientEntity): Promise<ClientDeletionFacts> {
  const [contracts, invoices] = await Promise.all([loaders.contractsByClient.load(c.id), loaders.invoiceCounts.load(c.id)]);
  return {
    id: c.id,
    code: c.code,
    pendingInvoiceCount: invoices.pending,
    settledInvoiceCount: invoices.settled,
    contracts: await Promise.all(contracts.map((k) => contractFacts(loaders, k))),
  };
}
