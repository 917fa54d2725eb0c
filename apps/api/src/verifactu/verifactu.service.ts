// VeriFactu operations of one request (docs/verifactu.md): settings, the chain and its verification, the
// records of an invoice, rejected records, and voidInvoice. Admin only, except an invoice's own record.
import {
  buildCorrection, checkResend, checkVoidInvoice, validateIssuerSettings, verifactuQrUrl, type CorrectionRefusalCode, type InvoiceType, type RecordFacts, type RefusalOf,
  type VerifactuMode,
} from '@antena/domain';
import type { EntityManager } from 'typeorm';
import { markInvoiceVoided } from '../billing/invoice-rows.js';
import { inTransaction } from '../db/transaction.js';
import { ClientEntity, InvoiceEntity } from '../entities/index.js';
import { badInput, conflict, notFound, refused } from '../errors/errors.js';
import { visibleInvoice } from '../services/access.js';
import { audit, diff } from '../services/audit.service.js';
import { paginate, readPageArgs, type Page, type PageArgs } from '../services/pagination.js';
import type { Scope } from '../services/scope.js';
import { lockChainHead } from './chain-head.js';
import { verifyStoredChain } from './chain-verification.js';
import { appendAnulacion, appendCorrection, generationTime } from './record-writer.js';
import { nativeSha256 } from './hash.js';
import { systemIdentity } from './system.js';
import { loadVerifactuSettings } from './settings.js';
import { wholeRecords } from './stored-records.js';
import {
  VERIFACTU_SINGLETON_ID, VerifactuChainEntity, VerifactuCorrectionEntity, VerifactuRecordEntity, VerifactuRecordStateEntity, VerifactuSettingsEntity, VerifactuSignatureEntity, positionOfId,
  type AgencyEnvironmentName, type RecordStatus,
} from './verifactu.entities.js';

import type { ExportLine } from './signing.js';

const EXPORT_PAGE = 1000;

export interface UpdateVerifactuSettings {
  legalName?: string | null; nif?: string | null; address?: string | null; registerLine?: string | null;
  mode?: VerifactuMode | null; creditNoteType?: InvoiceType | null; environment?: AgencyEnvironmentName | null;
}

export type { RecordWithState } from './loaders.js';
import type { RecordWithState } from './loaders.js';

/** correctVerifactuRecord's outcome: the correction appended, or the refusal; the original either way. */
export type CorrectionOutcome =
  | { corrected: true; original: RecordWithState; correction: RecordWithState }
  | { corrected: false; original: RecordWithState; refusal: RefusalOf<CorrectionRefusalCode> };

/** What the domain's record rules need, read in `m` (inside the chain lock when the answer decides a write). */
async function factsOf(m: EntityManager, record: VerifactuRecordEntity, state: VerifactuRecordStateEntity | null): Promise<RecordFacts> {
  const link = await m.findOneBy(VerifactuCorrectionEntity, { correctsPosition: record.position });
  const invoice = await m.findOneOrFail(InvoiceEntity, { where: { id: record.invoiceId }, select: { id: true, voidedAt: true } });
  const settings = await loadVerifactuSettings(m);
  return {
    kind: record.kind, number: record.number, position: record.position, status: state?.status ?? 'PENDING',
    correctedBy: link?.position ?? null, invoiceVoided: invoice.voidedAt != null, mode: settings.mode,
  };
}

export class VerifactuService {
  constructor(private readonly scope: Scope) {}

  settings(): Promise<VerifactuSettingsEntity> {
    return loadVerifactuSettings(this.scope.ds.manager);
  }

  updateSettings(input: UpdateVerifactuSettings): Promise<VerifactuSettingsEntity> {
    return inTransaction(this.scope.ds, async (m) => {
      const before = await loadVerifactuSettings(m);
      const issuer = validateIssuerSettings({
        legalName: input.legalName ?? before.legalName, nif: input.nif ?? before.nif,
        address: input.address ?? before.address, registerLine: input.registerLine ?? before.registerLine,
      });
      if (!issuer.ok) {
        const v = issuer.violations[0]!;
        throw badInput(this.scope.locale, `input.${v.field}`, v.code, v.params ?? {});
      }
      const after: VerifactuSettingsEntity = {
        ...before, ...issuer.value, mode: input.mode ?? before.mode, creditNoteType: input.creditNoteType ?? before.creditNoteType,
        environment: input.environment ?? before.environment, configured: true, updatedAt: this.scope.now.toISOString(),
      };
      const { id: _id, ...changes } = after;
      await m.update(VerifactuSettingsEntity, { id: VERIFACTU_SINGLETON_ID }, changes);
      await audit(m, this.scope, [{
        entityType: 'VerifactuSettings', entityId: String(VERIFACTU_SINGLETON_ID), clientId: null, action: 'UPDATE',
        changes: diff(before, after, ['legalName', 'nif', 'address', 'registerLine', 'mode', 'creditNoteType', 'environment']),
      }]);
      return after;
    });
  }

  async chain() {
    const m = this.scope.ds.manager;
    const head = await m.findOneByOrFail(VerifactuChainEntity, { id: VERIFACTU_SINGLETON_ID });
    const verification = await verifyStoredChain(m);
    return { head, verification };
  }

  /**
   * Every record from position `from` on, in chain order, with its signature (No VERI*FACTU mode), as JSON
   * lines read a page at a time: the export handed over on request (docs/verifactu.md).
   */
  async *exportLines(from = 1): AsyncGenerator<string> {
    const m = this.scope.ds.manager;
    let position = Math.max(1, Math.floor(from));
    for (;;) {
      const rows = await m.createQueryBuilder(VerifactuRecordEntity, 'r').where('r.position >= :position', { position })
        .orderBy('r.position', 'ASC').take(EXPORT_PAGE).getMany();
      if (rows.length === 0) return;
      const signatures = new Map((await m.createQueryBuilder(VerifactuSignatureEntity, 's')
        .where('s.position BETWEEN :from AND :to', { from: rows[0]!.position, to: rows[rows.length - 1]!.position }).getMany())
        .map((s) => [s.position, s]));
      const records = await wholeRecords(m, rows);
      let page = '';
      for (const [i, row] of rows.entries()) {
        const s = signatures.get(row.position);
        const line: ExportLine = { position: row.position, record: records[i]!, signature: s ? { algorithm: s.algorithm, keyId: s.keyId, value: s.signature } : null };
        page += `${JSON.stringify(line)}\n`;
      }
      yield page;
      if (rows.length < EXPORT_PAGE) return;
      position = rows[rows.length - 1]!.position + 1;
    }
  }

  /** The records of an invoice (its alta, and its anulación if voided), in chain order, with their states. */
  async recordsOf(invoiceId: string): Promise<RecordWithState[]> {
    return this.scope.loaders.verifactuRecords.load(invoiceId);
  }

  qrUrl(invoice: InvoiceEntity, settings: VerifactuSettingsEntity, issuerNif: string): string {
    return verifactuQrUrl({ mode: settings.mode, environment: settings.environment, issuerNif, number: invoice.number, issueDate: invoice.issueDate, totalCents: invoice.totalCents });
  }

  /** Records by status in chain order; `includeCorrected: false` leaves out those a subsanación already corrects. */
  async byStatus(status: RecordStatus, first: number, includeCorrected = false): Promise<RecordWithState[]> {
    const states = await this.statesByStatus(status, includeCorrected).orderBy('s.position', 'ASC').take(Math.min(Math.max(first, 0), 500)).getMany();
    return this.withRecords(states);
  }

  /** byStatus a page at a time (a Relay connection in chain order; the cursor is the record's position). */
  async pageByStatus(status: RecordStatus, includeCorrected: boolean, args: PageArgs): Promise<Page<RecordWithState>> {
    const page = readPageArgs(this.scope.locale, args);
    if (page.after !== null && positionOfId(page.after) === null) throw badInput(this.scope.locale, 'after', 'CURSOR_INVALID', {});
    const states = await paginate(this.statesByStatus(status, includeCorrected), 's.position', 'ASC', (s) => String(s.position),
      { first: page.first, after: page.after === null ? null : String(positionOfId(page.after)) });
    const nodes = await this.withRecords(states.nodes);
    return { ...states, nodes, edges: states.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i]! })) };
  }

  private statesByStatus(status: RecordStatus, includeCorrected: boolean) {
    const q = this.scope.ds.getRepository(VerifactuRecordStateEntity).createQueryBuilder('s').where('s.status = :status', { status });
    if (!includeCorrected) q.andWhere('NOT EXISTS (SELECT 1 FROM "verifactu_corrections" c WHERE c."correctsPosition" = s."position")');
    return q;
  }

  /** The records of `states`, in their order, in one read. */
  private async withRecords(states: VerifactuRecordStateEntity[]): Promise<RecordWithState[]> {
    if (states.length === 0) return [];
    const records = new Map((await this.scope.ds.getRepository(VerifactuRecordEntity).createQueryBuilder('r')
      .where('r.position IN (:...positions)', { positions: states.map((s) => s.position) }).getMany()).map((r) => [r.position, r]));
    return states.map((state) => ({ record: records.get(state.position)!, state }));
  }

  /**
   * Puts a REJECTED record back in the queue once its cause is fixed: the worker sends it again marked
   * RechazoPrevio, as the rules ask. Only the record's state changes; the record itself never does.
   */
  async resend(recordId: string): Promise<RecordWithState> {
    const position = positionOfId(recordId);
    if (position === null) throw notFound(this.scope.locale, 'VerifactuRecord', recordId);
    return inTransaction(this.scope.ds, async (m) => {
      // The chain head lock: a correction of the same record (correct) queues here, so the two never both go.
      await lockChainHead(m);
      const record = await m.findOneBy(VerifactuRecordEntity, { position });
      if (!record) throw notFound(this.scope.locale, 'VerifactuRecord', recordId);
      const before = await m.findOneBy(VerifactuRecordStateEntity, { position });
      const refusal = checkResend(await factsOf(m, record, before));
      if (refusal) throw refused(this.scope.locale, 'id', { ...refusal, entityId: recordId });
      const r = await m.createQueryBuilder().update(VerifactuRecordStateEntity).set({ status: 'PENDING', nextAttemptAt: null })
        .where('"position" = :position AND status = :rejected', { position, rejected: 'REJECTED' }).updateEntity(false).execute();
      if (r.affected !== 1) throw conflict(this.scope.locale, 'VerifactuRecord', recordId);
      const state = await m.findOneByOrFail(VerifactuRecordStateEntity, { position });
      await audit(m, this.scope, [{ entityType: 'VerifactuRecord', entityId: recordId, clientId: null, action: 'RESEND', changes: [{ field: 'status', from: 'REJECTED', to: 'PENDING' }] }]);
      return { record, state };
    });
  }

  /**
   * Subsanación (docs/verifactu.md, "Corrections"): a new alta for the record's invoice, marked Subsanacion (and
   * RechazoPrevio when the record was rejected), appended at the head of the chain under the chain head lock, with
   * the row saying which record it corrects, in one transaction. A refusal (the domain's checkCorrection) is a result.
   */
  async correct(recordId: string): Promise<CorrectionOutcome> {
    const position = positionOfId(recordId);
    if (position === null) throw notFound(this.scope.locale, 'VerifactuRecord', recordId);
    return inTransaction(this.scope.ds, async (m) => {
      // The lock first: concurrent corrections of one record queue here and the later ones see the first.
      const head = await lockChainHead(m);
      const record = await m.findOneBy(VerifactuRecordEntity, { position });
      if (!record) throw notFound(this.scope.locale, 'VerifactuRecord', recordId);
      const state = await m.findOneBy(VerifactuRecordStateEntity, { position });
      const original = { record, state };
      const facts = await factsOf(m, record, state);
      const settings = await loadVerifactuSettings(m);
      const invoice = await m.findOneByOrFail(InvoiceEntity, { id: record.invoiceId });
      const client = await m.findOneOrFail(ClientEntity, { where: { id: invoice.clientId }, select: { id: true, name: true, taxId: true } });
      const built = buildCorrection({
        original: (await wholeRecords(m, [record]))[0]!, facts, issuerName: settings.legalName, recipient: { name: client.name, nif: client.taxId },
        system: systemIdentity(settings.installationNumber), previous: head.link, generatedAtMs: generationTime(this.scope.now, head),
      }, nativeSha256);
      if (!built.ok) return { corrected: false as const, original, refusal: { ...built.refusal, entityId: recordId } };
      const row = await appendCorrection(m, head, built.record, record, facts.status, settings, this.scope.now);
      await audit(m, this.scope, [{
        entityType: 'VerifactuRecord', entityId: recordId, clientId: invoice.clientId, action: 'CORRECT',
        changes: [{ field: 'correctedBy', from: null, to: String(row.position) }],
      }]);
      this.scope.loaders.verifactuRecords.clear(record.invoiceId);
      this.scope.loaders.verifactuCorrectionLinks.clear(position);
      const correction = { record: row, state: await m.findOneByOrFail(VerifactuRecordStateEntity, { position: row.position }) };
      return { corrected: true as const, original, correction };
    });
  }

  /**
   * Withdraws an invoice issued by mistake: an anulación record in the chain, the invoice marked void and
   * kept (its number is never reused). Refused, with the reason, once it is paid, returned or rectified.
   */
  async voidInvoice(id: string): Promise<InvoiceEntity> {
    const invoice = await visibleInvoice(this.scope, id);
    return inTransaction(this.scope.ds, async (m) => {
      // The chain head lock first: concurrent voids of the same invoice queue here and see each other.
      await lockChainHead(m);
      const fresh = await m.findOneByOrFail(InvoiceEntity, { id });
      const rectifiedBy = (await m.find(InvoiceEntity, { where: { rectifiesId: id }, select: { number: true }, order: { number: 'ASC' } })).map((i) => i.number);
      const facts = { kind: fresh.kind, number: fresh.number, status: fresh.status, voided: fresh.voidedAt != null, rectifiedBy };
      const refusal = checkVoidInvoice(facts);
      if (refusal) throw refused(this.scope.locale, 'id', { ...refusal, entityId: id });
      await appendAnulacion(m, fresh, this.scope.now);
      const voidedAt = this.scope.now.toISOString();
      if (!(await markInvoiceVoided(m, id, fresh.status, voidedAt))) throw conflict(this.scope.locale, 'Invoice', id);
      await audit(m, this.scope, [{ entityType: 'Invoice', entityId: id, clientId: invoice.clientId, action: 'VOID', changes: [{ field: 'voidedAt', from: null, to: voidedAt }] }]);
      const updated = { ...fresh, voidedAt };
      this.scope.loaders.invoice.clear(id).prime(id, updated);
      this.scope.loaders.verifactuRecords.clear(id);
      return updated;
    });
  }
}
