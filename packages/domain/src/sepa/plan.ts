// Turns the eligible invoices into debits (docs/sepa.md "Remittances"): sequence type and amendment per
// signature, one payment block per collection date × sequence type, exact counts and sums.
import { isDateOnly, type DateOnly } from '../dates/day-number.js';
import type { RefusalOf } from '../explain/refusal.js';
import type { ValidationCode } from '../validation/result.js';
import type { PainFormat, SepaDebitCode, SepaRefusalCode, SequenceType } from './codes.js';
import { endToEndIdOf, parseEndToEndId } from './end-to-end.js';
import { amendmentOf, sequenceTypeOf, type Amendment, type PresentedDebit, type SignatureChange } from './mandate.js';

export interface DebitCandidate {
  invoiceId: string;
  invoiceNumber: string;
  totalCents: number;
  contractId: string;
  contractNumber: string;
  signature: { iban: string; mandateReference: string; signedAt: DateOnly };
  /** Earlier debits of this invoice: the attempt number follows them. */
  previousAttempts: number;
  retry: boolean;
}

export interface SignatureHistory { presented: readonly PresentedDebit[]; changes: readonly SignatureChange[] }

export interface PlannedDebit extends DebitCandidate {
  endToEndId: string;
  sequenceType: SequenceType;
  amendment: Amendment | null;
  /** Codes with parameters that explain the debit (account, sequence type, amendment, retry). */
  reasons: RefusalOf<SepaDebitCode | SepaRefusalCode>[];
}

export interface PaymentGroup { collectionDate: DateOnly; sequenceType: SequenceType; count: number; sumCents: number }

export interface RemittancePlan { debits: PlannedDebit[]; groups: PaymentGroup[]; count: number; sumCents: number }

/**
 * What a debit's explanation is built from: the debit as stored (its account, mandate, sequence type, amendment and
 * EndToEndId, which names the attempt) and the facts of its planning that the debit does not otherwise keep.
 */
export interface DebitReasonFacts {
  invoiceId: string;
  invoiceNumber: string;
  contractNumber: string;
  iban: string;
  mandateReference: string;
  mandateSignedAt: DateOnly;
  sequenceType: SequenceType;
  endToEndId: string;
  /** The account and mandate reference the bank knew, when amended, and the days they changed. */
  previousIban: string | null;
  ibanChangedOn: DateOnly | null;
  previousMandateReference: string | null;
  mandateChangedOn: DateOnly | null;
  /** Collected again after a return. */
  retry: boolean;
}

/** Why a debit is as it is, in order: account (the signature's), sequence type, amendment, retry. */
export function debitReasons(f: DebitReasonFacts): RefusalOf<SepaDebitCode | SepaRefusalCode>[] {
  const reason = (code: SepaDebitCode, params: Record<string, string | number>): RefusalOf<SepaDebitCode | SepaRefusalCode> =>
    ({ code, entityType: 'Invoice', entityId: f.invoiceId, params: { invoice: f.invoiceNumber, contract: f.contractNumber, ...params } });
  const reasons = [reason('SEPA_DEBIT_ACCOUNT', { iban: f.iban, mandate: f.mandateReference, signedAt: f.mandateSignedAt })];
  reasons.push(reason(f.sequenceType === 'FRST' ? 'SEPA_SEQUENCE_FRST' : 'SEPA_SEQUENCE_RCUR', { mandate: f.mandateReference }));
  if (f.previousIban) reasons.push(reason('SEPA_AMENDED_IBAN', { previousIban: f.previousIban, iban: f.iban, changedAt: f.ibanChangedOn ?? '' }));
  if (f.previousMandateReference) reasons.push(reason('SEPA_AMENDED_MANDATE', { previousMandate: f.previousMandateReference, mandate: f.mandateReference, changedAt: f.mandateChangedOn ?? '' }));
  if (f.retry) reasons.push(reason('SEPA_RETRY_AFTER_RETURN', { attempt: parseEndToEndId(f.endToEndId)?.attempt ?? 0 }));
  return reasons;
}

/**
 * Debits in invoice order within a signature: the first debit of a signature in this remittance takes the
 * signature's sequence type and amendment; later ones of the same signature are RCUR and plain, as the first
 * already presents (and amends) the mandate. A large remittance is planned slice by slice, passing `seen` on.
 */
export function planRemittance(
  candidates: readonly DebitCandidate[], history: (contractId: string) => SignatureHistory, collectionDate: DateOnly,
  /** Signatures already planned in earlier slices of the same remittance (mutated). */
  seen: Set<string> = new Set(),
): RemittancePlan {
  const sorted = [...candidates].sort((a, b) => (a.contractId === b.contractId ? (a.invoiceNumber < b.invoiceNumber ? -1 : 1) : a.contractId < b.contractId ? -1 : 1));
  const debits: PlannedDebit[] = [];
  const groups = new Map<SequenceType, PaymentGroup>();
  let sumCents = 0;
  for (const c of sorted) {
    const first = !seen.has(c.contractId);
    seen.add(c.contractId);
    const h = history(c.contractId);
    const lastPresentedAt = h.presented.reduce<string | null>((max, d) => (max === null || d.presentedAt > max ? d.presentedAt : max), null);
    const sequenceType: SequenceType = first ? sequenceTypeOf(h.presented) : 'RCUR';
    const amendment = first ? amendmentOf(c.signature, h.changes, lastPresentedAt) : null;
    const endToEndId = endToEndIdOf(c.invoiceNumber, c.previousAttempts + 1);
    const reasons = debitReasons({
      invoiceId: c.invoiceId, invoiceNumber: c.invoiceNumber, contractNumber: c.contractNumber, iban: c.signature.iban, mandateReference: c.signature.mandateReference,
      mandateSignedAt: c.signature.signedAt, sequenceType, endToEndId, previousIban: amendment?.previousIban ?? null, ibanChangedOn: amendment?.ibanChangedAt?.slice(0, 10) ?? null,
      previousMandateReference: amendment?.previousMandateReference ?? null, mandateChangedOn: amendment?.mandateChangedAt?.slice(0, 10) ?? null, retry: c.retry,
    });
    debits.push({ ...c, endToEndId, sequenceType, amendment, reasons });
    const g = groups.get(sequenceType) ?? { collectionDate, sequenceType, count: 0, sumCents: 0 };
    g.count += 1;
    g.sumCents += c.totalCents;
    groups.set(sequenceType, g);
    sumCents += c.totalCents;
  }
  const ordered = (['FRST', 'RCUR'] as const).flatMap((s) => (groups.has(s) ? [groups.get(s)!] : []));
  return { debits, groups: ordered, count: debits.length, sumCents };
}

/** SEPA core debits can be sent up to D-1: the collection date must be after today (and both must be real dates: `DATE_INVALID`). */
export function checkCollectionDate(collectionDate: DateOnly, today: DateOnly): RefusalOf<SepaRefusalCode | ValidationCode> | null {
  if (!isDateOnly(collectionDate)) return { code: 'DATE_INVALID', field: 'collectionDate', params: { field: 'collectionDate', value: String(collectionDate) } };
  if (!isDateOnly(today)) return { code: 'DATE_INVALID', field: 'today', params: { field: 'today', value: String(today) } };
  if (collectionDate > today) return null;
  return { code: 'SEPA_COLLECTION_DATE_TOO_EARLY' satisfies SepaRefusalCode, field: 'collectionDate', params: { date: collectionDate, today } };
}

/** CtrlSum / InstdAmt: cents as a decimal with exactly two digits, no floating point. */
export function centsToDecimal(cents: number): string {
  const neg = cents < 0;
  const abs = Math.abs(cents);
  const s = `${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  return neg ? `-${s}` : s;
}

export interface CreditorSettings {
  name: string; creditorId: string; initiatingPartyId: string; iban: string; bic: string | null;
  painFormat: PainFormat; daysBetweenIssueAndCollection: number; returnFeeEnabled: boolean; returnFeeCents: number; returnFeeVatRate: number;
}
