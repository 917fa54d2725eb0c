import { describe, expect, it } from 'vitest';
import { explain } from '../explain/explain.js';
import { checkExtraDeletion, checkExtraEnd, type ExtraFacts } from './extras.js';

const bonus = (over: Partial<ExtraFacts> = {}): ExtraFacts => ({
  type: 'Bonus', id: 'b1', oneOff: false, validFrom: '2026-01-01', validTo: null, appliedCount: 0, invoicedThrough: null, ...over,
});

describe('checkExtraDeletion', () => {
  it('allows deleting what no invoice applied', () => {
    expect(checkExtraDeletion(bonus())).toEqual({ allowed: true, blockers: [] });
  });

  it('refuses once applied, pointing at ending it from the last invoiced day', () => {
    const check = checkExtraDeletion(bonus({ appliedCount: 2, invoicedThrough: '2026-02-28' }));
    expect(check.allowed).toBe(false);
    expect(check.blockers).toEqual([{
      code: 'BONUS_INVOICED', entityType: 'Bonus', entityId: 'b1', field: 'invoices',
      params: { count: 2, oneOff: 'no', invoicedThrough: '2026-02-28' }, permanent: true,
    }]);
    const es = explain(check.blockers[0]!, 'es');
    expect(es.message).toBe('La bonificación ya se aplicó en 2 líneas de factura, la última hasta el 28/02/2026.');
    expect(es.remedy).toContain('endBonus');
  });

  it('sends an invoiced one-off amount to a credit note, a monthly one to ending it', () => {
    const oneOff = checkExtraDeletion({ ...bonus(), type: 'AdditionalAmount', oneOff: true, validFrom: null, appliedCount: 1, invoicedThrough: '2026-03-05' });
    expect(oneOff.blockers[0]!.code).toBe('ADDITIONAL_AMOUNT_INVOICED');
    expect(explain(oneOff.blockers[0]!, 'en').remedy).toContain('credit note');
    const monthly = checkExtraDeletion({ ...bonus(), type: 'AdditionalAmount', appliedCount: 1, invoicedThrough: '2026-03-31' });
    expect(explain(monthly.blockers[0]!, 'en').message).toBe('The additional amount was already invoiced on 1 invoice line, the last one through 31/03/2026.');
    expect(explain(monthly.blockers[0]!, 'en').remedy).toContain('endAdditionalAmount');
  });
});

describe('checkExtraEnd', () => {
  it.each([
    ['never invoiced: any day from its start', bonus(), '2026-01-01', null],
    ['on the last invoiced day', bonus({ appliedCount: 1, invoicedThrough: '2026-02-28' }), '2026-02-28', null],
    ['after it', bonus({ appliedCount: 1, invoicedThrough: '2026-02-28' }), '2026-05-31', null],
    ['before the last invoiced day', bonus({ appliedCount: 1, invoicedThrough: '2026-02-28' }), '2026-02-27', 'EXTRA_END_BEFORE_INVOICED'],
    ['before its start', bonus(), '2025-12-31', 'DATE_RANGE_INVALID'],
    ['not a date', bonus(), '2026-02-30', 'DATE_INVALID'],
    ['a one-off amount', { ...bonus(), type: 'AdditionalAmount' as const, oneOff: true, validFrom: null }, '2026-05-31', 'EXTRA_ONE_OFF_NOT_ENDABLE'],
  ])('%s', (_name, facts, end, code) => {
    expect(checkExtraEnd(facts, end)?.code ?? null).toBe(code);
  });

  it('says through which day it is invoiced, in both languages', () => {
    const refusal = checkExtraEnd(bonus({ appliedCount: 1, invoicedThrough: '2026-02-28' }), '2026-02-10')!;
    expect(refusal).toMatchObject({ entityType: 'Bonus', entityId: 'b1', field: 'validTo' });
    expect(explain(refusal, 'es').message).toBe('La bonificación ya está facturada hasta el 28/02/2026: no puede terminar el 10/02/2026.');
    expect(explain(refusal, 'en').message).toBe('The bonus is already invoiced through 28/02/2026: it cannot end on 10/02/2026.');
  });
});
