// GET /invoices.csv — the invoices a filter selects (the query string carries InvoiceFilter's fields;
// `status` may repeat), for spreadsheet programs: UTF-8 with a BOM, `;` between fields, Spanish
// decimal commas and DD/MM/AAAA dates. Admin only. Streamed in chunks of 1000 rows, never built whole.
import type { Request, RequestHandler } from 'express';
import type { Locale } from '@antena/domain';
import type { Context } from '../graphql/context.js';
import type { InvoiceFilterInput } from '../billing/invoice-filter.js';
import type { InvoiceEntity } from '../entities/index.js';
import { csvCents, csvDate, csvRoute, csvText } from './csv.js';

const LABELS: Record<Locale, { header: string[]; kind: Record<string, string>; status: Record<string, string> }> = {
  es: {
    header: ['Número', 'Tipo', 'Estado', 'Código cliente', 'Cliente', 'NIF', 'Periodo', 'Fecha de emisión', 'Base', 'IVA', 'Total', 'Rectifica a'],
    kind: { INVOICE: 'Factura', CREDIT_NOTE: 'Rectificativa' },
    status: { ISSUED: 'Emitida', PAID: 'Pagada', RETURNED: 'Devuelta' },
  },
  en: {
    header: ['Number', 'Kind', 'Status', 'Client code', 'Client', 'Tax id', 'Period', 'Issue date', 'Base', 'VAT', 'Total', 'Rectifies'],
    kind: { INVOICE: 'Invoice', CREDIT_NOTE: 'Credit note' },
    status: { ISSUED: 'Issued', PAID: 'Paid', RETURNED: 'Returned' },
  },
};

function filterFrom(req: Request): InvoiceFilterInput {
  const q = req.query;
  const one = (name: string): string | null => (typeof q[name] === 'string' && q[name] !== '' ? (q[name] as string) : null);
  const int = (name: string): number | null => {
    const v = one(name);
    return v === null ? null : /^-?\d+$/.test(v) ? Number(v) : Number.NaN;
  };
  const status = q['status'] === undefined ? null : ([] as unknown[]).concat(q['status']).map(String).flatMap((s) => s.split(',')).filter(Boolean);
  return {
    status, kind: one('kind'), periodFrom: one('periodFrom'), periodTo: one('periodTo'), clientId: one('clientId'),
    minTotalCents: int('minTotalCents'), maxTotalCents: int('maxTotalCents'),
  };
}

export function invoicesCsvRoute(contextFor: (req: Request) => Promise<Context>): RequestHandler {
  return csvRoute<InvoiceEntity>(contextFor, {
    file: (ctx) => (ctx.locale === 'es' ? 'facturas' : 'invoices'),
    header: (ctx) => LABELS[ctx.locale].header,
    chunks: (ctx, req) => ctx.services.invoices.each(filterFrom(req)),
    async lines(ctx, rows) {
      const labels = LABELS[ctx.locale];
      const clients = await ctx.loaders.client.loadMany(rows.map((i) => i.clientId));
      const rectified = await ctx.loaders.invoice.loadMany(rows.map((i) => i.rectifiesId).filter((id): id is string => id !== null));
      const numberOf = new Map(rectified.flatMap((r) => (r && !(r instanceof Error) ? [[r.id, r.number] as const] : [])));
      return rows.map((i, k) => {
        const c = clients[k];
        const client = c && !(c instanceof Error) ? c : null;
        return [
          csvText(i.number), csvText(labels.kind[i.kind] ?? i.kind), csvText(labels.status[i.status] ?? i.status),
          csvText(client?.code ?? ''), csvText(client?.name ?? ''), csvText(client?.taxId ?? ''), csvText(i.period), csvDate(i.issueDate),
          csvCents(i.baseCents), csvCents(i.taxCents), csvCents(i.totalCents), csvText(i.rectifiesId ? numberOf.get(i.rectifiesId) ?? '' : ''),
        ].join(';');
      });
    },
  });
}
