// The one place cents become a human amount (docs/rules.md §3 money is integer cents; display only here).
import type { Cents } from './rounding.js';

function group(intPart: string, sep: string): string {
  let out = '';
  for (let i = intPart.length; i > 0; i -= 3) {
    const chunk = intPart.slice(Math.max(0, i - 3), i);
    out = out ? `${chunk}${sep}${out}` : chunk;
  }
  return out;
}

/** "45,38 €" (es) / "€45.38" (en); a plain space, so the output is stable across ICU versions. */
export function formatCents(cents: Cents, locale: 'es' | 'en'): string {
  if (!Number.isInteger(cents)) throw new RangeError(`cents must be an integer, got ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const a = Math.abs(cents);
  const units = String(Math.floor(a / 100));
  const dec = String(a % 100).padStart(2, '0');
  return locale === 'es' ? `${sign}${group(units, '.')},${dec} €` : `${sign}€${group(units, ',')}.${dec}`;
}
