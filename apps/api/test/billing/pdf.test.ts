// GET /invoices/:id.pdf: a readable Spanish invoice (parsed back with pdf.js), a credit note naming the
// invoice it rectifies, and the same access rules as GraphQL.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BILLING_NOW, startServer, type TestServer } from '../harness.js';
import { billing } from './support.js';

let t: TestServer;
let b: ReturnType<typeof billing>;
let client: any;
let invoice: any;
let note: any;
let ownKey: string;
let otherKey: string;

async function pdfText(bytes: ArrayBuffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it: any) => ('str' in it ? it.str : '')).join(' '));
  }
  return pages.join('\n').replace(/\s+/g, ' ');
}

const get = (id: string, token: string | null) =>
  fetch(`${t.base}/invoices/${id}.pdf`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

beforeAll(async () => {
  t = await startServer({ now: BILLING_NOW });
  b = billing(t);
  await b.settings('ADVANCE', true);
  const { A, B } = await b.tariffsAB();
  const own = await b.f.partnerWithKey();
  ownKey = own.key;
  otherKey = (await b.f.partnerWithKey()).key;
  const setup = await b.contractWith(A.id, { clientOver: { partnerId: own.partner.id, address: 'Calle Sol 3, Toledo' } });
  client = setup.client;
  await b.runOk('2026-11');
  await b.migrate(setup.subscription.id, B.id, '2026-11-16');
  expect((await b.massCredit('2026-11')).errors).toBeUndefined();
  [invoice, note] = await b.invoicesOf(setup.contract.id);
});
afterAll(async () => { await t.close(); });

test('the invoice PDF shows issuer and client with tax ids, number, dates, lines, VAT, total and the account', async () => {
  const res = await get(invoice.id, t.adminToken);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/application\/pdf/);
  const text = await pdfText(await res.arrayBuffer());
  expect(text).toContain('FACTURA');
  expect(text).toContain(`Número: ${invoice.number}`);
  expect(text).toContain('Fecha de expedición: 01/11/2026');
  expect(text).toContain('Antena Telecomunicaciones S.L.');
  expect(text).toContain('NIF: B12345674');
  expect(text).toContain(client.name);
  expect(text).toContain(`NIF: ${client.taxId}`);
  expect(text).toContain(invoice.lines[0].description);
  expect(text).toContain('IVA 21 %: base imponible 30,00 €, cuota 6,30 €');
  expect(text).toContain('Total: 36,30 €');
  expect(text).toContain('ES91 2100 0418 4502 0005 1332');
});

test('the credit note PDF is a factura rectificativa naming the invoice it rectifies', async () => {
  const res = await get(note.id, t.adminToken);
  const text = await pdfText(await res.arrayBuffer());
  expect(text).toContain('FACTURA RECTIFICATIVA');
  expect(text).toContain(`Número: ${note.number}`);
  expect(text).toContain(`Rectifica a la factura ${invoice.number} de 01/11/2026`);
  expect(text).toContain('Total: -18,15 €');
});

test('the owning partner downloads it; another partner gets 404; no credentials 401', async () => {
  expect((await get(invoice.id, ownKey)).status).toBe(200);
  const other = await get(invoice.id, otherKey);
  expect(other.status).toBe(404);
  expect(((await other.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
  expect((await get(invoice.id, null)).status).toBe(401);
  expect((await get('no-such-invoice', t.adminToken)).status).toBe(404);
});
