// billingPreview over the whole base as a background job (docs/jobs.md "Billing previews"): the same
// previewBilling as the query, progress per chunk of contracts; its result is the preview as computed
// (codes and params), put into words in the reader's language when read (BackgroundJob.billingPreview).
import type { Period } from '@antena/domain';
import type { JobHandler } from '../jobs/background.js';
import { previewBilling, type BillingPreview } from './billing-preview.js';

export interface PreviewJobParams { period: Period; limit: number }

export const previewJob: JobHandler<PreviewJobParams, BillingPreview> = {
  kind: 'BILLING_PREVIEW',
  async run(ctx, params) {
    return previewBilling(ctx.ds, { period: params.period, limit: params.limit, progress: (done, total) => ctx.progress(done, total) });
  },
};
