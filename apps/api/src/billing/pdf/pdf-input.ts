// What an invoice PDF is drawn from, for one invoice (GET /invoices/:id.pdf) or a page of them (PDF batches,
// docs/jobs.md): read through DataLoaders, so a page of invoices costs the same handful of queries as one.
import { message, verifactuQrUrl, type BillingAccount } from '@antena/domain';
import type { InvoiceEntity } from '../../entities/index.js';
import type { Loaders } from '../../loaders/loaders.js';
import type { InvoicePdfInput } from './invoice-pdf.js';

/** The account stored when the invoice was issued, with the domain's explanation of it. */
export function invoiceBillingAccount(invoice: InvoiceEntity): BillingAccount {
  return { iban: invoice.billingIban, source: invoice.billingSource, code: invoice.billingCode as BillingAccount['code'], params: invoice.billingParams };
}

const value = <T>(v: T | Error | null | undefined, what: string): T => {
  if (v instanceof Error) throw v;
  if (v == null) throw new Error(`${what} missing`);
  return v;
};

/** The PDF inputs of `invoices`, in their order. */
export async function pdfInputs(loaders: Loaders, invoices: readonly InvoiceEntity[]): Promise<InvoicePdfInput[]> {
  const [lines, clients, contracts, rectified, records, settings] = await Promise.all([
    loaders.invoiceLines.loadMany(invoices.map((i) => i.id)),
    loaders.client.loadMany(invoices.map((i) => i.clientId)),
    loaders.contract.loadMany(invoices.map((i) => i.contractId)),
    loaders.invoice.loadMany(invoices.flatMap((i) => (i.rectifiesId ? [i.rectifiesId] : []))),
    loaders.verifactuRecords.loadMany(invoices.map((i) => i.id)),
    loaders.verifactuSettings.load(1),
  ]);
  const rectifiedById = new Map(rectified.flatMap((r) => (r && !(r instanceof Error) ? [[r.id, r] as const] : [])));
  return invoices.map((invoice, k) => {
    // The name and NIF the document was recorded with; the address and register line as set now.
    const alta = value(records[k], 'verifactu records').find((r) => r.record.kind === 'ALTA')?.record ?? null;
    const issuer = {
      name: alta && 'issuerName' in alta.payload ? alta.payload.issuerName : settings.legalName, taxId: alta?.issuerNif ?? settings.nif,
      address: settings.address, registerLine: settings.registerLine, email: null,
    };
    const account = invoiceBillingAccount(invoice);
    return {
      invoice, lines: value(lines[k], 'invoice lines'), client: value(clients[k], `client ${invoice.clientId}`), contract: value(contracts[k], `contract ${invoice.contractId}`),
      rectifies: invoice.rectifiesId ? rectifiedById.get(invoice.rectifiesId) ?? null : null, issuer,
      billingAccount: message(account.code, 'es', account.params), invoiceType: alta?.invoiceType ?? null,
      verifactu: alta ? {
        qrUrl: verifactuQrUrl({ mode: settings.mode, environment: settings.environment, issuerNif: alta.issuerNif, number: invoice.number, issueDate: invoice.issueDate, totalCents: invoice.totalCents }),
        mode: settings.mode,
      } : null,
    };
  });
}
