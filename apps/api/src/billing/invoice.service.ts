// Reading invoices and credit notes (billing runs and credit notes write them). Partners see their clients' only.
import { message, type BillingAccount, type MessageCode } from '@antena/domain';
import { InvoiceEntity, type InvoiceLineEntity } from '../entities/index.js';
import { visibleClient, visibleInvoice } from '../services/access.js';
import { invoiceBillingAccount } from './pdf/pdf-input.js';
import { planPdfBatch } from './pdf/pdf-batch.js';
import { queueJob, type BackgroundJobEntity } from '../jobs/background.js';
import { applyInvoiceFilter, readInvoiceFilter, type InvoiceFilterInput, type InvoiceFilterValue } from './invoice-filter.js';
import { paginate, paginateBy, readPageArgs, type Page, type PageArgs } from '../services/pagination.js';
import { partnerIdOf, type Scope } from '../services/scope.js';

export type InvoiceSortValue = 'NEWEST' | 'OLDEST' | 'ISSUE_DATE_DESC' | 'ISSUE_DATE_ASC' | 'TOTAL_DESC' | 'TOTAL_ASC';
export interface InvoiceTotalsValue { count: number; baseCents: number; taxCents: number; totalCents: number }

/** A SUM read back from either database (PostgreSQL sends bigint sums as strings): exact or an error. */
function exactSum(value: string | number | null | undefined): number {
  const n = Number(value ?? 0);
  if (!Number.isSafeInteger(n)) throw new Error(`invoice sum ${String(value)} is beyond exact integers`);
  return n;
}

export class InvoiceService {
  constructor(private readonly scope: Scope) {}

  get(id: string): Promise<InvoiceEntity> {
    return visibleInvoice(this.scope, id);
  }

  /** Newest first (ids are time-ordered) unless `sort` says otherwise; `filter` narrows the set. */
  async list(args: PageArgs & { clientId?: string | null; contractId?: string | null; filter?: InvoiceFilterInput | null; sort?: InvoiceSortValue | null }): Promise<Page<InvoiceEntity>> {
    const page = readPageArgs(this.scope.locale, args);
    const filter = await this.filter({ ...args.filter, ...(args.clientId ? { clientId: args.clientId } : {}), ...(args.contractId ? { contractId: args.contractId } : {}) });
    const qb = this.query(filter);
    const sort = args.sort ?? 'NEWEST';
    const id = { column: 'i.id', key: (i: InvoiceEntity) => i.id };
    const result = sort === 'NEWEST' || sort === 'OLDEST'
      ? await paginate(qb, 'i.id', sort === 'NEWEST' ? 'DESC' : 'ASC', (i) => i.id, page)
      : sort.startsWith('TOTAL_')
        ? await paginateBy(this.scope.locale, qb, sort.endsWith('DESC') ? 'DESC' : 'ASC', { column: 'i.totalCents', key: (i) => i.totalCents }, id, page)
        : await paginateBy(this.scope.locale, qb, sort.endsWith('DESC') ? 'DESC' : 'ASC', { column: 'i.issueDate', key: (i) => i.issueDate }, id, page);
    for (const i of result.nodes) this.scope.loaders.invoice.prime(i.id, i);
    return result;
  }

  /** Count and 64-bit sums of every invoice the filter selects (not only one page). */
  async totals(raw: InvoiceFilterInput | null | undefined): Promise<InvoiceTotalsValue> {
    const row = await this.query(await this.filter(raw)).select('COUNT(*)', 'count')
      .addSelect('COALESCE(SUM(i.baseCents), 0)', 'base').addSelect('COALESCE(SUM(i.taxCents), 0)', 'tax').addSelect('COALESCE(SUM(i.totalCents), 0)', 'total')
      .getRawOne<{ count: string | number; base: string | number; tax: string | number; total: string | number }>();
    return { count: Number(row?.count ?? 0), baseCents: exactSum(row?.base), taxCents: exactSum(row?.tax), totalCents: exactSum(row?.total) };
  }

  /** Every invoice the filter selects, oldest first, read in chunks of `chunk` (for the CSV export). */
  async *each(raw: InvoiceFilterInput | null | undefined, chunk = 1000): AsyncGenerator<InvoiceEntity[]> {
    const filter = await this.filter(raw);
    let after: string | null = null;
    for (;;) {
      const qb = this.query(filter).orderBy('i.id', 'ASC').take(chunk);
      if (after) qb.andWhere('i.id > :after', { after });
      const rows = await qb.getMany();
      if (rows.length === 0) return;
      yield rows;
      if (rows.length < chunk) return;
      after = rows[rows.length - 1]!.id;
    }
  }

  private async filter(raw: InvoiceFilterInput | null | undefined): Promise<InvoiceFilterValue> {
    const filter = readInvoiceFilter(this.scope.locale, raw);
    if (filter.clientId) await visibleClient(this.scope, filter.clientId);
    return filter;
  }

  private query(filter: InvoiceFilterValue) {
    const qb = this.scope.ds.getRepository(InvoiceEntity).createQueryBuilder('i');
    applyInvoiceFilter(qb, filter, partnerIdOf(this.scope));
    return qb;
  }

  /**
   * Queues the PDFs of every invoice the filter selects as one ZIP (pdf/pdf-batch.ts): refused when none or more
   * than the cap; a partner's batch holds its own clients' invoices only, as GET /invoices/:id.pdf allows.
   */
  async queuePdfBatch(raw: InvoiceFilterInput | null | undefined): Promise<BackgroundJobEntity> {
    const { params, count } = await planPdfBatch(this.scope, raw);
    return queueJob(this.scope, 'INVOICE_PDF_BATCH', { ...params }, count);
  }

  lines(invoice: InvoiceEntity): Promise<InvoiceLineEntity[]> {
    return this.scope.loaders.invoiceLines.load(invoice.id);
  }

  /** The account stored when the invoice was issued, with the domain's explanation of it. */
  billingAccount(invoice: InvoiceEntity): BillingAccount {
    return invoiceBillingAccount(invoice);
  }

  lineDescription(line: InvoiceLineEntity): string {
    return message(line.code as MessageCode, this.scope.locale, line.params);
  }
}
