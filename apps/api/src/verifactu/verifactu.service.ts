// VeriFactu operations of one request (docs/verifactu.md): settings, the chain and its verification, the
// records of an invoice, rejected records, and voidInvoice. Admin only, except an invoice's own record.
import { checkVoidInvoice, validateIssuerSettings, verifactuQrUrl, type InvoiceType, type VerifactuMode } from '@antena/domain';
import { inTransaction } from '../db/transaction.js';
import { InvoiceEntity } from '../entities/index.js';
import { badInput, conflict, notFound, refused } from '../errors/errors.js';
import { visibleInvoice } from '../services/access.js';
import { audit, diff } from '../services/audit.service.js';
import type { Scope } from '../services/scope.js';
import { lockChainHead } from './chain-head.js';
import { verifyStoredChain } from './chain-verification.js';
import { appendAnulacion } from './record-writer.js';
import { loadVerifactuSettings } from './settings.js';
import {
  VERIFACTU_SINGLETON_ID, VerifactuChainEntity, VerifactuRecordEntity, VerifactuRecordStateEntity, VerifactuSettingsEntity, VerifactuSignatureEntity, recordOf,
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
      const signatures = new Map((await m.createQueryBuilder(VerifactuSignatureEntity, 's').where('s.recordId IN (:...ids)', { ids: rows.map((r) => r.id) }).getMany())
        .map((s) => [s.recordId, s]));
      let page = '';
      for (const row of rows) {
        const s = signatures.get(row.id);
        const line: ExportLine = { position: row.position, record: recordOf(row), signature: s ? { algorithm: s.algorithm, keyId: s.keyId, value: s.signature } : null };
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

  async byStatus(status: RecordStatus, first: number): Promise<RecordWithState[]> {
    const states = await this.scope.ds.getRepository(VerifactuRecordStateEntity).find({ where: { status }, order: { position: 'ASC' }, take: Math.min(Math.max(first, 0), 500) });
    if (states.length === 0) return [];
    const records = new Map((await this.scope.ds.getRepository(VerifactuRecordEntity).createQueryBuilder('r')
      .where('r.id IN (:...ids)', { ids: states.map((s) => s.recordId) }).getMany()).map((r) => [r.id, r]));
    return states.map((state) => ({ record: records.get(state.recordId)!, state }));
  }

  /**
   * Puts a REJECTED record back in the queue once its cause is fixed: the worker sends it again marked
   * RechazoPrevio, as the rules ask. Only the record's state changes; the record itself never does.
   */
  async resend(recordId: string): Promise<RecordWithState> {
    return inTransaction(this.scope.ds, async (m) => {
      const r = await m.createQueryBuilder().update(VerifactuRecordStateEntity).set({ status: 'PENDING', nextAttemptAt: null })
        .where('"recordId" = :recordId AND status = :rejected', { recordId, rejected: 'REJECTED' }).updateEntity(false).execute();
      const record = await m.findOneBy(VerifactuRecordEntity, { id: recordId });
      if (!record) throw notFound(this.scope.locale, 'VerifactuRecord', recordId);
      const state = await m.findOneByOrFail(VerifactuRecordStateEntity, { recordId });
      if (r.affected !== 1) throw badInput(this.scope.locale, 'id', 'RECORD_NOT_REJECTED', { number: record.number, status: state.status });
      await audit(m, this.scope, [{ entityType: 'VerifactuRecord', entityId: recordId, clientId: null, action: 'RESEND', changes: [{ field: 'status', from: 'REJECTED', to: 'PENDING' }] }]);
      return { record, state };
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
      const r = await m.createQueryBuilder().update(InvoiceEntity).set({ voidedAt })
        .where('id = :id AND "voidedAt" IS NULL AND status = :status', { id, status: fresh.status }).updateEntity(false).execute();
      if (r.affected !== 1) throw conflict(this.scope.locale, 'Invoice', id);
      await audit(m, this.scope, [{ entityType: 'Invoice', entityId: id, clientId: invoice.clientId, action: 'VOID', changes: [{ field: 'voidedAt', from: null, to: voidedAt }] }]);
      const updated = { ...fresh, voidedAt };
      this.scope.loaders.invoice.clear(id).prime(id, updated);
      this.scope.loaders.verifactuRecords.clear(id);
      return updated;
    });
  }
}
