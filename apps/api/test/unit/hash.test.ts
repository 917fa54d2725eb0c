// The API's native SHA-256 (src/verifactu/hash.ts) against the official VeriFactu vectors and the domain's own
// SHA-256 on any text (docs/verifactu.md, "The hash").
import { buildAlta, hashInput, recordHash, sha256Hex, type AltaInput } from '@antena/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nativeSha256 } from '../../src/verifactu/hash.js';

describe('nativeSha256', () => {
  const first = { kind: 'ALTA' as const, issuerNif: '89890001K', number: '12345678/G33', issueDate: '01-01-2024', invoiceType: 'F1' as const, taxTotal: '12.35', total: '123.45', previousHash: '', generatedAt: '2024-01-01T19:20:30+01:00' };
  const second = { ...first, number: '12345679/G34', previousHash: '3C464DAF61ACB827C65FDA19F352A4E3BDC2C640E9E9FC4CC058073F38F12F60', generatedAt: '2024-01-01T19:20:35+01:00' };

  it('gives the official vectors', () => {
    expect(recordHash(first, nativeSha256)).toBe('3C464DAF61ACB827C65FDA19F352A4E3BDC2C640E9E9FC4CC058073F38F12F60');
    expect(recordHash(second, nativeSha256)).toBe('F7B94CFD8924EDFF273501B01EE5153E4CE8F259766F88CF6ACB8935802A2B97');
  });

  it('chains altas to the official vectors', () => {
    const input: Omit<AltaInput, 'previous'> = {
      issuer: { legalName: 'Empresa', nif: '89890001K' }, creditNoteType: 'R4', generatedAtMs: Date.UTC(2024, 0, 1, 18, 20, 30),
      system: { producerName: 'P', producerNif: 'B12345674', systemName: 'S', systemId: 'AN', version: '1', installationNumber: '1' },
      document: { kind: 'INVOICE', number: '12345678/G33', issueDate: '2024-01-01', description: 'x', recipient: { name: 'C', nif: '12345678Z' },
        vat: [{ vatRate: 0.21, baseCents: 11110, taxCents: 1235 }], taxCents: 1235, totalCents: 12345, rectifies: null },
    };
    const a = buildAlta({ ...input, previous: null }, nativeSha256);
    const b = buildAlta({ ...input, document: { ...input.document, number: '12345679/G34' }, generatedAtMs: Date.UTC(2024, 0, 1, 18, 20, 35), previous: { issuerNif: a.issuerNif, number: a.number, issueDate: a.issueDate, hash: a.hash } }, nativeSha256);
    expect([a.hash, b.hash]).toEqual(['3C464DAF61ACB827C65FDA19F352A4E3BDC2C640E9E9FC4CC058073F38F12F60', 'F7B94CFD8924EDFF273501B01EE5153E4CE8F259766F88CF6ACB8935802A2B97']);
    expect(hashInput(a)).toContain('Huella=&');
  });

  it('agrees with the domain\'s SHA-256 on any text, accents and astral characters included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => nativeSha256(s) === sha256Hex(s)), { numRuns: 500 });
    expect(nativeSha256('Ñandú 🐦')).toBe(sha256Hex('Ñandú 🐦'));
  });
});
