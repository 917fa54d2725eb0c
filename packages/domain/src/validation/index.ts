// Input validation returning codes, not sentences (docs/rules.md §2 model fields).
/**
 * Validation of what people type: IBAN, Spanish tax ids, SEPA mandate references, e-mail, cents, percents, VAT rates, dates, periods and texts. Each returns the normalized value or a code with params, never a sentence. Also the accent- and case-insensitive key that searches compare.
 *
 * @module
 */
export { type Validation, type ValidationCode } from './result.js';
export { validateIban, formatIban, sameIban } from './iban.js';
export { validateSpanishTaxId, type TaxIdKind } from './tax-id.js';
export { validateMandateReference } from './mandate.js';
export { validateEmail } from './email.js';
export { MAX_AMOUNT_CENTS, validateCents, validatePercent, validateVatRate } from './numbers.js';
export { DATE_WINDOW, validateDateOnly, validatePeriod, validateDateRange } from './dates.js';
export { validateText } from './text.js';
export { searchKey, searchQueryKeys, searchTerms, validateSearchTerm, validateHitsPerKind, SEARCH_TERM_MAX, SEARCH_TERM_STORED_MAX, HITS_PER_KIND_MAX, HITS_PER_KIND_DEFAULT } from './search.js';
export { duplicateTaxIdWarnings } from './duplicate-tax-id.js';
