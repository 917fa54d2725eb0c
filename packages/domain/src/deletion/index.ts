// Deletion preconditions with the reason for each blocker (docs/rules.md §1 rule 2).
/**
 * Deletion preconditions (rule 2): whether a subscription, contract or client may be deleted, with every blocker, the entity and field it concerns, and what to do.
 *
 * @module
 */
export type {
  DeletionBlockerCode, EntityType, DeletionBlocker, DeletionCheck,
  SubscriptionDeletionFacts, ContractDeletionFacts, ClientDeletionFacts,
} from './types.js';
export { checkSubscriptionDeletion, checkContractDeletion, checkClientDeletion } from './checks.js';
export {
  checkClientWritable, checkArchive, checkUnarchive, clientBillingSkip, type ArchiveCode, type ClientArchiveFacts,
} from './archive.js';
