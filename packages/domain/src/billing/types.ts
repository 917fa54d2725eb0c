// Invoice calculation inputs and drafts (docs/rules.md §2 Invoice, §3 billing rules).
import type { DateOnly, DateRange } from '../dates/day-number.js';
import type { Period } from '../dates/period.js';
import type { Cents } from '../money/rounding.js';
import type { Totals } from '../money/vat.js';
import type { StateChange, TariffChange } from '../subscription/timeline.js';
import type { InvoiceLineCode, InvoiceSkipCode } from './codes.js';

/** `ADVANCE`: month M is invoiced on day 1 of M. `ARREARS`: month M is invoiced on day 1 of M+1. */
export type BillingMode = 'ADVANCE' | 'ARREARS';

/** A bonus of a subscription: `PERCENT` (`value` 0–100) or `FIXED` (`value` cents per month), valid from/to (inclusive; `validTo` null is open-ended). */
export interface BonusInput { id: string; kind: 'PERCENT' | 'FIXED'; value: number /* percent or cents/month */; validFrom: DateOnly; validTo: DateOnly | null }

/** An additional amount of a subscription: `ONE_OFF` (billed once, on `date`) or `MONTHLY` (billed in full for each period of its validity). */
export interface AdditionalAmountInput {
  id: string; description: string; amountCents: Cents; vatRate: number; kind: 'ONE_OFF' | 'MONTHLY';
  date: DateOnly | null; validFrom: DateOnly | null; validTo: DateOnly | null;
  alreadyBilled: boolean; // ONE_OFF billed by an earlier invoice
}

/** One subscription as the invoice calculation sees it: timelines, bonuses, additional amounts and the days already charged (from {@link netChargedRanges}). */
export interface SubscriptionBillingInput {
  id: string;
  billingStartDate: DateOnly | null;
  states: StateChange[];
  tariffs: TariffChange[];
  bonuses: BonusInput[];
  additionalAmounts: AdditionalAmountInput[];
  charged: DateRange[]; // days already charged net of credits, from earlier invoices and credit notes
}

/** Everything {@link calculateInvoice} needs about one contract for one period. */
export interface CalculateInvoiceInput { mode: BillingMode; period: Period; contractId: string; subscriptions: SubscriptionBillingInput[] }

/** What a line is: a charge, a catch-up of earlier days, a bonus, an additional amount, or a credit. */
export type InvoiceLineKind = 'CHARGE' | 'CATCH_UP' | 'BONUS' | 'ADDITIONAL' | 'CREDIT';

/** One line of an invoice or credit note, with everything needed to explain it: `message(code, locale, params)`. */
export interface InvoiceLineDraft {
  kind: InvoiceLineKind;
  subscriptionId: string | null;
  tariffId: string | null;
  tariffCode: string | null;
  bonusId: string | null;
  additionalAmountId: string | null;
  from: DateOnly | null;
  to: DateOnly | null;
  days: number | null;
  daysInMonth: number | null;
  unitPriceCents: Cents | null;
  amountCents: Cents;
  vatRate: number;
  code: InvoiceLineCode;
  params: Record<string, string | number>; // explanation: message(code, locale, params)
}

/** An invoice to issue: period, issue date, lines and totals. */
export interface InvoiceDraft { period: Period; issueDate: DateOnly; lines: InvoiceLineDraft[]; totals: Totals }

/** The result of {@link calculateInvoice}: an invoice draft, or the reason no invoice is issued. */
export type InvoiceCalculation =
  | { invoice: InvoiceDraft; skipped: null }
  | { invoice: null; skipped: { code: InvoiceSkipCode; params: Record<string, string | number>; lines?: InvoiceLineDraft[] } };

/** A line of an ADVANCE invoice already issued, as {@link calculateMassCredit} needs it. */
export interface ChargedLine {
  invoiceId: string; subscriptionId: string; tariffId: string; from: DateOnly; to: DateOnly;
  amountCents: Cents; vatRate: number; daysInMonth: number; unitPriceCents: Cents;
  /** 'BONUS' for the invoice's bonus lines (negative amount, tariffId of the charge they discount); default 'CHARGE'. */
  kind?: 'CHARGE' | 'BONUS';
  bonusId?: string | null;
  /** BONUS lines: the bonus as the invoice applied it (kind, percent or cents a month), so a credit mirrors it exactly. */
  bonusKind?: 'PERCENT' | 'FIXED';
  bonusValue?: number;
  /** The issue date of the invoice holding the line. */
  invoiceIssueDate?: DateOnly;
}

/** A credit note to issue: the invoice it rectifies, its `CREDIT` (and reversed `BONUS`) lines and its totals. */
export interface CreditNoteDraft { rectifiesInvoiceId: string; lines: InvoiceLineDraft[] /* kind CREDIT, negative amounts */; totals: Totals }
