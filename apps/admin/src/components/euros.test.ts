import { describe, expect, it } from 'vitest';
import { centsToEuroInput, eurosToCents } from './euros';

describe('eurosToCents', () => {
  it.each([
    ['30', 3000], ['30,5', 3050], ['30,05', 3005], ['30.50', 3050], ['1.234,56', 123456], ['45,38 €', 4538], ['-18,15', -1815], ['0,01', 1],
  ])('%s → %i', (input, cents) => expect(eurosToCents(input)).toBe(cents));

  it.each(['', 'abc', '30,555', '1,2,3'])('refuses %j', (input) => expect(eurosToCents(input)).toBeNull());

  it('round-trips with centsToEuroInput', () => {
    for (const cents of [0, 1, 99, 3000, 4538, -1815]) expect(eurosToCents(centsToEuroInput(cents))).toBe(cents);
  });
});
