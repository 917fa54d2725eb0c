// The Invoice type (docs/product.md §4): invoice reads and every field of an invoice billing owns (lines, billing
// account, credit notes, what is creditable, actions, PDF). Billing mutations are in billing.resolver.ts; SEPA and
// VeriFactu add their own fields in their folders.
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { ClientEntity, ContractEntity, InvoiceEntity, InvoiceLineEntity } from '../../entities/index.js';
import type { Context } from '../../graphql/context.js';
import { invoiceActions } from '@antena/domain';
import { toAvailableAction, toBillingAccount } from '../../graphql/mappers.js';
import { ClientType } from '../../graphql/types/client.type.js';
import { ContractType } from '../../graphql/types/contract.type.js';
import { AvailableAction, BillingAccount } from '../../graphql/types/explanation.types.js';
import { InvoiceConnection, InvoiceLineType, InvoiceTotals, InvoiceType } from './invoice.type.js';
import { InvoicesArgs } from '../../graphql/resolvers/page.args.js';
import { InvoiceFilter } from '../../graphql/inputs/invoice-filter.input.js';
import { creditableView } from '../credit-notes.js';
import { InvoiceCreditableType, RectificationType } from './credit-note.types.js';

@Resolver(() => InvoiceType)
export class InvoiceResolver {
  @Authorized()
  @Query(() => InvoiceType)
  invoice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<InvoiceEntity> {
    return ctx.services.invoices.get(id);
  }

  @Authorized()
  @Query(() => InvoiceConnection, { description: 'Newest first unless `sort` says otherwise. The same `filter` gives invoiceTotals and GET /invoices.csv.' })
  invoices(@Args() args: InvoicesArgs, @Ctx() ctx: Context) {
    return ctx.services.invoices.list(args);
  }

  @Authorized()
  @Query(() => InvoiceTotals, { description: 'Count and sums of every invoice the filter selects (all pages).' })
  invoiceTotals(@Arg('filter', () => InvoiceFilter, { nullable: true }) filter: InvoiceFilter | null, @Ctx() ctx: Context) {
    return ctx.services.invoices.totals(filter);
  }

  @FieldResolver(() => ClientType)
  async client(@Root() i: InvoiceEntity, @Ctx() ctx: Context): Promise<ClientEntity> {
    return (await ctx.loaders.client.load(i.clientId))!;
  }

  @FieldResolver(() => ContractType)
  async contract(@Root() i: InvoiceEntity, @Ctx() ctx: Context): Promise<ContractEntity> {
    return (await ctx.loaders.contract.load(i.contractId))!;
  }

  @FieldResolver(() => [AvailableAction], {
    description: 'MARK_PAID (markInvoicePaid) / MARK_RETURNED (markInvoiceReturned): each with the reason when its kind and status do not allow it; CREATE_CREDIT_NOTE (createCreditNote) while something is creditable.',
  })
  async availableActions(@Root() i: InvoiceEntity, @Ctx() ctx: Context): Promise<AvailableAction[]> {
    const credit = await creditableView(ctx.loaders, i);
    return invoiceActions(i, credit.refusal ? { ...credit.refusal, entityId: i.id } : null).map((a) => toAvailableAction(a, ctx.locale));
  }

  @FieldResolver(() => [InvoiceLineType])
  lines(@Root() i: InvoiceEntity, @Ctx() ctx: Context): Promise<InvoiceLineEntity[]> {
    return ctx.services.invoices.lines(i);
  }

  @FieldResolver(() => BillingAccount, { description: 'The account this invoice was issued to, and why (stored at issue time).' })
  billingAccount(@Root() i: InvoiceEntity, @Ctx() ctx: Context): BillingAccount {
    return toBillingAccount(ctx.services.invoices.billingAccount(i), ctx.locale);
  }

  @FieldResolver(() => [InvoiceType], { description: 'Credit notes (rectificativas) that rectify this invoice.' })
  creditNotes(@Root() i: InvoiceEntity, @Ctx() ctx: Context): Promise<InvoiceEntity[]> {
    return ctx.services.billing.creditNotesOf(i);
  }

  @FieldResolver(() => InvoiceCreditableType, { description: 'What is still creditable (createCreditNote), after the credit notes already issued.' })
  async creditable(@Root() i: InvoiceEntity, @Ctx() ctx: Context): Promise<InvoiceCreditableType> {
    return creditableView(ctx.loaders, i);
  }

  @FieldResolver(() => String, { nullable: true, description: 'A manual credit note\'s reason.' })
  creditReason(@Root() i: InvoiceEntity): string | null {
    return i.creditReason ?? null;
  }

  @FieldResolver(() => RectificationType, { nullable: true, description: 'A credit note\'s rectification type (R1–R5), as in its VeriFactu alta.' })
  rectificationType(@Root() i: InvoiceEntity): string | null {
    return i.rectificationType ?? null;
  }

  @FieldResolver(() => Int, { description: 'Optimistic lock: moved by each credit note issued on the invoice (createCreditNote expectedVersion).' })
  version(@Root() i: InvoiceEntity): number {
    return i.version;
  }

  @FieldResolver(() => String, { description: 'Path of the invoice\'s PDF (GET, same Authorization header).' })
  pdfUrl(@Root() i: InvoiceEntity): string {
    return `/invoices/${i.id}.pdf`;
  }

  @FieldResolver(() => InvoiceType, { nullable: true, description: 'For a credit note: the invoice it rectifies.' })
  rectifies(@Root() i: InvoiceEntity, @Ctx() ctx: Context): Promise<InvoiceEntity | null> | null {
    return i.rectifiesId ? ctx.loaders.invoice.load(i.rectifiesId) : null;
  }
}

@Resolver(() => InvoiceLineType)
export class InvoiceLineResolver {
  @FieldResolver(() => String, { description: 'What the line charges and why, in the caller\'s language.' })
  description(@Root() line: InvoiceLineEntity, @Ctx() ctx: Context): string {
    return ctx.services.invoices.lineDescription(line);
  }
}
