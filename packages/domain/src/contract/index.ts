// Contract lifecycle: which operations a contract's status allows (SPEC §2, rule 1).
export { CONTRACT_STATUSES, checkSignContract, checkSignatureUpdate, checkTerminateContract, checkAddSubscription, type ContractStatus, type ContractFacts, type ContractRefusalCode } from './lifecycle.js';
