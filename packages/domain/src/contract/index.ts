// Contract lifecycle: which operations a contract's status allows (docs/rules.md §2, rule 1).
/**
 * The contract lifecycle (`DRAFT` → `SIGNED` → `TERMINATED`): which operations a contract's status allows, and why not.
 *
 * @module
 */
export { CONTRACT_STATUSES, checkSignContract, checkSignatureUpdate, checkTerminateContract, checkAddSubscription, type ContractStatus, type ContractFacts, type ContractRefusalCode } from './lifecycle.js';
export { contractActions, invoiceActions, type ActionRefusalCode, type AvailableAction, type ContractAction, type InvoiceAction } from './actions.js';
