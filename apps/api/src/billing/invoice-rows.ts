// Domain drafts → invoice and line rows, numbered in order and written in bulk (bulk-insert.ts).
import type { BillingAccount, InvoiceDraft, InvoiceLineDraft, Period } from '@antena/domain';
import { periodEnd, periodStart } from '@antena/domain';
import type { EntityManager } from 'typeorm';
import { newId } from '../db/ids.js';
import { InvoiceEntity, InvoiceLineEntity, type InvoiceKind } from '../entities/index.js';
import { bulkInsert } from './bulk-insert.js';
import { formatInvoiceNumber, type Series } from './numbering.js';

export interface InvoiceToWrite {
  kind: InvoiceKind;
  contractId: string;
  clientId: string;
  period: Period;
  draft: Pick<InvoiceDraft, 'issueDate' | 'lines' | 'totals'>;
  account: BillingAccount;
  rectifiesId: string | null;
  /** Credit notes: the reason (manual ones) and the rectification type (R1–R5). */
  creditReason?: string | null;
  rectificationType?: string | null;
}

export function lineRow(invoiceId: string, position: number, l: InvoiceLineDraft): InvoiceLineEntity {
  return {
    id: newId(), invoiceId, position, kind: l.kind, subscriptionId: l.subscriptionId, tariffId: l.tariffId, tariffCode: l.tariffCode,
    bonusId: l.bonusId, additionalAmountId: l.additionalAmountId, fromDate: l.from, toDate: l.to, days: l.days, daysInMonth: l.daysInMonth,
    unitPriceCents: l.unitPriceCents, amountCents: l.amountCents, vatRate: l.vatRate, code: l.code, params: l.params,
  };
}

/** Numbers `items` from `firstSequence` on, in order, and builds their rows. */
export function buildRows(items: InvoiceToWrite[], series: Series, year: number, firstSequence: number, runId: string | null, createdAt: string) {
  const invoices: InvoiceEntity[] = [];
  const lines: InvoiceLineEntity[] = [];
  items.forEach((it, i) => {
    const sequence = firstSequence + i;
    const id = newId();
    invoices.push({
      id, kind: it.kind, series, year, sequence, number: formatInvoiceNumber(series, year, sequence), clientId: it.clientId, contractId: it.contractId,
      period: it.period, periodStart: periodStart(it.period), periodEnd: periodEnd(it.period), issueDate: it.draft.issueDate,
      baseCents: it.draft.totals.baseCents, taxCents: it.draft.totals.taxCents, totalCents: it.draft.totals.totalCents, vatBreakdown: it.draft.totals.vat,
      status: 'ISSUED', rectifiesId: it.rectifiesId, billingIban: it.account.iban, billingSource: it.account.source, billingCode: it.account.code,
      billingParams: it.account.params, billingRunId: runId, createdAt,
      creditReason: it.creditReason ?? null, rectificationType: it.rectificationType ?? null, version: 1,
    });
    it.draft.lines.forEach((l, p) => lines.push(lineRow(id, p + 1, l)));
  });
  return { invoices, lines };
}

export const insertInvoices = (m: EntityManager, rows: InvoiceEntity[]) => bulkInsert(m, InvoiceEntity, rows);
export const insertLines = (m: EntityManager, rows: InvoiceLineEntity[]) => bulkInsert(m, InvoiceLineEntity, rows);

/**
 * Marks an invoice void (voidInvoice, after its anulación record): only while it is not void yet and still has the
 * status the caller checked. False when another change came first.
 */
export async function markInvoiceVoided(m: EntityManager, id: string, checkedStatus: InvoiceEntity['status'], voidedAt: string): Promise<boolean> {
  const r = await m.createQueryBuilder().update(InvoiceEntity).set({ voidedAt })
    .where('id = :id AND "voidedAt" IS NULL AND status = :status', { id, status: checkedStatus }).updateEntity(false).execute();
  return r.affected === 1;
}
