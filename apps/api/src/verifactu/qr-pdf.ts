// The VeriFactu QR block on an invoice's first page (docs/verifactu.md, "The QR code"): "QR tributario:"
// above, the code (error correction M, 35 mm square, drawn as vector modules with its quiet zone), the
// mode's legend below. Content and legends are the domain's.
import { QR_ERROR_CORRECTION, QR_LEGEND_ABOVE, QR_SIZE_MM, qrLegendBelow, type VerifactuMode } from '@antena/domain';
import QRCode from 'qrcode';

type Doc = PDFKit.PDFDocument;

const MM = 72 / 25.4;
const QUIET = 4;

/** Draws the block with its top-left corner at (x, y); returns its bottom. */
export function drawVerifactuQr(doc: Doc, x: number, y: number, content: { url: string; mode: VerifactuMode }): number {
  const qr = QRCode.create(content.url, { errorCorrectionLevel: QR_ERROR_CORRECTION });
  const n = qr.modules.size;
  const side = QR_SIZE_MM * MM;
  const cell = side / (n + 2 * QUIET);
  doc.font('Helvetica').fontSize(8).fillColor('black').text(QR_LEGEND_ABOVE, x, y, { width: side, align: 'center', lineBreak: false });
  const top = y + 10;
  doc.save().rect(x, top, side, side).fill('white');
  doc.fillColor('black');
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (qr.modules.get(r, c)) doc.rect(x + (c + QUIET) * cell, top + (r + QUIET) * cell, cell, cell);
    }
  }
  doc.fill('black').restore();
  const below = top + side + 2;
  doc.font('Helvetica').fontSize(7).fillColor('black').text(qrLegendBelow(content.mode), x - 10, below, { width: side + 20, align: 'center' });
  return doc.y;
}
