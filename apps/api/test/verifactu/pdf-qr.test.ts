// The QR code on the first page of every invoice and credit note PDF (docs/verifactu.md, "The QR code"):
// the page is rendered to pixels with pdf.js on a Skia canvas and the code decoded back with jsQR; its
// size, the legends and the issuer from the settings are read from the page.
import { createCanvas, Path2D } from '@napi-rs/canvas';
import jsQRModule from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer, type TestServer } from '../harness.js';
import { billing } from '../billing/support.js';

// jsqr is CommonJS with `export default` typings: the callable is the module or its default.
const jsQR = ((jsQRModule as unknown as { default?: unknown }).default ?? jsQRModule) as unknown as typeof jsQRModule.default;

let t: TestServer;
let invoice: any;
let note: any;

// pdf.js draws paths through the global Path2D: the one of the canvas it draws on (it may have set another).
(globalThis as any).Path2D = Path2D;

const canvasFactory = {
  create: (w: number, h: number) => { const canvas = createCanvas(w, h); return { canvas, context: canvas.getContext('2d') }; },
  reset: (cc: any, w: number, h: number) => { cc.canvas.width = w; cc.canvas.height = h; },
  destroy: (cc: any) => { cc.canvas.width = 0; cc.canvas.height = 0; },
};

async function firstPage(id: string) {
  const res = await fetch(`${t.base}/invoices/${id}.pdf`, { headers: { authorization: `Bearer ${t.adminToken}` } });
  expect(res.status).toBe(200);
  const doc = await getDocument({ data: new Uint8Array(await res.arrayBuffer()), useSystemFonts: false, isEvalSupported: false, verbosity: 0, canvasFactory } as any).promise;
  const page = await doc.getPage(1);
  const text = (await page.getTextContent()).items.map((it: any) => ('str' in it ? it.str : '')).join(' ').replace(/\s+/g, ' ');
  const scale = 3;
  const viewport = page.getViewport({ scale });
  const cc = canvasFactory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  cc.context.fillStyle = 'white';
  cc.context.fillRect(0, 0, cc.canvas.width, cc.canvas.height);
  await page.render({ canvasContext: cc.context as any, viewport }).promise;
  const img = cc.context.getImageData(0, 0, cc.canvas.width, cc.canvas.height);
  const qr = jsQR(new Uint8ClampedArray(img.data), img.width, img.height);
  return { text, qr, pxPerMm: (72 / 25.4) * scale, height: img.height };
}

beforeAll(async () => {
  t = await startServer();
  const b = billing(t);
  await b.settings('ADVANCE', true);
  await t.ok(`mutation { updateVerifactuSettings(input: { legalName: "Redes del Sur S.L.", nif: "B12345674", address: "Calle Sol 3, 45001 Toledo", registerLine: "Registro Mercantil de Toledo, tomo 1, folio 1, hoja TO-1", creditNoteType: R1 }) { configured } }`);
  const { A, B } = await b.tariffsAB();
  const setup = await b.contractWith(A.id);
  await b.runOk('2026-11');
  await b.migrate(setup.subscription.id, B.id, '2026-11-16');
  expect((await b.massCredit('2026-11')).errors).toBeUndefined();
  const ids = (await b.invoicesOf(setup.contract.id)).map((i: any) => i.id);
  const read = async (id: string) => (await t.ok('query($id: ID!) { invoice(id: $id) { id number verifactu { qrUrl } } }', { id })).invoice;
  [invoice, note] = [await read(ids[0]), await read(ids[1])];
}, 60_000);
afterAll(async () => { await t.close(); });

test.each([['invoice', () => invoice], ['credit note', () => note]])('the %s carries a scannable QR near the top of page 1 holding Invoice.verifactu.qrUrl', async (_, doc) => {
  const d = doc();
  const page = await firstPage(d.id);
  expect(page.qr, 'a QR code is found on the rendered page').not.toBeNull();
  expect(page.qr!.data).toBe(d.verifactu.qrUrl);
  expect(page.qr!.data).toContain(`numserie=${d.number}`);
  // 30–40 mm square (the printed symbol, quiet zone excluded, is a little smaller than the 35 mm block).
  const { topLeftCorner: tl, topRightCorner: tr, bottomLeftCorner: bl } = page.qr!.location;
  const widthMm = (tr.x - tl.x) / page.pxPerMm;
  expect(widthMm).toBeGreaterThan(25);
  expect(widthMm).toBeLessThan(40);
  expect(Math.abs((bl.y - tl.y) - (tr.x - tl.x))).toBeLessThan(page.pxPerMm * 2);
  expect(tl.y).toBeLessThan(page.height / 3);
  expect(page.text).toContain('QR tributario:');
  expect(page.text).toContain('VERI*FACTU');
  expect(page.text).toContain('Redes del Sur S.L.');
  expect(page.text).toContain('Registro Mercantil de Toledo, tomo 1, folio 1, hoja TO-1');
}, 60_000);

test('the credit note shows its rectifying type from the settings', async () => {
  expect((await firstPage(note.id)).text).toContain('Tipo de factura rectificativa: R1');
}, 60_000);
