// SEPA operations (docs/sepa.md "API"). Remittances, their previews (inline or queued), settings and imports are admin only; the mandate block
// on a contract and the debits of an invoice follow the visibility of their contract or invoice.
import { debitReasons, explain, returnPolicy, type Locale, type Refusal } from '@antena/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ContractEntity, InvoiceEntity } from '../../entities/index.js';
import type { Context } from '../../graphql/context.js';
import { ContractType } from '../../graphql/types/contract.type.js';
import { Explanation } from '../../graphql/types/explanation.types.js';
import { InvoiceType } from '../../billing/graphql/invoice.type.js';
import type { BackgroundJobEntity } from '../../jobs/background.entity.js';
import { BackgroundJobType } from '../../jobs/graphql/background-job.types.js';
import type { RemittanceJobResult } from '../remittance-job.js';
import type { RemittancePreview, ReturnImportReport } from '../sepa.service.js';
import type { RemittanceEntity, SepaDebitEntity, SepaSettingsEntity } from '../sepa.entities.js';
import {
  RemittanceFilterInput, RemittancePreviewType, RemittanceType, ReturnImportType, SepaDebitType, SepaSettingsType, UpdateSepaSettingsInput,
} from './sepa.types.js';

const ex = (r: Refusal, locale: Locale): Explanation => explain(r, locale);
const ROWS_MAX = 1000;

function settingsOut(s: SepaSettingsEntity): SepaSettingsType {
  return { ...s, complete: !!(s.creditorName && s.creditorId && s.initiatingPartyId && s.iban) };
}

/** A preview as computed (codes and params), put into words in the reader's language: the query's answer and a job's result. */
function previewOut(p: RemittancePreview, locale: Locale): RemittancePreviewType {
  return {
    ...p,
    debits: p.debits.map((d) => ({ ...d, amended: d.previousIban !== null || d.previousMandateReference !== null, reasons: d.reasons.map((r) => ex(r, locale)) })),
    excluded: p.excluded.map((e) => ({ ...e, reason: ex(e.reason, locale) })),
  };
}

export function reportOut(r: ReturnImportReport, locale: Locale): ReturnImportType {
  const rows = [...r.rows.filter((x) => x.outcome !== 'APPLIED'), ...r.rows.filter((x) => x.outcome === 'APPLIED')].slice(0, ROWS_MAX);
  return { ...r, rows: rows.map((x) => ({ ...x, explanation: x.note ? ex(x.note, locale) : null })) };
}

@Resolver(() => RemittanceType)
export class RemittanceResolver {
  @Authorized('ADMIN')
  @Query(() => SepaSettingsType)
  async sepaSettings(@Ctx() ctx: Context): Promise<SepaSettingsType> {
    return settingsOut(await ctx.services.sepa.settings());
  }

  @Authorized('ADMIN')
  @Mutation(() => SepaSettingsType, { description: 'Creditor data, validated (creditor id check digits, NIF + suffix, IBAN, BIC).' })
  async updateSepaSettings(@Arg('input') input: UpdateSepaSettingsInput, @Ctx() ctx: Context): Promise<SepaSettingsType> {
    return settingsOut(await ctx.services.sepa.updateSettings(input));
  }

  @Authorized('ADMIN')
  @Query(() => RemittancePreviewType, {
    description: 'Dry run of createRemittance: the debits with their reasons and every invoice left out with its reason. Answered on the spot up to 5 000 candidate invoices; '
      + 'more are refused (SEPA_PREVIEW_TOO_LARGE, field filter): queue it with queueRemittancePreview, or narrow the filter.',
  })
  async remittancePreview(
    @Arg('collectionDate', { description: 'YYYY-MM-DD, after today.' }) collectionDate: string,
    @Arg('filter', () => RemittanceFilterInput, { nullable: true }) filter: RemittanceFilterInput | null,
    @Arg('limit', () => Int, { defaultValue: 100, description: 'Longest lists returned (max 1000); counts and sums are complete.' }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<RemittancePreviewType> {
    return previewOut(await ctx.services.sepa.preview(collectionDate, filter ?? {}, limit), ctx.locale);
  }

  @Authorized('ADMIN')
  @Mutation(() => BackgroundJobType, {
    description: 'remittancePreview(collectionDate, filter, limit) as a background job, for any number of candidate invoices: returns it at once (QUEUED); '
      + 'follow it with backgroundJob(id), whose remittancePreview is the result. The date and limit are refused here. Nothing is written but the job.',
  })
  queueRemittancePreview(
    @Arg('collectionDate', { description: 'YYYY-MM-DD, after today.' }) collectionDate: string,
    @Arg('filter', () => RemittanceFilterInput, { nullable: true }) filter: RemittanceFilterInput | null,
    @Arg('limit', () => Int, { defaultValue: 100, description: 'Longest lists kept (max 1000); counts and sums are complete.' }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<BackgroundJobEntity> {
    return ctx.services.sepa.queuePreview(collectionDate, filter ?? {}, limit);
  }

  @Authorized('ADMIN')
  @Mutation(() => BackgroundJobType, {
    description: 'Queues the REMITTANCE job that generates the remittance the preview shows, and returns it at once (QUEUED); the date and the creditor data are refused here. '
      + 'Follow it with backgroundJob(id): COMPLETED gives its `remittance`, FAILED its `failure` (e.g. SEPA_REMITTANCE_EMPTY). Its invoices cannot enter another open remittance.',
  })
  createRemittance(
    @Arg('collectionDate') collectionDate: string,
    @Arg('filter', () => RemittanceFilterInput, { nullable: true }) filter: RemittanceFilterInput | null,
    @Ctx() ctx: Context,
  ): Promise<BackgroundJobEntity> {
    return ctx.services.sepa.queueCreate(collectionDate, filter ?? {});
  }

  @Authorized('ADMIN')
  @Mutation(() => RemittanceType, { description: 'The bank collected: debits not returned become SETTLED and their invoices PAID.' })
  markRemittanceSettled(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<RemittanceEntity> {
    return ctx.services.sepa.settle(id);
  }

  @Authorized('ADMIN')
  @Mutation(() => ReturnImportType, { description: 'A pain.002 or camt.054 file as text. Large files: POST /remittances/returns. Importing the same file again changes nothing.' })
  async importBankReturns(@Arg('file') file: string, @Ctx() ctx: Context): Promise<ReturnImportType> {
    return reportOut(await ctx.services.sepa.importReturns(file), ctx.locale);
  }

  @Authorized('ADMIN')
  @Query(() => [RemittanceType], { description: 'Latest first.' })
  remittances(@Arg('first', () => Int, { defaultValue: 20 }) first: number, @Ctx() ctx: Context): Promise<RemittanceEntity[]> {
    return ctx.services.sepa.list(first);
  }

  @Authorized('ADMIN')
  @Query(() => RemittanceType)
  remittance(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<RemittanceEntity> {
    return ctx.services.sepa.get(id);
  }

  @FieldResolver(() => [SepaDebitType])
  debits(@Root() r: RemittanceEntity, @Arg('first', () => Int, { defaultValue: 100 }) first: number, @Arg('offset', () => Int, { defaultValue: 0 }) offset: number, @Ctx() ctx: Context): Promise<SepaDebitEntity[]> {
    return ctx.services.sepa.debits(r.id, first, offset);
  }

  @FieldResolver(() => String, { description: 'GET this path (admin token) for the pain.008 XML.' })
  downloadPath(@Root() r: RemittanceEntity): string {
    return `/remittances/${r.id}.xml`;
  }
}

@Resolver(() => BackgroundJobType)
export class RemittanceJobResolver {
  @FieldResolver(() => RemittanceType, { nullable: true, description: 'REMITTANCE jobs: the remittance it generated, once COMPLETED.' })
  remittance(@Root() job: BackgroundJobEntity, @Ctx() ctx: Context): Promise<RemittanceEntity | null> | null {
    const id = job.kind === 'REMITTANCE' && job.status === 'COMPLETED' ? (job.result as Partial<RemittanceJobResult> | null)?.remittanceId : undefined;
    return id ? ctx.services.sepa.find(id) : null;
  }

  @FieldResolver(() => RemittancePreviewType, { nullable: true, description: 'A COMPLETED REMITTANCE_PREVIEW job\'s result, as remittancePreview answers it, in the reader\'s language; null otherwise.' })
  remittancePreview(@Root() job: BackgroundJobEntity, @Ctx() ctx: Context): RemittancePreviewType | null {
    if (job.kind !== 'REMITTANCE_PREVIEW' || job.status !== 'COMPLETED' || !job.result) return null;
    return previewOut(job.result as unknown as RemittancePreview, ctx.locale);
  }
}

@Resolver(() => SepaDebitType)
export class SepaDebitResolver {
  @FieldResolver(() => Explanation, { nullable: true, description: 'The return reason’s meaning and what happens next.' })
  returnReason(@Root() d: SepaDebitEntity, @Ctx() ctx: Context): Explanation | null {
    if (!d.returnReasonCode) return null;
    return ex({ code: returnPolicy(d.returnReasonCode).messageCode, entityType: 'Invoice', entityId: d.invoiceId, params: { reasonCode: d.returnReasonCode } }, ctx.locale);
  }

  @FieldResolver(() => [Explanation], { description: 'Why this account, sequence type and amendment.' })
  reasons(@Root() d: SepaDebitEntity, @Ctx() ctx: Context): Explanation[] {
    return debitReasons(d).map((r) => ex(r, ctx.locale));
  }
}

@Resolver(() => ContractType)
export class ContractSepaResolver {
  @FieldResolver(() => Explanation, { nullable: true, description: 'Set when a bank return blocked or stopped debits on the signature’s mandate, with the remedy.' })
  async sepaMandateBlock(@Root() c: ContractEntity, @Ctx() ctx: Context): Promise<Explanation | null> {
    const b = await ctx.services.sepa.mandateBlock(c);
    if (!b) return null;
    const params = { reasonCode: b.reasonCode, date: b.returnedOn, returnedInvoice: b.invoiceNumber, ...(b.kind === 'BLOCKED' ? { iban: b.iban } : { mandate: b.mandateReference }) };
    return ex({ code: b.kind === 'BLOCKED' ? 'SEPA_MANDATE_BLOCKED' : 'SEPA_MANDATE_STOPPED', entityType: 'Contract', entityId: c.id, field: 'signature', params }, ctx.locale);
  }
}

@Resolver(() => InvoiceType)
export class InvoiceSepaResolver {
  @FieldResolver(() => [SepaDebitType], { description: 'Every direct debit of this invoice, latest first (with return reasons).' })
  sepaDebits(@Root() i: InvoiceEntity, @Ctx() ctx: Context): Promise<SepaDebitEntity[]> {
    return ctx.services.sepa.debitsOfInvoice(i.id);
  }
}
