// The state machine exactly as docs/rules.md §2, timeline checks, and billable status (rule 3).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { billableStatus } from './billable.js';
import { checkStateChange, checkTariffMigration } from './checks.js';
import { SUBSCRIPTION_STATES, allowedTransitions, checkTransition, type SubscriptionState } from './states.js';
import { stateOn, tariffOn, type StateChange } from './timeline.js';

// docs/rules.md §2, written out literally: any other pair must be refused.
const RULE_TRANSITIONS = new Set([
  'PENDING_ACTIVATION>ACTIVE', 'PENDING_ACTIVATION>ACTIVE_NON_BILLABLE', 'PENDING_ACTIVATION>REJECTED',
  'ACTIVE>ACTIVE_NON_BILLABLE', 'ACTIVE_NON_BILLABLE>ACTIVE', 'ACTIVE>SUSPENDED', 'SUSPENDED>ACTIVE',
  'ACTIVE>CANCELLED', 'ACTIVE_NON_BILLABLE>CANCELLED', 'SUSPENDED>CANCELLED',
]);

const state = fc.constantFrom(...SUBSCRIPTION_STATES);

describe('state machine', () => {
  it('accepts exactly the transitions of docs/rules.md §2 and refuses every other, listing the allowed ones', () => {
    fc.assert(fc.property(state, state, (from, to) => {
      const refusal = checkTransition(from, to);
      const inSpec = RULE_TRANSITIONS.has(`${from}>${to}`);
      expect(refusal === null).toBe(inSpec);
      expect(allowedTransitions(from).includes(to)).toBe(inSpec);
      if (refusal) {
        expect(refusal).toMatchObject({ code: 'INVALID_TRANSITION', entityType: 'ServiceSubscription', field: 'state' });
        expect(refusal.params).toMatchObject({ from, to, allowed: allowedTransitions(from).join(', ') });
      }
    }), { numRuns: 200 });
  });

  it('has final states', () => {
    expect(allowedTransitions('CANCELLED')).toEqual([]);
    expect(allowedTransitions('REJECTED')).toEqual([]);
    expect(checkTransition('CANCELLED', 'ACTIVE')?.params).toMatchObject({ allowed: '', allowedCount: 0 });
  });

  it('hands out copies, so callers cannot change the machine', () => {
    allowedTransitions('ACTIVE').push('REJECTED' as SubscriptionState);
    expect(checkTransition('ACTIVE', 'REJECTED')).not.toBeNull();
  });
});

describe('timelines', () => {
  const states: StateChange[] = [
    { state: 'SUSPENDED', effectiveDate: '2026-11-10' },
    { state: 'PENDING_ACTIVATION', effectiveDate: '2026-10-01' },
    { state: 'ACTIVE', effectiveDate: '2026-10-05' },
    { state: 'ACTIVE', effectiveDate: '2026-11-20' },
  ];
  it.each([
    ['2026-09-30', null], ['2026-10-01', 'PENDING_ACTIVATION'], ['2026-10-05', 'ACTIVE'], ['2026-11-09', 'ACTIVE'],
    ['2026-11-10', 'SUSPENDED'], ['2026-11-19', 'SUSPENDED'], ['2026-11-20', 'ACTIVE'],
  ])('stateOn(%s) = %s, whatever the input order', (d, s) => expect(stateOn(states, d)).toBe(s));

  it('the later entry wins on the same day', () => {
    expect(stateOn([{ state: 'PENDING_ACTIVATION', effectiveDate: '2026-11-01' }, { state: 'ACTIVE', effectiveDate: '2026-11-01' }], '2026-11-01')).toBe('ACTIVE');
  });

  it('finds the tariff in force', () => {
    const t = [{ tariffId: 'B', tariffCode: 'B', priceCents: 4500, vatRate: 0.21, effectiveDate: '2026-11-16' }, { tariffId: 'A', tariffCode: 'A', priceCents: 3000, vatRate: 0.21, effectiveDate: '2026-10-01' }];
    expect(tariffOn(t, '2026-11-15')?.tariffId).toBe('A');
    expect(tariffOn(t, '2026-11-16')?.tariffId).toBe('B');
    expect(tariffOn(t, '2026-09-01')).toBeNull();
  });
});

describe('checkStateChange', () => {
  const active: StateChange[] = [{ state: 'PENDING_ACTIVATION', effectiveDate: '2026-10-01' }, { state: 'ACTIVE', effectiveDate: '2026-10-05' }];
  it('allows a machine transition on or after the last change', () => {
    expect(checkStateChange(active, 'SUSPENDED', '2026-11-10')).toBeNull();
    expect(checkStateChange(active, 'CANCELLED', '2026-10-05')).toBeNull();
  });
  it('refuses rewriting history', () => {
    expect(checkStateChange(active, 'SUSPENDED', '2026-10-04')).toEqual({
      code: 'STATE_CHANGE_BEFORE_LAST', entityType: 'ServiceSubscription', field: 'effectiveDate',
      params: { effectiveDate: '2026-10-04', lastEffectiveDate: '2026-10-05', state: 'ACTIVE' },
    });
  });
  it('refuses a transition outside the machine with the allowed list', () => {
    expect(checkStateChange(active, 'REJECTED', '2026-11-01')).toMatchObject({
      code: 'INVALID_TRANSITION', params: { from: 'ACTIVE', to: 'REJECTED', allowed: 'ACTIVE_NON_BILLABLE, SUSPENDED, CANCELLED' },
    });
  });
  it('refuses an invalid date', () => expect(checkStateChange(active, 'SUSPENDED', '2026-11-31')).toMatchObject({ code: 'DATE_INVALID', field: 'effectiveDate' }));
  it('accepts any first state (imports may start ACTIVE)', () => expect(checkStateChange([], 'ACTIVE', '2026-11-01')).toBeNull());
});

describe('checkTariffMigration', () => {
  const states: StateChange[] = [{ state: 'ACTIVE', effectiveDate: '2026-10-01' }];
  const tariffs = [{ tariffId: 'A', tariffCode: 'A', priceCents: 3000, vatRate: 0.21, effectiveDate: '2026-10-01' }];
  it('allows a different tariff after the last change', () => expect(checkTariffMigration(states, tariffs, 'B', '2026-11-16')).toBeNull());
  it('refuses the same tariff', () => expect(checkTariffMigration(states, tariffs, 'A', '2026-11-16')).toMatchObject({ code: 'TARIFF_UNCHANGED', field: 'tariffId', params: { tariff: 'A' } }));
  it.each(['2026-10-01', '2026-09-15'])('refuses %s, not after the last change', (d) => {
    expect(checkTariffMigration(states, tariffs, 'B', d)).toMatchObject({ code: 'TARIFF_CHANGE_BEFORE_LAST', params: { lastEffectiveDate: '2026-10-01' } });
  });
  it.each(['CANCELLED', 'REJECTED'] as const)('refuses a %s subscription', (s) => {
    expect(checkTariffMigration([...states, { state: s, effectiveDate: '2026-11-01' }], tariffs, 'B', '2026-11-16'))
      .toMatchObject({ code: 'SUBSCRIPTION_FINAL_STATE', field: 'state', params: { state: s, since: '2026-11-01' } });
  });
  it('refuses an invalid date', () => expect(checkTariffMigration(states, tariffs, 'B', 'tomorrow')).toMatchObject({ code: 'DATE_INVALID' }));
});

describe('billableStatus (rule 3)', () => {
  it.each([
    ['ACTIVE', true, 'BILLABLE_ACTIVE'], ['ACTIVE_NON_BILLABLE', false, 'NOT_BILLABLE_NON_BILLABLE'],
    ['PENDING_ACTIVATION', false, 'NOT_BILLABLE_PENDING'], ['SUSPENDED', false, 'NOT_BILLABLE_SUSPENDED'],
    ['CANCELLED', false, 'NOT_BILLABLE_CANCELLED'], ['REJECTED', false, 'NOT_BILLABLE_REJECTED'],
  ] as const)('%s → billable %s (%s)', (s, billable, code) => {
    expect(billableStatus([{ state: s, effectiveDate: '2026-11-01' }], '2026-11-15')).toEqual({
      billable, code, params: { date: '2026-11-15', state: s, since: '2026-11-01' },
    });
  });
  it('before any state it is not started', () => {
    expect(billableStatus([{ state: 'ACTIVE', effectiveDate: '2026-11-01' }], '2026-10-31')).toEqual({
      billable: false, code: 'NOT_BILLABLE_NOT_STARTED', params: { date: '2026-10-31' },
    });
  });
});
