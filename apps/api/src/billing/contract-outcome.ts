// What billing makes of one contract for a period (docs/billing.md): its invoice, or why it gets none. The run
// (billing-run.ts) writes the invoices and counts the reasons; the preview (billing-preview.ts) totals and lists
// them, writing nothing. Both decide here, so the preview shows exactly what the run would do.
import { calculateInvoice, type BillingMode, type InvoiceDraft, type InvoiceLineDraft, type Period } from '@antena/domain';
import type { ContractToBill } from './contract-chunk.js';

export type ContractOutcome =
  | { kind: 'INVOICE'; draft: InvoiceDraft }
  /** `zeroLines`: a zero total's lines, recorded as charged so later invoices do not bill those days again. */
  | { kind: 'SKIP'; code: string; params: Record<string, string | number>; zeroLines: InvoiceLineDraft[] | null };

export function contractOutcome(c: ContractToBill, mode: BillingMode, period: Period): ContractOutcome {
  if (c.existing) return { kind: 'SKIP', code: 'ALREADY_INVOICED', params: { contract: c.contractNumber, period, number: c.existing.number }, zeroLines: null };
  if (c.clientSkip) return { kind: 'SKIP', code: c.clientSkip.code, params: c.clientSkip.params, zeroLines: null };
  const calc = calculateInvoice({ mode, period, contractId: c.contractId, subscriptions: c.subscriptions });
  if (calc.invoice) return { kind: 'INVOICE', draft: calc.invoice };
  return { kind: 'SKIP', code: calc.skipped.code, params: calc.skipped.params, zeroLines: calc.skipped.lines ?? null };
}
