// Deletion preconditions with the reason for each blocker (SPEC rule 2).
export type {
  DeletionBlockerCode, EntityType, DeletionBlocker, DeletionCheck,
  SubscriptionDeletionFacts, ContractDeletionFacts, ClientDeletionFacts,
} from './types.js';
export { checkSubscriptionDeletion, checkContractDeletion, checkClientDeletion } from './checks.js';
