// Bounds of work answered on the request path; beyond them it is queued as a job (docs/jobs.md).
/** billingPreview of the whole base answers on the spot up to this many contracts (about 0.1 s: 100 000 take some 4 s, src/bench/README.md); beyond, queueBillingPreview. */
export const PREVIEW_INLINE_MAX_CONTRACTS = 2000;
/** Invoices in one PDF batch: about 30 CPU-seconds of rendering and a ZIP of some 35 MiB (docs/jobs.md "PDF batches", benchmark). */
export const PDF_BATCH_MAX_INVOICES = 5000;
/**
 * remittancePreview answers on the spot up to this many candidate invoices (some 0.05 s on SQLite: 100 000 take about
 * 1 s there, more on PostgreSQL; sepa.bench.ts, docs/sepa.md "Previews as jobs"); beyond, queueRemittancePreview.
 */
export const REMITTANCE_PREVIEW_INLINE_MAX_INVOICES = 5000;

/** The bounds, replaceable per app (tests use small ones rather than building thousands of rows). */
export interface BatchLimits { previewInlineMaxContracts: number; pdfBatchMaxInvoices: number; remittancePreviewInlineMaxInvoices: number }

export function batchLimits(overrides: Partial<BatchLimits> | undefined): BatchLimits {
  return {
    previewInlineMaxContracts: PREVIEW_INLINE_MAX_CONTRACTS, pdfBatchMaxInvoices: PDF_BATCH_MAX_INVOICES,
    remittancePreviewInlineMaxInvoices: REMITTANCE_PREVIEW_INLINE_MAX_INVOICES, ...overrides,
  };
}
