// Domain drafts → invoice and line rows, written with multi-row INSERTs in slices that stay under
// each database's bound-parameter limit (SQLite 32 766, PostgreSQL 65 535). Never save() in a loop.
import type { BillingAccount, InvoiceDraft, InvoiceLineDraft, Period } from '@antena/domain';
import { periodEnd, periodStart } from '@antena/domain';
import type { EntityManager } from 'typeorm';
import { newId } from '../db/ids.js';
import { InvoiceEntity, InvoiceLineEntity, type InvoiceKind } from '../entities/index.js';
import { formatInvoiceNumber, type Series } from './numbering.js';

export interface InvoiceToWrite {
  kind: InvoiceKind;
  contractId: string;
  clientId: string;
  period: Period;
  draft: Pick<InvoiceDraft, 'issueDate' | 'lines' | 'totals'>;
  account: BillingAccount;
  rectifiesId: string | null;
}

const INVOICE_COLUMNS = 24;
const LINE_COLUMNS = 19;

function slices<T>(rows: T[], columns: number, postgres: boolean): T[][] {
  const size = Math.floor((postgres ? 60_000 : 30_000) / columns);
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
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
    });
    it.draft.lines.forEach((l, p) => lines.push(lineRow(id, p + 1, l)));
  });
  return { invoices, lines };
}

export async function insertInvoices(m: EntityManager, rows: InvoiceEntity[], postgres: boolean): Promise<void> {
  for (const slice of slices(rows, INVOICE_COLUMNS, postgres)) {
    await m.createQueryBuilder().insert().into(InvoiceEntity).values(slice).updateEntity(false).execute();
  }
}

export async function insertLines(m: EntityManager, rows: InvoiceLineEntity[], postgres: boolean): Promise<void> {
  for (const slice of slices(rows, LINE_COLUMNS, postgres)) {
    await m.createQueryBuilder().insert().into(InvoiceLineEntity).values(slice).updateEntity(false).execute();
  }
}
