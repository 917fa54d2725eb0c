// VeriFactu GraphQL (docs/verifactu.md, "API"): thin resolvers over VerifactuService. Settings, the chain and
// rejected records are admin only; Invoice.verifactu follows the invoice's own visibility.
import { answerCode, explain, message, recordActions, remedy, type AgencyAnswer, type AltaRecord } from '@antena/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { toAvailableAction } from '../../graphql/mappers.js';
import { AvailableAction } from '../../graphql/types/explanation.types.js';
import type { InvoiceEntity } from '../../entities/index.js';
import type { Context } from '../../graphql/context.js';
import { InvoiceType } from '../../billing/graphql/invoice.type.js';
import type { RecordWithState } from '../loaders.js';
import { systemIdentity } from '../system.js';
import type { RecordStatus, VerifactuSettingsEntity } from '../verifactu.entities.js';
import {
  CorrectVerifactuRecordResult, InvoiceVerifactu, UpdateVerifactuSettingsInput, VerifactuChain, VerifactuRecordConnection, VerifactuRecordStatus, VerifactuRecordType, VerifactuSettings,
} from './verifactu.types.js';

const toSettings = (s: VerifactuSettingsEntity): VerifactuSettings => ({ ...s, system: systemIdentity(s.installationNumber) });

export function toRecord({ record: r, state }: RecordWithState, ctx: Context): VerifactuRecordType {
  const status = state?.status ?? 'PENDING';
  const code = status === 'REJECTED' || status === 'ACCEPTED_WITH_ERRORS' ? answerCode(status as AgencyAnswer) : null;
  const params = { number: r.number, agencyCode: state?.errorCode ?? '', agencyMessage: state?.errorMessage ?? '' };
  const flags = r.payload as Partial<Pick<AltaRecord, 'subsanacion' | 'rechazoPrevio'>>;
  return {
    subsanacion: flags.subsanacion === 'S', rechazoPrevio: flags.rechazoPrevio === 'S',
    // A record's id is its chain position (docs/verifactu.md, "Tables").
    id: String(r.position), position: r.position, kind: r.kind, invoiceId: r.invoiceId, number: r.number, issueDate: r.issueDate, invoiceType: r.invoiceType,
    total: r.total, previousHash: r.previousHash, generatedAt: r.generatedAt, hash: r.hash, status, attempts: state?.attempts ?? 0,
    errorCode: state?.errorCode ?? null, errorMessage: state?.errorMessage ?? null, answeredAt: state?.answeredAt ?? null,
    remedy: code ? `${message(code, ctx.locale, params)} ${remedy(code, ctx.locale, params)}` : null,
  };
}

@Resolver()
export class VerifactuResolver {
  @Authorized('ADMIN')
  @Query(() => VerifactuSettings)
  async verifactuSettings(@Ctx() ctx: Context): Promise<VerifactuSettings> {
    return toSettings(await ctx.services.verifactu.settings());
  }

  @Authorized('ADMIN')
  @Mutation(() => VerifactuSettings, { description: 'Issuer (NIF check verified), mode, credit-note type, agency environment. Applies to records written from now on.' })
  async updateVerifactuSettings(@Arg('input') input: UpdateVerifactuSettingsInput, @Ctx() ctx: Context): Promise<VerifactuSettings> {
    return toSettings(await ctx.services.verifactu.updateSettings(input));
  }

  @Authorized('ADMIN')
  @Query(() => VerifactuChain, { description: 'The chain\'s length and last hash, verified in full: every hash recomputed, every link checked.' })
  async verifactuChain(@Ctx() ctx: Context): Promise<VerifactuChain> {
    const { head, verification: v } = await ctx.services.verifactu.chain();
    return {
      length: v.length, lastHash: v.lastHash ?? (head.length > 0 ? head.lastHash : null), valid: v.valid && v.length === head.length, breakCount: v.breakCount,
      breaks: v.breaks.map((b) => {
        const text = explain({ code: b.code, params: { position: b.position, number: b.number, expected: b.expected } }, ctx.locale);
        return { ...b, message: text.message, remedy: text.remedy };
      }),
    };
  }

  @Authorized('ADMIN')
  @Query(() => [VerifactuRecordType], { description: 'Records by the agency\'s answer (e.g. REJECTED), oldest first, with the reason and what to do.' })
  async verifactuRecords(
    @Arg('status', () => VerifactuRecordStatus) status: RecordStatus,
    @Arg('first', () => Int, { defaultValue: 100, description: 'At most 500.' }) first: number,
    @Arg('includeCorrected', { defaultValue: false, description: 'Also records a subsanación already corrects (left out by default: a corrected rejection is done with).' }) includeCorrected: boolean,
    @Ctx() ctx: Context,
  ): Promise<VerifactuRecordType[]> {
    return (await ctx.services.verifactu.byStatus(status, first, includeCorrected)).map((r) => toRecord(r, ctx));
  }

  @Authorized('ADMIN')
  @Query(() => VerifactuRecordConnection, { description: 'verifactuRecords a page at a time, in chain order, with totalCount (Relay; the cursor is a record\'s position).' })
  async verifactuRecordPage(
    @Arg('status', () => VerifactuRecordStatus) status: RecordStatus,
    @Arg('includeCorrected', { defaultValue: false, description: 'Also records a subsanación already corrects.' }) includeCorrected: boolean,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 0–100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<InstanceType<typeof VerifactuRecordConnection>> {
    const page = await ctx.services.verifactu.pageByStatus(status, includeCorrected, { first, after });
    const nodes = page.nodes.map((r) => toRecord(r, ctx));
    return { ...page, nodes, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i]! })) };
  }

  @Authorized('ADMIN')
  @Mutation(() => CorrectVerifactuRecordResult, {
    description: 'Subsanación: a new alta of the record\'s invoice (same invoice data, the recipient as it is now), marked Subsanacion (and RechazoPrevio when the record was rejected), at the head of the chain. Only a record REJECTED or ACCEPTED_WITH_ERRORS, once; a refusal is a result (its CORRECT availableAction).',
  })
  async correctVerifactuRecord(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CorrectVerifactuRecordResult> {
    const outcome = await ctx.services.verifactu.correct(id);
    if (!outcome.corrected) return { corrected: false, record: toRecord(outcome.original, ctx), correction: null, refusal: explain(outcome.refusal, ctx.locale) };
    return { corrected: true, record: toRecord(outcome.original, ctx), correction: toRecord(outcome.correction, ctx), refusal: null };
  }

  @Authorized('ADMIN')
  @Mutation(() => VerifactuRecordType, { description: 'Sends a REJECTED record again (marked RechazoPrevio) once the cause the agency gave is fixed.' })
  async resendVerifactuRecord(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<VerifactuRecordType> {
    return toRecord(await ctx.services.verifactu.resend(id), ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => InvoiceType, { description: 'Withdraws an invoice issued by mistake with an anulación record. The invoice stays, marked void; its number is never reused. Refused once paid, returned or rectified.' })
  voidInvoice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<InvoiceEntity> {
    return ctx.services.verifactu.voidInvoice(id);
  }
}

@Resolver(() => VerifactuRecordType)
export class VerifactuRecordResolver {
  private async linked(position: number | null, ctx: Context): Promise<VerifactuRecordType | null> {
    const r = position ? await ctx.loaders.verifactuRecord.load(position) : null;
    return r ? toRecord(r, ctx) : null;
  }

  @FieldResolver(() => VerifactuRecordType, { nullable: true, description: 'For a subsanación: the record it corrects.' })
  async corrects(@Root() r: VerifactuRecordType, @Ctx() ctx: Context): Promise<VerifactuRecordType | null> {
    return this.linked((await ctx.loaders.verifactuCorrectionLinks.load(r.position)).corrects, ctx);
  }

  @FieldResolver(() => VerifactuRecordType, { nullable: true, description: 'The subsanación that corrects this record, once generated.' })
  async correctedBy(@Root() r: VerifactuRecordType, @Ctx() ctx: Context): Promise<VerifactuRecordType | null> {
    return this.linked((await ctx.loaders.verifactuCorrectionLinks.load(r.position)).correctedBy, ctx);
  }

  @FieldResolver(() => [AvailableAction], {
    description: 'CORRECT (correctVerifactuRecord) and RESEND (resendVerifactuRecord), each with the reason when the record\'s kind, answer or correction does not allow it (both mutations are admin only).',
  })
  async availableActions(@Root() r: VerifactuRecordType, @Ctx() ctx: Context): Promise<AvailableAction[]> {
    const [links, invoice, settings] = await Promise.all([ctx.loaders.verifactuCorrectionLinks.load(r.position), ctx.loaders.invoice.load(r.invoiceId), ctx.loaders.verifactuSettings.load(1)]);
    const correction = links.correctedBy ? await ctx.loaders.verifactuRecord.load(links.correctedBy) : null;
    const actions = recordActions({
      kind: r.kind as 'ALTA' | 'ANULACION', number: r.number, position: r.position, status: r.status as RecordStatus,
      correctedBy: correction?.record.position ?? null, invoiceVoided: invoice?.voidedAt != null, mode: settings.mode,
    });
    return actions.map((a) => toAvailableAction(a.refusal ? { ...a, refusal: { ...a.refusal, entityId: r.id } } : a, ctx.locale));
  }
}

@Resolver(() => InvoiceType)
export class InvoiceVerifactuResolver {
  @FieldResolver(() => InvoiceVerifactu, { nullable: true, description: 'Its VeriFactu record; null only for documents issued before records existed.' })
  async verifactu(@Root() i: InvoiceEntity, @Ctx() ctx: Context): Promise<InvoiceVerifactu | null> {
    const records = await ctx.loaders.verifactuRecords.load(i.id);
    // The latest alta stands for the invoice: a subsanación replaces the record it corrects (docs/verifactu.md, "Corrections").
    const alta = records.filter((r) => r.record.kind === 'ALTA').at(-1);
    if (!alta) return null;
    const settings = await ctx.loaders.verifactuSettings.load(1);
    return {
      hash: alta.record.hash, status: alta.state?.status ?? 'PENDING', voided: records.some((r) => r.record.kind === 'ANULACION'),
      qrUrl: ctx.services.verifactu.qrUrl(i, settings, alta.record.issuerNif), records: records.map((r) => toRecord(r, ctx)),
    };
  }

  @FieldResolver(() => String, { nullable: true, description: 'When an anulación record withdrew it.' })
  voidedAt(@Root() i: InvoiceEntity): string | null {
    return i.voidedAt ?? null;
  }
}
