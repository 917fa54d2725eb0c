// Validation results carry a code and parameters, never a sentence (messages are built at the edge).
/** Codes of the validation refusals. */
export type ValidationCode = 'IBAN_INVALID' | 'TAX_ID_INVALID' | 'MANDATE_REFERENCE_INVALID' | 'EMAIL_INVALID'
  | 'DATE_INVALID' | 'PERIOD_INVALID' | 'CENTS_INVALID' | 'PERCENT_INVALID' | 'VAT_RATE_INVALID' | 'REQUIRED' | 'TOO_LONG'
  | 'DATE_RANGE_INVALID' | 'TEXT_INVALID' | 'VALUE_NOT_ALLOWED' | 'DATE_OUT_OF_RANGE' | 'CENTS_TOO_LARGE'
  | 'SEARCH_EMPTY' | 'SEARCH_TOO_LONG' | 'HITS_PER_KIND_INVALID';

/** The result of a `validate…` function: the normalized value, or the code and params saying what is wrong. */
export type Validation<T> =
  | { ok: true; value: T }
  | { ok: false; code: ValidationCode; params?: Record<string, string | number> };

export const valid = <T>(value: T): Validation<T> => ({ ok: true, value });
export const invalid = <T>(code: ValidationCode, params?: Record<string, string | number>): Validation<T> =>
  params ? { ok: false, code, params } : { ok: false, code };
