// SEPA rules from tables and properties (docs/sepa.md).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldLabel } from '../i18n/fields.js';
import { message } from '../i18n/format.js';
import { amendmentOf, sequenceTypeOf } from './mandate.js';
import { buildCreditorId, creditorIdCheckDigits, validateBic, validateCreditorId, validateInitiatingPartyId } from './creditor.js';
import { remittanceEligibility, type EligibilityFacts } from './eligibility.js';
import { endToEndIdOf, parseEndToEndId } from './end-to-end.js';
import { centsToDecimal, checkCollectionDate, debitReasons, planRemittance, type DebitCandidate } from './plan.js';
import { mandateBlockOf, returnPolicy } from './returns.js';

describe('creditor identifier (ISO 7064 mod 97-10 over NIF + ES00)', () => {
  it.each([
    ['ES77000B85626240', true],
    ['es77 000 b85626240', true],
    ['ES78000B85626240', false], // wrong check digits
    ['ES77000B85626241', false], // NIF check character wrong
    ['ES77ZZZB85626240', true], // the business code is not part of the check digits
    ['FR77000B85626240', false],
    ['ES77000B8562624', false],
    ['', false],
  ])('%s → %s', (id, ok) => {
    expect(validateCreditorId(id).ok).toBe(ok);
  });

  it('computes the published example', () => {
    expect(creditorIdCheckDigits('B85626240')).toBe('77');
    expect(buildCreditorId('B85626240')).toBe('ES77000B85626240');
  });

  it('refuses with a code and the value', () => {
    expect(validateCreditorId('ES00000B85626240')).toEqual({ ok: false, code: 'SEPA_CREDITOR_ID_INVALID', params: { value: 'ES00000B85626240' } });
    expect(validateCreditorId(' ')).toMatchObject({ ok: false, code: 'REQUIRED' });
  });

  it('every built identifier validates, and changing one check digit breaks it (property)', () => {
    const nifs = fc.integer({ min: 0, max: 99_999_999 }).map((n) => `${String(n).padStart(8, '0')}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`);
    fc.assert(fc.property(nifs, fc.integer({ min: 1, max: 9 }), (nif, delta) => {
      const id = buildCreditorId(nif);
      expect(validateCreditorId(id).ok).toBe(true);
      const broken = `ES${String((Number(id.slice(2, 4)) + delta) % 100).padStart(2, '0')}${id.slice(4)}`;
      expect(validateCreditorId(broken).ok).toBe(false);
    }));
  });

  it.each([
    ['B85626240000', true], ['b85626240 001', true], ['B85626240', false], ['B856262400000', false], ['X85626240000', false],
  ])('initiating party %s → %s', (id, ok) => expect(validateInitiatingPartyId(id).ok).toBe(ok));

  it.each([['CAIXESBBXXX', true], ['CAIXESBB', true], ['CAIXES', false], ['1AIXESBBXXX', false]])('BIC %s → %s', (bic, ok) => expect(validateBic(bic).ok).toBe(ok));
});

describe('sequence type from the mandate history', () => {
  it.each([
    [[], 'FRST'],
    [[{ presentedAt: '2026-10-01T00:00:00Z', returned: true }], 'FRST'],
    [[{ presentedAt: '2026-10-01T00:00:00Z', returned: false }], 'RCUR'],
    [[{ presentedAt: '2026-10-01T00:00:00Z', returned: true }, { presentedAt: '2026-11-01T00:00:00Z', returned: false }], 'RCUR'],
  ] as const)('%j → %s', (history, seq) => expect(sequenceTypeOf(history)).toBe(seq));
});

describe('amendments from the signature audit trail', () => {
  const now = { iban: 'ES79', mandateReference: 'M-2' };
  it.each([
    ['never presented: nothing to amend', [{ at: '2026-11-05T00:00:00Z', field: 'iban', from: 'ES91', to: 'ES79' }], null, null],
    ['IBAN changed after the last debit → SMNDA with the previous IBAN', [{ at: '2026-11-05T00:00:00Z', field: 'iban', from: 'ES91', to: 'ES79' }], '2026-11-01T00:00:00Z',
      { previousIban: 'ES91', ibanChangedAt: '2026-11-05T00:00:00Z', previousMandateReference: null, mandateChangedAt: null }],
    ['change before the last debit: already known', [{ at: '2026-10-05T00:00:00Z', field: 'iban', from: 'ES91', to: 'ES79' }], '2026-11-01T00:00:00Z', null],
    ['two changes: the account the bank knows is the first one’s old value', [
      { at: '2026-11-05T00:00:00Z', field: 'iban', from: 'ES91', to: 'ES66' }, { at: '2026-11-06T00:00:00Z', field: 'iban', from: 'ES66', to: 'ES79' }], '2026-11-01T00:00:00Z',
    { previousIban: 'ES91', ibanChangedAt: '2026-11-05T00:00:00Z', previousMandateReference: null, mandateChangedAt: null }],
    ['undone change (A → B → A) is no amendment', [
      { at: '2026-11-05T00:00:00Z', field: 'iban', from: 'ES79', to: 'ES66' }, { at: '2026-11-06T00:00:00Z', field: 'iban', from: 'ES66', to: 'ES79' }], '2026-11-01T00:00:00Z', null],
    ['mandate reference changed → OrgnlMndtId', [{ at: '2026-11-05T00:00:00Z', field: 'mandateReference', from: 'M-1', to: 'M-2' }], '2026-11-01T00:00:00Z',
      { previousIban: null, ibanChangedAt: null, previousMandateReference: 'M-1', mandateChangedAt: '2026-11-05T00:00:00Z' }],
  ] as const)('%s', (_name, changes, last, expected) => {
    expect(amendmentOf(now, changes, last)).toEqual(expected);
  });
});

describe('return reason policy', () => {
  it.each([
    ['AM04', 'RETRY'], ['MS03', 'RETRY'], ['MS02', 'CONTACT_CLIENT'], ['AC01', 'BLOCK_MANDATE'], ['AC04', 'BLOCK_MANDATE'], ['MD01', 'BLOCK_MANDATE'],
    ['AC06', 'BLOCK_MANDATE'], ['AG01', 'BLOCK_MANDATE'], ['MD06', 'CONTACT_CLIENT'], ['MD07', 'STOP_MANDATE'], ['AM05', 'CHECK_DUPLICATE'], ['XX99', 'CONTACT_CLIENT'],
  ])('%s → %s', (code, action) => expect(returnPolicy(code).action).toBe(action));

  it('explains a code in both languages through the catalog', () => {
    expect(message(returnPolicy('AM04').messageCode, 'es')).toBe('Fondos insuficientes.');
    expect(message(returnPolicy('AC04').messageCode, 'en')).toBe('Account closed.');
    expect(message(returnPolicy('ZZ01').messageCode, 'en', { reasonCode: 'ZZ01' })).toBe('Returned with reason ZZ01.');
  });

  const r = (reasonCode: string, returnedOn: string, iban = 'ES91', mandateReference = 'M-1') => ({ reasonCode, returnedOn, iban, mandateReference, invoiceNumber: 'F1' });
  it.each([
    ['AC04 on the current account blocks', [r('AC04', '2026-11-05')], { iban: 'ES91', mandateReference: 'M-1' }, 'BLOCKED'],
    ['a new IBAN lifts an AC04 block', [r('AC04', '2026-11-05')], { iban: 'ES79', mandateReference: 'M-1' }, null],
    ['a new mandate lifts an MD01 block', [r('MD01', '2026-11-05')], { iban: 'ES91', mandateReference: 'M-2' }, null],
    ['AM04 never blocks', [r('AM04', '2026-11-05')], { iban: 'ES91', mandateReference: 'M-1' }, null],
    ['MD07 stops even after an IBAN change', [r('MD07', '2026-11-05')], { iban: 'ES79', mandateReference: 'M-1' }, 'STOPPED'],
    ['MD07 lifted only by a new mandate', [r('MD07', '2026-11-05')], { iban: 'ES91', mandateReference: 'M-2' }, null],
  ] as const)('%s', (_n, returns, now, kind) => expect(mandateBlockOf(returns, now)?.kind ?? null).toBe(kind));
});

describe('remittance eligibility', () => {
  const base: EligibilityFacts = {
    invoiceId: 'i1', invoiceNumber: 'F2026-000001', kind: 'INVOICE', status: 'ISSUED', totalCents: 3630, issueDate: '2026-11-01', contractNumber: 'CT000001',
    signature: { iban: 'ES91', mandateReference: 'M-1' }, openRemittance: null, lastReturnCode: null, mandateBlock: null, previousAttempts: 0,
  };
  const rules = { collectionDate: '2026-11-25', daysBetweenIssueAndCollection: 5 };
  const blocked = { kind: 'BLOCKED' as const, reasonCode: 'AC04', returnedOn: '2026-11-10', iban: 'ES91', invoiceNumber: 'F0' };
  const stopped = { kind: 'STOPPED' as const, reasonCode: 'MD07', returnedOn: '2026-11-10', mandateReference: 'M-1', invoiceNumber: 'F0' };
  it.each([
    ['issued, signed: in', {}, null],
    ['credit note', { kind: 'CREDIT_NOTE' }, 'SEPA_EXCLUDED_NOT_INVOICE'],
    ['paid', { status: 'PAID' }, 'SEPA_EXCLUDED_STATUS'],
    ['zero total', { totalCents: 0 }, 'SEPA_EXCLUDED_NOT_POSITIVE'],
    ['negative total', { totalCents: -5 }, 'SEPA_EXCLUDED_NOT_POSITIVE'],
    ['unsigned contract: payable by transfer', { signature: null }, 'SEPA_EXCLUDED_NO_SIGNATURE'],
    ['already in an open remittance', { openRemittance: 'REM000001' }, 'SEPA_EXCLUDED_IN_OPEN_REMITTANCE'],
    ['mandate blocked after AC04', { mandateBlock: blocked }, 'SEPA_EXCLUDED_MANDATE_BLOCKED'],
    ['mandate stopped after MD07', { mandateBlock: stopped }, 'SEPA_EXCLUDED_MANDATE_STOPPED'],
    ['returned AM04: retried', { status: 'RETURNED', lastReturnCode: 'AM04' }, null],
    ['returned AC04, block lifted: retried', { status: 'RETURNED', lastReturnCode: 'AC04' }, null],
    ['returned MS02: contact the client', { status: 'RETURNED', lastReturnCode: 'MS02' }, 'SEPA_EXCLUDED_RETURN_NEEDS_CONTACT'],
    ['issued too recently', { issueDate: '2026-11-21' }, 'SEPA_EXCLUDED_TOO_RECENT'],
    ['issued exactly the days before', { issueDate: '2026-11-20' }, null],
    ['returned AM04 after 98 attempts: the 99th goes', { status: 'RETURNED', lastReturnCode: 'AM04', previousAttempts: 98 }, null],
    ['returned AM04 after 99 attempts: no EndToEndId left', { status: 'RETURNED', lastReturnCode: 'AM04', previousAttempts: 99 }, 'SEPA_EXCLUDED_ATTEMPTS_EXHAUSTED'],
  ] as const)('%s', (_n, over, code) => {
    const e = remittanceEligibility({ ...base, ...over } as EligibilityFacts, rules);
    expect(e.eligible ? null : e.exclusion.code).toBe(code);
    if (!e.eligible) expect(e.exclusion).toMatchObject({ entityType: 'Invoice', entityId: 'i1', params: { invoice: 'F2026-000001' } });
  });
});

describe('EndToEndId', () => {
  it('names the invoice and the attempt, and parses back (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 1, max: 99 }), (y, n, attempt) => {
      const number = `F${y}-${String(n).padStart(6, '0')}`;
      const id = endToEndIdOf(number, attempt);
      expect(id.length).toBeLessThanOrEqual(35);
      expect(parseEndToEndId(id)).toEqual({ invoiceNumber: number, attempt });
    }));
  });
  it('attempts of one invoice never collide', () => {
    expect(new Set([1, 2, 3].map((a) => endToEndIdOf('F2026-000001', a))).size).toBe(3);
    expect(parseEndToEndId('foreign id')).toBeNull();
  });
});

describe('remittance plan', () => {
  const cand = (invoiceNumber: string, contractId: string, totalCents: number, previousAttempts = 0): DebitCandidate => ({
    invoiceId: invoiceNumber, invoiceNumber, totalCents, contractId, contractNumber: contractId, signature: { iban: 'ES79', mandateReference: `M-${contractId}`, signedAt: '2026-10-01' },
    previousAttempts, retry: previousAttempts > 0,
  });
  it('FRST for new mandates, RCUR for used ones, one group per sequence type, amendment on the first debit only', () => {
    const plan = planRemittance([cand('F3', 'B', 100), cand('F1', 'A', 3630), cand('F2', 'A', 1000, 1)], (c) => c === 'B'
      ? { presented: [{ presentedAt: '2026-10-01T00:00:00Z', returned: false }], changes: [{ at: '2026-10-10T00:00:00Z', field: 'iban', from: 'ES91', to: 'ES79' }] }
      : { presented: [], changes: [] }, '2026-11-25');
    expect(plan.debits.map((d) => [d.invoiceNumber, d.sequenceType, d.endToEndId, d.amendment?.previousIban ?? null])).toEqual([
      ['F1', 'FRST', 'F1-01', null], ['F2', 'RCUR', 'F2-02', null], ['F3', 'RCUR', 'F3-01', 'ES91'],
    ]);
    expect(plan.groups).toEqual([
      { collectionDate: '2026-11-25', sequenceType: 'FRST', count: 1, sumCents: 3630 },
      { collectionDate: '2026-11-25', sequenceType: 'RCUR', count: 2, sumCents: 1100 },
    ]);
    expect(plan.debits[2]!.reasons.map((r) => r.code)).toEqual(['SEPA_DEBIT_ACCOUNT', 'SEPA_SEQUENCE_RCUR', 'SEPA_AMENDED_IBAN']);
    expect(plan.debits[1]!.reasons.map((r) => r.code)).toContain('SEPA_RETRY_AFTER_RETURN');
  });

  it('explains a retried debit amended in IBAN and mandate with every parameter, as debitReasons rebuilds it from the debit', () => {
    const retried = { ...cand('F7', 'C', 500, 2), signature: { iban: 'ES79', mandateReference: 'M-NEW', signedAt: '2026-10-01' } };
    const plan = planRemittance([retried], () => ({
      presented: [{ presentedAt: '2026-10-01T00:00:00Z', returned: true }],
      changes: [{ at: '2026-10-10T09:00:00Z', field: 'iban', from: 'ES91', to: 'ES79' }, { at: '2026-10-12T09:00:00Z', field: 'mandateReference', from: 'M-OLD', to: 'M-NEW' }],
    }), '2026-11-25');
    const [d] = plan.debits;
    const about = { entityType: 'Invoice', entityId: 'F7' };
    const base = { invoice: 'F7', contract: 'C' };
    expect(d!.reasons).toEqual([
      { code: 'SEPA_DEBIT_ACCOUNT', ...about, params: { ...base, iban: 'ES79', mandate: 'M-NEW', signedAt: '2026-10-01' } },
      // Its only collection came back: the mandate is still unused.
      { code: 'SEPA_SEQUENCE_FRST', ...about, params: { ...base, mandate: 'M-NEW' } },
      { code: 'SEPA_AMENDED_IBAN', ...about, params: { ...base, previousIban: 'ES91', iban: 'ES79', changedAt: '2026-10-10' } },
      { code: 'SEPA_AMENDED_MANDATE', ...about, params: { ...base, previousMandate: 'M-OLD', mandate: 'M-NEW', changedAt: '2026-10-12' } },
      { code: 'SEPA_RETRY_AFTER_RETURN', ...about, params: { ...base, attempt: 3 } },
    ]);
    // What a stored debit keeps is enough to say it again.
    expect(debitReasons({
      invoiceId: 'F7', invoiceNumber: 'F7', contractNumber: 'C', iban: 'ES79', mandateReference: 'M-NEW', mandateSignedAt: '2026-10-01', sequenceType: 'FRST', endToEndId: 'F7-03',
      previousIban: 'ES91', ibanChangedOn: '2026-10-10', previousMandateReference: 'M-OLD', mandateChangedOn: '2026-10-12', retry: true,
    })).toEqual(d!.reasons);
  });

  it('counts and sums are exact and the groups add up (property)', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 20 }), fc.boolean()), { maxLength: 60 }), (rows) => {
      const plan = planRemittance(rows.map(([cents, c], i) => cand(`F${String(i).padStart(4, '0')}`, `C${c}`, cents)),
        (c) => ({ presented: rows.some(([, k, used]) => `C${k}` === c && used) ? [{ presentedAt: '2026-01-01T00:00:00Z', returned: false }] : [], changes: [] }), '2026-11-25');
      expect(plan.count).toBe(rows.length);
      expect(plan.sumCents).toBe(rows.reduce((s, [c]) => s + c, 0));
      expect(plan.groups.reduce((s, g) => s + g.count, 0)).toBe(rows.length);
      expect(plan.groups.reduce((s, g) => s + g.sumCents, 0)).toBe(plan.sumCents);
      expect(new Set(plan.debits.map((d) => d.endToEndId)).size).toBe(rows.length);
      // one FRST at most per signature
      const frst = plan.debits.filter((d) => d.sequenceType === 'FRST').map((d) => d.contractId);
      expect(new Set(frst).size).toBe(frst.length);
    }));
  });

  it('planned slice by slice, a signature split across slices still gets one FRST and one amendment', () => {
    const h = () => ({ presented: [], changes: [] });
    const seen = new Set<string>();
    const one = planRemittance([cand('F1', 'A', 100)], h, '2026-11-25', seen);
    const two = planRemittance([cand('F2', 'A', 100), cand('F3', 'B', 100)], h, '2026-11-25', seen);
    expect([...one.debits, ...two.debits].map((d) => d.sequenceType)).toEqual(['FRST', 'RCUR', 'FRST']);
  });

  it.each([[0, '0.00'], [5, '0.05'], [3630, '36.30'], [123456789012, '1234567890.12'], [-150, '-1.50']])('%d cents → %s', (c, s) => expect(centsToDecimal(c)).toBe(s));

  it('collection date must be after today (D-1)', () => {
    expect(checkCollectionDate('2026-11-21', '2026-11-20')).toBeNull();
    expect(checkCollectionDate('2026-11-20', '2026-11-20')).toMatchObject({ code: 'SEPA_COLLECTION_DATE_TOO_EARLY', field: 'collectionDate' });
  });
});

describe('checkCollectionDate with malformed dates', () => {
  it.each([
    ['2026-11-31', '2026-11-20', 'collectionDate'],
    ['30/11/2026', '2026-11-20', 'collectionDate'],
    ['2026-11-30', '2026-02-30', 'today'],
    ['2026-11-30', '', 'today'],
  ])('collection %s, today %s: DATE_INVALID naming %s (never a silent pass)', (collection, today, field) => {
    const r = checkCollectionDate(collection, today);
    expect(r).toMatchObject({ code: 'DATE_INVALID', field });
    expect(message(r!.code, 'en', r!.params)).toContain(fieldLabel(field, 'en'));
  });
});
