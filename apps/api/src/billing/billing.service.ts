// The billing operations of one request (docs/billing.md): validates, explains refusals, and calls the runs.
// Partners never get here for runs, previews or payment status (resolvers are admin-only).
import { allowedPaymentStatuses, checkInlinePreview, checkMassCredit, checkPaymentTransition, checkRunDate, validatePeriod, type Period, type Refusal } from '@antena/domain';
import { In } from 'typeorm';
import { inTransaction } from '../db/transaction.js';
import { BillingRunEntity, InvoiceEntity, type InvoiceStatus } from '../entities/index.js';
import { badInput, conflict, notFound, refused } from '../errors/errors.js';
import { audit } from '../services/audit.service.js';
import { loadBillingSettings } from '../services/billing-settings.service.js';
import { visibleInvoice } from '../services/access.js';
import type { Scope } from '../services/scope.js';
import { countContracts, previewBilling, type BillingPreview } from './billing-preview.js';
import { batchLimits } from './batch-limits.js';
import type { PreviewJobParams } from './preview-job.js';
import { queueJob, type BackgroundJobEntity } from '../jobs/background.js';
import { queueBillingRun } from './billing-run.js';
import { queueMassCredit } from './mass-credit-run.js';
import { createCreditNote, type CreateCreditNoteInput } from './credit-notes.js';
import { applyPaymentStatuses } from './payment-status.js';

export const PREVIEW_LIMIT_MAX = 1000;
export const MARK_PAID_MAX = 500;

export class BillingService {
  constructor(private readonly scope: Scope) {}

  private period(period: string): Period {
    const v = validatePeriod(period, 'period');
    if (!v.ok) throw badInput(this.scope.locale, 'period', v.code, v.params);
    return v.value;
  }

  private previewLimit(limit: number): number {
    if (!Number.isInteger(limit) || limit < 0 || limit > PREVIEW_LIMIT_MAX) throw badInput(this.scope.locale, 'limit', 'PAGE_SIZE_INVALID', { max: PREVIEW_LIMIT_MAX });
    return limit;
  }

  /**
   * On the request path: one contract, or a base of at most `previewInlineMaxContracts` (batch-limits.ts);
   * a larger base is refused (BILLING_PREVIEW_TOO_LARGE), its remedy the queued preview (`queuePreview`).
   */
  async preview(period: string, limit = 100, contractId: string | null = null): Promise<BillingPreview> {
    const p = this.period(period);
    this.previewLimit(limit);
    if (!contractId) {
      const refusal = checkInlinePreview({ period: p, contracts: await countContracts(this.scope.ds), max: batchLimits(this.scope.limits).previewInlineMaxContracts, onlyContract: false });
      if (refusal) throw refused(this.scope.locale, 'contractId', refusal);
    }
    return previewBilling(this.scope.ds, { period: p, limit, onlyContractId: contractId });
  }

  /** The preview of the whole base as a background job (preview-job.ts), whatever its size; `backgroundJob(id)` follows it. */
  async queuePreview(period: string, limit = 100): Promise<BackgroundJobEntity> {
    const params: PreviewJobParams = { period: this.period(period), limit: this.previewLimit(limit) };
    return queueJob(this.scope, 'BILLING_PREVIEW', { ...params }, await countContracts(this.scope.ds));
  }

  /**
   * Refused while the run's documents would be dated after today in Europe/Madrid (scope.today). Otherwise the run
   * is queued and returned at once (QUEUED); a worker does it (docs/jobs.md) and `billingRun(id)` shows its progress.
   */
  async run(period: string): Promise<BillingRunEntity> {
    const p = this.period(period);
    const settings = await loadBillingSettings(this.scope.ds.manager);
    const future = checkRunDate({ kind: 'BILLING', mode: settings.mode, period: p, today: this.scope.today });
    if (future) throw refused(this.scope.locale, 'period', future);
    const run = await queueBillingRun(this.scope.ds, { period: p, actor: this.scope.actor, now: new Date(), enqueue: this.scope.jobs.enqueue });
    this.scope.jobs.wake();
    return run;
  }

  async massCredit(period: string): Promise<BillingRunEntity> {
    const p = this.period(period);
    const settings = await loadBillingSettings(this.scope.ds.manager);
    const refusal = checkMassCredit(settings) ?? checkRunDate({ kind: 'MASS_CREDIT', mode: settings.mode, period: p, today: this.scope.today });
    if (refusal) throw refused(this.scope.locale, 'period', refusal);
    // Credit notes are dated the day they are issued.
    const run = await queueMassCredit(this.scope.ds, { period: p, issueDate: this.scope.today, actor: this.scope.actor, now: new Date(), enqueue: this.scope.jobs.enqueue });
    this.scope.jobs.wake();
    return run;
  }

  runs(first: number): Promise<BillingRunEntity[]> {
    return this.scope.ds.getRepository(BillingRunEntity).find({ order: { id: 'DESC' }, take: Math.min(Math.max(first, 0), 100) });
  }

  runById(id: string): Promise<BillingRunEntity | null> {
    return this.scope.ds.getRepository(BillingRunEntity).findOneBy({ id });
  }

  creditNotesOf(invoice: InvoiceEntity): Promise<InvoiceEntity[]> {
    return this.scope.loaders.creditNotesByInvoice.load(invoice.id);
  }

  /** A manual credit note (docs/billing.md "Manual credit notes"); refusals explained by the domain. */
  createCreditNote(input: CreateCreditNoteInput): Promise<InvoiceEntity> {
    return createCreditNote(this.scope, input);
  }

  /** Only the payment status changes (issued invoices are immutable), and only along allowed transitions. */
  async setPaymentStatus(id: string, to: InvoiceStatus): Promise<InvoiceEntity> {
    const invoice = await visibleInvoice(this.scope, id);
    const refusal = checkPaymentTransition(invoice, to);
    if (refusal) throw refused(this.scope.locale, 'status', refusal, allowedPaymentStatuses(invoice.kind, invoice.status));
    return inTransaction(this.scope.ds, async (m) => {
      await applyPaymentStatuses(m, this.scope, [{ invoice, to }]);
      const updated = { ...invoice, status: to };
      this.scope.loaders.invoice.prime(id, updated);
      return updated;
    });
  }

  /**
   * Bulk "mark paid": each invoice the domain allows (the same check as its MARK_PAID availableAction)
   * becomes PAID in one transaction; each one it refuses comes back with the refusal, nothing thrown.
   * Results follow the order of `ids` (repeated ids once).
   */
  async markPaid(ids: readonly string[]): Promise<{ invoice: InvoiceEntity; refusal: Refusal | null }[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0 || unique.length > MARK_PAID_MAX) throw badInput(this.scope.locale, 'ids', 'PAGE_SIZE_INVALID', { max: MARK_PAID_MAX, value: String(unique.length) });
    return inTransaction(this.scope.ds, async (m) => {
      const found = await m.findBy(InvoiceEntity, { id: In(unique) });
      const byId = new Map(found.map((i) => [i.id, i]));
      const missing = unique.find((id) => !byId.has(id));
      if (missing) throw notFound(this.scope.locale, 'Invoice', missing);
      const invoices = unique.map((id) => byId.get(id)!);
      const { refused: refusals } = await applyPaymentStatuses(m, this.scope, invoices.map((invoice) => ({ invoice, to: 'PAID' as const })));
      const refusalOf = new Map(refusals.map((r) => [r.change.invoice.id, r.refusal]));
      return invoices.map((invoice) => {
        const found = refusalOf.get(invoice.id);
        // The domain's refusal names the field; the entity is the invoice it was asked about.
        const refusal: Refusal | null = found ? { ...found, entityType: found.entityType ?? 'Invoice', entityId: found.entityId ?? invoice.id } : null;
        const after = refusal ? invoice : { ...invoice, status: 'PAID' as const };
        this.scope.loaders.invoice.clear(invoice.id).prime(invoice.id, after);
        return { invoice: after, refusal };
      });
    });
  }
}
