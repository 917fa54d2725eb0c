// What blocks deleting a subscription, a contract or a client, entity by entity (docs/rules.md §1 rule 2).
import type {
  ClientDeletionFacts, ContractDeletionFacts, DeletionBlocker, DeletionCheck, SubscriptionDeletionFacts,
} from './types.js';

const DELETABLE_STATES = new Set(['REJECTED', 'PENDING_ACTIVATION']);

const checkOf = (blockers: DeletionBlocker[]): DeletionCheck => ({ allowed: blockers.length === 0, blockers });

function subscriptionBlockers(s: SubscriptionDeletionFacts, contractNumber: string | null): DeletionBlocker[] {
  const base = { entityType: 'ServiceSubscription' as const, entityId: s.id };
  const ctx: Record<string, string> = contractNumber === null ? {} : { contract: contractNumber };
  const out: DeletionBlocker[] = [];
  // A subscription that gave service never returns to a deletable state: the blocker is permanent.
  if (!DELETABLE_STATES.has(s.state)) out.push({ ...base, code: 'SUBSCRIPTION_STATE', field: 'state', params: { ...ctx, state: s.state }, permanent: true });
  if (s.bonusCount > 0) out.push({ ...base, code: 'SUBSCRIPTION_HAS_BONUSES', field: 'bonuses', params: { ...ctx, count: s.bonusCount } });
  if (s.additionalAmountCount > 0) {
    out.push({ ...base, code: 'SUBSCRIPTION_HAS_ADDITIONAL_AMOUNTS', field: 'additionalAmounts', params: { ...ctx, count: s.additionalAmountCount } });
  }
  // Invoice lines point at the subscription; deleting it would orphan issued (immutable) invoices.
  if (s.invoiceLineCount > 0) out.push({ ...base, code: 'SUBSCRIPTION_INVOICED', field: 'invoices', params: { ...ctx, count: s.invoiceLineCount }, permanent: true });
  return out;
}

function contractBlockers(c: ContractDeletionFacts): DeletionBlocker[] {
  const out: DeletionBlocker[] = [];
  if (c.signed) out.push({ code: 'CONTRACT_SIGNED', entityType: 'Contract', entityId: c.id, field: 'signature', params: { contract: c.number }, permanent: true });
  for (const s of c.subscriptions) out.push(...subscriptionBlockers(s, c.number));
  return out;
}

/** Whether a subscription may be deleted: `{ allowed, blockers }`, each blocker with the reason and what to do. */
export function checkSubscriptionDeletion(s: SubscriptionDeletionFacts): DeletionCheck {
  return checkOf(subscriptionBlockers(s, null));
}

/** Includes the blockers of each of its subscriptions. */
export function checkContractDeletion(c: ContractDeletionFacts): DeletionCheck {
  return checkOf(contractBlockers(c));
}

/** Includes the blockers of each of its contracts and their subscriptions. */
export function checkClientDeletion(c: ClientDeletionFacts): DeletionCheck {
  const out: DeletionBlocker[] = [];
  // Invoices are kept for ever, paid or not: any of them makes the client undeletable (archive it instead).
  const base = { entityType: 'Client' as const, entityId: c.id, field: 'invoices', permanent: true };
  if (c.pendingInvoiceCount > 0) out.push({ ...base, code: 'HAS_PENDING_INVOICES', params: { client: c.code, count: c.pendingInvoiceCount } });
  if (c.settledInvoiceCount > 0) out.push({ ...base, code: 'HAS_INVOICE_HISTORY', params: { client: c.code, count: c.settledInvoiceCount } });
  for (const k of c.contracts) out.push(...contractBlockers(k));
  return checkOf(out);
}
