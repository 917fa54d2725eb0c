// GraphQL shapes of billing (docs/billing.md): billing runs, the dry-run preview, and why a contract was left out.
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BigCents } from '../../graphql/types/big-cents.scalar.js';
import { BillingAccount, Explanation } from '../../graphql/types/explanation.types.js';
import type { InvoiceEntity } from '../../entities/index.js';
import { BillingMode } from '../../graphql/types/enums.js';
import { InvoiceLineType, InvoiceType, VatGroupType } from './invoice.type.js';

export enum BillingRunKind { BILLING = 'BILLING', MASS_CREDIT = 'MASS_CREDIT' }
export enum BillingRunStatus { QUEUED = 'QUEUED', RUNNING = 'RUNNING', COMPLETED = 'COMPLETED', FAILED = 'FAILED' }
registerEnumType(BillingRunKind, { name: 'BillingRunKind' });
registerEnumType(BillingRunStatus, { name: 'BillingRunStatus', description: 'QUEUED until a worker takes it, RUNNING while workers bill it (see progress), then COMPLETED or FAILED (failure says why; re-running finishes the work).' });

@ObjectType({ description: 'How many contracts were left out for one reason (ALREADY_INVOICED, NOTHING_TO_BILL, ALL_NON_BILLABLE…); the preview explains each one.' })
export class SkipCount {
  @Field() code: string;
  @Field(() => Int) count: number;
}

@ObjectType('BillingRun', { description: 'A billing or mass-credit run: who launched it, when, and what it produced.' })
export class BillingRunType {
  @Field(() => ID) id: string;
  @Field(() => BillingRunKind) kind: string;
  @Field() period: string;
  @Field(() => BillingRunStatus) status: string;
  @Field() actorType: string;
  @Field(() => String, { nullable: true }) actorName: string | null;
  @Field() startedAt: string;
  @Field(() => String, { nullable: true }) finishedAt: string | null;
  @Field(() => Int, { description: 'Invoices (or credit notes) this run created.' }) invoiceCount: number;
  @Field(() => Int, { description: 'Contracts left out, including those already invoiced.' }) skippedCount: number;
  @Field(() => BigCents, { description: 'Sum of the documents created (64-bit).' }) totalCents: number;
  @Field(() => Int, { nullable: true, description: 'Contracts to go through (mass credit: candidate subscriptions); null while QUEUED.' }) itemsTotal: number | null;
  @Field(() => Int, { description: 'Contracts (subscriptions) gone through so far.' }) itemsDone: number;
  @Field(() => String, { nullable: true, description: 'Last report of a worker on this run; a run silent for too long is FAILED with BILLING_RUN_WORKER_LOST.' }) heartbeatAt: string | null;
}

@ObjectType({ description: 'An invoice runBilling would create (nothing is written).' })
export class PreviewInvoice {
  @Field(() => ID) contractId: string;
  @Field() contractNumber: string;
  @Field(() => ID) clientId: string;
  @Field() issueDate: string;
  @Field(() => [InvoiceLineType]) lines: InvoiceLineType[];
  @Field(() => Int) baseCents: number;
  @Field(() => Int) taxCents: number;
  @Field(() => Int) totalCents: number;
  @Field(() => [VatGroupType]) vatBreakdown: VatGroupType[];
  @Field(() => BillingAccount) billingAccount: BillingAccount;
}

@ObjectType({ description: 'A contract a run leaves out, and why (non-billable, nothing to bill, already invoiced…).' })
export class SkippedContract {
  @Field(() => ID) contractId: string;
  @Field() contractNumber: string;
  @Field(() => ID) clientId: string;
  @Field() code: string;
  @Field() message: string;
  @Field() remedy: string;
}

@ObjectType('BillingPreview', { description: 'Dry run of runBilling: counts and totals over every contract; lists up to `limit`.' })
export class BillingPreviewType {
  @Field() period: string;
  @Field(() => BillingMode) mode: string;
  @Field() issueDate: string;
  @Field(() => Int) invoiceCount: number;
  @Field(() => Int) skippedCount: number;
  @Field(() => BigCents) baseCents: number;
  @Field(() => BigCents) taxCents: number;
  @Field(() => BigCents) totalCents: number;
  @Field(() => [SkipCount]) skippedByReason: SkipCount[];
  @Field(() => [PreviewInvoice]) invoices: PreviewInvoice[];
  @Field(() => [SkippedContract]) skipped: SkippedContract[];
}

@ObjectType({ description: 'One invoice of markInvoicesPaid: paid now, or refused with the reason.' })
export class MarkInvoicePaidResult {
  @Field(() => InvoiceType) invoice: InvoiceEntity;
  @Field() paid: boolean;
  @Field(() => Explanation, { nullable: true, description: 'Why it was not marked paid (e.g. already paid, a credit note).' }) refusal: Explanation | null;
}

@ObjectType('JobFile', { description: 'A file a background job made, e.g. a ZIP of invoice PDFs.' })
export class JobFileType {
  @Field({ description: 'File name to save it under, e.g. facturas-2026-11.zip.' }) name: string;
  @Field() contentType: string;
  @Field(() => Int, { description: 'Size in bytes.' }) bytes: number;
  @Field({ description: 'Path to GET it from (same credentials as /graphql), e.g. /jobs/<id>/file.' }) url: string;
  @Field({ description: 'When the file is deleted (its job ended + ANTENA_JOB_FILE_RETENTION_DAYS, 7 by default); queue the batch again after that.' }) expiresAt: string;
}
