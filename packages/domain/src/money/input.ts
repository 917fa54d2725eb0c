// What a clerk types into a money or VAT field, to integer cents or a VAT rate, without floating point
// (minor units converted in exactly one place), and the VAT rate back as a percent.
import type { Cents } from './rounding.js';

/** "30", "30,5", "1.234,56", "30.50" or "45,38 €" → cents; null when it is not an amount. */
export function parseEuros(input: string): Cents | null {
  if (typeof input !== 'string') return null;
  const text = input.trim().replace(/\s|€/g, '');
  const match = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:[,.](\d{1,2}))?$/.exec(text);
  if (!match) return null;
  const [, sign, whole = '', fraction = ''] = match;
  const cents = Number(whole.replace(/\./g, '')) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return null; // beyond 2^53 cents the amount would not be exact
  return sign === '-' ? -cents : cents;
}

/** "21" or "10,5" (percent, up to two decimals) → 0.21 / 0.105; null when it is not a percent. */
export function parseVatPercent(input: string): number | null {
  if (typeof input !== 'string') return null;
  const match = /^(\d{1,3})(?:[,.](\d{1,2}))?$/.exec(input.trim().replace(/\s|%/g, ''));
  if (!match) return null;
  const hundredths = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return hundredths / 10_000;
}

/** 0.21 → "21 %", 0.105 → "10,5 %" (es) / "10.5 %" (en). */
export function formatVatRate(rate: number, locale: 'es' | 'en'): string {
  const hundredths = Math.round(rate * 10_000);
  const units = Math.floor(hundredths / 100);
  const dec = hundredths % 100;
  const text = dec === 0 ? String(units) : `${units}${locale === 'es' ? ',' : '.'}${String(dec).padStart(2, '0').replace(/0$/, '')}`;
  return `${text} %`;
}
