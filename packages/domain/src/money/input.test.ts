// Money and VAT typed by a clerk: parsed to cents / rates exactly, shown back as a percent.
import { describe, expect, it } from 'vitest';
import { formatCents } from './format.js';
import { formatVatRate, parseEuros, parseVatPercent } from './input.js';

describe('parseEuros', () => {
  it.each([
    ['30', 3000], ['30,5', 3050], ['30,05', 3005], ['30.50', 3050], ['1.234,56', 123456], ['45,38 €', 4538], ['-18,15', -1815], ['0,01', 1],
  ])('%s → %i', (input, cents) => expect(parseEuros(input)).toBe(cents));

  it.each(['', 'abc', '30,555', '1,2,3', '99999999999999999', '1e5', 'NaN'])('refuses %j', (input) => expect(parseEuros(input)).toBeNull());

  it.each([undefined, null, 3000, {}])('refuses what is not text (%j) instead of throwing', (input) => {
    expect(parseEuros(input as never)).toBeNull();
    expect(parseVatPercent(input as never)).toBeNull();
  });

  it('reads back what formatCents shows in Spanish', () => {
    for (const cents of [0, 1, 99, 3000, 4538, -1815, 123456789]) expect(parseEuros(formatCents(cents, 'es'))).toBe(cents);
  });
});

describe('VAT percent', () => {
  it.each([['21', 0.21], ['10,5', 0.105], ['4', 0.04], ['0', 0], ['21 %', 0.21], ['10.25', 0.1025]])('%s → %d', (input, rate) => {
    expect(parseVatPercent(input)).toBe(rate);
  });

  it.each(['', 'x', '-5', '10,555', '1000'])('refuses %j', (input) => expect(parseVatPercent(input)).toBeNull());

  it.each([[0.21, 'es', '21 %'], [0.105, 'es', '10,5 %'], [0.105, 'en', '10.5 %'], [0.1025, 'es', '10,25 %'], [0, 'en', '0 %']] as const)(
    '%d (%s) → %s', (rate, locale, text) => expect(formatVatRate(rate, locale)).toBe(text),
  );
});
