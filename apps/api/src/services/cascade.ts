// Removing what hangs from a deletable contract, inside the caller's delete transaction (rule 2:
// only reached once the domain's check allowed it, so there are no bonuses, amounts or lines).
import { In, type EntityManager } from 'typeorm';
import { SubscriptionEntity, SubscriptionStateChangeEntity, SubscriptionTariffChangeEntity } from '../entities/index.js';

/** Subscriptions of the given contracts and their timelines (callers have checked they are deletable). */
export async function deleteSubscriptionsOf(m: EntityManager, contractIds: string[]): Promise<void> {
  if (contractIds.length === 0) return;
  const subscriptionIds = (await m.find(SubscriptionEntity, { where: { contractId: In(contractIds) }, select: { id: true } })).map((s) => s.id);
  await deleteSubscriptions(m, subscriptionIds);
}

/** Subscriptions with their state and tariff timelines. */
export async function deleteSubscriptions(m: EntityManager, subscriptionIds: string[]): Promise<void> {
  if (subscriptionIds.length === 0) return;
  await m.delete(SubscriptionStateChangeEntity, { subscriptionId: In(subscriptionIds) });
  await m.delete(SubscriptionTariffChangeEntity, { subscriptionId: In(subscriptionIds) });
  await m.delete(SubscriptionEntity, { id: In(subscriptionIds) });
}
