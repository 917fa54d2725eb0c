// Contract lifecycle preconditions (SPEC §2: DRAFT → SIGNED → TERMINATED; rule 1: the signature carries the payment data).
import type { Refusal } from '../explain/refusal.js';

export const CONTRACT_STATUSES = ['DRAFT', 'SIGNED', 'TERMINATED'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];
export type ContractRefusalCode = 'CONTRACT_NOT_DRAFT' | 'CONTRACT_NOT_SIGNED';

export interface ContractFacts { id: string; number: string; status: ContractStatus }

/** Only a draft is signed: a signed contract changes its payment data through the signature, never by re-signing. */
export function checkSignContract(c: ContractFacts): Refusal | null {
  if (c.status === 'DRAFT') return null;
  return { code: 'CONTRACT_NOT_DRAFT', entityType: 'Contract', entityId: c.id, field: 'status', params: { contract: c.number, status: c.status } };
}

/** A signature can be edited only while the contract is signed (a draft has none; a terminated one is history). */
export function checkSignatureUpdate(c: ContractFacts): Refusal | null {
  if (c.status === 'SIGNED') return null;
  return { code: 'CONTRACT_NOT_SIGNED', entityType: 'Contract', entityId: c.id, field: 'status', params: { contract: c.number, status: c.status } };
}
