// Codes that explain invoice lines and skipped invoices (docs/rules.md §3: every line says what it charges and why).
/** Code of the sentence explaining an invoice line. */
export type InvoiceLineCode = 'LINE_CHARGE' | 'LINE_CATCH_UP' | 'LINE_BONUS_PERCENT' | 'LINE_BONUS_FIXED' | 'LINE_BONUS_FIXED_CAPPED'
  | 'LINE_ADDITIONAL_ONE_OFF' | 'LINE_ADDITIONAL_MONTHLY' | 'LINE_CREDIT_MIGRATION' | 'LINE_CREDIT_BONUS'
  | 'LINE_CREDIT_MANUAL' | 'LINE_CREDIT_WHOLE';
/**
 * Why {@link calculateInvoice} issues no invoice (`INPUT_INVALID`: the input is malformed, see {@link checkInvoiceInput};
 * `CATCH_UP_NEXT`: in ADVANCE mode a subscription became active after the issue date, and the next invoice charges
 * those days as catch-up).
 */
export type InvoiceSkipCode = 'NOTHING_TO_BILL' | 'ALL_NON_BILLABLE' | 'ZERO_TOTAL' | 'NEGATIVE_TOTAL' | 'INPUT_INVALID' | 'CATCH_UP_NEXT';
