// Contract lifecycle: which operations a contract's status allows (SPEC §2, rule 1).
export { CONTRACT_STATUSES, checkSignContract, checkSignatureUpdate, checkTerminateContract, type ContractStatus, type ContractFacts, type ContractRefusalCode } from './lifecycle.js';
