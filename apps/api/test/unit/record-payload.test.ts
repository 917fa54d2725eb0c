// A record stored as its hashed columns, its system's key and the payload (src/verifactu/verifactu.entities.ts) reads
// back, with the link to the record before it and the system identity, as the very record the domain built: an
// invoice's alta, a credit note's, a subsanación with its flags and an anulación.
import { buildAlta, buildAnulacion, buildCorrection, type AltaInput, type RecordFacts, type VerifactuRecord } from '@antena/domain';
import { describe, expect, it } from 'vitest';
import { nativeSha256 } from '../../src/verifactu/hash.js';
import { payloadOf, recordOf, type VerifactuRecordEntity } from '../../src/verifactu/verifactu.entities.js';

const system = { producerName: 'P', producerNif: 'B12345674', systemName: 'S', systemId: 'AN', version: '1', installationNumber: '1' };
const issuer = { legalName: 'Empresa S.L.', nif: 'B12345674' };
const invoice: AltaInput = {
  issuer, system, creditNoteType: 'R4', previous: null, generatedAtMs: Date.UTC(2026, 11, 1, 9),
  document: { kind: 'INVOICE', number: 'F2026-000001', issueDate: '2026-12-01', description: 'Servicios', recipient: { name: 'Cliente', nif: '12345678Z' },
    vat: [{ vatRate: 0.21, baseCents: 1000, taxCents: 210 }, { vatRate: 0.1, baseCents: 500, taxCents: 50 }], taxCents: 260, totalCents: 1760, rectifies: null },
};

function stored(r: VerifactuRecord): VerifactuRecordEntity {
  const { kind, issuerNif, number, issueDate, invoiceType, taxTotal, total, previousHash, generatedAt, hash } = r;
  // Through JSON, as the payload column holds it.
  return { position: 7, invoiceId: 'i', kind, issuerNif, number, issueDate, invoiceType, taxTotal, total, previousHash, generatedAt, hash, systemKey: 1, payload: JSON.parse(JSON.stringify(payloadOf(r))) };
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
});
