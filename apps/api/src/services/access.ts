// Loading an aggregate on behalf of the caller: another partner's client, and everything that
// hangs from it, is simply NOT_FOUND (docs/product.md §5).
import { checkClientWritable } from '@antena/domain';
import { notFound, refused } from '../errors/errors.js';
import type { ClientEntity, ContractEntity, InvoiceEntity, SubscriptionEntity } from '../entities/index.js';
import { partnerIdOf, type Scope } from './scope.js';

export function canSee(scope: Scope, client: ClientEntity): boolean {
  const partnerId = partnerIdOf(scope);
  return partnerId === null || client.partnerId === partnerId;
}

export async function visibleClient(scope: Scope, id: string): Promise<ClientEntity> {
  const client = await scope.loaders.client.load(id);
  if (!client || !canSee(scope, client)) throw notFound(scope.locale, 'Client', id);
  return client;
}

export async function visibleContract(scope: Scope, id: string): Promise<{ contract: ContractEntity; client: ClientEntity }> {
  const contract = await scope.loaders.contract.load(id);
  const client = contract ? await scope.loaders.client.load(contract.clientId) : null;
  if (!contract || !client || !canSee(scope, client)) throw notFound(scope.locale, 'Contract', id);
  return { contract, client };
}

export async function visibleSubscription(scope: Scope, id: string): Promise<{ subscription: SubscriptionEntity; contract: ContractEntity; client: ClientEntity }> {
  const subscription = await scope.loaders.subscription.load(id);
  const contract = subscription ? await scope.loaders.contract.load(subscription.contractId) : null;
  const client = contract ? await scope.loaders.client.load(contract.clientId) : null;
  if (!subscription || !contract || !client || !canSee(scope, client)) throw notFound(scope.locale, 'ServiceSubscription', id);
  return { subscription, contract, client };
}

export async function visibleInvoice(scope: Scope, id: string): Promise<InvoiceEntity> {
  const invoice = await scope.loaders.invoice.load(id);
  const client = invoice ? await scope.loaders.client.load(invoice.clientId) : null;
  if (!invoice || !client || !canSee(scope, client)) throw notFound(scope.locale, 'Invoice', id);
  return invoice;
}

/**
 * An archived client is read-only but for unarchiving (docs/rules.md §1 rule 2, "Archive"): every other write on it,
 * or on what hangs from it, is refused with the domain's reason. Returns the client for chaining.
 */
export function writable<T extends { client: ClientEntity }>(scope: Scope, found: T): T {
  const refusal = checkClientWritable(found.client);
  if (refusal) throw refused(scope.locale, 'archivedAt', refusal);
  return found;
}
