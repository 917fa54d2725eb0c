// billingPreview (docs/billing.md): what runBilling would create for a period, decided per contract by the
// run's own contractOutcome, with nothing written. Totals and counts cover every contract; the lists stop at `limit`.
import { billingIssueDate, type BillingAccount, type BillingMode, type InvoiceDraft, type Period } from '@antena/domain';
import type { DataSource } from 'typeorm';
import { loadBillingSettings } from '../services/billing-settings.service.js';
import { defaultChunkSize } from './billing-run.js';
import { loadContractChunk } from './contract-chunk.js';
import { loadTariffs } from './timeline-facts.js';
import { contractOutcome } from './contract-outcome.js';

export interface PreviewInvoice { contractId: string; contractNumber: string; clientId: string; draft: InvoiceDraft; account: BillingAccount }
export interface PreviewSkip { contractId: string; contractNumber: string; clientId: string; code: string; params: Record<string, string | number> }

export interface BillingPreview {
  period: Period; mode: BillingMode; issueDate: string;
  invoiceCount: number; skippedCount: number; baseCents: number; taxCents: number; totalCents: number;
  skippedByCode: Record<string, number>;
  invoices: PreviewInvoice[]; skipped: PreviewSkip[];
}

/** Contracts a preview of the whole base goes through (every contract, as a run). */
export async function countContracts(ds: DataSource): Promise<number> {
  const rows: { n: string | number }[] = await ds.query('SELECT COUNT(*) AS n FROM contracts');
  return Number(rows[0]?.n ?? 0);
}

export interface PreviewInput {
  period: Period; limit: number; onlyContractId?: string | null; chunkSize?: number;
  /** After each chunk: contracts gone through, of how many (a queued preview's progress, docs/jobs.md). */
  progress?: (done: number, total: number) => Promise<void>;
}

export async function previewBilling(ds: DataSource, input: PreviewInput): Promise<BillingPreview> {
  const { period } = input;
  const settings = await loadBillingSettings(ds.manager);
  const tariffs = await loadTariffs(ds.manager);
  const total = input.progress ? (input.onlyContractId ? 1 : await countContracts(ds)) : 0;
  let done = 0;
  if (input.progress) await input.progress(0, total);
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
      const outcome = contractOutcome(c, settings.mode, period);
      if (outcome.kind === 'SKIP') { skip({ ...who, code: outcome.code, params: outcome.params }); continue; }
      out.invoiceCount++;
      out.baseCents += outcome.draft.totals.baseCents;
      out.taxCents += outcome.draft.totals.taxCents;
      out.totalCents += outcome.draft.totals.totalCents;
      if (out.invoices.length < input.limit) out.invoices.push({ ...who, draft: outcome.draft, account: c.account });
    }
    done += chunk.length;
    // Contracts created during the preview may take it past the count it started from.
    if (input.progress) await input.progress(done, Math.max(total, done));
  }
  return out;
}
