// GET /invoices/:id.pdf — the invoice as a PDF, with the same credentials as /graphql (bearer token
// or partner API key): another partner's invoice is 404, as NOT_FOUND is in GraphQL.
import type { Request, RequestHandler } from 'express';
import { AppError, unauthenticated } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { pdfInputs } from './pdf-input.js';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

export function invoicePdfRoute(contextFor: (req: Request) => Promise<Context>): RequestHandler {
  return async (req, res, next) => {
    try {
      const ctx = await contextFor(req);
      if (!ctx.actor) throw unauthenticated(ctx.locale, ctx.authFailure ?? 'UNAUTHENTICATED');
      const invoice = await ctx.services.invoices.get(String(req.params['id']));
      // pdfkit, its fonts and the QR encoder load on the first PDF, not at startup.
      const { renderInvoicePdf } = await import('./invoice-pdf.js');
      const [input] = await pdfInputs(ctx.loaders, [invoice]);
      const pdf = await renderInvoicePdf(input!);
      res.type('application/pdf').setHeader('content-disposition', `inline; filename="${invoice.number}.pdf"`);
      res.send(pdf);
    } catch (err) {
      if (err instanceof AppError && STATUS[String(err.extensions['code'])]) {
        res.status(STATUS[String(err.extensions['code'])]!).json({ errors: [{ message: err.message, extensions: err.extensions }] });
        return;
      }
      next(err);
    }
  };
}
