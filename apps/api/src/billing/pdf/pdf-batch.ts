// A batch of invoice PDFs as one ZIP (docs/jobs.md "PDF batches"): planned on the request path (filter,
// access, count, cap), rendered by a worker — each selected invoice's PDF with the same renderer and inputs
// as GET /invoices/:id.pdf, added to a ZIP streamed into job_files as it grows, progress per invoice.
import { checkPdfBatch, type Locale } from '@antena/domain';
import type { DataSource } from 'typeorm';
import { InvoiceEntity } from '../../entities/index.js';
import { refused } from '../../errors/errors.js';
import { writeJobFile, type JobFile } from '../../jobs/job-files.js';
import { zipStream, type ZipEntry } from '../../jobs/zip-stream.js';
import { createLoaders } from '../../loaders/loaders.js';
import { visibleClient } from '../../services/access.js';
import { partnerIdOf, type Scope } from '../../services/scope.js';
import { batchLimits } from '../batch-limits.js';
import { applyInvoiceFilter, readInvoiceFilter, type InvoiceFilterInput, type InvoiceFilterValue } from '../invoice-filter.js';
import { pdfInputs } from './pdf-input.js';

/** What the worker needs: the validated filter, whose invoices (a partner's own), up to which id (the selection when queued). */
export interface PdfBatchParams { filter: InvoiceFilterValue; partnerId: string | null; upToId: string; fileName: string }
export interface PdfBatchResult { count: number; file: JobFile }

/** What running a batch needs of its job (JobContext has it). */
export interface PdfBatchContext { ds: DataSource; jobId: string; now(): Date; progress(done: number, total: number | null): Promise<void> }

/** Invoices rendered per round of loading (one handful of queries per page). */
const PAGE = 50;
const ZIP_TYPE = 'application/zip';

const selection = (ds: DataSource, p: Pick<PdfBatchParams, 'filter' | 'partnerId'>) => {
  const qb = ds.getRepository(InvoiceEntity).createQueryBuilder('i');
  applyInvoiceFilter(qb, p.filter, p.partnerId);
  return qb;
};

/** facturas-2026-11.zip, facturas-2026-09_2026-11.zip, or dated the day it was asked for. */
export function batchFileName(filter: InvoiceFilterValue, locale: Locale, today: string): string {
  const stem = locale === 'es' ? 'facturas' : 'invoices';
  const { periodFrom: from, periodTo: to } = filter;
  const when = from && to ? (from === to ? from : `${from}_${to}`) : from ? `${from}_` : to ? `_${to}` : today;
  return `${stem}-${when}.zip`;
}

/**
 * Checks the filter (BAD_USER_INPUT naming `filter.<field>`), that a filtered client is visible to the caller,
 * and the count: none or more than the cap is refused (PDF_BATCH_EMPTY, PDF_BATCH_TOO_LARGE). A partner's batch
 * holds only its own clients' invoices, as GET /invoices/:id.pdf allows it.
 */
export async function planPdfBatch(scope: Scope, raw: InvoiceFilterInput | null | undefined): Promise<{ params: PdfBatchParams; count: number }> {
  const filter = readInvoiceFilter(scope.locale, raw);
  if (filter.clientId) await visibleClient(scope, filter.clientId);
  const partnerId = partnerIdOf(scope);
  const row = await selection(scope.ds, { filter, partnerId }).select('COUNT(*)', 'count').addSelect('MAX(i.id)', 'upTo')
    .getRawOne<{ count: string | number; upTo: string | null }>();
  const count = Number(row?.count ?? 0);
  const refusal = checkPdfBatch({ count, max: batchLimits(scope.limits).pdfBatchMaxInvoices });
  if (refusal) throw refused(scope.locale, 'filter', refusal);
  return { params: { filter, partnerId, upToId: row!.upTo!, fileName: batchFileName(filter, scope.locale, scope.today) }, count };
}

/** The selected invoices in id order, a page at a time, each page's PDF inputs read together. */
async function* renderedPdfs(ctx: PdfBatchContext, params: PdfBatchParams, total: number): AsyncGenerator<ZipEntry> {
  const { renderInvoicePdf } = await import('./invoice-pdf.js');
  let after: string | null = null;
  let done = 0;
  for (;;) {
    const qb = selection(ctx.ds, params).andWhere('i.id <= :upTo', { upTo: params.upToId }).orderBy('i.id', 'ASC').take(PAGE);
    if (after) qb.andWhere('i.id > :after', { after });
    const page = await qb.getMany();
    if (page.length === 0) return;
    after = page[page.length - 1]!.id;
    const inputs = await pdfInputs(createLoaders(ctx.ds.manager), page);
    for (const input of inputs) {
      yield { name: `${input.invoice.number}.pdf`, data: await renderInvoicePdf(input) };
      await ctx.progress(++done, Math.max(total, done));
    }
  }
}

/** Renders the batch into the job's file; the result says how many PDFs and what file. */
export async function runPdfBatch(ctx: PdfBatchContext, params: PdfBatchParams): Promise<PdfBatchResult> {
  const counted = await selection(ctx.ds, params).andWhere('i.id <= :upTo', { upTo: params.upToId }).getCount();
  await ctx.progress(0, counted);
  let count = 0;
  const entries = (async function* () {
    for await (const entry of renderedPdfs(ctx, params, counted)) { count++; yield entry; }
  })();
  const file = await writeJobFile(ctx, params.fileName, ZIP_TYPE, zipStream(entries, ctx.now()));
  return { count, file };
}
