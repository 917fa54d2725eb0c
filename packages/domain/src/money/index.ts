// Money: integer cents, rounding, VAT and display (docs/rules.md §3).
/**
 * Money as integer cents: proration, percentages and VAT rounded half away from zero, totals per VAT rate, display (`formatCents`) and what a clerk types (`parseEuros`, `parseVatPercent`).
 *
 * @module
 */
export { type Cents, roundHalfAwayFromZero, prorateCents, percentOfCents, taxOf, RATE_SCALE, scaleRate, unscaleRate } from './rounding.js';
export { type VatGroup, type Totals, vatBreakdown, totalsOf } from './vat.js';
export { formatCents } from './format.js';
export { parseEuros, parseVatPercent, formatVatRate } from './input.js';
