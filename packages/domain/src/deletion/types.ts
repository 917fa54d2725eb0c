// Deletion check shapes (SPEC rule 2, §4 DeletionCheck / DeletionBlocker).
import type { SubscriptionState } from '../subscription/states.js';

export type DeletionBlockerCode = 'HAS_PENDING_INVOICES' | 'HAS_INVOICE_HISTORY' | 'CONTRACT_SIGNED' | 'SUBSCRIPTION_STATE'
  | 'SUBSCRIPTION_HAS_BONUSES' | 'SUBSCRIPTION_HAS_ADDITIONAL_AMOUNTS' | 'SUBSCRIPTION_INVOICED';
export type EntityType = 'Client' | 'Contract' | 'ServiceSubscription';

export interface DeletionBlocker {
  code: DeletionBlockerCode;
  entityType: EntityType;
  entityId: string;
  field: string | null;
  params: Record<string, string | number>;
}
export interface DeletionCheck { allowed: boolean; blockers: DeletionBlocker[] }

export interface SubscriptionDeletionFacts { id: string; state: SubscriptionState; bonusCount: number; additionalAmountCount: number; invoiceLineCount: number }
export interface ContractDeletionFacts { id: string; number: string; signed: boolean; subscriptions: SubscriptionDeletionFacts[] }
export interface ClientDeletionFacts { id: string; code: string; pendingInvoiceCount: number; settledInvoiceCount: number; contracts: ContractDeletionFacts[] }
