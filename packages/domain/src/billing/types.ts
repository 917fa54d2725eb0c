// Invoice calculation inputs and drafts (SPEC §2 Invoice, §3 billing rules).
import type { DateOnly, DateRange } from '../dates/day-number.js';
import type { Period } from '../dates/period.js';
import type { Cents } from '../money/rounding.js';
import type { Totals } from '../money/vat.js';
import type { StateChange, TariffChange } from '../subscription/timeline.js';
import type { InvoiceLineCode, InvoiceSkipCode } from './codes.js';

export type BillingMode = 'ADVANCE' | 'ARREARS';

export interface BonusInput { id: string; kind: 'PERCENT' | 'FIXED'; value: number /* percent or cents/month */; validFrom: DateOnly; validTo: DateOnly | null }

export interface AdditionalAmountInput {
  id: string; description: string; amountCents: Cents; vatRate: number; kind: 'ONE_OFF' | 'MONTHLY';
  date: DateOnly | null; validFrom: DateOnly | null; validTo: DateOnly | null;
  alreadyBilled: boolean; // ONE_OFF billed by an earlier invoice
}

export interface SubscriptionBillingInput {
  id: string;
  billingStartDate: DateOnly | null;
  states: StateChange[];
  tariffs: TariffChange[];
  bonuses: BonusInput[];
  additionalAmounts: AdditionalAmountInput[];
  charged: DateRange[]; // days already charged net of credits, from earlier invoices and credit notes
}

export type InvoiceLineKind = 'CHARGE' | 'CATCH_UP' | 'BONUS' | 'ADDITIONAL' | 'CREDIT';

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

export interface InvoiceDraft { period: Period; issueDate: DateOnly; lines: InvoiceLineDraft[]; totals: Totals }

export type InvoiceCalculation =
  | { invoice: InvoiceDraft; skipped: null }
  | { invoice: null; skipped: { code: InvoiceSkipCode; params: Record<string, string | number>; lines?: InvoiceLineDraft[] } };

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

export interface CreditNoteDraft { rectifiesInvoiceId: string; lines: InvoiceLineDraft[] /* kind CREDIT, negative amounts */; totals: Totals }
