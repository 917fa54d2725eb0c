// Subsanación rules (docs/verifactu.md, "Corrections"): which records may be corrected or sent again, the
// record's actions, and the correcting alta (same invoice data, the flags, chained at the head). Tables first,
// then properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildAlta, buildCorrection, checkCorrection, checkResend, explain, linkTo, recordActions, verifyChain,
  type AltaRecord, type RecordFacts, type RecordStatus, type StoredRecord, type SystemIdentity,
} from '../index.js';

const SYSTEM: SystemIdentity = { producerName: 'Antena', producerNif: 'B12345674', systemName: 'Antena', systemId: 'AN', version: '1.0', installationNumber: '1' };
const facts: RecordFacts = { kind: 'ALTA', number: 'F2026-000021', position: 21, status: 'REJECTED', correctedBy: null, invoiceVoided: false, mode: 'VERIFACTU' };
const STATUSES: RecordStatus[] = ['PENDING', 'ACCEPTED', 'ACCEPTED_WITH_ERRORS', 'REJECTED', 'NOT_SENT'];

const alta = (number: string, previous: AltaRecord | null, at: number): AltaRecord => buildAlta({
  issuer: { legalName: 'Antena S.L.', nif: 'B12345674' }, system: SYSTEM, creditNoteType: 'R4', previous: previous ? linkTo(previous) : null, generatedAtMs: at,
  document: {
    kind: 'INVOICE', number, issueDate: '2026-11-01', description: 'Servicios de telecomunicaciones, periodo 2026-10', recipient: { name: 'Cliente Erróneo', nif: '00000000T' },
    vat: [{ vatRate: 0.21, baseCents: 3000, taxCents: 630 }], taxCents: 630, totalCents: 3630, rectifies: null,
  },
});

describe('checkCorrection', () => {
  it.each<[Partial<RecordFacts>, string | null]>([
    [{}, null],
    [{ status: 'ACCEPTED_WITH_ERRORS' }, null],
    [{ kind: 'ANULACION' }, 'RECORD_CORRECTION_ANULACION'],
    [{ correctedBy: 40 }, 'RECORD_ALREADY_CORRECTED'],
    [{ invoiceVoided: true }, 'RECORD_CORRECTION_INVOICE_VOID'],
    [{ status: 'PENDING' }, 'RECORD_CORRECTION_PENDING'],
    [{ status: 'ACCEPTED' }, 'RECORD_CORRECTION_ACCEPTED'],
    [{ status: 'NOT_SENT' }, 'RECORD_CORRECTION_NOT_SENT'],
    [{ mode: 'NO_VERIFACTU' }, 'RECORD_CORRECTION_NO_VERIFACTU'],
    // The first reason stands: an anulación already corrected is refused as an anulación.
    [{ kind: 'ANULACION', correctedBy: 40 }, 'RECORD_CORRECTION_ANULACION'],
    [{ correctedBy: 40, status: 'ACCEPTED' }, 'RECORD_ALREADY_CORRECTED'],
  ])('%o → %s', (change, code) => expect(checkCorrection({ ...facts, ...change })?.code ?? null).toBe(code));

  it('names the correction that already stands, in both languages', () => {
    const refusal = checkCorrection({ ...facts, correctedBy: 40 })!;
    expect(explain(refusal, 'es').message).toBe('El registro 21 de F2026-000021 ya está corregido por el registro 40.');
    expect(explain(refusal, 'en').remedy).toContain('correction 40');
  });
});

describe('checkResend', () => {
  it.each<[Partial<RecordFacts>, string | null]>([
    [{}, null],
    [{ kind: 'ANULACION' }, null],
    [{ correctedBy: 40 }, 'RECORD_RESEND_CORRECTED'],
    [{ status: 'ACCEPTED_WITH_ERRORS' }, 'RECORD_NOT_REJECTED'],
    [{ status: 'PENDING' }, 'RECORD_NOT_REJECTED'],
    [{ status: 'ACCEPTED' }, 'RECORD_NOT_REJECTED'],
  ])('%o → %s', (change, code) => expect(checkResend({ ...facts, ...change })?.code ?? null).toBe(code));
});

const arbitraryFacts = fc.record<RecordFacts>({
  kind: fc.constantFrom('ALTA', 'ANULACION'), number: fc.stringMatching(/^[FR]2026-\d{6}$/), position: fc.integer({ min: 1, max: 1e6 }),
  status: fc.constantFrom(...STATUSES), correctedBy: fc.option(fc.integer({ min: 2, max: 1e6 }), { nil: null }), invoiceVoided: fc.boolean(),
  mode: fc.constantFrom('VERIFACTU', 'NO_VERIFACTU'),
});

describe('properties', () => {
  it('only an uncorrected alta rejected or accepted with errors, of a live invoice, in VERI*FACTU mode, is correctable', () => {
    fc.assert(fc.property(arbitraryFacts, (f) => {
      const expected = f.kind === 'ALTA' && f.correctedBy === null && !f.invoiceVoided && (f.status === 'REJECTED' || f.status === 'ACCEPTED_WITH_ERRORS') && f.mode === 'VERIFACTU';
      expect(checkCorrection(f) === null).toBe(expected);
    }));
  });

  it('the actions say what the checks say, and every refusal reads in both languages', () => {
    fc.assert(fc.property(arbitraryFacts, (f) => {
      const actions = recordActions(f);
      expect(actions.map((a) => a.action)).toEqual(['CORRECT', 'RESEND']);
      expect(actions[0]!.refusal?.code ?? null).toBe(checkCorrection(f)?.code ?? null);
      expect(actions[1]!.refusal?.code ?? null).toBe(checkResend(f)?.code ?? null);
      for (const a of actions) {
        expect(a.available).toBe(a.refusal === null);
        if (a.refusal) for (const locale of ['es', 'en'] as const) expect(explain(a.refusal, locale).message).not.toMatch(/[{}]/);
      }
    }));
  });

  it('a correction keeps the invoice data, carries the flags, and extends a valid chain', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 6 }), fc.nat(), fc.constantFrom<RecordStatus>('REJECTED', 'ACCEPTED_WITH_ERRORS'), fc.integer({ min: 0, max: 86_400_000 }), (n, k, status, later) => {
      const start = Date.UTC(2026, 10, 1, 9);
      const chain: AltaRecord[] = [];
      for (let i = 0; i < n; i++) chain.push(alta(`F2026-${String(i + 1).padStart(6, '0')}`, chain[i - 1] ?? null, start + i * 1000));
      const original = chain[k % n]!;
      const head = chain[n - 1]!;
      const r = buildCorrection({
        original, facts: { position: (k % n) + 1, status, correctedBy: null, invoiceVoided: false, mode: 'VERIFACTU' },
        issuerName: 'Antena S.L.', recipient: { name: ' Cliente Corregido ', nif: '12345678Z' }, system: SYSTEM, previous: linkTo(head), generatedAtMs: start + n * 1000 + later,
      });
      if (!r.ok) throw new Error(r.refusal.code);
      const c = r.record;
      for (const key of ['kind', 'issuerNif', 'number', 'issueDate', 'invoiceType', 'taxTotal', 'total', 'description', 'breakdown', 'rectified', 'rectificationType'] as const) {
        expect(c[key]).toEqual(original[key]);
      }
      expect(c.recipient).toEqual({ name: 'Cliente Corregido', nif: '12345678Z' });
      expect(c.subsanacion).toBe('S');
      expect(c.rechazoPrevio).toBe(status === 'REJECTED' ? 'S' : undefined);
      expect(c.previous).toEqual(linkTo(head));
      const stored: StoredRecord[] = [...chain, c].map((x, i) => ({ ...x, position: i + 1 }));
      expect(verifyChain(stored).valid).toBe(true);
    }), { numRuns: 100 });
  });

  it('a record the rules refuse is not built', () => {
    fc.assert(fc.property(arbitraryFacts, (f) => {
      const original = alta(f.number, null, Date.UTC(2026, 10, 1, 9));
      const r = buildCorrection({ original: f.kind === 'ALTA' ? original : { ...original, kind: 'ANULACION', invoiceType: null, taxTotal: null, total: null } as never,
        facts: f, issuerName: 'Antena S.L.', recipient: { name: 'X', nif: '12345678Z' }, system: SYSTEM, previous: linkTo(original), generatedAtMs: Date.UTC(2026, 10, 2) });
      expect(r.ok).toBe(checkCorrection(f) === null);
      if (!r.ok) expect(r.refusal).toEqual(checkCorrection(f));
    }));
  });
});
