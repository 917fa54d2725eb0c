// Input validation returning codes, not sentences (SPEC §2 model fields).
export { type Validation, type ValidationCode } from './result.js';
export { validateIban, formatIban, sameIban } from './iban.js';
export { validateSpanishTaxId, type TaxIdKind } from './tax-id.js';
export { validateMandateReference } from './mandate.js';
export { validateEmail } from './email.js';
export { validateCents, validatePercent, validateVatRate } from './numbers.js';
export { validateDateOnly, validatePeriod, validateDateRange } from './dates.js';
export { validateText } from './text.js';
