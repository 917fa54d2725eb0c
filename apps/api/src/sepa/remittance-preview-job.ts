// remittancePreview as a background job (docs/sepa.md "Previews as jobs"): the same SepaService.preview as the
// query, without its bound, progress per slice of candidates; its result is the preview as computed (codes and
// params), put into words in the reader's language when read (BackgroundJob.remittancePreview).
import type { DateOnly } from '@antena/domain';
import { jobScope, type JobHandler } from '../jobs/background.js';
import type { RemittanceFilter } from './sepa-facts.js';
import { SepaService, type RemittancePreview } from './sepa.service.js';

/** What the request validated: the date against its `today`, which the preview checks again with it. */
export interface RemittancePreviewJobParams { collectionDate: string; filter: RemittanceFilter; limit: number; today: DateOnly }

export const remittancePreviewJob: JobHandler<RemittancePreviewJobParams, RemittancePreview> = {
  kind: 'REMITTANCE_PREVIEW',
  async run(ctx, params) {
    const sepa = new SepaService(jobScope(ctx, params.today));
    return sepa.preview(params.collectionDate, params.filter, params.limit, { job: { progress: (done, total) => ctx.progress(done, total) } });
  },
};
