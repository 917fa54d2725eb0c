// Rule 4 unit cases: what a mass-credit run credits, groups and refuses to credit twice.
import { describe, expect, it } from 'vitest';
import { message } from '../i18n/format.js';
import { A, B, massCreditNotes, on, st } from '../test-support/fixtures.js';
import { calculateMassCredit } from './mass-credit.js';
import { netChargedRanges } from './ranges.js';
import type { ChargedLine } from './types.js';

const charge = (p: Partial<ChargedLine>): ChargedLine => ({
  invoiceId: 'F1', subscriptionId: 's1', tariffId: 'A', from: '2026-11-01', to: '2026-11-30', amountCents: 3000, vatRate: 0.21, daysInMonth: 30, unitPriceCents: 3000, ...p,
});
const migrated = (id: string, date: string) => ({ id, states: [st('ACTIVE', '2026-10-01')], tariffs: [on(A, '2026-10-01'), on(B, date)] });

describe('calculateMassCredit', () => {
  it('credits nothing without a migration', () => {
    expect(massCreditNotes({ period: '2026-11', subscriptions: [{ id: 's1', states: [st('ACTIVE', '2026-10-01')], tariffs: [on(A, '2026-10-01')] }], advanceCharges: [charge({})], alreadyCredited: [] })).toEqual([]);
  });

  it('a later price edit of the same tariff is not a migration and credits nothing', () => {
    const edited = { id: 's1', states: [st('ACTIVE', '2026-10-01')], tariffs: [on({ ...A, priceCents: 3200 }, '2026-10-01')] };
    expect(massCreditNotes({ period: '2026-11', subscriptions: [edited], advanceCharges: [charge({})], alreadyCredited: [] })).toEqual([]);
  });

  it('a migration effective on day 1 recorded after the run credits the whole charge, to the cent', () => {
    const notes = massCreditNotes({ period: '2026-11', subscriptions: [migrated('s1', '2026-11-01')], advanceCharges: [charge({ unitPriceCents: 2999, amountCents: 2999 })], alreadyCredited: [] });
    expect(notes[0]!.lines.map((l) => [l.from, l.to, l.days, l.amountCents])).toEqual([['2026-11-01', '2026-11-30', 30, -2999]]);
  });

  it('one credit note per original invoice, one line per subscription run', () => {
    const notes = massCreditNotes({
      period: '2026-11',
      subscriptions: [migrated('s1', '2026-11-16'), migrated('s2', '2026-11-21'), migrated('s3', '2026-11-11')],
      advanceCharges: [charge({}), charge({ subscriptionId: 's2' }), charge({ invoiceId: 'F2', subscriptionId: 's3' })],
      alreadyCredited: [],
    });
    expect(notes.map((n) => [n.rectifiesInvoiceId, n.lines.map((l) => [l.subscriptionId, l.from, l.amountCents]), n.totals.totalCents])).toEqual([
      ['F1', [['s1', '2026-11-16', -1500], ['s2', '2026-11-21', -1000]], -3025],
      ['F2', [['s3', '2026-11-11', -2000]], -2420],
    ]);
  });

  it('explains each line in both languages', () => {
    const [note] = massCreditNotes({ period: '2026-11', subscriptions: [migrated('s1', '2026-11-16')], advanceCharges: [charge({})], alreadyCredited: [] });
    const l = note!.lines[0]!;
    expect(l).toMatchObject({ kind: 'CREDIT', tariffId: 'A', tariffCode: 'A', daysInMonth: 30, unitPriceCents: 3000, vatRate: 0.21, code: 'LINE_CREDIT_MIGRATION' });
    expect(message(l.code, 'es', l.params)).toBe('Abono tarifa A: 15 de 30 días (16/11/2026 – 30/11/2026), migrada a B; solo se abonan los días activos que la próxima factura cobra con la nueva tarifa');
    expect(message(l.code, 'en', l.params)).toBe('Credit, tariff A: 15 of 30 days (16/11/2026 – 30/11/2026), migrated to B; only the active days the next invoice charges at the new tariff are credited');
  });

  it('skips days already credited and charges outside the period or of unknown subscriptions', () => {
    const notes = massCreditNotes({
      period: '2026-11', subscriptions: [migrated('s1', '2026-11-16')],
      advanceCharges: [charge({}), charge({ subscriptionId: 'ghost' }), charge({ from: '2026-10-01', to: '2026-10-31', daysInMonth: 31 })],
      alreadyCredited: [{ subscriptionId: 's1', from: '2026-11-16', to: '2026-11-20' }],
    });
    expect(notes.flatMap((n) => n.lines.map((l) => [l.from, l.to, l.amountCents]))).toEqual([['2026-11-21', '2026-11-30', -1000]]);
  });

  it('credited days leave the net-charged ranges, so the next ADVANCE invoice catches them up', () => {
    const [note] = massCreditNotes({ period: '2026-11', subscriptions: [migrated('s1', '2026-11-16')], advanceCharges: [charge({})], alreadyCredited: [] });
    const lines = [{ kind: 'CHARGE' as const, subscriptionId: 's1', from: '2026-11-01', to: '2026-11-30' }, ...note!.lines];
    expect(netChargedRanges(lines).get('s1')).toEqual([{ from: '2026-11-01', to: '2026-11-15' }]);
    // and once caught up, those days count as charged again, in any line order
    const caughtUp = [...lines, { kind: 'CATCH_UP' as const, subscriptionId: 's1', from: '2026-11-16', to: '2026-11-30' }];
    expect(netChargedRanges(caughtUp.reverse()).get('s1')).toEqual([{ from: '2026-11-01', to: '2026-11-30' }]);
  });

  it('with the invoice\'s BONUS lines, gives back the discount on the credited days (positive BONUS line)', () => {
    const bonusLine = charge({ kind: 'BONUS', bonusId: 'b1', amountCents: -300, bonusKind: 'PERCENT', bonusValue: 10 });
    const [note] = massCreditNotes({ period: '2026-11', subscriptions: [migrated('s1', '2026-11-16')], advanceCharges: [bonusLine, charge({})], alreadyCredited: [] });
    expect(note!.lines.map((l) => [l.kind, l.from, l.to, l.amountCents, l.code, l.bonusId])).toEqual([
      ['CREDIT', '2026-11-16', '2026-11-30', -1500, 'LINE_CREDIT_MIGRATION', null],
      ['BONUS', '2026-11-16', '2026-11-30', 150, 'LINE_CREDIT_BONUS', 'b1'],
    ]);
    expect(note!.totals).toMatchObject({ baseCents: -1350, taxCents: -284, totalCents: -1634 });
    // reversals do not count as credited days: the days leave the net-charged ranges once, not twice
    const lines = [{ kind: 'CHARGE' as const, subscriptionId: 's1', from: '2026-11-01', to: '2026-11-30' }, ...note!.lines];
    expect(netChargedRanges(lines).get('s1')).toEqual([{ from: '2026-11-01', to: '2026-11-15' }]);
    // and a second run reverses nothing again
    expect(massCreditNotes({
      period: '2026-11', subscriptions: [migrated('s1', '2026-11-16')], advanceCharges: [bonusLine, charge({})],
      alreadyCredited: [{ subscriptionId: 's1', from: '2026-11-16', to: '2026-11-30' }],
    })).toEqual([]);
  });

  // docs/billing.md "Mass credits": the tariff of days already charged is corrected, nothing else.
  const feb = (p: Partial<ChargedLine>) => charge({ from: '2027-02-01', to: '2027-02-28', daysInMonth: 28, ...p });
  const C = { ...B, tariffId: 'C', tariffCode: 'C', priceCents: 6000 };

  it('credits only the days ACTIVE at the new tariff: a suspension keeps its days charged (10–19 Feb: −10.71, −2.25 VAT, −12.96)', () => {
    const s = { id: 's1', states: [st('ACTIVE', '2027-01-01'), st('SUSPENDED', '2027-02-20')], tariffs: [on(A, '2027-01-01'), on(B, '2027-02-10')] };
    const [note] = massCreditNotes({ period: '2027-02', subscriptions: [s], advanceCharges: [feb({})], alreadyCredited: [] });
    expect(note!.lines.map((l) => [l.from, l.to, l.days, l.amountCents])).toEqual([['2027-02-10', '2027-02-19', 10, -1071]]);
    expect(note!.totals).toMatchObject({ baseCents: -1071, taxCents: -225, totalCents: -1296 });
  });

  it('one line per run of days charged at one tariff, its own formula: A→B→C from the 10th is −20.36, not −10.71 and −9.65', () => {
    const s = { id: 's1', states: [st('ACTIVE', '2027-01-01')], tariffs: [on(A, '2027-01-01'), on(B, '2027-02-10'), on(C, '2027-02-20')] };
    const [note] = massCreditNotes({ period: '2027-02', subscriptions: [s], advanceCharges: [feb({})], alreadyCredited: [] });
    expect(note!.lines.map((l) => [l.from, l.to, l.days, l.amountCents, l.params['newTariff']])).toEqual([['2027-02-10', '2027-02-28', 19, -2036, 'B, C']]);
  });

  it('a migration back to the charged tariff credits only the days in between', () => {
    const s = { id: 's1', states: [st('ACTIVE', '2027-01-01')], tariffs: [on(A, '2027-01-01'), on(B, '2027-02-10'), on(A, '2027-02-15')] };
    const [note] = massCreditNotes({ period: '2027-02', subscriptions: [s], advanceCharges: [feb({})], alreadyCredited: [] });
    expect(note!.lines.map((l) => [l.from, l.to, l.amountCents])).toEqual([['2027-02-10', '2027-02-14', -536]]);
  });

  it('several capped FIXED bonuses on one line are mirrored exactly, by the invoice\'s own bonus rule over the credited days', () => {
    const s = { id: 's1', states: [st('ACTIVE', '2027-01-01')], tariffs: [on(A, '2027-01-01'), on(B, '2027-02-10')] };
    const bonus = (id: string, amountCents: number) => feb({ kind: 'BONUS', bonusId: id, amountCents, bonusKind: 'FIXED', bonusValue: 2000 });
    const [note] = massCreditNotes({ period: '2027-02', subscriptions: [s], advanceCharges: [feb({}), bonus('b1', -2000), bonus('b2', -1000)], alreadyCredited: [] });
    // 19 days: credit 20.36; b1 gives back 19/28 × 20.00 = 13.57; b2 the rest of the credited charge, 6.79 (capped as on the invoice).
    expect(note!.lines.map((l) => [l.kind, l.bonusId, l.amountCents])).toEqual([['CREDIT', null, -2036], ['BONUS', 'b1', 1357], ['BONUS', 'b2', 679]]);
    expect(note!.totals.baseCents).toBe(0);
  });

  it('never rectifies an invoice issued after the credit note\'s date', () => {
    const s = { id: 's1', states: [st('ACTIVE', '2027-01-01')], tariffs: [on(A, '2027-01-01'), on(B, '2027-02-10')] };
    const input = { period: '2027-02', subscriptions: [s], advanceCharges: [feb({ invoiceIssueDate: '2027-02-01' })], alreadyCredited: [] };
    expect(massCreditNotes({ ...input, issueDate: '2027-01-31' })).toEqual([]);
    expect(massCreditNotes({ ...input, issueDate: '2027-02-01' })).toHaveLength(1);
  });

  it('refuses a malformed period', () => {
    expect(calculateMassCredit({ period: 'nov', subscriptions: [], advanceCharges: [], alreadyCredited: [] })).toEqual({
      notes: [], refusal: { code: 'PERIOD_INVALID', field: 'input.period', params: { field: 'input.period', value: 'nov' } },
    });
  });
});
