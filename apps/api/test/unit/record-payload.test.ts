// A record stored as its hashed columns, its system's key and the payload (src/verifactu/verifactu.entities.ts) reads
// back, with the link to the record before it and the system identity, as the very record the domain built: an
// invoice's alta, a credit note's, a subsanación with its flags and an anulación.
import { buildAlta, buildAnulacion, buildCorrection, type AltaInput, type RecordFacts, type VerifactuRecord } from '@antena/domain';
import { describe, expect, it } from 'vitest';
import { nativeSha256 } from '../../src/verifactu/hash.js';
import { decodePayload, encodePayload, payloadOf, recordOf, type VerifactuRecordEntity } from '../../src/verifactu/verifactu.entities.js';

const system = { producerName: 'P', producerNif: 'B12345674', systemName: 'S', systemId: 'AN', version: '1', installationNumber: '1' };
const issuer = { legalName: 'Empresa S.L.', nif: 'B12345674' };
const invoice: AltaInput = {
  issuer, system, creditNoteType: 'R4', previous: null, generatedAtMs: Date.UTC(2026, 11, 1, 9),
  document: { kind: 'INVOICE', number: 'F2026-000001', issueDate: '2026-12-01', description: 'Servicios', recipient: { name: 'Cliente', nif: '12345678Z' },
    vat: [{ vatRate: 0.21, baseCents: 1000, taxCents: 210 }, { vatRate: 0.1, baseCents: 500, taxCents: 50 }], taxCents: 260, totalCents: 1760, rectifies: null },
};

function stored(r: VerifactuRecord): VerifactuRecordEntity {
  const { kind, issuerNif, number, issueDate, invoiceType, taxTotal, total, previousHash, generatedAt, hash } = r;
  // Through the text the payload column holds.
  return { position: 7, invoiceId: 'i', kind, issuerNif, number, issueDate, invoiceType, taxTotal, total, previousHash, generatedAt, hash, systemKey: 1, payload: decodePayload(encodePayload(payloadOf(r))) };
}

describe('payloadOf / recordOf', () => {
  const alta = buildAlta(invoice, nativeSha256);
  const link = { issuerNif: alta.issuerNif, number: alta.number, issueDate: alta.issueDate, hash: alta.hash };
  const credit = buildAlta({ ...invoice, previous: link, creditNoteType: 'R1', document: { ...invoice.document, kind: 'CREDIT_NOTE', number: 'R2026-000001', rectifies: { number: 'F2026-000001', issueDate: '2026-12-01' } } }, nativeSha256);
  const facts: RecordFacts = { kind: 'ALTA', number: alta.number, position: 1, status: 'REJECTED', correctedBy: null, invoiceVoided: false, mode: 'VERIFACTU' };
  const built = buildCorrection({ original: alta, facts, issuerName: 'Empresa S.L.', recipient: { name: 'Cliente Corregido', nif: '12345678Z' }, system, previous: link, generatedAtMs: Date.UTC(2026, 11, 2) }, nativeSha256);
  if (!built.ok) throw new Error('the correction was refused');
  const anulacion = buildAnulacion({ issuer, system, cancelled: { number: 'F2026-000001', issueDate: '2026-12-01' }, previous: link, generatedAtMs: Date.UTC(2026, 11, 3) }, nativeSha256);

  it.each([['an invoice', alta], ['a credit note', credit], ['a subsanación', built.record], ['an anulación', anulacion]] as const)('%s reads back whole', (_, r) => {
    expect(recordOf(stored(r), r.previous, { ...system })).toEqual(r);
  });

  it('the payload holds nothing the columns, the record before it or the system row hold', () => {
    for (const r of [alta, built.record, anulacion]) {
      for (const k of ['kind', 'issuerNif', 'number', 'issueDate', 'invoiceType', 'taxTotal', 'total', 'previousHash', 'generatedAt', 'hash', 'previous', 'system']) expect(payloadOf(r)).not.toHaveProperty(k);
    }
    expect(payloadOf(built.record)).toMatchObject({ subsanacion: 'S', rechazoPrevio: 'S' });
  });

  it('is stored as an array by position, without keys or constants', () => {
    expect(JSON.parse(encodePayload(payloadOf(alta)))).toEqual(['Empresa S.L.', 'Servicios', 'Cliente', '12345678Z', ['21.00', '10.00', '2.10', '10.00', '5.00', '0.50']]);
    expect(JSON.parse(encodePayload(payloadOf(credit)))).toEqual(['Empresa S.L.', 'Servicios', 'Cliente', '12345678Z', ['21.00', '10.00', '2.10', '10.00', '5.00', '0.50'], 'I', ['B12345674', 'F2026-000001', '01-12-2026']]);
    expect(JSON.parse(encodePayload(payloadOf(built.record)))).toEqual(['Empresa S.L.', 'Servicios', 'Cliente Corregido', '12345678Z', ['21.00', '10.00', '2.10', '10.00', '5.00', '0.50'], null, [], 'SR']);
    expect(encodePayload(payloadOf(anulacion))).toBe('[]');
    // Less than half of what the same payload takes as an object.
    expect(encodePayload(payloadOf(alta)).length * 2).toBeLessThan(JSON.stringify(payloadOf(alta)).length);
  });

  it('refuses what it cannot store or read back whole', () => {
    const odd = { ...payloadOf(alta), breakdown: [{ tax: '03', regime: '01', qualification: 'S1', rate: '21.00', base: '1.00', taxAmount: '0.21' }] } as never;
    expect(() => encodePayload(odd)).toThrow(/breakdown 03/);
    expect(() => encodePayload({ hashType: '02' } as never)).toThrow(/hash type/);
    for (const text of ['{"hashType":"01"}', '["a","b","c"]', '["a","b","c","d",["1","2"]]', '["a","b","c","d",[],"X"]', '["a","b","c","d",[],null,[],"Q"]', '["a","b","c","d",[],null,[],"S",1]']) {
      expect(() => decodePayload(text), text).toThrow(/verifactu payload/);
    }
  });
});
