// A Spanish invoice or credit note (factura / factura rectificativa) as a PDF, with pdfkit: issuer and
// client with tax ids, series-number, dates, lines that explain themselves, VAT breakdown, totals, the
// billing account and why, and for a credit note the invoice it rectifies (docs/product.md §2).
import { formatCents, formatDay, formatIban, formatVatRate, message, type MessageCode } from '@antena/domain';
import PDFDocument from 'pdfkit';
import type { ClientEntity, ContractEntity, InvoiceEntity, InvoiceLineEntity } from '../../entities/index.js';
import type { VerifactuMode } from '@antena/domain';
import { drawVerifactuQr } from '../../verifactu/qr-pdf.js';
import type { Issuer } from './issuer.js';

export interface InvoicePdfInput {
  invoice: InvoiceEntity;
  lines: InvoiceLineEntity[];
  client: ClientEntity;
  contract: ContractEntity;
  rectifies: InvoiceEntity | null;
  issuer: Issuer;
  billingAccount: string;
  /** TipoFactura of a credit note's record (R1–R5, a setting). */
  invoiceType?: string | null;
  /** The QR content of its VeriFactu record (docs/verifactu.md); null for documents issued before records. */
  verifactu: { qrUrl: string; mode: VerifactuMode } | null;
}

const eur = (c: number) => formatCents(c, 'es');
const pct = (rate: number) => formatVatRate(rate, 'es');

export function renderInvoicePdf(input: InvoicePdfInput): Promise<Buffer> {
  const { invoice: inv, issuer, client, contract } = input;
  const credit = inv.kind === 'CREDIT_NOTE';
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `${credit ? 'Factura rectificativa' : 'Factura'} ${inv.number}`, Author: issuer.name } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => { doc.on('end', () => resolve(Buffer.concat(chunks))); doc.on('error', reject); });

  doc.font('Helvetica-Bold').fontSize(18).text(credit ? 'FACTURA RECTIFICATIVA' : 'FACTURA', { align: 'right' });
  doc.font('Helvetica').fontSize(10)
    .text(`Número: ${inv.number}`, { align: 'right' })
    .text(`Fecha de expedición: ${formatDay(inv.issueDate)}`, { align: 'right' })
    .text(`Periodo: ${formatDay(inv.periodStart)} – ${formatDay(inv.periodEnd)}`, { align: 'right' });
  if (credit && input.rectifies) {
    doc.text(`Rectifica a la factura ${input.rectifies.number} de ${formatDay(input.rectifies.issueDate)}`, { align: 'right' });
  }
  if (credit) {
    // A manual credit note's own reason (createCreditNote); a mass credit's is always the same (docs/billing.md).
    const reason = inv.creditReason ?? 'abono de días cobrados por adelantado con una tarifa sustituida (art. 15 RD 1619/2012)';
    doc.text(`Motivo: ${reason}`, 230, doc.y, { align: 'right', width: 315 });
    doc.text(`Tipo de factura rectificativa: ${input.invoiceType ?? inv.rectificationType ?? 'R4'} (por diferencias)`, 230, doc.y, { align: 'right', width: 315 });
  }
  const qrBottom = input.verifactu ? drawVerifactuQr(doc, 50, 40, { url: input.verifactu.qrUrl, mode: input.verifactu.mode }) : 0;
  doc.x = 50;
  doc.y = Math.max(doc.y, qrBottom);
  doc.moveDown();

  const top = doc.y;
  doc.font('Helvetica-Bold').text('Emisor', 50, top).font('Helvetica')
    .text(issuer.name).text(`NIF: ${issuer.taxId}`).text(issuer.address);
  if (issuer.email) doc.text(issuer.email);
  if (issuer.registerLine) doc.fontSize(8).text(issuer.registerLine).fontSize(10);
  const leftBottom = doc.y;
  doc.font('Helvetica-Bold').text('Cliente', 310, top).font('Helvetica')
    .text(client.name, 310).text(`NIF: ${client.taxId}`, 310).text(`Código de cliente: ${client.code}`, 310);
  if (client.address) doc.text(client.address, 310);
  doc.text(`Contrato: ${contract.number}`, 310);
  doc.x = 50;
  doc.y = Math.max(leftBottom, doc.y) + 20;

  doc.font('Helvetica-Bold').text('Concepto', 50, doc.y, { continued: false });
  const headerY = doc.y - 12;
  doc.text('Importe', 450, headerY, { width: 95, align: 'right' });
  doc.moveTo(50, doc.y + 2).lineTo(545, doc.y + 2).stroke();
  doc.moveDown(0.5).font('Helvetica');
  for (const line of input.lines) {
    const y = doc.y;
    doc.text(message(line.code as MessageCode, 'es', line.params), 50, y, { width: 390 });
    const after = doc.y;
    doc.text(eur(line.amountCents), 450, y, { width: 95, align: 'right' });
    doc.y = Math.max(after, doc.y) + 4;
  }
  doc.moveTo(50, doc.y).lineTo(545, doc.y).stroke().moveDown(0.5);

  doc.font('Helvetica-Bold').text('Desglose de IVA', 50);
  doc.font('Helvetica');
  for (const g of inv.vatBreakdown) {
    doc.text(`IVA ${pct(g.vatRate)}: base imponible ${eur(g.baseCents)}, cuota ${eur(g.taxCents)}`, 50);
  }
  doc.moveDown(0.5);
  doc.text(`Base imponible: ${eur(inv.baseCents)}`, 300, doc.y, { width: 245, align: 'right' });
  doc.text(`IVA: ${eur(inv.taxCents)}`, 300, doc.y, { width: 245, align: 'right' });
  doc.font('Helvetica-Bold').text(`Total: ${eur(inv.totalCents)}`, 300, doc.y, { width: 245, align: 'right' });
  doc.font('Helvetica').moveDown();

  doc.font('Helvetica-Bold').text('Forma de pago', 50).font('Helvetica');
  if (inv.billingIban) {
    doc.text(`${credit ? 'Abono en' : 'Domiciliación SEPA a'} la cuenta ${formatIban(inv.billingIban)}${contract.mandateReference && inv.billingSource === 'CONTRACT_SIGNATURE' ? ` (mandato ${contract.mandateReference})` : ''}.`, 50);
  } else {
    doc.text('Transferencia bancaria: no hay cuenta de domiciliación.', 50);
  }
  doc.text(input.billingAccount, 50);
  doc.end();
  return done;
}
