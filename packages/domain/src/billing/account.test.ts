// Billing account and signature IBAN warnings (docs/rules.md §1 rule 1).
import { describe, expect, it } from 'vitest';
import { explain } from '../explain/explain.js';
import { message, remedy } from '../i18n/format.js';
import { billingAccountOf, signatureIbanWarnings } from './account.js';

const SIG = 'ES9121000418450200051332';
const PROFILE = 'ES7921000813610123456789';

describe('billingAccountOf (rule 1)', () => {
  it('signed → the signature IBAN, whatever the profile says', () => {
    expect(billingAccountOf({ contractNumber: 'C-1', signature: { iban: SIG }, clientIban: PROFILE })).toEqual({
      iban: SIG, source: 'CONTRACT_SIGNATURE', code: 'ACCOUNT_FROM_SIGNATURE',
      params: { contract: 'C-1', iban: 'ES91 2100 0418 4502 0005 1332', profileIban: 'ES79 2100 0813 6101 2345 6789', profileDiffers: 'yes' },
    });
  });
  it('signed with the same IBAN as the profile does not claim they differ', () => {
    const a = billingAccountOf({ contractNumber: 'C-1', signature: { iban: SIG }, clientIban: 'es91 2100 0418 4502 0005 1332' });
    expect(a.params['profileDiffers']).toBe('no');
    expect(message(a.code, 'en', a.params)).toBe('Charged to ES91 2100 0418 4502 0005 1332, the account of the signature of contract C-1.');
  });
  it('unsigned → the client profile IBAN', () => {
    const a = billingAccountOf({ contractNumber: 'C-1', signature: null, clientIban: PROFILE });
    expect(a).toMatchObject({ iban: PROFILE, source: 'CLIENT_PROFILE', code: 'ACCOUNT_FROM_PROFILE' });
    expect(message(a.code, 'es', a.params)).toBe('Se cobra en ES79 2100 0813 6101 2345 6789, la cuenta de la ficha del cliente, porque el contrato C-1 no está firmado.');
  });
  it('neither → none, payable by transfer', () => {
    const a = billingAccountOf({ contractNumber: 'C-1', signature: null, clientIban: null });
    expect(a).toEqual({ iban: null, source: 'NONE', code: 'ACCOUNT_NONE', params: { contract: 'C-1' } });
    expect(message(a.code, 'en', a.params)).toContain('paid by bank transfer');
    expect(remedy(a.code, 'es', a.params)).toContain('firma el contrato');
  });
});

describe('signatureIbanWarnings (rule 1: tell the admin when the profile IBAN changes)', () => {
  const contracts = [
    { id: 'k1', number: 'C-1', signatureIban: SIG },
    { id: 'k2', number: 'C-2', signatureIban: null },
    { id: 'k3', number: 'C-3', signatureIban: PROFILE },
  ];
  it('warns for each signed contract whose IBAN differs from the new one', () => {
    const w = signatureIbanWarnings({ newClientIban: PROFILE, contracts });
    expect(w).toEqual([{
      code: 'SIGNATURE_IBAN_PREVAILS', entityType: 'Contract', entityId: 'k1', field: 'iban',
      params: { contract: 'C-1', signatureIban: 'ES91 2100 0418 4502 0005 1332', newIban: 'ES79 2100 0813 6101 2345 6789', hasNewIban: 'yes' },
    }]);
    expect(explain(w[0]!, 'en')).toEqual({
      code: 'SIGNATURE_IBAN_PREVAILS',
      message: 'Contract C-1 is signed with IBAN ES91 2100 0418 4502 0005 1332: its invoices will still be charged to that account, not to ES79 2100 0813 6101 2345 6789.',
      remedy: 'If the client wants this contract paid from the new account, also update the signature IBAN of contract C-1.',
      field: 'iban', entityType: 'Contract', entityId: 'k1',
    });
  });
  it('removing the profile IBAN warns for every signed contract', () => {
    expect(signatureIbanWarnings({ newClientIban: null, contracts }).map((w) => w.entityId)).toEqual(['k1', 'k3']);
  });
});
