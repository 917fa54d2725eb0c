// Form validators built on the domain package's rules (the SPA never re-implements one); what the
// field shows is the domain's own sentence, in the chosen language.
import { uiText } from '@antena/ui';
import { message, remedy, validateEmail, validateIban, validateMandateReference, validateSpanishTaxId, isDateOnly, isPeriod, type Locale, type Validation } from '@antena/domain';

type Check = (value: string) => Validation<unknown>;

// REQUIRED's sentence names the field, which the field's own label already does under it.
const REQUIRED: Record<Locale, string> = { es: 'Este campo es obligatorio.', en: 'This field is required.' };

export const validators = (locale: Locale) => {
  const required = (value: string | null | undefined) => (value && value.trim() ? null : REQUIRED[locale]);
  const from = (check: Check, optional = false) => (value: string): string | null => {
    const trimmed = value.trim();
    if (!trimmed) return optional ? null : REQUIRED[locale];
    const result = check(trimmed);
    return result.ok ? null : message(result.code, locale, { value: trimmed, ...result.params });
  };
  return {
    required,
    email: from(validateEmail),
    optionalEmail: from(validateEmail, true),
    iban: from(validateIban),
    optionalIban: from(validateIban, true),
    taxId: from(validateSpanishTaxId),
    mandateReference: from(validateMandateReference),
    // Date fields (DateField) hold YYYY-MM-DD, or the text typed when it is no calendar day: the sentence
    // says the format the clerk types, DD/MM/AAAA, as the field itself does.
    date: (value: string) => (!value.trim() ? REQUIRED[locale] : isDateOnly(value.trim()) ? null : uiText(locale, 'date.invalid', { value: value.trim() })),
    optionalDate: (value: string) => (!value.trim() || isDateOnly(value.trim()) ? null : uiText(locale, 'date.invalid', { value: value.trim() })),
    period: (value: string) => (isPeriod(value.trim()) ? null : `${message('PERIOD_INVALID', locale, { value: value.trim() })} ${remedy('PERIOD_INVALID', locale)}`),
  };
};
