// createCreditNote (docs/billing.md "Manual credit notes"): partial and whole credit notes through GraphQL,
// numbered in series R after the mass credits, each with its VeriFactu alta (type R1–R5, the invoice it
// rectifies) in one unbroken chain; refusals explained with the input field; concurrent notes on one invoice
// never credit more than it; the PDF names the invoice, the reason and the type.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type TestServer } from '../harness.js';
import { billing } from './support.js';
import { decodePayload } from '../../src/verifactu/verifactu.entities.js';

let t: TestServer;
let b: ReturnType<typeof billing>;

const FIELDS = `id number kind series version totalCents baseCents taxCents creditReason rectificationType issueDate
  rectifies { id number } lines { kind amountCents vatRate code description }
  verifactu { records { kind invoiceType number } }`;
const INVOICE = `id number version totalCents baseCents taxCents lines { id position amountCents }
  creditable { baseCents taxCents totalCents defaultRectificationType vat { vatRate baseCents taxCents } lines { lineId position amountCents vatRate } }
  availableActions { action available reason { code message remedy field } } creditNotes { id number totalCents }`;

const create = (input: Record<string, unknown>, options = {}) =>
  t.gql(`mutation($i: CreateCreditNoteInput!) { createCreditNote(input: $i) { ${FIELDS} } }`, { i: input }, options);
const read = async (id: string) => (await t.ok(`query($id: ID!) { invoice(id: $id) { ${INVOICE} } }`, { id })).invoice;
const action = (inv: any) => inv.availableActions.find((a: any) => a.action === 'CREATE_CREDIT_NOTE');

/** One issued November invoice (ADVANCE, tariff A 30.00 € + 21 % VAT = 36.30 €) of a new contract. */
async function issuedInvoice() {
  const { A } = await b.tariffsAB();
  const setup = await b.contractWith(A.id);
  await b.runOk('2026-11');
  const [invoice] = await b.invoicesOf(setup.contract.id);
  return read(invoice.id);
}

async function pdfText(id: string): Promise<string> {
  const res = await fetch(`${t.base}/invoices/${id}.pdf`, { headers: { authorization: `Bearer ${t.adminToken}` } });
  expect(res.status).toBe(200);
  const doc = await getDocument({ data: new Uint8Array(await res.arrayBuffer()), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const content = await (await doc.getPage(1)).getTextContent();
  return content.items.map((it: any) => ('str' in it ? it.str : '')).join(' ').replace(/\s+/g, ' ');
}

beforeAll(async () => {
  t = await startServer();
  b = billing(t);
  await b.settings('ADVANCE', true);
}, 60_000);
afterAll(async () => { await t.close(); });

describe('createCreditNote', () => {
  test('an issued invoice offers CREATE_CREDIT_NOTE and all of it as creditable', async () => {
    const inv = await issuedInvoice();
    expect(action(inv)).toEqual({ action: 'CREATE_CREDIT_NOTE', available: true, reason: null });
    expect(inv.creditable).toMatchObject({ baseCents: 3000, taxCents: 630, totalCents: 3630, defaultRectificationType: 'R4' });
    expect(inv.creditable.lines).toEqual([{ lineId: inv.lines[0].id, position: 1, amountCents: 3000, vatRate: 0.21 }]);
  });

  test('a partial credit note: series R, rectifies the invoice, reason, default type R4, its alta R4; the rest stays creditable; audited', async () => {
    const inv = await issuedInvoice();
    const r = await create({ invoiceId: inv.id, lines: [{ lineId: inv.lines[0].id, amountCents: 1000 }], reason: 'Avería del 3 al 10 de noviembre', expectedVersion: inv.version });
    expect(r.errors).toBeUndefined();
    const note = r.data.createCreditNote;
    expect(note).toMatchObject({
      kind: 'CREDIT_NOTE', series: 'R', baseCents: -1000, taxCents: -210, totalCents: -1210, creditReason: 'Avería del 3 al 10 de noviembre',
      rectificationType: 'R4', issueDate: '2026-11-20', rectifies: { id: inv.id, number: inv.number },
      lines: [{ kind: 'CREDIT', amountCents: -1000, vatRate: 0.21, code: 'LINE_CREDIT_MANUAL', description: `Abono de la línea 1 de la factura ${inv.number}` }],
      verifactu: { records: [{ kind: 'ALTA', invoiceType: 'R4', number: note.number }] },
    });
    expect(note.number).toMatch(/^R2026-\d{6}$/);
    const [payload] = await t.ds.query('SELECT payload FROM verifactu_records WHERE "invoiceId" = $1'.replace('$1', t.ds.options.type === 'postgres' ? '$1' : '?'), [note.id]);
    const alta = decodePayload(payload.payload) as Record<string, any>;
    expect(alta.rectified).toEqual([{ issuerNif: expect.any(String), number: inv.number, issueDate: '01-11-2026' }]);
    expect(alta.rectificationType).toBe('I');
    expect(alta.description).toContain('Avería del 3 al 10 de noviembre');

    const after = await read(inv.id);
    expect(after.version).toBe(inv.version + 1);
    expect(after.creditable).toMatchObject({ baseCents: 2000, taxCents: 420, totalCents: 2420 });
    expect(after.creditNotes).toEqual([{ id: note.id, number: note.number, totalCents: -1210 }]);
    expect(action(after).available).toBe(true);
    const audits = await t.ds.query(`SELECT action FROM audit_entries WHERE "entityId" IN (${t.ds.options.type === 'postgres' ? '$1, $2' : '?, ?'}) ORDER BY action`, [note.id, inv.id]);
    expect(audits.map((a: any) => a.action)).toEqual(['CREATE_CREDIT_NOTE', 'RECTIFY']);
  });

  test('a whole credit note with type R1 credits exactly the rest; then nothing is creditable and the action says why', async () => {
    const inv = await issuedInvoice();
    await t.ok(`mutation($i: CreateCreditNoteInput!) { createCreditNote(input: $i) { id } }`, { i: { invoiceId: inv.id, lines: [{ lineId: inv.lines[0].id, amountCents: 1 }], reason: 'Ajuste' } });
    const r = await create({ invoiceId: inv.id, whole: true, reason: 'Alta duplicada', rectificationType: 'R1' });
    expect(r.errors).toBeUndefined();
    expect(r.data.createCreditNote).toMatchObject({ rectificationType: 'R1', verifactu: { records: [{ invoiceType: 'R1' }] } });
    const after = await read(inv.id);
    expect(after.creditNotes.reduce((s: number, n: any) => s + n.totalCents, 0)).toBe(-inv.totalCents);
    expect(after.creditable.totalCents).toBe(0);
    expect(action(after)).toMatchObject({ available: false, reason: { code: 'CREDIT_NOTE_NOTHING_LEFT', field: 'invoiceId' } });
    expect(action(after).reason.message).toBe(`La factura ${inv.number} ya está rectificada por completo (2 rectificativas).`);
    const again = await create({ invoiceId: inv.id, whole: true, reason: 'Otra vez' });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CREDIT_NOTE_NOTHING_LEFT', field: 'input.invoiceId' });
    // A credit note is not rectified itself.
    const note = await read(after.creditNotes[0].id);
    expect(action(note)).toMatchObject({ available: false, reason: { code: 'CREDIT_NOTE_NOT_AN_INVOICE' } });
  });

  test.each([
    ['more than the line', (l: string) => ({ lines: [{ lineId: l, amountCents: 3001 }], reason: 'x' }), 'CREDIT_NOTE_LINE_EXCEEDS', 'input.lines.0.amountCents',
      'De la línea 1 de la factura F2026-'],
    ['no reason', (l: string) => ({ lines: [{ lineId: l, amountCents: 100 }], reason: '   ' }), 'CREDIT_NOTE_REASON_REQUIRED', 'input.reason', 'Falta el motivo'],
    ['neither whole nor lines', () => ({ reason: 'x' }), 'CREDIT_NOTE_SCOPE_INVALID', 'input.whole', 'Indica qué se rectifica'],
    ['a negative amount', (l: string) => ({ lines: [{ lineId: l, amountCents: -5 }], reason: 'x' }), 'CREDIT_NOTE_AMOUNT_INVALID', 'input.lines.0.amountCents', 'debe ser mayor que cero'],
    ['a line of another invoice', () => ({ lines: [{ lineId: 'nope', amountCents: 5 }], reason: 'x' }), 'CREDIT_NOTE_LINE_UNKNOWN', 'input.lines.0.lineId', 'no pertenece'],
  ])('refuses %s, naming the field, with a remedy, and writes nothing', async (_, input, reason, field, text) => {
    const inv = await issuedInvoice();
    const [{ n: before }] = await t.ds.query('SELECT COUNT(*) AS n FROM verifactu_records');
    const r = await create({ invoiceId: inv.id, ...input(inv.lines[0].id) });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, field });
    expect(r.errors![0]!.message).toContain(text);
    expect(String(r.errors![0]!.extensions!.remedy).length).toBeGreaterThan(10);
    const after = await read(inv.id);
    expect([after.version, after.creditNotes]).toEqual([inv.version, []]);
    const [{ n }] = await t.ds.query('SELECT COUNT(*) AS n FROM verifactu_records');
    expect(Number(n)).toBe(Number(before));
  });

  test('English messages for an English caller', async () => {
    const inv = await issuedInvoice();
    const r = await create({ invoiceId: inv.id, lines: [{ lineId: inv.lines[0].id, amountCents: 5000 }], reason: 'x' }, { locale: 'en' });
    expect(r.errors![0]!.message).toBe(`Line 1 of invoice ${inv.number} has €30.00 left to credit, less than the €50.00 asked.`);
  });

  test('a stale expectedVersion is a CONFLICT; a partner may not issue credit notes; an unknown invoice is NOT_FOUND', async () => {
    const inv = await issuedInvoice();
    await t.ok(`mutation($i: CreateCreditNoteInput!) { createCreditNote(input: $i) { id } }`, { i: { invoiceId: inv.id, lines: [{ lineId: inv.lines[0].id, amountCents: 100 }], reason: 'a' } });
    const stale = await create({ invoiceId: inv.id, lines: [{ lineId: inv.lines[0].id, amountCents: 100 }], reason: 'b', expectedVersion: inv.version });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', version: inv.version + 1 });
    const partner = await b.f.partnerWithKey();
    const forbidden = await create({ invoiceId: inv.id, whole: true, reason: 'c' }, { token: partner.key });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const missing = await create({ invoiceId: 'no-such-invoice', whole: true, reason: 'c' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  test('numbered after a mass credit in the same series R, and the PDF names the invoice, the reason and the type', async () => {
    const { A, B } = await b.tariffsAB();
    const setup = await b.contractWith(A.id);
    await b.runOk('2026-11');
    await b.migrate(setup.subscription.id, B.id, '2026-11-16');
    expect((await b.massCredit('2026-11')).errors).toBeUndefined();
    const [invoice, mass] = await b.invoicesOf(setup.contract.id);
    const before = await read(invoice.id);
    // The mass credit (−18.15) counts against the invoice: 36.30 − 18.15 is left.
    expect(before.creditable.totalCents).toBe(3630 - 1815);
    const r = await create({ invoiceId: invoice.id, lines: [{ lineId: before.lines[0].id, amountCents: 500 }], reason: 'Compensación por avería', rectificationType: 'R1' });
    expect(r.errors).toBeUndefined();
    const note = r.data.createCreditNote;
    expect(Number(note.number.slice(-6))).toBeGreaterThan(Number(mass.number.slice(-6)));
    const text = await pdfText(note.id);
    expect(text).toContain('FACTURA RECTIFICATIVA');
    expect(text).toContain(`Rectifica a la factura ${invoice.number} de 01/11/2026`);
    expect(text).toContain('Motivo: Compensación por avería');
    expect(text).toContain('Tipo de factura rectificativa: R1');
    expect(text).toContain('QR tributario:');
    expect(text).toContain('Total: -6,05 €');
  });

  test('concurrent credit notes on one invoice never credit more than it; the chain stays one and valid', async () => {
    const inv = await issuedInvoice();
    // 3000 cents before VAT: at most three of eight 900-cent credits fit.
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) =>
      create({ invoiceId: inv.id, lines: [{ lineId: inv.lines[0].id, amountCents: 900 }], reason: `Paralela ${i}` })));
    const ok = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(ok).toHaveLength(3);
    expect(refused.map((r) => r.errors![0]!.extensions!.reason)).toEqual(Array(5).fill('CREDIT_NOTE_LINE_EXCEEDS'));
    const after = await read(inv.id);
    expect(after.creditNotes).toHaveLength(3);
    expect(-after.creditNotes.reduce((s: number, n: any) => s + n.totalCents, 0)).toBeLessThanOrEqual(inv.totalCents);
    expect(after.creditable).toMatchObject({ baseCents: 300, totalCents: 3630 - 3 * 1089 });
    expect(new Set(after.creditNotes.map((n: any) => n.number)).size).toBe(3);
    const chain = (await t.ok('query { verifactuChain { length valid breakCount } }')).verifactuChain;
    const [{ n }] = await t.ds.query('SELECT COUNT(*) AS n FROM invoices');
    expect(chain).toEqual({ length: Number(n), valid: true, breakCount: 0 });
  });
});
