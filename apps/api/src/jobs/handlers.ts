// The handlers of the background jobs (docs/jobs.md "Background jobs"), one per kind, each living in its room.
// Every worker (the API's thread, `pnpm worker`) runs these.
import { pdfBatchJob } from '../billing/pdf/pdf-batch-job.js';
import { previewJob } from '../billing/preview-job.js';
import { remittanceJob } from '../sepa/remittance-job.js';
import { remittancePreviewJob } from '../sepa/remittance-preview-job.js';
import type { JobHandlers } from './background.js';

export const HANDLERS: JobHandlers = {
  REMITTANCE: remittanceJob,
  BILLING_PREVIEW: previewJob,
  INVOICE_PDF_BATCH: pdfBatchJob,
  REMITTANCE_PREVIEW: remittancePreviewJob,
};
