// Contract lifecycle preconditions: which statuses may be signed and which may have their signature edited.
import { describe, expect, it } from 'vitest';
import { message, remedy } from '../i18n/index.js';
import { checkSignContract, checkSignatureUpdate, type ContractStatus } from './lifecycle.js';

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
