// VAT grouped per rate and invoice totals (docs/rules.md §3 "VAT: grouped per rate, tax = round(base × rate)").
import { taxOf, type Cents } from './rounding.js';

/** The base and tax of one VAT rate on a document. */
export interface VatGroup { vatRate: number; baseCents: Cents; taxCents: Cents }
/** Totals of a document: base, tax and total in cents, and the VAT breakdown per rate. */
export interface Totals { baseCents: Cents; taxCents: Cents; totalCents: Cents; vat: VatGroup[] }

/** One group per distinct rate, highest rate first; tax is rounded once per group, never per line. */
export function vatBreakdown(lines: ReadonlyArray<{ vatRate: number; amountCents: Cents }>): VatGroup[] {
  // Nearly every invoice has a single rate: skip the map.
  const first = lines[0];
  if (first) {
    const rate = first.vatRate;
    let base = 0;
    let single = true;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (l.vatRate !== rate) { single = false; break; }
      base += l.amountCents;
    }
    if (single) return [{ vatRate: rate, baseCents: base, taxCents: taxOf(base, rate) }];
  }
  const bases = new Map<number, number>();
  for (const l of lines) bases.set(l.vatRate, (bases.get(l.vatRate) ?? 0) + l.amountCents);
  const groups: VatGroup[] = [];
  for (const [vatRate, baseCents] of bases) groups.push({ vatRate, baseCents, taxCents: taxOf(baseCents, vatRate) });
  return groups.sort((a, b) => b.vatRate - a.vatRate);
}

/** Base, VAT per rate (rounded once per rate) and total of `lines`. */
export function totalsOf(lines: ReadonlyArray<{ vatRate: number; amountCents: Cents }>): Totals {
  const vat = vatBreakdown(lines);
  let baseCents = 0;
  let taxCents = 0;
  for (const g of vat) {
    baseCents += g.baseCents;
    taxCents += g.taxCents;
  }
  return { baseCents, taxCents, totalCents: baseCents + taxCents, vat };
}
