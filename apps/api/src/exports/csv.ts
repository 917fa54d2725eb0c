// The spreadsheet exports (GET /invoices.csv, GET /clients.csv): UTF-8 with a BOM, `;` between fields, Spanish
// decimal commas and DD/MM/AAAA dates, admin only, streamed chunk by chunk (never built whole, the socket's
// backpressure respected). A bad filter is refused before the first byte, with the API's error shape.
import type { Request, RequestHandler } from 'express';
import { formatDay } from '@antena/domain';
import { AppError, forbidden, unauthenticated } from '../errors/errors.js';
import type { Context } from '../graphql/context.js';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

/** 123456 → "1234,56"; -3630 → "-36,30" (no thousands separator: spreadsheets read it as a number). */
export function csvCents(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.trunc(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** "2026-03-09" → "09/03/2026". */
export const csvDate = formatDay;

/** A text cell, quoted; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula. */
export function csvText(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export interface CsvExport<T> {
  /** The file's name without the date and extension, e.g. "facturas". */
  file(ctx: Context): string;
  header(ctx: Context): string[];
  /** The rows in chunks; reading the first one validates the request (a refusal there is a 4xx, not a broken file). */
  chunks(ctx: Context, req: Request): AsyncGenerator<T[]>;
  /** One chunk's lines, each already joined with `;`. */
  lines(ctx: Context, rows: T[]): Promise<string[]>;
}

export function csvRoute<T>(contextFor: (req: Request) => Promise<Context>, csv: CsvExport<T>): RequestHandler {
  return async (req, res, next) => {
    let started = false;
    try {
      const ctx = await contextFor(req);
      if (!ctx.actor) throw unauthenticated(ctx.locale, ctx.authFailure ?? 'UNAUTHENTICATED');
      if (ctx.actor.kind !== 'ADMIN') throw forbidden(ctx.locale);
      const chunks = csv.chunks(ctx, req);
      const first = await chunks.next();
      res.type('text/csv; charset=utf-8').setHeader('content-disposition', `attachment; filename="${csv.file(ctx)}-${ctx.today}.csv"`);
      started = true;
      res.write(`\uFEFF${csv.header(ctx).map(csvText).join(';')}\r\n`);
      const write = async (rows: T[]) => {
        const lines = await csv.lines(ctx, rows);
        if (lines.length > 0 && !res.write(`${lines.join('\r\n')}\r\n`)) await new Promise((r) => res.once('drain', r));
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
