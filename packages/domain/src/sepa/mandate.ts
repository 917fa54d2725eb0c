// Sequence type and amendments of a signature's mandate (docs/sepa.md "Sequence type" and "Amendments"):
// the history is the signature's earlier debits and its audit trail, both passed in; no clock here.
import type { SequenceType } from './codes.js';

/** An earlier debit of the same signature: when its remittance was generated (ISO instant) and whether it came back. */
export interface PresentedDebit { presentedAt: string; returned: boolean }

/**
 * FRST for the mandate's first collection, RCUR once a debit of it went through. A first debit that came back
 * leaves the mandate unused (EPC rulebook: the next one is presented as FRST again).
 */
export function sequenceTypeOf(history: readonly PresentedDebit[]): SequenceType {
  return history.some((d) => !d.returned) ? 'RCUR' : 'FRST';
}

/** A change of the signature, read from its audit trail (instant of the change, field, old and new value). */
export interface SignatureChange { at: string; field: 'iban' | 'mandateReference'; from: string | null; to: string | null }

export interface Amendment {
  /** The debtor account the bank knows the mandate with, when the signature's IBAN changed since (SMNDA). */
  previousIban: string | null;
  ibanChangedAt: string | null;
  /** The mandate reference the bank knows, when it changed since (OrgnlMndtId). */
  previousMandateReference: string | null;
  mandateChangedAt: string | null;
}

/**
 * Whether the next debit must carry AmdmntInd=true: only when the mandate was presented to the bank before
 * (otherwise the bank knows nothing to amend) and the signature's IBAN or mandate reference changed after
 * the last presentation. The previous value is the one before the first change since then; a change that was
 * undone (A → B → A) is no amendment.
 */
export function amendmentOf(
  current: { iban: string; mandateReference: string },
  changes: readonly SignatureChange[],
  lastPresentedAt: string | null,
): Amendment | null {
  if (lastPresentedAt === null) return null;
  const since = [...changes].filter((c) => c.at > lastPresentedAt && c.from !== null && c.from !== c.to).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const firstIban = since.find((c) => c.field === 'iban');
  const firstMandate = since.find((c) => c.field === 'mandateReference');
  const ibanAmended = firstIban && firstIban.from !== current.iban ? firstIban : undefined;
  const mandateAmended = firstMandate && firstMandate.from !== current.mandateReference ? firstMandate : undefined;
  if (!ibanAmended && !mandateAmended) return null;
  return {
    previousIban: ibanAmended?.from ?? null,
    ibanChangedAt: ibanAmended?.at ?? null,
    previousMandateReference: mandateAmended?.from ?? null,
    mandateChangedAt: mandateAmended?.at ?? null,
  };
}
