// sepaText (src/sepa/xml-writer.ts): text reduced to the SEPA character set, cut and XML-escaped. Plain text takes
// a shortcut; whatever the text, the result is the one the full reduction gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sepaText } from '../../src/sepa/xml-writer.js';

/** The reduction as docs/sepa.md "XML file" states it, without the shortcut. */
function reduced(s: string, max: number): string {
  const latin = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9/\-?:().,'+ ]/g, ' ').replace(/\s+/g, ' ').trim();
  return (latin.slice(0, max).trim() || 'NOTPROVIDED').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

describe('sepaText', () => {
  it.each([
    ['Firmante Núñez 12', 70, 'Firmante Nunez 12'],
    ["O'Brien", 70, 'O&apos;Brien'],
    ['F2026-000001 2026-11-01/2026-11-30', 140, 'F2026-000001 2026-11-01/2026-11-30'],
    ['  two  spaces ', 70, 'two spaces'],
    ['abcdef ghi', 7, 'abcdef'],
    ['<&>', 70, 'NOTPROVIDED'],
    ['', 70, 'NOTPROVIDED'],
  ])('%j cut to %i is %j', (s, max, out) => {
    expect(sepaText(s, max)).toBe(out);
  });

  it('gives what the full reduction gives, for any text', () => {
    const char = fc.constantFrom(...'aZ09/-?:().,\'+ ñÑáÉüç&<>"\t\n€_'.split(''));
    fc.assert(fc.property(fc.array(char, { maxLength: 30 }).map((cs) => cs.join('')), fc.integer({ min: 1, max: 35 }), (s, max) => {
      expect(sepaText(s, max)).toBe(reduced(s, max));
    }), { numRuns: 2000 });
  });
});
