import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { duplicateTaxIdWarnings } from './duplicate-tax-id.js';
import { explain } from '../explain/explain.js';

const other = (id: string, taxId: string) => ({ id, code: `C${id}`, name: `Cliente ${id}`, taxId });

describe('duplicateTaxIdWarnings', () => {
  test.each([
    { name: 'no other client', others: [], clientId: null, expected: [] },
    { name: 'another client with it', others: [other('1', '12345678Z')], clientId: null, expected: ['1'] },
    { name: 'the client itself is not a duplicate', others: [other('1', '12345678Z')], clientId: '1', expected: [] },
    { name: 'only equal tax ids', others: [other('1', '12345678Z'), other('2', 'X1234567L'), other('3', '12345678Z')], clientId: '3', expected: ['1'] },
  ])('$name', ({ others, clientId, expected }) => {
    const warnings = duplicateTaxIdWarnings({ taxId: '12345678Z', clientId, others });
    expect(warnings.map((w) => w.entityId)).toEqual(expected);
    for (const w of warnings) expect(w).toMatchObject({ code: 'DUPLICATE_TAX_ID', entityType: 'Client', field: 'taxId' });
  });

  test('explained in both languages with the other client named', () => {
    const [w] = duplicateTaxIdWarnings({ taxId: '12345678Z', others: [other('7', '12345678Z')] });
    expect(explain(w!, 'es').message).toContain('C7');
    expect(explain(w!, 'en').message).toContain('Cliente 7');
    expect(explain(w!, 'es').remedy).not.toBe('');
  });

  test('one warning per other client with the same tax id, never for the client itself', () => {
    fc.assert(fc.property(fc.array(fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), taxId: fc.constantFrom('A', 'B') }), { maxLength: 8 }), fc.option(fc.string({ maxLength: 3 })), (rows, clientId) => {
      const warnings = duplicateTaxIdWarnings({ taxId: 'A', clientId, others: rows.map((r) => other(r.id, r.taxId)) });
      expect(warnings.length).toBe(rows.filter((r) => r.taxId === 'A' && r.id !== clientId).length);
      expect(warnings.every((w) => w.entityId !== clientId)).toBe(true);
    }));
  });
});
