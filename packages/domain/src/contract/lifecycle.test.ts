// Contract lifecycle preconditions: which statuses may be signed, have their signature edited, or be terminated.
import { describe, expect, it } from 'vitest';
import { message, remedy } from '../i18n/index.js';
import type { SubscriptionState } from '../subscription/states.js';
import { checkAddSubscription, checkSignContract, checkSignatureUpdate, checkTerminateContract, type ContractStatus } from './lifecycle.js';

const contract = (status: ContractStatus) => ({ id: 'k1', number: 'CT000001', status });

describe('contract lifecycle', () => {
  it.each([
    ['DRAFT', null, 'CONTRACT_NOT_SIGNED'],
    ['SIGNED', 'CONTRACT_NOT_DRAFT', null],
    ['TERMINATED', 'CONTRACT_NOT_DRAFT', 'CONTRACT_NOT_SIGNED'],
  ] as const)('%s: sign → %s, update signature → %s', (status, sign, update) => {
    expect(checkSignContract(contract(status))?.code ?? null).toBe(sign);
    expect(checkSignatureUpdate(contract(status))?.code ?? null).toBe(update);
  });

  it('names the contract, its field and status, and explains in both languages', () => {
    const r = checkSignContract(contract('SIGNED'))!;
    expect(r).toMatchObject({ entityType: 'Contract', entityId: 'k1', field: 'status', params: { contract: 'CT000001', status: 'SIGNED' } });
    expect(message(r.code, 'es', r.params)).toContain('CT000001');
    expect(message(r.code, 'en', r.params)).toContain('already signed');
    expect(remedy(r.code, 'en', r.params)).toContain('updateContractSignature');
  });
});

describe('checkTerminateContract', () => {
  const sub = (id: string, state: SubscriptionState) => ({ id, state });

  it('terminates a signed contract whose subscriptions are all cancelled or rejected (or that has none)', () => {
    expect(checkTerminateContract(contract('SIGNED'), [sub('s1', 'CANCELLED'), sub('s2', 'REJECTED')], '2026-12-31')).toBeNull();
    expect(checkTerminateContract(contract('SIGNED'), [], '2026-12-31')).toBeNull();
  });

  it.each(['DRAFT', 'TERMINATED'] as const)('refuses a %s contract, naming its status', (status) => {
    expect(checkTerminateContract(contract(status), [], '2026-12-31')).toEqual({
      code: 'CONTRACT_NOT_TERMINABLE', entityType: 'Contract', entityId: 'k1', field: 'status', params: { contract: 'CT000001', status },
    });
  });

  it('counts every subscription not in a final state, and says to cancel them first', () => {
    const subs = [sub('s1', 'ACTIVE'), sub('s2', 'CANCELLED'), sub('s3', 'SUSPENDED'), sub('s4', 'PENDING_ACTIVATION'), sub('s5', 'ACTIVE_NON_BILLABLE')];
    const r = checkTerminateContract(contract('SIGNED'), subs, '2026-12-31')!;
    expect(r).toMatchObject({ code: 'CONTRACT_HAS_LIVE_SUBSCRIPTIONS', field: 'subscriptions', params: { contract: 'CT000001', count: 4 } });
    expect(message(r.code, 'es', r.params)).toBe('El contrato CT000001 tiene 4 suscripciones que no están canceladas ni rechazadas.');
    expect(message(r.code, 'en', { ...r.params, count: 1 })).toBe('Contract CT000001 has 1 subscription that is neither cancelled nor rejected.');
    expect(remedy(r.code, 'en', r.params)).toMatch(/^Cancel those subscriptions first.*then terminate the contract\.$/);
    expect(remedy(r.code, 'es', r.params)).toMatch(/^Cancela primero esas suscripciones.*termina el contrato\.$/);
  });

  it.each([['2026-02-30', 'DATE_INVALID'], ['', 'REQUIRED']])('refuses effective date %j with %s, before anything else', (date, code) => {
    expect(checkTerminateContract(contract('DRAFT'), [sub('s1', 'ACTIVE')], date)).toMatchObject({ code, field: 'effectiveDate', params: { field: 'effectiveDate' } });
  });

  it('the deletion remedy for a signed contract says what the clerk can now do, in this order', () => {
    expect(remedy('CONTRACT_SIGNED', 'en', { contract: 'CT000001' })).toMatch(/cancel its subscriptions, terminate it and archive the client \(archiveClient\)/);
    expect(remedy('CONTRACT_SIGNED', 'es', { contract: 'CT000001' })).toMatch(/cancela sus suscripciones, termínalo y archiva el cliente \(archiveClient\)/);
  });
});

describe('termination date and subscriptions of a terminated contract', () => {
  it('refuses an effective date before the signature, accepts the signing day itself', () => {
    const signed = { id: 'k1', number: 'CT000001', status: 'SIGNED' as const, signedAt: '2026-03-10' };
    expect(checkTerminateContract(signed, [], '2026-03-10')).toBeNull();
    const r = checkTerminateContract(signed, [], '2026-03-09')!;
    expect(r).toMatchObject({ code: 'TERMINATION_BEFORE_SIGNATURE', field: 'effectiveDate', params: { signedAt: '2026-03-10', effectiveDate: '2026-03-09' } });
    expect(message(r.code, 'es', r.params)).toContain('10/03/2026');
    expect(remedy(r.code, 'en', r.params)).toMatch(/on or after the signing date/);
  });

  it.each([['DRAFT', null], ['SIGNED', null], ['TERMINATED', 'CONTRACT_TERMINATED']] as const)('%s: add subscription → %s', (status, code) => {
    expect(checkAddSubscription({ id: 'k1', number: 'CT000001', status })?.code ?? null).toBe(code);
  });
});
