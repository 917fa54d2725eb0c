// The billing kinds of background jobs (docs/jobs.md "Billing previews", "PDF batches"): queueing them, and
// what BackgroundJob shows of their result — the preview, put into words in the reader's language, and the ZIP.
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { InvoiceFilter } from '../../graphql/inputs/invoice-filter.input.js';
import type { BackgroundJobEntity } from '../../jobs/background.entity.js';
import { BackgroundJobType } from '../../jobs/graphql/background-job.types.js';
import { keptJobFile } from '../../jobs/job-files.js';
import type { BillingPreview } from '../billing-preview.js';
import { toPreview } from './billing.mappers.js';
import { BillingPreviewType, JobFileType } from './billing.types.js';

@Resolver(() => BackgroundJobType)
export class BillingJobsResolver {
  @Authorized('ADMIN')
  @Mutation(() => BackgroundJobType, {
    description: 'billingPreview(period) over the whole base as a background job, for a base of any size: returns it at once (QUEUED); follow it with backgroundJob(id), whose billingPreview is the result. Nothing is written but the job.',
  })
  queueBillingPreview(
    @Arg('period', { description: 'YYYY-MM' }) period: string,
    @Arg('limit', () => Int, { defaultValue: 100, description: 'Longest list of invoices and of skipped contracts kept (max 1000); counts and totals are always complete.' }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<BackgroundJobEntity> {
    return ctx.services.billing.queuePreview(period, limit);
  }

  @Authorized()
  @Mutation(() => BackgroundJobType, {
    description: 'The PDF of every invoice the filter selects (a partner: its own clients\' only), as one ZIP made by a worker: returns the job at once (QUEUED); follow it with backgroundJob(id) until its file is there. Refused when the filter selects none or more than the cap.',
  })
  queueInvoicePdfBatch(@Arg('filter', () => InvoiceFilter, { nullable: true }) filter: InvoiceFilter | null, @Ctx() ctx: Context): Promise<BackgroundJobEntity> {
    return ctx.services.invoices.queuePdfBatch(filter);
  }

  @FieldResolver(() => BillingPreviewType, { nullable: true, description: 'A COMPLETED BILLING_PREVIEW job\'s result, as billingPreview answers it; null otherwise.' })
  billingPreview(@Root() job: BackgroundJobEntity, @Ctx() ctx: Context): BillingPreviewType | null {
    if (job.kind !== 'BILLING_PREVIEW' || job.status !== 'COMPLETED' || !job.result) return null;
    return toPreview(job.result as unknown as BillingPreview, ctx.locale);
  }

  @FieldResolver(() => JobFileType, { nullable: true, description: 'The file a COMPLETED job made (a PDF batch\'s ZIP), downloaded from its url with the same credentials until expiresAt; null otherwise (none, not yet, or expired).' })
  file(@Root() job: BackgroundJobEntity): JobFileType | null {
    // The machine's clock, as the worker's that wrote finishedAt (jobs/background.ts), not the request's.
    const file = keptJobFile(job, new Date());
    if (!file) return null;
    return { name: file.name, contentType: file.contentType, bytes: file.bytes, url: `/jobs/${job.id}/file`, expiresAt: file.expiresAt };
  }
}
