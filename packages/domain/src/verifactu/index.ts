// VeriFactu (docs/verifactu.md): records, their hash chain, its verification, the invoice QR, voiding and correction rules.
export { sha256Hex, utf8Bytes } from './sha256.js';
export { formatAmount, formatIssueDate, madridOffsetMinutes, madridTimestamp } from './format.js';
export {
  type VerifactuMode, type RecordKind, type InvoiceType, type SystemIdentity, type IssuerIdentity, type HashedFields, type ChainLink,
  type VatBreakdownEntry, type Sha256, type AltaRecord, type AnulacionRecord, type VerifactuRecord, type AltaInput, type AnulacionInput,
  RECTIFYING_TYPES, DEFAULT_CREDIT_NOTE_TYPE, hashInput, recordHash, formatRate, buildAlta, buildAnulacion, linkTo, chainAltas,
} from './record.js';
export { type StoredRecord, type ChainBreak, type ChainBreakCode, type ChainVerification, MAX_BREAKS, chainVerifier, verifyChain } from './chain.js';
export { type AgencyEnvironment, verifactuQrUrl, QR_LEGEND_ABOVE, qrLegendBelow, QR_SIZE_MM, QR_ERROR_CORRECTION } from './qr.js';
export { type VoidRefusalCode, type VoidFacts, checkVoidInvoice } from './void.js';
export { type IssuerSettings, type FieldViolation, validateIssuerSettings } from './issuer.js';
export { type RecordAnswerCode, type AgencyAnswer, answerCode } from './answer.js';
export {
  type RecordStatus, type CorrectionRefusalCode, type ResendRefusalCode, type VerifactuRecordAction, type RecordAction, type RecordFacts, type CorrectionInput, type CorrectionResult,
  checkCorrection, checkResend, recordActions, buildCorrection,
} from './correction.js';
