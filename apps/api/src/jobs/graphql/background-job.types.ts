// GraphQL shape of a background job (docs/jobs.md "Background jobs"). Each kind adds its own result fields to
// BackgroundJob with a field resolver in its room (e.g. `remittance` in sepa/graphql).
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum BackgroundJobKind { REMITTANCE = 'REMITTANCE', BILLING_PREVIEW = 'BILLING_PREVIEW', INVOICE_PDF_BATCH = 'INVOICE_PDF_BATCH', REMITTANCE_PREVIEW = 'REMITTANCE_PREVIEW' }
export enum BackgroundJobStatus { QUEUED = 'QUEUED', RUNNING = 'RUNNING', COMPLETED = 'COMPLETED', FAILED = 'FAILED' }
registerEnumType(BackgroundJobKind, { name: 'BackgroundJobKind' });
registerEnumType(BackgroundJobStatus, {
  name: 'BackgroundJobStatus',
  description: 'QUEUED until a worker takes it, RUNNING while a worker does it (see itemsDone), then COMPLETED (its result fields) or FAILED (failure says why and what to do).',
});

@ObjectType('BackgroundJob', { description: 'Long work done by a worker, off the request path: poll backgroundJob(id) until it ends.' })
export class BackgroundJobType {
  @Field(() => ID) id: string;
  @Field(() => BackgroundJobKind) kind: string;
  @Field(() => BackgroundJobStatus) status: string;
  @Field(() => Int, { description: 'Items done so far (a remittance: invoices gone through).' }) itemsDone: number;
  @Field(() => Int, { nullable: true, description: 'Items to go through; null until the worker knows.' }) itemsTotal: number | null;
  @Field() createdAt: string;
  @Field(() => String, { nullable: true }) startedAt: string | null;
  @Field(() => String, { nullable: true }) finishedAt: string | null;
}
