// Reads one mutation's input through the domain validators. The first refusal throws
// BAD_USER_INPUT naming the input field path (e.g. "input.iban"), before anything is written.
import {
  validateCents, validateDateOnly, validateDateRange, validateEmail, validateIban, validateMandateReference,
  validatePercent, validateSpanishTaxId, validateText, validateVatRate, type Locale, type Validation,
} from '@antena/domain';
import { badInput } from '../errors/errors.js';

export class InputReader {
  constructor(private readonly locale: Locale, private readonly prefix = 'input') {}

  private path(field: string): string {
    return this.prefix ? `${this.prefix}.${field}` : field;
  }

  private take<T>(field: string, result: Validation<T>): T {
    if (result.ok) return result.value;
    throw badInput(this.locale, this.path(field), result.code, { field, ...(result.params ?? {}) });
  }

  /** Free text: trimmed, required unless `optional`, at most `max` characters (the column's size). */
  text(field: string, value: string, max: number): string;
  text(field: string, value: string | null | undefined, max: number, optional: true): string | null;
  text(field: string, value: string | null | undefined, max: number, optional = false): string | null {
    if (optional && (value == null || value.trim() === '')) return null;
    return this.take(field, validateText(value, field, max));
  }

  iban(field: string, value: string): string {
    return this.take(field, validateIban(value));
  }

  optionalIban(field: string, value: string | null | undefined): string | null {
    return value == null || value.trim() === '' ? null : this.iban(field, value);
  }

  taxId(field: string, value: string): string {
    return this.take(field, validateSpanishTaxId(value)).taxId;
  }

  email(field: string, value: string): string {
    return this.take(field, validateEmail(value));
  }

  mandateReference(field: string, value: string): string {
    return this.take(field, validateMandateReference(value));
  }

  date(field: string, value: string): string {
    return this.take(field, validateDateOnly(value, field));
  }

  range(fromField: string, from: string, toField: string, to: string | null | undefined): { from: string; to: string | null } {
    const fromValue = this.date(fromField, from);
    if (to == null) return { from: fromValue, to: null };
    this.date(toField, to);
    return this.take(toField, validateDateRange(fromValue, to));
  }

  cents(field: string, value: number): number {
    return this.take(field, validateCents(value));
  }

  percent(field: string, value: number): number {
    return this.take(field, validatePercent(value));
  }

  vatRate(field: string, value: number): number {
    return this.take(field, validateVatRate(value));
  }
}
