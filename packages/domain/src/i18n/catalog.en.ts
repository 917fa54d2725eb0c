// English messages and remedies for every domain code (Accept-Language: en, docs/codes.md).
import { sepaEn } from '../sepa/catalog.en.js';
import { jobsEn } from '../jobs/catalog.en.js';
import type { Catalog } from './codes.js';

export const en = {
  ...sepaEn,
  ...jobsEn,
  HAS_PENDING_INVOICES: {
    message: 'Client {client} has {count, plural, one {# unpaid invoice} other {# unpaid invoices}}.',
    remedy: 'Issued invoices are kept, so it can never be deleted: collect or credit the pending ones, cancel its subscriptions and archive it (archiveClient).',
  },
  HAS_INVOICE_HISTORY: {
    message: 'Client {client} has invoicing history ({count, plural, one {# invoice} other {# invoices}}).',
    remedy: 'Issued invoices must be kept, so the client can never be deleted. Cancel its subscriptions and archive it (archiveClient) instead.',
  },
  CONTRACT_SIGNED: {
    message: 'Contract {contract} is signed.',
    remedy: 'A signed contract is never deleted, not even once terminated: cancel its subscriptions, terminate it and archive the client (archiveClient) instead of deleting it.',
  },
  SUBSCRIPTION_STATE: {
    message: 'The subscription{inContract, select, yes { of contract {contract}} other {}} is {state}.',
    remedy: 'Only rejected or pending-activation subscriptions can be deleted; if it has provided service, cancel it instead.',
  },
  SUBSCRIPTION_HAS_BONUSES: {
    message: 'The subscription{inContract, select, yes { of contract {contract}} other {}} has {count, plural, one {# bonus} other {# bonuses}}.',
    remedy: 'Delete its bonuses (deleteBonus) on the subscription page; a bonus already invoiced cannot be deleted: end it (endBonus).',
  },
  SUBSCRIPTION_HAS_ADDITIONAL_AMOUNTS: {
    message: 'The subscription{inContract, select, yes { of contract {contract}} other {}} has {count, plural, one {# additional amount} other {# additional amounts}}.',
    remedy: 'Delete its additional amounts (deleteAdditionalAmount) on the subscription page; one already invoiced cannot be deleted: end it (endAdditionalAmount).',
  },
  SUBSCRIPTION_INVOICED: {
    message: 'The subscription{inContract, select, yes { of contract {contract}} other {}} appears on {count, plural, one {# invoice line} other {# invoice lines}}.',
    remedy: 'Issued invoices cannot change: cancel the subscription instead of deleting it.',
  },
  BONUS_INVOICED: {
    message: 'The bonus was already applied on {count, plural, one {# invoice line} other {# invoice lines}}, the last one through {invoicedThrough}.',
    remedy: 'Issued invoices cannot change, so it cannot be deleted. End it (endBonus) on {invoicedThrough} or later.',
  },
  ADDITIONAL_AMOUNT_INVOICED: {
    message: 'The additional amount was already invoiced on {count, plural, one {# invoice line} other {# invoice lines}}, the last one through {invoicedThrough}.',
    remedy: '{oneOff, select, yes {Issued invoices cannot change: to give it back, issue a credit note (createCreditNote) for the invoice that charged it.} other {Issued invoices cannot change, so it cannot be deleted. End it (endAdditionalAmount) on {invoicedThrough} or later.}}',
  },
  EXTRA_ONE_OFF_NOT_ENDABLE: {
    message: 'A one-off additional amount is charged once: it has no validity to end.',
    remedy: '{invoiced, select, yes {It is already invoiced: to give it back, issue a credit note (createCreditNote) for the invoice that charged it.} other {It is not invoiced yet: delete it (deleteAdditionalAmount).}}',
  },
  EXTRA_END_BEFORE_INVOICED: {
    message: '{type, select, Bonus {The bonus} other {The additional amount}} is already invoiced through {invoicedThrough}: it cannot end on {end}.',
    remedy: 'Use an end date on or after {invoicedThrough}; issued invoices cannot change (to give back what was charged, issue a credit note with createCreditNote).',
  },
  CLIENT_ARCHIVED: {
    message: 'Client {client} is archived: it is read-only.',
    remedy: 'If it becomes a client again, unarchive it (unarchiveClient) on its page, then make the change.',
  },
  CLIENT_NOT_ARCHIVED: {
    message: 'Client {client} is not archived.',
    remedy: 'There is nothing to unarchive.',
  },
  CLIENT_HAS_LIVE_SUBSCRIPTIONS: {
    message: 'Client {client} has {count, plural, one {# subscription that is not cancelled or rejected} other {# subscriptions that are not cancelled or rejected}}.',
    remedy: 'An archived client is never billed again: cancel its subscriptions first (or reject those pending activation).',
  },
  IBAN_INVALID: {
    message: 'IBAN {value} is not valid.',
    remedy: 'Check the IBAN: it starts with the country code (ES for Spain) and its check digits must match.',
  },
  TAX_ID_INVALID: {
    message: 'Tax id {value} is not a valid NIF/NIE/CIF.',
    remedy: 'Check the digits and the control letter or digit of the document.',
  },
  MANDATE_REFERENCE_INVALID: {
    message: 'SEPA mandate reference {value} is not valid.',
    remedy: 'Use 1 to 35 characters: unaccented letters, digits and / - ? : ( ) . , + or spaces, with no leading, trailing or double slash.',
  },
  EMAIL_INVALID: {
    message: 'E-mail address {value} is not valid.',
    remedy: 'Enter a full address, such as name@example.com.',
  },
  DATE_INVALID: {
    message: 'Date {value} in field {field} is not valid.',
    remedy: 'Enter a real date as YYYY-MM-DD, for example 2026-11-16.',
  },
  PERIOD_INVALID: {
    message: 'Period {value} is not valid.',
    remedy: 'Enter the period as YYYY-MM, for example 2026-11.',
  },
  CENTS_INVALID: {
    message: '{negative, select, yes {Amount {valueCents} is negative: not allowed here.} other {Amount {value} is not valid.}}',
    remedy: '{negative, select, yes {Enter an amount of zero or more.} other {Enter the amount in cents, as a whole number (4538 is €45.38).}}',
  },
  PERCENT_INVALID: {
    message: 'Percentage {value} is not valid.',
    remedy: 'Enter a percentage between 0 and 100.',
  },
  VAT_RATE_INVALID: {
    message: 'VAT rate {value} is not valid.',
    remedy: 'Enter the rate as a fraction between 0 and 1: 0.21 is 21%.',
  },
  REQUIRED: {
    message: 'Field {field} is required.',
    remedy: 'Fill in field {field}.',
  },
  SEARCH_EMPTY: {
    message: 'The search is empty: it has no letter or digit.',
    remedy: 'Type at least one letter or digit of the name, code, tax id, e-mail, IBAN, contract or invoice.',
  },
  SEARCH_TOO_LONG: {
    message: 'The search accepts at most {max} characters.',
    remedy: 'Shorten the search to {max} characters or fewer: the start of the name or code is enough.',
  },
  HITS_PER_KIND_INVALID: {
    message: 'The number of results per kind must be between 1 and {max}; {value} was asked for.',
    remedy: 'Ask for between 1 and {max} results per kind.',
  },
  TOO_LONG: {
    message: 'Field {field} accepts at most {max} characters.',
    remedy: 'Shorten the value to {max} characters or fewer.',
  },
  VALUE_NOT_ALLOWED: {
    message: 'Value {value} in field {field} is not valid.',
    remedy: 'Use one of the allowed values: {allowed}.',
  },
  TEXT_INVALID: {
    message: 'The field {field} contains control characters, which are not allowed.',
    remedy: 'Type the value without control characters (paste it as plain text).',
  },
  CONTRACT_NOT_DRAFT: {
    message: 'Contract {contract} is already {status, select, SIGNED {signed} other {terminated}}: only a draft contract can be signed.',
    remedy: 'To change the IBAN, mandate or signer of a signed contract, edit its signature (updateContractSignature).',
  },
  CONTRACT_NOT_SIGNED: {
    message: 'Contract {contract} is not signed{status, select, TERMINATED { (it is terminated)} other {}}: it has no signature to edit.',
    remedy: 'Sign the contract first (signContract) with the IBAN and the SEPA mandate reference.',
  },
  CONTRACT_NOT_TERMINABLE: {
    message: 'Contract {contract} {status, select, DRAFT {is a draft} other {is already terminated}}: only a signed contract can be terminated.',
    remedy: '{status, select, DRAFT {A draft is not terminated: if it will not be signed, delete it.} other {Nothing to do: the contract is already terminated.}}',
  },
  TERMINATION_BEFORE_SIGNATURE: {
    message: 'Contract {contract} was signed on {signedAt}: it cannot end earlier, on {effectiveDate}.',
    remedy: 'Give an effective date on or after the signing date.',
  },
  CONTRACT_TERMINATED: {
    message: 'Contract {contract} is terminated: it takes no new subscriptions.',
    remedy: 'Create a new contract for the client, sign it and add the subscription there.',
  },
  CONTRACT_HAS_LIVE_SUBSCRIPTIONS: {
    message: 'Contract {contract} has {count, plural, one {# subscription that is neither cancelled nor rejected} other {# subscriptions that are neither cancelled nor rejected}}.',
    remedy: 'Cancel {count, plural, one {that subscription} other {those subscriptions}} first (a pending one is rejected instead), then terminate the contract.',
  },
  DATE_RANGE_INVALID: {
    message: 'End date {to} is before start date {from}.',
    remedy: 'Use an end date on or after the start date, or leave it empty if open-ended.',
  },
  BILLABLE_ACTIVE: {
    message: 'Billed: the subscription has been active since {since}.',
    remedy: 'Nothing to do. To stop billing it without cutting the service, switch it to Active non-billable.',
  },
  NOT_BILLABLE_NON_BILLABLE: {
    message: 'Not billed: the subscription has been active non-billable since {since}; the service keeps running but generates no invoices.',
    remedy: 'If it should be billed, change its state to Active.',
  },
  NOT_BILLABLE_PENDING: {
    message: 'Not billed: the subscription has been pending activation since {since}.',
    remedy: 'Activate it once the service is installed; billing starts that day.',
  },
  NOT_BILLABLE_SUSPENDED: {
    message: 'Not billed: the subscription has been suspended since {since}.',
    remedy: 'Reactivate it (state Active) to resume billing.',
  },
  NOT_BILLABLE_CANCELLED: {
    message: 'Not billed: the subscription has been cancelled since {since}.',
    remedy: 'A cancelled subscription is never billed again; create a new one if the client comes back.',
  },
  NOT_BILLABLE_REJECTED: {
    message: 'Not billed: the subscription was rejected on {since}.',
    remedy: 'A rejected subscription is not billed; create a new one if appropriate.',
  },
  NOT_BILLABLE_NOT_STARTED: {
    message: 'Not billed: the subscription has no state yet on {date}.',
    remedy: 'Record its state (for example Pending activation, then Active).',
  },
  SIGNATURE_IBAN_PREVAILS: {
    message: 'Contract {contract} is signed with IBAN {signatureIban}: its invoices will still be charged to that account{hasNewIban, select, yes {, not to {newIban}} other {}}.',
    remedy: 'If the client wants this contract paid from the new account, also update the signature IBAN of contract {contract}.',
  },
  DUPLICATE_TAX_ID: {
    message: 'Client {code} ({name}) already has tax id {taxId}.',
    remedy: 'If it is the same holder, open it and consider using it instead of another one; a company may hold several accounts, so you can still save.',
  },
  ACCOUNT_FROM_SIGNATURE: {
    message: 'Charged to {iban}, the account of the signature of contract {contract}{profileDiffers, select, yes {; the signature prevails over the client profile account ({profileIban})} other {}}.',
    remedy: 'To charge another account, update the signature IBAN of contract {contract}; changing the client profile alone is not enough.',
  },
  ACCOUNT_FROM_PROFILE: {
    message: 'Charged to {iban}, the client profile account, because contract {contract} is not signed.',
    remedy: 'Once the contract is signed, its signature IBAN becomes the billing account.',
  },
  ACCOUNT_NONE: {
    message: 'Contract {contract} has no billing account: no signature and no IBAN on the client profile. Invoices are paid by bank transfer.',
    remedy: 'To collect by direct debit, sign the contract with an IBAN or add an IBAN to the client profile.',
  },
  INVALID_TRANSITION: {
    message: 'A subscription cannot go from {from} to {to}.',
    remedy: '{allowedCount, plural, =0 {{from} is a final state: it admits no changes.} other {From {from} it can only go to: {allowed}.}}',
  },
  STATE_CHANGE_BEFORE_LAST: {
    message: 'The state change dated {effectiveDate} is before the latest change ({state} on {lastEffectiveDate}).',
    remedy: 'Use a date on or after {lastEffectiveDate}.',
  },
  TARIFF_CHANGE_BEFORE_LAST: {
    message: 'The migration dated {effectiveDate} is not after the latest tariff change ({tariff} on {lastEffectiveDate}).',
    remedy: 'Use a date after {lastEffectiveDate}.',
  },
  TARIFF_UNCHANGED: {
    message: 'The subscription already has tariff {tariff}.',
    remedy: 'Choose a different tariff to migrate to.',
  },
  SUBSCRIPTION_FINAL_STATE: {
    message: 'The subscription has been {state} since {since}: it admits no tariff migrations.',
    remedy: 'Create a new subscription with the desired tariff.',
  },
  LINE_CHARGE: {
    message: 'Tariff {tariff}: {days} of {daysInMonth} days ({from} – {to})',
    remedy: 'Monthly price {unitPriceCents} prorated by calendar days of the month.',
  },
  LINE_CATCH_UP: {
    message: 'Catch-up, tariff {tariff}: {days} of {daysInMonth} days not yet billed ({from} – {to})',
    remedy: 'Active days not charged by earlier invoices (mid-period activation or a migration credit), at the tariff in force each day.',
  },
  LINE_BONUS_PERCENT: {
    message: '{percent}% bonus on tariff {tariff} ({from} – {to})',
    remedy: 'Discount of the bonus valid on those days.',
  },
  LINE_BONUS_FIXED: {
    message: 'Bonus of {valueCents} per month: {days} of {daysInMonth} days ({from} – {to})',
    remedy: 'Monthly amount prorated by the days charged.',
  },
  LINE_BONUS_FIXED_CAPPED: {
    message: 'Bonus of {valueCents} per month, capped at the amount charged ({from} – {to})',
    remedy: 'A bonus never exceeds the charge it discounts.',
  },
  LINE_ADDITIONAL_ONE_OFF: {
    message: '{description} ({date})',
    remedy: 'One-off additional amount, billed once.',
  },
  LINE_ADDITIONAL_MONTHLY: {
    message: '{description} (monthly, {period})',
    remedy: 'Monthly additional amount, billed in full for each period it is valid.',
  },
  LINE_CREDIT_MIGRATION: {
    message: 'Credit, tariff {tariff}: {days} of {daysInMonth} days ({from} – {to}), migrated to {newTariff}; only the active days the next invoice charges at the new tariff are credited',
    remedy: 'A mass credit corrects only the tariff of days already charged: it credits the days charged in advance at the old tariff that the next invoice charges at the new one (active days). Days that would stay charged without the migration (a suspension, say) stay charged.',
  },
  LINE_CREDIT_BONUS: {
    message: 'Reversal of the bonus on the credited days ({from} – {to})',
    remedy: 'The bonus applies again when those days are charged at the new tariff.',
  },
  LINE_CREDIT_MANUAL: {
    message: 'Credit of line {position} of invoice {invoice}',
    remedy: 'A credit note issued by hand (createCreditNote); its reason is on the document.',
  },
  LINE_CREDIT_WHOLE: {
    message: 'Credit of the rest of invoice {invoice} at {rate}% VAT',
    remedy: 'A credit note issued by hand (createCreditNote) for everything left of the invoice; its reason is on the document.',
  },
  NOTHING_TO_BILL: {
    message: 'Nothing to bill for period {period}.',
    remedy: 'Check that the contract has active subscriptions with a tariff, or additional amounts, in the period.',
  },
  CATCH_UP_NEXT: {
    message: '{count, plural, one {The subscription became active} other {The # subscriptions became active}} from {from}, after the issue date of {period} ({issueDate}): {count, plural, one {its} other {their}} days of {period} will be charged on the next invoice as catch-up.',
    remedy: 'Nothing to do: the next billing run charges them on a catch-up line. If those days were already charged in another system, set the billing start date (setSubscriptionBillingStartDate).',
  },
  ALL_NON_BILLABLE: {
    message: '{count, plural, one {The contract\'s subscription is active non-billable} other {All # subscriptions of the contract are active non-billable}} in {period}: no invoice is issued.',
    remedy: 'If they should be billed, change their state to Active.',
  },
  INPUT_INVALID: {
    message: 'The invoice for {period} is not calculated: {problem, select, REQUIRED {field {field} is missing} other {value {value} in field {field} is not valid}}.',
    remedy: 'Correct that data of the contract or its subscriptions and calculate the invoice again.',
  },
  ZERO_TOTAL: {
    message: 'The invoice for {period} comes to 0: it is not issued.',
    remedy: 'Review the bonuses if the client should pay something.',
  },
  NEGATIVE_TOTAL: {
    message: 'The invoice for {period} comes out negative ({totalCents}): it is not issued.',
    remedy: 'An amount owed to the client is documented with a credit note (createCreditNote); review negative additional amounts.',
  },
  PAYMENT_STATUS_UNCHANGED: {
    message: '{kind, select, CREDIT_NOTE {Credit note} other {Invoice}} {number} is already {status, select, ISSUED {issued} PAID {paid} other {returned}}.',
    remedy: 'There is nothing to change.',
  },
  PAYMENT_TRANSITION_INVALID: {
    message: '{kind, select, CREDIT_NOTE {Credit note} other {Invoice}} {number} is {status, select, ISSUED {issued} PAID {paid} other {returned}} and cannot become {target, select, ISSUED {issued} PAID {paid} other {returned}}.',
    remedy: '{kind, select, CREDIT_NOTE {A credit note can only be marked paid (refunded), with markInvoicePaid.} other {An issued invoice becomes paid or returned; a paid one, returned; a returned one, paid.}}',
  },
  MASS_CREDIT_DISABLED: {
    message: 'Mass credits on tariff migration are turned off.',
    remedy: 'Turn on "massCreditOnTariffMigration" in the billing settings (updateBillingSettings) and try again.',
  },
  MASS_CREDIT_NEEDS_ADVANCE: {
    message: 'Mass credits only exist when billing in advance (ADVANCE): in ARREARS each invoice already charges every day at the tariff in force.',
    remedy: 'Nothing needs crediting in ARREARS mode; if you bill in advance, set the mode to ADVANCE.',
  },
  INVOICE_ALREADY_VOID: {
    message: '{kind, select, CREDIT_NOTE {Credit note} other {Invoice}} {number} is already void.',
    remedy: 'There is nothing to withdraw: its anulación record is already in the chain.',
  },
  INVOICE_PAID_NOT_VOIDABLE: {
    message: '{kind, select, CREDIT_NOTE {Credit note} other {Invoice}} {number} is paid: a paid document is not voided.',
    remedy: 'Correct it with a credit note (factura rectificativa, createCreditNote) instead.',
  },
  INVOICE_RETURNED_NOT_VOIDABLE: {
    message: '{kind, select, CREDIT_NOTE {Credit note} other {Invoice}} {number} was remitted to the bank and returned: it is not voided.',
    remedy: 'Collect it again or correct it with a credit note (factura rectificativa, createCreditNote).',
  },
  INVOICE_RECTIFIED_NOT_VOIDABLE: {
    message: '{kind, select, CREDIT_NOTE {Credit note} other {Invoice}} {number} is rectified by {creditNotes}: it is not voided.',
    remedy: 'Issue a further credit note (createCreditNote) for whatever is still wrong.',
  },
  CHAIN_HASH_MISMATCH: {
    message: 'Record {position} ({number}) does not match its hash: its fields were changed after it was written.',
    remedy: 'Restore the record from a backup; records are never edited. Until then the chain cannot be handed to the tax agency.',
  },
  CHAIN_LINK_MISMATCH: {
    message: 'Record {position} ({number}) does not point to the record before it: the chain was forked or a record removed.',
    remedy: 'Restore the missing or changed records from a backup; records are never edited or deleted.',
  },
  CHAIN_POSITION_GAP: {
    message: 'Record {number} is at position {position} where {expected} was expected: a record is missing.',
    remedy: 'Restore the missing record from a backup; records are never deleted.',
  },
  RECORD_REJECTED: {
    message: 'The tax agency rejected the record of {number}: {agencyCode} {agencyMessage}',
    remedy: 'Fix what the agency names (usually the issuer NIF in the VeriFactu settings or the client\'s NIF and name as registered with the agency); then generate its correction (correctVerifactuRecord: a new record marked Subsanacion and RechazoPrevio), or send it again as it is (resendVerifactuRecord), marked RechazoPrevio.',
  },
  RECORD_ACCEPTED_WITH_ERRORS: {
    message: 'The tax agency accepted the record of {number} with errors: {agencyCode} {agencyMessage}',
    remedy: 'The invoice stands; fix what the agency names, then generate its correction (correctVerifactuRecord: a new record marked Subsanacion).',
  },
  RECORD_NOT_REJECTED: {
    message: 'The record of {number} is {status, select, PENDING {waiting to be sent} ACCEPTED {accepted} ACCEPTED_WITH_ERRORS {accepted with errors} other {not sent (No VERI*FACTU mode)}}, not rejected.',
    remedy: 'Only a rejected record is sent again; the worker sends pending ones by itself.',
  },
  RECORD_CORRECTION_ANULACION: {
    message: 'Record {position} is the anulación of {number}: an anulación is not corrected with a subsanación.',
    remedy: 'If the agency rejected it, fix the cause it gave and send it again (resendVerifactuRecord).',
  },
  RECORD_ALREADY_CORRECTED: {
    message: 'Record {position} of {number} is already corrected by record {correction}.',
    remedy: 'Follow the state of correction {correction}; if the agency rejects it too, generate the correction of that one.',
  },
  RECORD_CORRECTION_INVOICE_VOID: {
    message: 'Invoice {number} is void: its alta record is no longer corrected.',
    remedy: 'There is nothing to correct: the anulación record withdraws it at the agency.',
  },
  RECORD_CORRECTION_PENDING: {
    message: 'Record {position} of {number} is waiting to be sent: the agency has not answered yet.',
    remedy: 'Wait for the agency\'s answer; only a record rejected or accepted with errors is corrected.',
  },
  RECORD_CORRECTION_ACCEPTED: {
    message: 'The agency accepted record {position} of {number} without errors: there is nothing to correct.',
    remedy: 'To change the invoice, issue a credit note (createCreditNote) or, if nothing has happened to it yet, void it (voidInvoice).',
  },
  RECORD_CORRECTION_NOT_SENT: {
    message: 'Record {position} of {number} is not sent to the agency (No VERI*FACTU mode): there is no answer to correct.',
    remedy: 'To change the invoice, issue a credit note (createCreditNote) or void it (voidInvoice).',
  },
  RECORD_CORRECTION_NO_VERIFACTU: {
    message: 'The installation is in No VERI*FACTU mode: the correction of {number} would not be sent to the agency.',
    remedy: 'Switch back to VERIFACTU mode in the VeriFactu settings (updateVerifactuSettings), then generate the correction.',
  },
  RECORD_RESEND_CORRECTED: {
    message: 'Record {position} of {number} is already corrected by record {correction}: it is not sent again.',
    remedy: 'Correction {correction} is the one that counts: follow its state; if the agency rejects it, resend or correct that one.',
  },
  DATE_OUT_OF_RANGE: {
    message: 'The date {value} in {field} is outside the accepted dates (years {min} to {max}).',
    remedy: 'Give a date between 01/01/{min} and 31/12/{max}. For a client already billed elsewhere, set billingStartDate too: no day before it is charged.',
  },
  CENTS_TOO_LARGE: {
    message: 'The amount {value} (in cents) is above the largest price or amount, €100,000.00.',
    remedy: 'Check the digits: amounts are in cents (4538 is €45.38). Split a larger charge into several additional amounts.',
  },
  RUN_IN_FUTURE: {
    message: '{kind, select, MASS_CREDIT {The mass credit for {period} would rectify invoices dated {issueDate}} other {Billing {period} would issue invoices dated {issueDate}}}, after today ({today}): service not yet given is not invoiced.',
    remedy: 'Run it on or after {issueDate}. To see now what would be invoiced, use the preview (billingPreview), which takes any period.',
  },
  ALREADY_INVOICED: {
    message: 'Contract {contract} already has invoice {number} for {period}.',
    remedy: 'Nothing to do: a contract is invoiced once per period. To correct it, issue a credit note.',
  },
  BILLING_RUN_INTERRUPTED: {
    message: 'The run stopped after issuing {invoiceCount, plural, =0 {no invoice} one {# whole invoice} other {# whole invoices}}.',
    remedy: 'Run it again: it carries on where it stopped, with no duplicate and no gap in numbering.',
  },
  BILLING_RUN_WORKER_LOST: {
    message: 'The process doing the run stopped reporting after issuing {invoiceCount, plural, =0 {no invoice} one {# whole invoice} other {# whole invoices}}.',
    remedy: 'Run it again: it carries on where it stopped, with no duplicate and no gap in numbering. If it happens again, check that the workers (pnpm worker) are running.',
  },
  CATCH_UP_PENDING: {
    message: 'Billing will charge {days, plural, one {# active day} other {# active days}} before {before} ({from} – {to}), {amountCents} before VAT and bonuses.',
    remedy: 'If those days were already billed by another system, set the billing start date (setSubscriptionBillingStartDate) to {before}: no earlier day is charged.',
  },
  BILLING_START_LOCKED: {
    message: 'The subscription already has days invoiced from {from}: its billing start date can no longer move to {date}.',
    remedy: 'Issued invoices do not change: to give back days already charged, issue a credit note (createCreditNote).',
  },
  CREDIT_NOTE_NOT_AN_INVOICE: {
    message: '{number} is a credit note: a credit note is not rectified.',
    remedy: 'Issue the credit note for the original invoice it rectifies.',
  },
  CREDIT_NOTE_INVOICE_VOID: {
    message: 'Invoice {number} is void: there is nothing to rectify.',
    remedy: 'A void invoice has no effect any more; anything to bill again is billed by the next run.',
  },
  CREDIT_NOTE_NOTHING_LEFT: {
    message: 'Invoice {number} is fully rectified already ({count, plural, one {# credit note} other {# credit notes}}).',
    remedy: 'Nothing of it is left to credit; see its credit notes on the invoice page.',
  },
  CREDIT_NOTE_REASON_REQUIRED: {
    message: 'The reason for rectifying invoice {number} is missing.',
    remedy: 'Say why it is rectified (e.g. “Outage from 3 to 10 November”): it is printed on the credit note.',
  },
  CREDIT_NOTE_REASON_TOO_LONG: {
    message: 'The reason for a credit note takes at most {max} characters.',
    remedy: 'Shorten the reason to {max} characters or fewer.',
  },
  CREDIT_NOTE_SCOPE_INVALID: {
    message: 'Say what of invoice {number} is credited: the whole invoice or some lines, not both and not neither.',
    remedy: 'Choose “whole invoice” (whole) or give the lines with their amounts (lines).',
  },
  CREDIT_NOTE_LINE_UNKNOWN: {
    message: 'Line {value} is not a line of invoice {number}.',
    remedy: 'Pick lines of invoice {number}.',
  },
  CREDIT_NOTE_LINE_DUPLICATE: {
    message: 'Line {position} of invoice {number} is given twice.',
    remedy: 'Give each line once, with the whole amount to credit.',
  },
  CREDIT_NOTE_AMOUNT_INVALID: {
    message: 'The amount to credit on line {position} must be more than zero.',
    remedy: 'Give a positive amount, before VAT, of at most what is left to credit on the line.',
  },
  CREDIT_NOTE_LINE_EXCEEDS: {
    message: 'Line {position} of invoice {number} has {creditableCents} left to credit, less than the {amountCents} asked.',
    remedy: 'Credit at most {creditableCents} (before VAT) on that line; what other credit notes credited is not credited twice.',
  },
  CREDIT_NOTE_RATE_EXCEEDS: {
    message: 'The lines at {rate}% VAT of invoice {number} add up to {amountCents} to credit, but only {creditableCents} is left.',
    remedy: 'Lower the amounts of those lines to {creditableCents} in all.',
  },
  CREDIT_NOTE_TYPE_INVALID: {
    message: 'There is no credit note type {value}.',
    remedy: 'Use R1 (error in law or art. 80.1 and 80.2 LIVA), R2, R3, R4 (other causes) or R5 (simplified invoices); the default type is a VeriFactu setting.',
  },
  CREDIT_NOTE_BEFORE_INVOICE: {
    message: 'Invoice {number} is dated {issueDate}, after today ({today}): a credit note is never dated before its invoice.',
    remedy: 'Issue the credit note on {issueDate} or later.',
  },
  BILLING_PREVIEW_TOO_LARGE: {
    message: 'The preview of {period} goes through {count, plural, one {# contract} other {# contracts}}, more than the {max, number} worked out on the spot without holding up the API.',
    remedy: 'Queue it as a background job (queueBillingPreview): it shows its progress and keeps the result. To see one contract, pass contractId.',
  },
  PDF_BATCH_TOO_LARGE: {
    message: 'The filter selects {count, plural, one {# invoice} other {# invoices}}, more than the {max, number} a PDF batch takes.',
    remedy: 'Narrow the filter (a period, a status, a client, an amount range) to at most {max, number} invoices and download several batches.',
  },
  PDF_BATCH_EMPTY: {
    message: 'No invoice matches the filter: the PDF batch would be empty.',
    remedy: 'Change the filter (period, status, client) so that it selects some invoices.',
  },
} satisfies Catalog;
