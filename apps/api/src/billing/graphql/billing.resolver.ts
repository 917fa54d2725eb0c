// Billing operations (docs/product.md §4, docs/billing.md). Admin only: partners get FORBIDDEN (docs/product.md §5).
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { BillingRunEntity, InvoiceEntity } from '../../entities/index.js';
import type { Context } from '../../graphql/context.js';
import { Explanation } from '../../graphql/types/explanation.types.js';
import { InvoiceType } from './invoice.type.js';
import { toPreview, runSkips, type RunDetails } from './billing.mappers.js';
import { BillingPreviewType, BillingRunType, MarkInvoicePaidResult, SkipCount } from './billing.types.js';
import { explain, type RunOutcomeCode } from '@antena/domain';
import { CreateCreditNoteInput } from './credit-note.types.js';

@Resolver(() => BillingRunType)
export class BillingResolver {
  @Authorized('ADMIN')
  @Query(() => BillingPreviewType, { description: 'Dry run: what runBilling(period) would create, and every contract it would leave out and why. Nothing is written. Answered on the spot for one contract or a base of up to 2 000 contracts; a larger base is refused (BILLING_PREVIEW_TOO_LARGE): queue it with queueBillingPreview.' })
  async billingPreview(
    @Arg('period', { description: 'YYYY-MM' }) period: string,
    @Arg('limit', () => Int, { defaultValue: 100, description: 'Longest list of invoices and of skipped contracts returned (max 1000); counts and totals are always complete.' }) limit: number,
    @Arg('contractId', () => ID, { nullable: true, description: 'Only this contract (e.g. to see why it is not invoiced).' }) contractId: string | null,
    @Ctx() ctx: Context,
  ): Promise<BillingPreviewType> {
    return toPreview(await ctx.services.billing.preview(period, limit, contractId ?? null), ctx.locale);
  }

  @Authorized('ADMIN')
  @Mutation(() => BillingRunType, { description: 'Queues the run that issues the period\'s invoices, numbered F<year>-NNNNNN, and returns it at once (QUEUED); follow it with billingRun(id). Idempotent: a second run creates nothing new.' })
  runBilling(@Arg('period', { description: 'YYYY-MM' }) period: string, @Ctx() ctx: Context): Promise<BillingRunEntity> {
    return ctx.services.billing.run(period);
  }

  @Authorized('ADMIN')
  @Mutation(() => BillingRunType, { description: 'Rule 4 (ADVANCE + massCreditOnTariffMigration): queues the run of credit notes R<year>-NNNNNN for the days charged at an old tariff; follow it with billingRun(id). Idempotent.' })
  runMassCredit(@Arg('period', { description: 'YYYY-MM' }) period: string, @Ctx() ctx: Context): Promise<BillingRunEntity> {
    return ctx.services.billing.massCredit(period);
  }

  @Authorized('ADMIN')
  @Query(() => BillingRunType, { nullable: true, description: 'One run, e.g. to follow a queued run\'s progress until it ends.' })
  billingRun(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<BillingRunEntity | null> {
    return ctx.services.billing.runById(id);
  }

  @Authorized('ADMIN')
  @Query(() => [BillingRunType], { description: 'Latest runs first.' })
  billingRuns(@Arg('first', () => Int, { defaultValue: 20 }) first: number, @Ctx() ctx: Context): Promise<BillingRunEntity[]> {
    return ctx.services.billing.runs(first);
  }

  @Authorized('ADMIN')
  @Mutation(() => InvoiceType, { description: 'Payment collected. Only the payment status changes: an issued invoice is immutable.' })
  markInvoicePaid(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<InvoiceEntity> {
    return ctx.services.billing.setPaymentStatus(id, 'PAID');
  }

  @Authorized('ADMIN')
  @Mutation(() => [MarkInvoicePaidResult], {
    description: 'Bulk markInvoicePaid (at most 500 ids): the allowed ones become PAID together; each refused one says why (its MARK_PAID availableAction), nothing is thrown for it.',
  })
  async markInvoicesPaid(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<MarkInvoicePaidResult[]> {
    const results = await ctx.services.billing.markPaid(ids);
    return results.map(({ invoice, refusal }) => ({
      invoice, paid: refusal === null,
      refusal: refusal && explain(refusal, ctx.locale),
    }));
  }

  @Authorized('ADMIN')
  @Mutation(() => InvoiceType, { description: 'Direct debit returned: the invoice is pending again.' })
  markInvoiceReturned(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<InvoiceEntity> {
    return ctx.services.billing.setPaymentStatus(id, 'RETURNED');
  }

  @Authorized('ADMIN')
  @Mutation(() => InvoiceType, {
    description: 'Issues a credit note (factura rectificativa, series R) for an issued invoice: the whole rest or amounts of some lines, never more than Invoice.creditable, with its reason and rectification type, and its VeriFactu alta. Returns the credit note.',
  })
  createCreditNote(@Arg('input') input: CreateCreditNoteInput, @Ctx() ctx: Context): Promise<InvoiceEntity> {
    return ctx.services.billing.createCreditNote(input);
  }

  @FieldResolver(() => [SkipCount])
  skippedByReason(@Root() run: BillingRunEntity): SkipCount[] {
    return runSkips(run);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Issue date of the invoices of a billing run, or of the credit notes.' })
  issueDate(@Root() run: BillingRunEntity): string | null {
    return (run.details as RunDetails | null)?.issueDate ?? null;
  }

  @FieldResolver(() => Explanation, { nullable: true, description: 'Why a FAILED run stopped and what to do (re-run it: it finishes the work).' })
  failure(@Root() run: BillingRunEntity, @Ctx() ctx: Context): Explanation | null {
    const code = (run.details as RunDetails | null)?.error;
    if (!code) return null;
    const { message, remedy } = explain({ code: code as RunOutcomeCode, params: { invoiceCount: run.invoiceCount } }, ctx.locale);
    return { code, message, remedy, field: null, entityType: 'BillingRun', entityId: run.id };
  }

  @FieldResolver(() => String, { nullable: true })
  firstNumber(@Root() run: BillingRunEntity): string | null {
    return (run.details as RunDetails | null)?.firstNumber ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  lastNumber(@Root() run: BillingRunEntity): string | null {
    return (run.details as RunDetails | null)?.lastNumber ?? null;
  }
}
