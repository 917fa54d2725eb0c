// Which IBAN a contract's invoices are charged to, and why (docs/rules.md §1 rule 1: the contract's signature prevails).
import { formatIban, sameIban } from '../validation/iban.js';

/** Where the charged IBAN comes from: the contract's signature, the client's profile, or none (payable by transfer). */
export type BillingAccountSource = 'CONTRACT_SIGNATURE' | 'CLIENT_PROFILE' | 'NONE';
/** Code of the sentence explaining a {@link BillingAccount}. */
export type BillingAccountCode = 'ACCOUNT_FROM_SIGNATURE' | 'ACCOUNT_FROM_PROFILE' | 'ACCOUNT_NONE';
/** The account a contract's invoices are charged to, where it comes from, and the code + params of the sentence that explains it. */
export interface BillingAccount { iban: string | null; source: BillingAccountSource; code: BillingAccountCode; params: Record<string, string | number> }

/**
 * A warning that does not block the change but must be shown: the signature's IBAN keeps being charged
 * (SIGNATURE_IBAN_PREVAILS, about a contract), or another client already has the tax id
 * (DUPLICATE_TAX_ID, about that client).
 */
export type Warning =
  | { code: 'SIGNATURE_IBAN_PREVAILS'; entityType: 'Contract'; entityId: string; field: 'iban'; params: Record<string, string | number> }
  | { code: 'DUPLICATE_TAX_ID'; entityType: 'Client'; entityId: string; field: 'taxId'; params: Record<string, string | number> };

/**
 * Signed contract → signature IBAN; else client profile IBAN; else none (payable by transfer).
 * `profileDiffers` lets the explanation say that a different profile IBAN is being ignored (worked example 6).
 */
export function billingAccountOf(input: { contractNumber: string; signature: { iban: string } | null; clientIban: string | null }): BillingAccount {
  const { contractNumber, signature, clientIban } = input;
  if (signature && signature.iban) {
    const differs = !!clientIban && !sameIban(clientIban, signature.iban);
    return {
      iban: signature.iban,
      source: 'CONTRACT_SIGNATURE',
      code: 'ACCOUNT_FROM_SIGNATURE',
      params: {
        contract: contractNumber,
        iban: formatIban(signature.iban),
        profileIban: clientIban ? formatIban(clientIban) : '',
        profileDiffers: differs ? 'yes' : 'no',
      },
    };
  }
  if (clientIban) {
    return { iban: clientIban, source: 'CLIENT_PROFILE', code: 'ACCOUNT_FROM_PROFILE', params: { contract: contractNumber, iban: formatIban(clientIban) } };
  }
  return { iban: null, source: 'NONE', code: 'ACCOUNT_NONE', params: { contract: contractNumber } };
}

/** One warning per signed contract whose signature IBAN will keep being charged instead of the new profile IBAN. */
export function signatureIbanWarnings(input: {
  newClientIban: string | null;
  contracts: { id: string; number: string; signatureIban: string | null }[];
}): Warning[] {
  const out: Warning[] = [];
  for (const c of input.contracts) {
    if (!c.signatureIban || sameIban(c.signatureIban, input.newClientIban)) continue;
    out.push({
      code: 'SIGNATURE_IBAN_PREVAILS',
      entityType: 'Contract',
      entityId: c.id,
      field: 'iban',
      params: {
        contract: c.number,
        signatureIban: formatIban(c.signatureIban),
        newIban: input.newClientIban ? formatIban(input.newClientIban) : '',
        hasNewIban: input.newClientIban ? 'yes' : 'no',
      },
    });
  }
  return out;
}
