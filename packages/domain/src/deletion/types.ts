// Deletion check shapes (docs/rules.md §1 rule 2).
import type { SubscriptionState } from '../subscription/states.js';

/** Codes of the reasons that block a deletion. */
export type DeletionBlockerCode = 'HAS_PENDING_INVOICES' | 'HAS_INVOICE_HISTORY' | 'CONTRACT_SIGNED' | 'SUBSCRIPTION_STATE'
  | 'SUBSCRIPTION_HAS_BONUSES' | 'SUBSCRIPTION_HAS_ADDITIONAL_AMOUNTS' | 'SUBSCRIPTION_INVOICED'
  | 'BONUS_INVOICED' | 'ADDITIONAL_AMOUNT_INVOICED';
import type { EntityType } from '../explain/refusal.js';

export type { EntityType };

/** One reason an entity cannot be deleted: the code, the entity and field it concerns, and the params of its message and remedy. */
export interface DeletionBlocker {
  code: DeletionBlockerCode;
  entityType: EntityType;
  entityId: string;
  field: string | null;
  params: Record<string, string | number>;
  /** True when nothing can ever clear it (issued invoices and signed contracts are kept): the remedy is archiving, not deleting. */
  permanent?: boolean;
}
/** The answer of a deletion check: allowed exactly when there are no blockers. */
export interface DeletionCheck { allowed: boolean; blockers: DeletionBlocker[] }

/** What the subscription deletion check needs to know about a subscription. */
export interface SubscriptionDeletionFacts { id: string; state: SubscriptionState; bonusCount: number; additionalAmountCount: number; invoiceLineCount: number }
/** What the contract deletion check needs to know about a contract and its subscriptions. */
export interface ContractDeletionFacts { id: string; number: string; signed: boolean; subscriptions: SubscriptionDeletionFacts[] }
/** What the client deletion check needs to know about a client: its invoice counts and its contracts. */
export interface ClientDeletionFacts { id: string; code: string; pendingInvoiceCount: number; settledInvoiceCount: number; contracts: ContractDeletionFacts[] }
