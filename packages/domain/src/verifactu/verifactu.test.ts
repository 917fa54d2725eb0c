// The VeriFactu hash against the official vectors, the values it is built from, the QR URL, chain
// verification and voiding rules (docs/verifactu.md). Tables first, then properties.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildAlta, buildAnulacion, chainAltas, chainVerifier, checkVoidInvoice, formatAmount, formatIssueDate, formatRate, hashInput,
  madridOffsetMinutes, madridTimestamp, recordHash, sha256Hex, utf8Bytes, validateIssuerSettings, verifactuQrUrl, verifyChain,
  type AltaInput, type StoredRecord, type SystemIdentity,
} from './index.js';

const SYSTEM: SystemIdentity = { producerName: 'Antena', producerNif: 'B12345674', systemName: 'Antena', systemId: 'AN', version: '1.0', installationNumber: '1' };

describe('hash: the official vectors', () => {
  const first = { kind: 'ALTA' as const, issuerNif: '89890001K', number: '12345678/G33', issueDate: '01-01-2024', invoiceType: 'F1' as const, taxTotal: '12.35', total: '123.45', previousHash: '', generatedAt: '2024-01-01T19:20:30+01:00' };
  const second = { ...first, number: '12345679/G34', previousHash: '3C464DAF61ACB827C65FDA19F352A4E3BDC2C640E9E9FC4CC058073F38F12F60', generatedAt: '2024-01-01T19:20:35+01:00' };

  it('vector 1: the first record of a chain', () => {
    expect(hashInput(first)).toBe('IDEmisorFactura=89890001K&NumSerieFactura=12345678/G33&FechaExpedicionFactura=01-01-2024&TipoFactura=F1&CuotaTotal=12.35&ImporteTotal=123.45&Huella=&FechaHoraHusoGenRegistro=2024-01-01T19:20:30+01:00');
    expect(recordHash(first)).toBe('3C464DAF61ACB827C65FDA19F352A4E3BDC2C640E9E9FC4CC058073F38F12F60');
  });

  it('vector 2: chained to the first', () => {
    expect(recordHash(second)).toBe('F7B94CFD8924EDFF273501B01EE5153E4CE8F259766F88CF6ACB8935802A2B97');
  });

  it('a native SHA-256 passed in gives the same hashes', () => {
    const native = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex').toUpperCase();
    expect([recordHash(first, native), recordHash(second, native)]).toEqual([recordHash(first), recordHash(second)]);
  });

  it('buildAlta produces both vectors from plain values, chained', () => {
    const base: Omit<AltaInput, 'previous' | 'generatedAtMs'> = {
      issuer: { legalName: 'Empresa', nif: '89890001K' }, system: SYSTEM, creditNoteType: 'R4',
      document: { kind: 'INVOICE', number: '12345678/G33', issueDate: '2024-01-01', description: 'x', recipient: { name: 'C', nif: '12345678Z' },
        vat: [{ vatRate: 0.21, baseCents: 11110, taxCents: 1235 }], taxCents: 1235, totalCents: 12345, rectifies: null },
    };
    const { records } = chainAltas([
      { ...base, generatedAtMs: Date.UTC(2024, 0, 1, 18, 20, 30) },
      { ...base, document: { ...base.document, number: '12345679/G34' }, generatedAtMs: Date.UTC(2024, 0, 1, 18, 20, 35) },
    ], null);
    expect(records.map((r) => r.hash)).toEqual(['3C464DAF61ACB827C65FDA19F352A4E3BDC2C640E9E9FC4CC058073F38F12F60', 'F7B94CFD8924EDFF273501B01EE5153E4CE8F259766F88CF6ACB8935802A2B97']);
    expect(records[1]!.previous).toEqual({ issuerNif: '89890001K', number: '12345678/G33', issueDate: '01-01-2024', hash: records[0]!.hash });
    expect(records[0]!.breakdown).toEqual([{ tax: '01', regime: '01', qualification: 'S1', rate: '21.00', base: '111.10', taxAmount: '12.35' }]);
  });

  it('an alta\'s hash is the hash of its hashInput, whatever the spaces around the values it was built from', () => {
    const padded = fc.tuple(fc.constantFrom('', ' ', '  '), fc.constantFrom('', ' ', '\t'));
    fc.assert(fc.property(padded, padded, fc.stringMatching(/^[A-Z0-9/-]{1,20}$/), fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.boolean(), fc.option(padded),
      ([a, b], [c, d], number, cents, credit, link) => {
        const r = buildAlta({
          issuer: { legalName: 'E', nif: `${a}89890001K${b}` }, system: SYSTEM, creditNoteType: 'R2', generatedAtMs: Date.UTC(2026, 2, 29, 0, 59, 59),
          previous: link ? { issuerNif: '89890001K', number: 'X', issueDate: '01-01-2024', hash: `${link[0]}${'A'.repeat(64)}${link[1]}` } : null,
          document: { kind: credit ? 'CREDIT_NOTE' : 'INVOICE', number: `${c}${number}${d}`, issueDate: '2026-03-29', description: 'x', recipient: { name: 'C', nif: '12345678Z' },
            vat: [{ vatRate: 0.21, baseCents: cents, taxCents: cents }], taxCents: cents, totalCents: cents * 2, rectifies: null },
        });
        expect(r.hash).toBe(recordHash(r));
        expect(r.hash).toBe(sha256Hex(hashInput(r)));
      }), { numRuns: 300 });
  });

  it('values are trimmed before hashing', () => {
    expect(recordHash({ ...first, issuerNif: ' 89890001K ', number: '12345678/G33 ' })).toBe(recordHash(first));
  });

  it('an anulación hashes its own field names', () => {
    const a = buildAnulacion({ issuer: { legalName: 'E', nif: '89890001K' }, system: SYSTEM, cancelled: { number: '12345678/G33', issueDate: '2024-01-01' }, previous: null, generatedAtMs: Date.UTC(2024, 0, 1, 18, 20, 30) });
    const text = 'IDEmisorFacturaAnulada=89890001K&NumSerieFacturaAnulada=12345678/G33&FechaExpedicionFacturaAnulada=01-01-2024&Huella=&FechaHoraHusoGenRegistro=2024-01-01T19:20:30+01:00';
    expect(hashInput(a)).toBe(text);
    expect(a.hash).toBe(createHash('sha256').update(text, 'utf8').digest('hex').toUpperCase());
  });

  it('a credit note is R-typed, by differences, naming the invoice it rectifies', () => {
    const r = buildAlta({
      issuer: { legalName: 'E', nif: 'B12345674' }, system: SYSTEM, creditNoteType: 'R1', previous: null, generatedAtMs: 0,
      document: { kind: 'CREDIT_NOTE', number: 'R2026-000001', issueDate: '2026-11-20', description: 'x', recipient: { name: 'C', nif: '12345678Z' },
        vat: [{ vatRate: 0.21, baseCents: -1500, taxCents: -315 }], taxCents: -315, totalCents: -1815, rectifies: { number: 'F2026-000001', issueDate: '2026-11-01' } },
    });
    expect(r).toMatchObject({ invoiceType: 'R1', rectificationType: 'I', taxTotal: '-3.15', total: '-18.15', rectified: [{ issuerNif: 'B12345674', number: 'F2026-000001', issueDate: '01-11-2026' }] });
  });
});

describe('sha256', () => {
  it.each([
    ['', 'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855'],
    ['abc', 'BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248D6A61D20638B8E5C026930C3E6039A33CE45964FF2167F6ECEDD419DB06C1'],
  ])('FIPS 180-4 example %#', (text, hex) => expect(sha256Hex(text)).toBe(hex));

  it('agrees with node:crypto on any text, UTF-8 included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
      expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex').toUpperCase());
      expect(Buffer.from(utf8Bytes(s)).equals(Buffer.from(s, 'utf8'))).toBe(true);
    }), { numRuns: 300 });
  });
});

describe('values', () => {
  it.each([[0, '0.00'], [5, '0.05'], [12345, '123.45'], [-1815, '-18.15'], [-5, '-0.05'], [100, '1.00']])('amount %i → %s', (c, s) => expect(formatAmount(c)).toBe(s));
  it.each([[0.21, '21.00'], [0.1, '10.00'], [0.04, '4.00'], [0.075, '7.50'], [0, '0.00']])('rate %d → %s', (r, s) => expect(formatRate(r)).toBe(s));
  it('issue date dd-mm-yyyy', () => expect(formatIssueDate('2027-03-09')).toBe('09-03-2027'));

  it.each([
    [Date.UTC(2024, 0, 1, 18, 20, 30), '2024-01-01T19:20:30+01:00'],
    [Date.UTC(2027, 0, 1, 8, 0, 0, 999), '2027-01-01T09:00:00+01:00'],
    // 2027: summer time from 28 March 01:00 UTC to 31 October 01:00 UTC.
    [Date.UTC(2027, 2, 28, 0, 59, 59), '2027-03-28T01:59:59+01:00'],
    [Date.UTC(2027, 2, 28, 1, 0, 0), '2027-03-28T03:00:00+02:00'],
    [Date.UTC(2027, 9, 31, 0, 59, 59), '2027-10-31T02:59:59+02:00'],
    [Date.UTC(2027, 9, 31, 1, 0, 0), '2027-10-31T02:00:00+01:00'],
    [Date.UTC(2026, 11, 31, 23, 30, 0), '2027-01-01T00:30:00+01:00'],
  ])('Europe/Madrid time of %i is %s', (ms, s) => expect(madridTimestamp(ms)).toBe(s));

  it('the Madrid offset agrees with the time-zone database, 2000–2099', () => {
    const fmt = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Madrid', timeZoneName: 'longOffset' });
    fc.assert(fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }), (ms) => {
      const name = fmt.formatToParts(ms).find((p) => p.type === 'timeZoneName')!.value; // GMT+01:00
      expect(`GMT+0${madridOffsetMinutes(ms) / 60}:00`).toBe(name);
      const local = new Date(ms + madridOffsetMinutes(ms) * 60_000).toISOString().slice(0, 19);
      expect(madridTimestamp(ms)).toBe(`${local}${name.slice(3)}`);
    }), { numRuns: 2000 });
  });
});

describe('QR', () => {
  it('VERI*FACTU mode, production host, values URL-encoded', () => {
    expect(verifactuQrUrl({ mode: 'VERIFACTU', environment: 'PRODUCTION', issuerNif: '89890001K', number: '12345678&G33', issueDate: '2024-01-01', totalCents: 24199 }))
      .toBe('https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=89890001K&numserie=12345678%26G33&fecha=01-01-2024&importe=241.99');
  });
  it('No VERI*FACTU mode, test host', () => {
    expect(verifactuQrUrl({ mode: 'NO_VERIFACTU', environment: 'TEST', issuerNif: 'B12345674', number: 'R2026-000004', issueDate: '2026-11-30', totalCents: -1815 }))
      .toBe('https://prewww2.aeat.es/wlpl/TIKE-CONT/ValidarQRNoVerifactu?nif=B12345674&numserie=R2026-000004&fecha=30-11-2026&importe=-18.15');
  });
});

describe('chain verification', () => {
  const chain = (n: number): StoredRecord[] => {
    const base: Omit<AltaInput, 'previous'> = {
      issuer: { legalName: 'E', nif: 'B12345674' }, system: SYSTEM, creditNoteType: 'R4', generatedAtMs: Date.UTC(2027, 0, 1, 8),
      document: { kind: 'INVOICE', number: '', issueDate: '2027-01-01', description: 'x', recipient: { name: 'C', nif: '12345678Z' }, vat: [], taxCents: 21, totalCents: 121, rectifies: null },
    };
    const { records } = chainAltas(Array.from({ length: n }, (_, i) => ({ ...base, document: { ...base.document, number: `F2027-${String(i + 1).padStart(6, '0')}` } })), null);
    return records.map((r, i) => ({ ...r, position: i + 1 }));
  };

  it('a sound chain verifies, with its length and last hash', () => {
    const c = chain(5);
    expect(verifyChain(c)).toEqual({ length: 5, lastHash: c[4]!.hash, valid: true, breaks: [], breakCount: 0 });
    expect(verifyChain([])).toEqual({ length: 0, lastHash: null, valid: true, breaks: [], breakCount: 0 });
  });

  it('an edited amount breaks that record\'s hash and nothing else', () => {
    const c = chain(5);
    c[2] = { ...c[2]!, total: '1.22' };
    const v = verifyChain(c);
    expect(v.valid).toBe(false);
    expect(v.breaks).toEqual([{ code: 'CHAIN_HASH_MISMATCH', position: 3, number: 'F2027-000003', expected: expect.any(String), found: c[2]!.hash }]);
  });

  it('a removed record is a gap and a broken link', () => {
    const c = chain(4);
    c.splice(1, 1);
    expect(verifyChain(c).breaks.map((b) => [b.code, b.position])).toEqual([['CHAIN_POSITION_GAP', 3], ['CHAIN_LINK_MISMATCH', 3]]);
  });

  /** Any single edit of any of `fields` of any record of a chain (as `stored` keeps it) is caught at that record. */
  const anyEditCaught = (fields: ReadonlyArray<'issuerNif' | 'number' | 'issueDate' | 'taxTotal' | 'total' | 'generatedAt' | 'hash' | 'previousHash'>,
    stored: (c: StoredRecord[]) => StoredRecord[]) => {
    // Values are trimmed before hashing (the standard), so the edits are visible characters.
    fc.assert(fc.property(fc.integer({ min: 1, max: 8 }), fc.nat(), fc.constantFrom(...fields), fc.stringMatching(/^[A-Za-z0-9.\-]{1,5}$/), (n, k, field, junk) => {
      const c = stored(chain(n));
      const i = k % n;
      c[i] = { ...c[i]!, [field]: `${c[i]![field]}${junk}` };
      const v = verifyChain(c);
      expect(v.valid).toBe(false);
      expect(v.breaks[0]!.position).toBe(i + 1);
    }), { numRuns: 200 });
  };

  it('any single edit of any hashed field of any record is caught at that record', () => {
    anyEditCaught(['issuerNif', 'number', 'issueDate', 'taxTotal', 'total', 'generatedAt', 'hash', 'previousHash'], (c) => c);
  });

  describe('stored without previous hashes (the link implied by the order)', () => {
    const implied = (c: ReturnType<typeof chain>) => c.map(({ previousHash: _, ...r }) => r);

    it('an intact chain verifies', () => {
      const c = chain(6);
      expect(verifyChain(implied(c))).toEqual(verifyChain(c));
    });

    it('a changed hash breaks its record and the one after it', () => {
      const c = implied(chain(5));
      c[1] = { ...c[1]!, hash: 'F'.repeat(64) };
      expect(verifyChain(c).breaks.map((b) => [b.code, b.position])).toEqual([['CHAIN_HASH_MISMATCH', 2], ['CHAIN_HASH_MISMATCH', 3]]);
    });

    it('a removed record is a gap, and the next hash does not follow from the one before the gap', () => {
      const c = implied(chain(4));
      c.splice(1, 1);
      expect(verifyChain(c).breaks.map((b) => [b.code, b.position])).toEqual([['CHAIN_POSITION_GAP', 3], ['CHAIN_HASH_MISMATCH', 3]]);
    });

    it('any single edit of any stored field of any record is caught at that record', () => {
      anyEditCaught(['issuerNif', 'number', 'issueDate', 'taxTotal', 'total', 'generatedAt', 'hash'], implied);
    });
  });

  it('paged verification equals one pass', () => {
    const c = chain(7);
    c[5] = { ...c[5]!, number: 'X' };
    const v = chainVerifier();
    for (const r of c.slice(0, 3)) v.add(r);
    for (const r of c.slice(3)) v.add(r);
    expect(v.result()).toEqual(verifyChain(c));
  });
});

describe('voiding', () => {
  const facts = { kind: 'INVOICE' as const, number: 'F2026-000001', status: 'ISSUED' as const, voided: false, rectifiedBy: [] as string[] };
  it.each([
    [{}, null],
    [{ voided: true }, 'INVOICE_ALREADY_VOID'],
    [{ status: 'PAID' as const }, 'INVOICE_PAID_NOT_VOIDABLE'],
    [{ status: 'RETURNED' as const }, 'INVOICE_RETURNED_NOT_VOIDABLE'],
    [{ rectifiedBy: ['R2026-000001'] }, 'INVOICE_RECTIFIED_NOT_VOIDABLE'],
  ])('%o → %s', (change, code) => expect(checkVoidInvoice({ ...facts, ...change })?.code ?? null).toBe(code));
});

describe('issuer settings', () => {
  it('accepts a valid CIF, normalised', () => {
    expect(validateIssuerSettings({ legalName: ' Antena S.L. ', nif: 'b-12345674', address: 'Calle Mayor 1', registerLine: 'RM Madrid, T 1, F 1, H M-1' }))
      .toEqual({ ok: true, value: { legalName: 'Antena S.L.', nif: 'B12345674', address: 'Calle Mayor 1', registerLine: 'RM Madrid, T 1, F 1, H M-1' } });
  });
  it('names every wrong field', () => {
    const r = validateIssuerSettings({ legalName: '', nif: 'B12345670', address: 'x', registerLine: '' });
    expect(r.ok ? [] : r.violations.map((v) => [v.field, v.code])).toEqual([['legalName', 'REQUIRED'], ['registerLine', 'REQUIRED'], ['nif', 'TAX_ID_INVALID']]);
  });
});
