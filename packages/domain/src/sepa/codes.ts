// Every code the SEPA module emits (docs/sepa.md); each has an es/en message and remedy in sepa/catalog.*.ts.
export type SepaValidationCode = 'SEPA_CREDITOR_ID_INVALID' | 'SEPA_INITIATING_PARTY_INVALID' | 'SEPA_BIC_INVALID'
  | 'SEPA_PAIN_FORMAT_INVALID' | 'SEPA_COLLECTION_DAYS_INVALID';

/** Why an invoice stays out of a remittance. */
export type SepaExclusionCode = 'SEPA_EXCLUDED_NOT_INVOICE' | 'SEPA_EXCLUDED_STATUS' | 'SEPA_EXCLUDED_NO_SIGNATURE'
  | 'SEPA_EXCLUDED_NOT_POSITIVE' | 'SEPA_EXCLUDED_IN_OPEN_REMITTANCE' | 'SEPA_EXCLUDED_MANDATE_BLOCKED'
  | 'SEPA_EXCLUDED_MANDATE_STOPPED' | 'SEPA_EXCLUDED_RETURN_NEEDS_CONTACT' | 'SEPA_EXCLUDED_TOO_RECENT'
  | 'SEPA_EXCLUDED_ATTEMPTS_EXHAUSTED';

/** What a debit says about itself: account, sequence type, amendment. */
export type SepaDebitCode = 'SEPA_DEBIT_ACCOUNT' | 'SEPA_SEQUENCE_FRST' | 'SEPA_SEQUENCE_RCUR'
  | 'SEPA_AMENDED_IBAN' | 'SEPA_AMENDED_MANDATE' | 'SEPA_RETRY_AFTER_RETURN';

/** The meaning and remedy of a bank return reason code (the policy table of docs/sepa.md). */
export type SepaReturnCode = 'SEPA_RETURN_AM04' | 'SEPA_RETURN_MS03' | 'SEPA_RETURN_MS02' | 'SEPA_RETURN_AC01'
  | 'SEPA_RETURN_AC04' | 'SEPA_RETURN_AC06' | 'SEPA_RETURN_AG01' | 'SEPA_RETURN_MD01' | 'SEPA_RETURN_MD06'
  | 'SEPA_RETURN_MD07' | 'SEPA_RETURN_AM05' | 'SEPA_RETURN_OTHER';

/** Refusals and notes of the remittance and return-import operations. */
export type SepaRefusalCode = 'SEPA_SETTINGS_MISSING' | 'SEPA_COLLECTION_DATE_TOO_EARLY' | 'SEPA_REMITTANCE_EMPTY'
  | 'SEPA_REMITTANCE_SETTLED' | 'SEPA_RETURN_FILE_UNKNOWN' | 'SEPA_RETURN_UNMATCHED' | 'SEPA_RETURN_ALREADY_APPLIED'
  | 'SEPA_RETURN_SETTLED_CONFLICT' | 'SEPA_MANDATE_BLOCKED' | 'SEPA_MANDATE_STOPPED' | 'SEPA_RETURN_FEE' | 'SEPA_PREVIEW_TOO_LARGE';

export type SepaCode = SepaValidationCode | SepaExclusionCode | SepaDebitCode | SepaReturnCode | SepaRefusalCode;

export type SepaValidation<T> =
  | { ok: true; value: T }
  | { ok: false; code: SepaValidationCode | 'REQUIRED'; params: Record<string, string | number> };

export type SequenceType = 'FRST' | 'RCUR';
export type PainFormat = 'pain.008.001.02' | 'pain.008.001.08';
export const PAIN_FORMATS: readonly PainFormat[] = ['pain.008.001.02', 'pain.008.001.08'];
