// The INVOICE_PDF_BATCH background job (docs/jobs.md "PDF batches"): runPdfBatch in pdf-batch.ts.
import type { JobHandler } from '../../jobs/background.js';
import { runPdfBatch, type PdfBatchParams, type PdfBatchResult } from './pdf-batch.js';

export const pdfBatchJob: JobHandler<PdfBatchParams, PdfBatchResult> = {
  kind: 'INVOICE_PDF_BATCH',
  run: (ctx, params) => runPdfBatch(ctx, params),
};
