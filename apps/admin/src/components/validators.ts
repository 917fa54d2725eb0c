// Form validators built on the domain package's rules (the SPA never re-implements one); the
// message shown is the domain's own, in the chosen language.
import { message, validateEmail, validateIban, validateMandateReference, validateSpanishTaxId, isDateOnly, isPeriod, type Locale, type Validation } from '@antena/domain';

type Check = (value: string) => Validation<unknown>;

function from(check: Check, locale: Locale, optional = false) {
  return (value: string): string | null => {
    const trimmed = value.trim();
    if (!trimmed) return optional ? null : message('REQUIRED', locale);
    const result = check(trimmed);
    return result.ok ? null : message(result.code, locale, result.params);
  };
}

export const validators = (locale: Locale) => ({
  required: (value: string) => (value.trim() ? null : message('REQUIRED', locale)),
  email: from(validateEmail, locale),
  optionalEmail: from(validateEmail, locale, true),
  iban: from(validateIban, locale),
  optionalIban: from(validateIban, locale, true),
  taxId: from(validateSpanishTaxId, locale),
  mandateReference: from(validateMandateReference, locale),
  date: (value: string) => (isDateOnly(value.trim()) ? null : message('DATE_INVALID', locale)),
  optionalDate: (value: string) => (!value.trim() || isDateOnly(value.trim()) ? null : message('DATE_INVALID', locale)),
  period: (value: string) => (isPeriod(value.trim()) ? null : message('PERIOD_INVALID', locale)),
});
