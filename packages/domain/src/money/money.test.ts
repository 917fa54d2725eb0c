// Money: rounding half away from zero, integer proration, VAT per rate and display (docs/rules.md §3).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCents } from './format.js';
import { divideRounded, percentOfCents, prorateCents, roundHalfAwayFromZero, taxOf } from './rounding.js';
import { totalsOf, vatBreakdown } from './vat.js';

describe('roundHalfAwayFromZero', () => {
  it.each([
    [2.5, 3], [-2.5, -3], [2.4999, 2], [-2.4999, -2], [0.5, 1], [-0.5, -1], [0, 0], [-0.4, 0],
    [787.5, 788], [1417.5, 1418], [-315, -315],
    [1.005 * 100, 101], // 100.49999999999999 in binary: float noise must not round it down
    [-1.005 * 100, -101],
    [1234567890123.4, 1234567890123], [1234567890123.5, 1234567890124], [0.49999999, 0], [4503599627370495.5, 4503599627370496],
  ])('%d → %d', (x, r) => {
    expect(roundHalfAwayFromZero(x)).toBe(r);
    expect(Object.is(roundHalfAwayFromZero(x), -0)).toBe(false);
  });
  it('refuses non-finite input', () => expect(() => roundHalfAwayFromZero(Number.NaN)).toThrow(RangeError));
});

describe('integer proration and percentages', () => {
  it.each([
    [3000, 15, 30, 1500], [4500, 15, 30, 2250], [3000, 21, 30, 2100], [3000, 30, 30, 3000],
    [3000, 15, 29, 1552], [3000, 1, 29, 103], [2999, 1, 30, 100], [1, 1, 2, 1], [-3000, 15, 29, -1552], [0, 10, 31, 0],
  ])('prorateCents(%d, %d, %d) = %d', (p, d, dim, r) => expect(prorateCents(p, d, dim)).toBe(r));

  it.each([[1500, 12.5, 188], [-1500, 12.5, -188], [3000, 50, 1500], [3000, 100, 3000], [3000, 0, 0], [333, 33.3333, 111]])(
    'percentOfCents(%d, %d) = %d', (c, p, r) => expect(percentOfCents(c, p)).toBe(r));

  it.each([[3750, 0.21, 788], [6750, 0.21, 1418], [-1500, 0.21, -315], [3000, 0.21, 630], [1000, 0.1, 100], [5, 0.1, 1], [-5, 0.1, -1]])(
    'taxOf(%d, %d) = %d', (b, r, t) => expect(taxOf(b, r)).toBe(t));

  it('divideRounded agrees with exact rational rounding', () => {
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 1e4 }), (n, d) => {
      const q = divideRounded(n, d);
      // |n/d − q| ≤ ½, and exactly ½ only when rounding away from zero
      const twice = 2 * (n - q * d);
      expect(Math.abs(twice)).toBeLessThanOrEqual(d);
      if (Math.abs(twice) === d) expect(Math.sign(q) === Math.sign(n) || q === 0).toBe(true);
      expect(divideRounded(-n, d)).toBe(-q || 0);
    }));
  });
});

describe('VAT grouped per rate', () => {
  it('rounds tax once per rate, highest rate first', () => {
    const lines = [
      { vatRate: 0.1, amountCents: 5 }, { vatRate: 0.21, amountCents: 1500 }, { vatRate: 0.21, amountCents: 2250 }, { vatRate: 0.1, amountCents: 5 },
    ];
    expect(vatBreakdown(lines)).toEqual([{ vatRate: 0.21, baseCents: 3750, taxCents: 788 }, { vatRate: 0.1, baseCents: 10, taxCents: 1 }]);
    expect(totalsOf(lines)).toMatchObject({ baseCents: 3760, taxCents: 789, totalCents: 4549 });
  });
  it('empty lines give zero totals', () => expect(totalsOf([])).toEqual({ baseCents: 0, taxCents: 0, totalCents: 0, vat: [] }));
});

describe('formatCents', () => {
  it.each([
    [4538, '45,38 €', '€45.38'], [5, '0,05 €', '€0.05'], [-1815, '-18,15 €', '-€18.15'],
    [123456789, '1.234.567,89 €', '€1,234,567.89'], [100000, '1.000,00 €', '€1,000.00'],
  ])('%d', (c, es, en) => {
    expect(formatCents(c, 'es')).toBe(es);
    expect(formatCents(c, 'en')).toBe(en);
  });
  it('refuses fractional cents', () => expect(() => formatCents(1.5, 'es')).toThrow(RangeError));
});
