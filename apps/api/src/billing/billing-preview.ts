// billingPreview (docs/billing.md): what runBilling would create for a period, computed the same way and
// with nothing written. Totals and counts cover every contract; the lists stop at `limit`.
import { billingIssueDate, calculateInvoice, type BillingAccount, type BillingMode, type InvoiceDraft, type Period } from '@antena/domain';
import type { DataSource } from 'typeorm';
import { loadBillingSettings } from '../services/billing-settings.service.js';
import { defaultChunkSize } from './billing-run.js';
import { loadContractChunk, loadTariffs } from './contract-chunk.js';

export interface PreviewInvoice { contractId: string; contractNumber: string; clientId: string; draft: InvoiceDraft; account: BillingAccount }
export interface PreviewSkip { contractId: string; contractNumber: string; clientId: string; code: string; params: Record<string, string | number> }

export interface BillingPreview {
  period: Period; mode: BillingMode; issueDate: string;
  invoiceCount: number; skippedCount: number; baseCents: number; taxCents: number; totalCents: number;
  skippedByCode: Record<string, number>;
  invoices: PreviewInvoice[]; skipped: PreviewSkip[];
}

export async function previewBilling(
  ds: DataSource, input: { period: Period; limit: number; onlyContractId?: string | null; chunkSize?: number },
): Promise<BillingPreview> {
  const { period } = input;
  const settings = await loadBillingSettings(ds.manager);
  const tariffs = await loadTariffs(ds.manager);
  const out: BillingPreview = {
    period, mode: settings.mode, issueDate: billingIssueDate(settings.mode, period),
    invoiceCount: 0, skippedCount: 0, baseCents: 0, taxCents: 0, totalCents: 0, skippedByCode: {}, invoices: [], skipped: [],
  };
  const skip = (s: PreviewSkip) => {
    out.skippedCount++;
    out.skippedByCode[s.code] = (out.skippedByCode[s.code] ?? 0) + 1;
    if (out.skipped.length < input.limit) out.skipped.push(s);
  };
  let after: string | null = null;
  for (;;) {
    const chunk = await loadContractChunk(ds.manager, { after, limit: input.chunkSize ?? defaultChunkSize(ds), period, tariffs, onlyContractId: input.onlyContractId ?? null });
    if (chunk.length === 0) break;
    after = chunk[chunk.length - 1]!.contractId;
    for (const c of chunk) {
      const who = { contractId: c.contractId, contractNumber: c.contractNumber, clientId: c.clientId };
      if (c.existing) { skip({ ...who, code: 'ALREADY_INVOICED', params: { contract: c.contractNumber, period, number: c.existing.number } }); continue; }
      if (c.clientSkip) { skip({ ...who, code: c.clientSkip.code, params: c.clientSkip.params }); continue; }
      const calc = calculateInvoice({ mode: settings.mode, period, contractId: c.contractId, subscriptions: c.subscriptions });
      if (!calc.invoice) { skip({ ...who, code: calc.skipped.code, params: calc.skipped.params }); continue; }
      out.invoiceCount++;
      out.baseCents += calc.invoice.totals.baseCents;
      out.taxCents += calc.invoice.totals.taxCents;
      out.totalCents += calc.invoice.totals.totalCents;
      if (out.invoices.length < input.limit) out.invoices.push({ ...who, draft: calc.invoice, account: c.account });
    }
  }
  return out;
}
