// GET /invoices.csv — the invoices a filter selects (the query string carries InvoiceFilter's fields;
// `status` may repeat), for spreadsheet programs: UTF-8 with a BOM, `;` between fields, Spanish
// decimal commas and DD/MM/AAAA dates. Admin only. Streamed in chunks of 1000 rows, never built whole.
import type { Request, RequestHandler } from 'express';
import type { Locale } from '@antena/domain';
import { AppError, forbidden, unauthenticated } from '../errors/errors.js';
import type { Context } from '../graphql/context.js';
import type { InvoiceFilterInput } from '../billing/invoice-filter.js';
import type { InvoiceEntity } from '../entities/index.js';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

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

/** 123456 → "1234,56"; -3630 → "-36,30" (no thousands separator: spreadsheets read it as a number). */
export function csvCents(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.trunc(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** "2026-03-09" → "09/03/2026". */
export function csvDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** A text cell, quoted; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula. */
export function csvText(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

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
  return async (req, res, next) => {
    let started = false;
    try {
      const ctx = await contextFor(req);
      if (!ctx.actor) throw unauthenticated(ctx.locale, ctx.authFailure ?? 'UNAUTHENTICATED');
      if (ctx.actor.kind !== 'ADMIN') throw forbidden(ctx.locale);
      const labels = LABELS[ctx.locale];
      const chunks = ctx.services.invoices.each(filterFrom(req));
      // The filter is validated by the first read, before any byte is sent: a bad one is a 400.
      const first = await chunks.next();
      res.type('text/csv; charset=utf-8').setHeader('content-disposition', `attachment; filename="${ctx.locale === 'es' ? 'facturas' : 'invoices'}-${ctx.today}.csv"`);
      started = true;
      res.write(`\uFEFF${labels.header.map(csvText).join(';')}\r\n`);
      const write = async (rows: InvoiceEntity[]) => {
        const clients = await ctx.loaders.client.loadMany(rows.map((i) => i.clientId));
        const rectified = await ctx.loaders.invoice.loadMany(rows.map((i) => i.rectifiesId).filter((id): id is string => id !== null));
        const numberOf = new Map(rectified.flatMap((r) => (r && !(r instanceof Error) ? [[r.id, r.number] as const] : [])));
        const lines = rows.map((i, k) => {
          const c = clients[k];
          const client = c && !(c instanceof Error) ? c : null;
          return [
            csvText(i.number), csvText(labels.kind[i.kind] ?? i.kind), csvText(labels.status[i.status] ?? i.status),
            csvText(client?.code ?? ''), csvText(client?.name ?? ''), csvText(client?.taxId ?? ''), csvText(i.period), csvDate(i.issueDate),
            csvCents(i.baseCents), csvCents(i.taxCents), csvCents(i.totalCents), csvText(i.rectifiesId ? numberOf.get(i.rectifiesId) ?? '' : ''),
          ].join(';');
        });
        if (!res.write(`${lines.join('\r\n')}\r\n`)) await new Promise((r) => res.once('drain', r));
      };
      if (!first.done) await write(first.value);
      for await (const rows of chunks) await write(rows);
      res.end();
    } catch (err) {
      if (!started && err instanceof AppError && STATUS[String(err.extensions['code'])]) {
        res.status(STATUS[String(err.extensions['code'])]!).json({ errors: [{ message: err.message, extensions: err.extensions }] });
        return;
      }
      if (started) { res.destroy(err instanceof Error ? err : undefined); return; }
      next(err);
    }
  };
}
