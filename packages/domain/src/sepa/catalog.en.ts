// English messages and remedies of the SEPA codes (docs/sepa.md); merged into the domain's catalog.
import type { CatalogEntry } from '../i18n/entry.js';
import type { SepaCode } from './codes.js';

const back = 'The invoice is pending again';

export const sepaEn = {
  SEPA_CREDITOR_ID_INVALID: {
    message: 'Creditor identifier {value} is not valid: it must be ES, two check digits, the 3-character suffix and the NIF.',
    remedy: 'Copy the identifier your bank assigned (e.g. ES77000B85626240); the check digits are computed over the NIF.',
  },
  SEPA_INITIATING_PARTY_INVALID: {
    message: 'Initiating-party id {value} is not valid: it must be the NIF followed by a 3-character suffix.',
    remedy: 'Type the company NIF and the suffix agreed with the bank (usually 000), e.g. B85626240000.',
  },
  SEPA_BIC_INVALID: { message: 'BIC {value} is not valid.', remedy: 'Type your bank’s 8 or 11-character BIC, or leave it empty.' },
  SEPA_PAIN_FORMAT_INVALID: { message: 'Format {value} is not supported.', remedy: 'Choose pain.008.001.02 (Spanish banks’ Cuaderno 19.14) or pain.008.001.08.' },
  SEPA_COLLECTION_DAYS_INVALID: { message: 'Days between issue and collection must be between 0 and {max}.', remedy: 'Type a number of days between 0 and {max}.' },
  SEPA_EXCLUDED_NOT_INVOICE: { message: '{invoice} is a credit note: it is not collected by direct debit.', remedy: 'Credit notes are refunded to the client; mark it paid when the money is returned.' },
  SEPA_EXCLUDED_STATUS: { message: 'Invoice {invoice} is already paid.', remedy: 'There is nothing to collect.' },
  SEPA_EXCLUDED_NOT_POSITIVE: { message: 'Invoice {invoice} totals {totalCents}: there is nothing to collect.', remedy: 'A balance in the client’s favour is documented with a credit note.' },
  SEPA_EXCLUDED_NO_SIGNATURE: {
    message: 'Invoice {invoice} is payable by transfer: contract {contract} is not signed with an IBAN and a SEPA mandate.',
    remedy: 'Sign contract {contract} with the client’s IBAN and mandate reference; the client profile’s IBAN cannot be debited.',
  },
  SEPA_EXCLUDED_IN_OPEN_REMITTANCE: { message: 'Invoice {invoice} is already in open remittance {remittance}.', remedy: 'Wait until the bank settles it (markRemittanceSettled) or import its returns.' },
  SEPA_EXCLUDED_MANDATE_BLOCKED: {
    message: 'The mandate of contract {contract} is blocked: invoice {returnedInvoice} was returned on {date} with reason {reasonCode}.',
    remedy: 'Update the signature of contract {contract} with a new IBAN or a new mandate (updateContractSignature); the next remittance collects it with a mandate amendment.',
  },
  SEPA_EXCLUDED_MANDATE_STOPPED: {
    message: 'Debits under mandate {mandate} of contract {contract} are stopped: return {reasonCode} on {date}.',
    remedy: 'Do not debit this mandate again; collect by other means or sign a new mandate with another reference.',
  },
  SEPA_EXCLUDED_RETURN_NEEDS_CONTACT: { message: 'Invoice {invoice} was returned with reason {reasonCode}, which is not retried automatically.', remedy: 'Contact the client; when they pay, mark the invoice paid.' },
  SEPA_EXCLUDED_ATTEMPTS_EXHAUSTED: {
    message: 'Invoice {invoice} has already been presented for collection {attempts} times; the maximum is {max} (each attempt has its own EndToEndId).',
    remedy: 'Collect the invoice by bank transfer or another means and mark it paid.',
  },
  SEPA_EXCLUDED_TOO_RECENT: {
    message: 'Invoice {invoice}, issued on {issueDate}, cannot be collected before {date} ({days, plural, one {# day} other {# days}} between issue and collection).',
    remedy: 'Choose a collection date on or after {date}, or reduce the days between issue and collection in the SEPA settings.',
  },
  SEPA_DEBIT_ACCOUNT: {
    message: 'Debited to {iban}, the account of contract {contract}’s signature (mandate {mandate}, signed on {signedAt}), not the client profile’s.',
    remedy: 'To collect from another account, update the signature of contract {contract}.',
  },
  SEPA_SEQUENCE_FRST: { message: 'First collection under mandate {mandate} (FRST).', remedy: 'Nothing to do.' },
  SEPA_SEQUENCE_RCUR: { message: 'Recurring collection under mandate {mandate} (RCUR).', remedy: 'Nothing to do.' },
  SEPA_AMENDED_IBAN: {
    message: 'Mandate amended: the signature’s IBAN changed on {changedAt} from {previousIban} to {iban}; the debit carries AmdmntInd with SMNDA and the previous account.',
    remedy: 'Nothing to do: the bank updates the mandate with this collection.',
  },
  SEPA_AMENDED_MANDATE: {
    message: 'Mandate amended: the reference changed on {changedAt} from {previousMandate} to {mandate}; the debit carries OrgnlMndtId.',
    remedy: 'Nothing to do: the bank updates the mandate with this collection.',
  },
  SEPA_RETRY_AFTER_RETURN: { message: 'Collection of invoice {invoice} retried after a return (attempt {attempt}).', remedy: 'Nothing to do.' },
  SEPA_RETURN_AM04: { message: 'Insufficient funds.', remedy: `${back}; it is retried in the next remittance.` },
  SEPA_RETURN_MS03: { message: 'Reason not given by the bank (may hide insufficient funds or a closed account).', remedy: `${back}; it is retried in the next remittance.` },
  SEPA_RETURN_MS02: { message: 'Refused by the debtor.', remedy: `${back}; contact the client.` },
  SEPA_RETURN_AC01: { message: 'Wrong IBAN.', remedy: `${back}; the mandate is blocked until the signature has a correct IBAN (updateContractSignature).` },
  SEPA_RETURN_AC04: { message: 'Account closed.', remedy: `${back}; the mandate is blocked until the signature has a new IBAN or mandate (updateContractSignature).` },
  SEPA_RETURN_AC06: { message: 'Account blocked.', remedy: `${back}; the mandate is blocked until the signature has another account (updateContractSignature) or you collect by other means.` },
  SEPA_RETURN_AG01: { message: 'The account does not accept direct debits.', remedy: `${back}; the mandate is blocked until the signature has another account (updateContractSignature) or you collect by other means.` },
  SEPA_RETURN_MD01: { message: 'No valid mandate.', remedy: `${back}; the mandate is blocked until the signature has a new mandate (updateContractSignature).` },
  SEPA_RETURN_MD06: { message: 'Refund requested by the debtor.', remedy: `${back}; contact the client.` },
  SEPA_RETURN_MD07: { message: 'Debtor deceased.', remedy: 'Debits under this mandate stop; settle the debt with the heirs by other means.' },
  SEPA_RETURN_AM05: { message: 'Duplicate collection.', remedy: `${back}; check whether the invoice was collected twice before collecting it again.` },
  SEPA_RETURN_OTHER: { message: 'Returned with reason {reasonCode}.', remedy: `${back}; it is not retried automatically: ask the bank about the reason and contact the client.` },
  SEPA_SETTINGS_MISSING: { message: 'The SEPA creditor data is missing.', remedy: 'Fill in the SEPA settings on the "SEPA settings" page (/settings/sepa; updateSepaSettings): name, creditor identifier, initiating party, IBAN.' },
  SEPA_COLLECTION_DATE_TOO_EARLY: { message: 'Collection date {date} is not after today ({today}).', remedy: 'Debits are sent at least the day before collection: choose a date after today.' },
  SEPA_REMITTANCE_EMPTY: { message: 'No invoice can enter the remittance of {date}.', remedy: 'Check in the preview why each invoice stays out.' },
  SEPA_REMITTANCE_SETTLED: { message: 'Remittance {remittance} is already settled.', remedy: 'There is nothing to change; later returns are still imported.' },
  SEPA_RETURN_FILE_UNKNOWN: { message: 'The file is neither a pain.002 status report nor a camt.054 notification.', remedy: 'Upload the returns file as the bank delivers it (pain.002 or camt.054 XML).' },
  SEPA_RETURN_UNMATCHED: { message: 'No debit has EndToEndId {endToEndId}.', remedy: 'Check that the file belongs to a remittance generated by Antena.' },
  SEPA_RETURN_ALREADY_APPLIED: { message: 'The return of {endToEndId} was already applied.', remedy: 'Nothing to do: importing the same file again changes nothing.' },
  SEPA_RETURN_SETTLED_CONFLICT: { message: 'Invoice {invoice} of {endToEndId} cannot become returned.', remedy: 'Check the invoice’s status before applying the return by hand.' },
  SEPA_MANDATE_BLOCKED: {
    message: 'Mandate blocked: invoice {returnedInvoice} was returned on {date} with reason {reasonCode} on account {iban}.',
    remedy: 'Update the signature with a new IBAN or a new mandate (updateContractSignature) to debit again.',
  },
  SEPA_MANDATE_STOPPED: {
    message: 'Debits stopped: invoice {returnedInvoice} was returned on {date} with reason {reasonCode} (mandate {mandate}).',
    remedy: 'Do not debit this mandate again; collect by other means or sign a new mandate with another reference.',
  },
  SEPA_RETURN_FEE: { message: 'Return fee for invoice {invoice} ({reasonCode}, {date}).', remedy: 'It is added as a one-off amount to the next invoice; delete it if it does not apply.' },
  SEPA_PREVIEW_TOO_LARGE: {
    message: 'The preview of the remittance of {date} goes through {count, plural, one {# candidate invoice} other {# candidate invoices}}, more than the {max, number} worked out on the spot without holding up the API.',
    remedy: 'Queue it as a background job (queueRemittancePreview): it shows its progress and keeps the result. Or narrow the filter (a client, a contract, issued up to a date) to at most {max, number} invoices.',
  },
} satisfies Record<SepaCode, CatalogEntry>;
