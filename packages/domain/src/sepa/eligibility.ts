// Which invoices go into a remittance and why the others stay out (docs/sepa.md "Remittances"): the
// debtor account and mandate are the contract signature's (rule 1), never the client profile's.
import { addDays } from '../dates/day-number.js';
import type { DateOnly } from '../dates/day-number.js';
import type { RefusalOf } from '../explain/refusal.js';
import type { SepaExclusionCode } from './codes.js';
import { MAX_DEBIT_ATTEMPTS } from './end-to-end.js';
import { returnPolicy, type MandateBlock } from './returns.js';

export interface EligibilityFacts {
  invoiceId: string;
  invoiceNumber: string;
  kind: 'INVOICE' | 'CREDIT_NOTE';
  status: 'ISSUED' | 'PAID' | 'RETURNED';
  totalCents: number;
  issueDate: DateOnly;
  contractNumber: string;
  /** The contract's signature when signed with an IBAN and a mandate; null otherwise (payable by transfer). */
  signature: { iban: string; mandateReference: string } | null;
  /** Reference of the open remittance that already holds a debit of this invoice. */
  openRemittance: string | null;
  /** The reason code of the invoice's last return, when it is RETURNED. */
  lastReturnCode: string | null;
  mandateBlock: MandateBlock | null;
  /** Debits of this invoice in earlier remittances: each took one of its 99 EndToEndIds. */
  previousAttempts: number;
}

export interface EligibilityRules { collectionDate: DateOnly; daysBetweenIssueAndCollection: number }

export type Eligibility = { eligible: true; retry: boolean } | { eligible: false; exclusion: RefusalOf<SepaExclusionCode> };

function out(code: SepaExclusionCode, f: EligibilityFacts, field: string, params: Record<string, string | number>): Eligibility {
  return { eligible: false, exclusion: { code, entityType: 'Invoice', entityId: f.invoiceId, field, params: { invoice: f.invoiceNumber, ...params } } };
}

/** The first reason that keeps the invoice out, in the order a clerk would fix them; or eligible. */
export function remittanceEligibility(f: EligibilityFacts, rules: EligibilityRules): Eligibility {
  if (f.kind !== 'INVOICE') return out('SEPA_EXCLUDED_NOT_INVOICE', f, 'kind', {});
  if (f.status === 'PAID') return out('SEPA_EXCLUDED_STATUS', f, 'status', { status: f.status });
  if (f.totalCents <= 0) return out('SEPA_EXCLUDED_NOT_POSITIVE', f, 'totalCents', { totalCents: f.totalCents });
  if (!f.signature) return out('SEPA_EXCLUDED_NO_SIGNATURE', f, 'contract', { contract: f.contractNumber });
  if (f.openRemittance) return out('SEPA_EXCLUDED_IN_OPEN_REMITTANCE', f, 'invoice', { remittance: f.openRemittance });
  if (f.previousAttempts >= MAX_DEBIT_ATTEMPTS) return out('SEPA_EXCLUDED_ATTEMPTS_EXHAUSTED', f, 'invoice', { attempts: f.previousAttempts, max: MAX_DEBIT_ATTEMPTS });
  if (f.mandateBlock?.kind === 'STOPPED') {
    return out('SEPA_EXCLUDED_MANDATE_STOPPED', f, 'contract.mandateReference', {
      contract: f.contractNumber, reasonCode: f.mandateBlock.reasonCode, date: f.mandateBlock.returnedOn, mandate: f.mandateBlock.mandateReference,
    });
  }
  if (f.mandateBlock?.kind === 'BLOCKED') {
    return out('SEPA_EXCLUDED_MANDATE_BLOCKED', f, 'contract.iban', {
      contract: f.contractNumber, reasonCode: f.mandateBlock.reasonCode, date: f.mandateBlock.returnedOn, returnedInvoice: f.mandateBlock.invoiceNumber,
    });
  }
  if (f.status === 'RETURNED') {
    const action = f.lastReturnCode ? returnPolicy(f.lastReturnCode).action : 'CONTACT_CLIENT';
    // A blocking return whose block was lifted (new IBAN or mandate) is retried like an AM04.
    if (action === 'CONTACT_CLIENT' || action === 'CHECK_DUPLICATE') {
      return out('SEPA_EXCLUDED_RETURN_NEEDS_CONTACT', f, 'status', { reasonCode: f.lastReturnCode ?? '—' });
    }
    return { eligible: true, retry: true };
  }
  const earliest = addDays(f.issueDate, rules.daysBetweenIssueAndCollection);
  if (rules.collectionDate < earliest) return out('SEPA_EXCLUDED_TOO_RECENT', f, 'issueDate', { issueDate: f.issueDate, days: rules.daysBetweenIssueAndCollection, date: earliest });
  return { eligible: true, retry: false };
}
