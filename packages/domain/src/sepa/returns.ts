// The return reason-code policy (docs/sepa.md "Returns"): what each code means, what happens to the
// invoice, and whether the signature's mandate is blocked until it gets a new IBAN or mandate.
import type { SepaReturnCode } from './codes.js';

/**
 * RETRY: pending again, goes into the next remittance. BLOCK_MANDATE: no debit on this signature until its
 * IBAN or mandate reference changes. STOP_MANDATE: no debit until the mandate reference changes (a new
 * mandate). CONTACT_CLIENT: pending, not debited again automatically. CHECK_DUPLICATE: as CONTACT_CLIENT.
 */
export type ReturnAction = 'RETRY' | 'BLOCK_MANDATE' | 'STOP_MANDATE' | 'CONTACT_CLIENT' | 'CHECK_DUPLICATE';

export interface ReturnPolicy { reasonCode: string; messageCode: SepaReturnCode; action: ReturnAction }

const TABLE: Record<string, { messageCode: SepaReturnCode; action: ReturnAction }> = {
  AM04: { messageCode: 'SEPA_RETURN_AM04', action: 'RETRY' },
  MS03: { messageCode: 'SEPA_RETURN_MS03', action: 'RETRY' },
  MS02: { messageCode: 'SEPA_RETURN_MS02', action: 'CONTACT_CLIENT' },
  AC01: { messageCode: 'SEPA_RETURN_AC01', action: 'BLOCK_MANDATE' },
  AC04: { messageCode: 'SEPA_RETURN_AC04', action: 'BLOCK_MANDATE' },
  AC06: { messageCode: 'SEPA_RETURN_AC06', action: 'BLOCK_MANDATE' },
  AG01: { messageCode: 'SEPA_RETURN_AG01', action: 'BLOCK_MANDATE' },
  MD01: { messageCode: 'SEPA_RETURN_MD01', action: 'BLOCK_MANDATE' },
  MD06: { messageCode: 'SEPA_RETURN_MD06', action: 'CONTACT_CLIENT' },
  MD07: { messageCode: 'SEPA_RETURN_MD07', action: 'STOP_MANDATE' },
  AM05: { messageCode: 'SEPA_RETURN_AM05', action: 'CHECK_DUPLICATE' },
};

export const KNOWN_RETURN_REASONS: readonly string[] = Object.keys(TABLE);

/** ISO 20022 external return reason codes are four upper-case alphanumerics. */
export function isReturnReasonCode(s: string): boolean {
  return /^[A-Z0-9]{4}$/.test(s);
}

/** An unknown code is treated with care: pending, not debited again automatically, explained with its code. */
export function returnPolicy(reasonCode: string): ReturnPolicy {
  const row = TABLE[reasonCode];
  return row ? { reasonCode, ...row } : { reasonCode, messageCode: 'SEPA_RETURN_OTHER', action: 'CONTACT_CLIENT' };
}

/** A return already recorded against a debit of this signature, with the account and mandate it was sent to. */
export interface RecordedReturn { reasonCode: string; returnedOn: string; iban: string; mandateReference: string; invoiceNumber: string }
export interface SignatureNow { iban: string; mandateReference: string }

export type MandateBlock =
  | { kind: 'BLOCKED'; reasonCode: string; returnedOn: string; iban: string; invoiceNumber: string }
  | { kind: 'STOPPED'; reasonCode: string; returnedOn: string; mandateReference: string; invoiceNumber: string };

/**
 * The block on a signature's mandate, if any: a BLOCK_MANDATE return sent to the account and mandate the
 * signature still has; a STOP_MANDATE return under the mandate reference it still has. The latest wins.
 */
export function mandateBlockOf(returns: readonly RecordedReturn[], now: SignatureNow): MandateBlock | null {
  let found: MandateBlock | null = null;
  for (const r of [...returns].sort((a, b) => (a.returnedOn < b.returnedOn ? -1 : a.returnedOn > b.returnedOn ? 1 : 0))) {
    const { action } = returnPolicy(r.reasonCode);
    if (action === 'STOP_MANDATE' && r.mandateReference === now.mandateReference) {
      found = { kind: 'STOPPED', reasonCode: r.reasonCode, returnedOn: r.returnedOn, mandateReference: r.mandateReference, invoiceNumber: r.invoiceNumber };
    } else if (action === 'BLOCK_MANDATE' && r.iban === now.iban && r.mandateReference === now.mandateReference && found?.kind !== 'STOPPED') {
      found = { kind: 'BLOCKED', reasonCode: r.reasonCode, returnedOn: r.returnedOn, iban: r.iban, invoiceNumber: r.invoiceNumber };
    }
  }
  return found;
}
