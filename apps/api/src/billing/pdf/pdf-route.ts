// GET /invoices/:id.pdf — the invoice as a PDF, with the same credentials as /graphql (bearer token
// or partner API key): another partner's invoice is 404, as NOT_FOUND is in GraphQL.
import type { Request, RequestHandler } from 'express';
import { message } from '@antena/domain';
import { AppError, unauthenticated } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

export function invoicePdfRoute(contextFor: (req: Request) => Promise<Context>): RequestHandler {
  return async (req, res, next) => {
    try {
      const ctx = await contextFor(req);
      if (!ctx.actor) throw unauthenticated(ctx.locale, ctx.authFailure ?? 'UNAUTHENTICATED');
      const invoice = await ctx.services.invoices.get(String(req.params['id']));
      const [lines, client, contract, rectifies] = await Promise.all([
        ctx.services.invoices.lines(invoice), ctx.loaders.client.load(invoice.clientId), ctx.loaders.contract.load(invoice.contractId),
        invoice.rectifiesId ? ctx.loaders.invoice.load(invoice.rectifiesId) : Promise.resolve(null),
      ]);
      const account = ctx.services.invoices.billingAccount(invoice);
      const [settings, records] = await Promise.all([ctx.loaders.verifactuSettings.load(1), ctx.loaders.verifactuRecords.load(invoice.id)]);
      // The name and NIF the document was recorded with; the address and register line as set now.
      const alta = records.find((r) => r.record.kind === 'ALTA')?.record ?? null;
      const issuer = {
        name: alta && 'issuerName' in alta.payload ? alta.payload.issuerName : settings.legalName, taxId: alta?.issuerNif ?? settings.nif,
        address: settings.address, registerLine: settings.registerLine, email: null,
      };
      // pdfkit, its fonts and the QR encoder load on the first PDF, not at startup.
      const { renderInvoicePdf } = await import('./invoice-pdf.js');
      const pdf = await renderInvoicePdf({
        invoice, lines, client: client!, contract: contract!, rectifies: rectifies ?? null, issuer,
        billingAccount: message(account.code, 'es', account.params), invoiceType: alta?.invoiceType ?? null,
        verifactu: alta ? { qrUrl: ctx.services.verifactu.qrUrl(invoice, settings, alta.issuerNif), mode: settings.mode } : null,
      });
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
