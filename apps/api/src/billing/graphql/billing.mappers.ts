// Billing results → GraphQL shapes, translated for the caller.
import { explain, type InvoiceLineDraft, type Locale, type MessageCode } from '@antena/domain';
import type { BillingRunEntity, InvoiceLineEntity } from '../../entities/index.js';
import { toBillingAccount } from '../../graphql/mappers.js';
import type { BillingPreview } from '../billing-preview.js';
import type { BillingPreviewType, SkipCount } from './billing.types.js';

const skipCounts = (byCode: Record<string, number>): SkipCount[] => Object.entries(byCode).map(([code, count]) => ({ code, count }));

export interface RunDetails { issueDate?: string; mode?: string; skipped?: Record<string, number>; alreadyInvoiced?: number; firstNumber?: string | null; lastNumber?: string | null; error?: string }

export function runSkips(run: BillingRunEntity): SkipCount[] {
  const d = (run.details ?? {}) as RunDetails;
  return skipCounts({ ...(d.skipped ?? {}), ...(d.alreadyInvoiced ? { ALREADY_INVOICED: d.alreadyInvoiced } : {}) });
}

/** A draft line shaped like a stored one, so InvoiceLine (and its description) serves both. */
function draftLine(contractId: string, l: InvoiceLineDraft, i: number): InvoiceLineEntity {
  return {
    id: `${contractId}:${i + 1}`, invoiceId: '', position: i + 1, kind: l.kind, subscriptionId: l.subscriptionId, tariffId: l.tariffId, tariffCode: l.tariffCode,
    bonusId: l.bonusId, additionalAmountId: l.additionalAmountId, fromDate: l.from, toDate: l.to, days: l.days, daysInMonth: l.daysInMonth,
    unitPriceCents: l.unitPriceCents, amountCents: l.amountCents, vatRate: l.vatRate, code: l.code, params: l.params,
  };
}

/** A skipped contract's reason in words: every skip code (the run's ALREADY_INVOICED included) is the domain's. */
function skipText(code: string, params: Record<string, string | number>, locale: Locale): { message: string; remedy: string } {
  const { message, remedy } = explain({ code: code as MessageCode, params }, locale);
  return { message, remedy };
}

export function toPreview(p: BillingPreview, locale: Locale): BillingPreviewType {
  return {
    period: p.period, mode: p.mode, issueDate: p.issueDate, invoiceCount: p.invoiceCount, skippedCount: p.skippedCount,
    baseCents: p.baseCents, taxCents: p.taxCents, totalCents: p.totalCents,
    skippedByReason: skipCounts(p.skippedByCode),
    invoices: p.invoices.map((i) => ({
      contractId: i.contractId, contractNumber: i.contractNumber, clientId: i.clientId, issueDate: i.draft.issueDate,
      lines: i.draft.lines.map((l, n) => draftLine(i.contractId, l, n)),
      baseCents: i.draft.totals.baseCents, taxCents: i.draft.totals.taxCents, totalCents: i.draft.totals.totalCents, vatBreakdown: i.draft.totals.vat,
      billingAccount: toBillingAccount(i.account, locale),
    })),
    skipped: p.skipped.map((s) => ({ contractId: s.contractId, contractNumber: s.contractNumber, clientId: s.clientId, code: s.code, ...skipText(s.code, s.params, locale) })),
  };
}
