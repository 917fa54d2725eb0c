// Contract lifecycle preconditions (docs/rules.md §2: DRAFT → SIGNED → TERMINATED; rule 1: the signature carries the payment data).
import type { DateOnly } from '../dates/day-number.js';
import type { RefusalOf } from '../explain/refusal.js';
import type { ValidationCode } from '../validation/result.js';
import { isFinalState, type SubscriptionState } from '../subscription/states.js';
import { validateDateOnly } from '../validation/dates.js';

/** The contract lifecycle, in order: `DRAFT` → `SIGNED` → `TERMINATED`. */
export const CONTRACT_STATUSES = ['DRAFT', 'SIGNED', 'TERMINATED'] as const;
/** Status of a contract: `DRAFT`, `SIGNED` or `TERMINATED`. */
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];
/** Codes of the contract lifecycle refusals. */
export type ContractRefusalCode = 'CONTRACT_NOT_DRAFT' | 'CONTRACT_NOT_SIGNED' | 'CONTRACT_NOT_TERMINABLE' | 'CONTRACT_HAS_LIVE_SUBSCRIPTIONS'
  | 'TERMINATION_BEFORE_SIGNATURE' | 'CONTRACT_TERMINATED';

/** What the contract lifecycle checks need to know about a contract. */
export interface ContractFacts { id: string; number: string; status: ContractStatus }

/** Only a draft is signed: a signed contract changes its payment data through the signature, never by re-signing. */
export function checkSignContract(c: ContractFacts): RefusalOf<ContractRefusalCode | ValidationCode> | null {
  if (c.status === 'DRAFT') return null;
  return { code: 'CONTRACT_NOT_DRAFT', entityType: 'Contract', entityId: c.id, field: 'status', params: { contract: c.number, status: c.status } };
}

/** A signature can be edited only while the contract is signed (a draft has none; a terminated one is history). */
export function checkSignatureUpdate(c: ContractFacts): RefusalOf<ContractRefusalCode | ValidationCode> | null {
  if (c.status === 'SIGNED') return null;
  return { code: 'CONTRACT_NOT_SIGNED', entityType: 'Contract', entityId: c.id, field: 'status', params: { contract: c.number, status: c.status } };
}

/**
 * Only a signed contract is terminated, and only once every subscription has reached a final state:
 * termination ends the relationship, so nothing on it may still be billable or pending.
 */
export function checkTerminateContract(
  c: ContractFacts & { signedAt?: DateOnly | null }, subscriptions: readonly { id: string; state: SubscriptionState }[], effectiveDate: DateOnly,
): RefusalOf<ContractRefusalCode | ValidationCode> | null {
  const date = validateDateOnly(effectiveDate, 'effectiveDate');
  if (!date.ok) return { code: date.code, entityType: 'Contract', entityId: c.id, field: 'effectiveDate', params: date.params ?? {} };
  if (c.status !== 'SIGNED') {
    return { code: 'CONTRACT_NOT_TERMINABLE', entityType: 'Contract', entityId: c.id, field: 'status', params: { contract: c.number, status: c.status } };
  }
  if (c.signedAt && effectiveDate < c.signedAt) {
    return { code: 'TERMINATION_BEFORE_SIGNATURE', entityType: 'Contract', entityId: c.id, field: 'effectiveDate', params: { contract: c.number, effectiveDate, signedAt: c.signedAt } };
  }
  const live = subscriptions.filter((s) => !isFinalState(s.state)).length;
  if (live === 0) return null;
  return { code: 'CONTRACT_HAS_LIVE_SUBSCRIPTIONS', entityType: 'Contract', entityId: c.id, field: 'subscriptions', params: { contract: c.number, count: live } };
}

/** A terminated contract is history: no new subscription hangs from it (a new service needs a new contract). */
export function checkAddSubscription(c: ContractFacts): RefusalOf<ContractRefusalCode | ValidationCode> | null {
  if (c.status !== 'TERMINATED') return null;
  return { code: 'CONTRACT_TERMINATED', entityType: 'Contract', entityId: c.id, field: 'status', params: { contract: c.number } };
}
