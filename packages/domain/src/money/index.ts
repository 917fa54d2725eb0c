// Money: integer cents, rounding, VAT and display (SPEC §3).
export { type Cents, roundHalfAwayFromZero, prorateCents, percentOfCents, taxOf } from './rounding.js';
export { type VatGroup, type Totals, vatBreakdown, totalsOf } from './vat.js';
export { formatCents } from './format.js';
export { parseEuros, parseVatPercent, formatVatRate } from './input.js';
