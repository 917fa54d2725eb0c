// SEPA Core Direct Debit rules (docs/sepa.md): creditor identifiers, eligibility, sequence types,
// amendments, EndToEndIds and the return reason-code policy. Pure: history and dates are passed in.
export type { SepaCode, SepaValidationCode, SepaExclusionCode, SepaDebitCode, SepaReturnCode, SepaRefusalCode, SepaValidation, SequenceType, PainFormat } from './codes.js';
export { PAIN_FORMATS } from './codes.js';
export { creditorIdCheckDigits, buildCreditorId, validateCreditorId, validateInitiatingPartyId, validateBic } from './creditor.js';
export { sequenceTypeOf, amendmentOf, type PresentedDebit, type SignatureChange, type Amendment } from './mandate.js';
export { returnPolicy, mandateBlockOf, isReturnReasonCode, KNOWN_RETURN_REASONS, type ReturnAction, type ReturnPolicy, type RecordedReturn, type SignatureNow, type MandateBlock } from './returns.js';
export { remittanceEligibility, type EligibilityFacts, type EligibilityRules, type Eligibility } from './eligibility.js';
export { MAX_DEBIT_ATTEMPTS, endToEndIdOf, parseEndToEndId } from './end-to-end.js';
export { planRemittance, debitReasons, checkCollectionDate, centsToDecimal, type DebitCandidate, type DebitReasonFacts, type SignatureHistory, type PlannedDebit, type PaymentGroup, type RemittancePlan, type CreditorSettings } from './plan.js';
export { checkInlineRemittancePreview } from './preview-guard.js';
export { sepaEs } from './catalog.es.js';
export { sepaEn } from './catalog.en.js';
