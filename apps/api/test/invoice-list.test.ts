// The invoices list for the back office: filters, sorting, totals of the whole filtered set (64-bit)
// and the CSV export with the same filter (admin only, UTF-8 with BOM, Spanish numbers and dates).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { InvoiceEntity } from '../src/entities/index.js';
import { csvText as csvFormula } from '../src/exports/csv.js';
import { factories } from './factories.js';
import { startServer, type TestServer } from './harness.js';

let t: TestServer;
let f: ReturnType<typeof factories>;
const made: Record<string, InvoiceEntity> = {};
let clientA: { id: string; code: string; name: string; taxId: string };
let clientB: { id: string };
beforeAll(async () => {
  t = await startServer();
  f = factories(t);
  const a = await f.activeClient({}, { name: 'Ramón Núñez =SUMA(1)' });
  const b = await f.activeClient();
  clientA = a.client; clientB = b.client;
  made.a1 = await f.invoice(a.client.id, a.contract.id, { period: '2026-01', status: 'PAID' });
  made.a2 = await f.invoice(a.client.id, a.contract.id, { period: '2026-02' });
  made.a3 = await f.invoice(a.client.id, a.contract.id, { period: '2026-03', status: 'RETURNED' });
  made.b1 = await f.invoice(b.client.id, b.contract.id, { period: '2026-02' });
  // Amounts and one credit note, written directly: the factory's invoices are all 36,30 €.
  const repo = t.ds.getRepository(InvoiceEntity);
  await repo.update(made.a2.id, { baseCents: 100000, taxCents: 21000, totalCents: 121000, issueDate: '2026-03-05' });
  await repo.update(made.a3.id, { kind: 'CREDIT_NOTE', series: 'R', number: `R2026-${made.a3.number.slice(6)}`, baseCents: -1000, taxCents: -210, totalCents: -1210, rectifiesId: made.a1.id });
  await repo.update(made.b1.id, { baseCents: 2_000_000_000, taxCents: 420_000_000, totalCents: 2_420_000_000 });
  for (const k of Object.keys(made)) made[k] = (await repo.findOneByOrFail({ id: made[k]!.id }));
});
afterAll(async () => { await t.close(); });

const LIST = 'query($f: InvoiceFilter, $s: InvoiceSort, $first: Int, $after: String) { invoices(filter: $f, sort: $s, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id } } }';
const TOTALS = 'query($f: InvoiceFilter) { invoiceTotals(filter: $f) { count baseCents taxCents totalCents } }';
const ids = async (filter: object, sort?: string) => ((await t.ok(LIST, { f: filter, s: sort ?? null, first: 100 })).invoices.nodes as { id: string }[]).map((n) => n.id);

describe('invoices(filter:, sort:)', () => {
  test('filters by client, status, kind, period and amount range', async () => {
    expect(await ids({ clientId: clientA.id })).toEqual([made.a3!.id, made.a2!.id, made.a1!.id]);
    expect(await ids({ clientId: clientA.id, status: ['PAID', 'RETURNED'] })).toEqual([made.a3!.id, made.a1!.id]);
    expect(await ids({ clientId: clientA.id, kind: 'CREDIT_NOTE' })).toEqual([made.a3!.id]);
    expect(await ids({ clientId: clientA.id, periodFrom: '2026-02', periodTo: '2026-02' })).toEqual([made.a2!.id]);
    expect(await ids({ clientId: clientA.id, minTotalCents: 0, maxTotalCents: 5000 })).toEqual([made.a1!.id]);
    expect(await ids({ clientId: clientA.id, maxTotalCents: -1 })).toEqual([made.a3!.id]);
    expect(await ids({ periodFrom: '2026-02', periodTo: '2026-02', minTotalCents: 2_000_000_000 })).toEqual([made.b1!.id]);
  });

  test('sorts by total and by issue date, and pages through a sorted list without gaps or repeats', async () => {
    expect(await ids({ clientId: clientA.id }, 'TOTAL_DESC')).toEqual([made.a2!.id, made.a1!.id, made.a3!.id]);
    expect(await ids({ clientId: clientA.id }, 'TOTAL_ASC')).toEqual([made.a3!.id, made.a1!.id, made.a2!.id]);
    expect(await ids({ clientId: clientA.id }, 'ISSUE_DATE_ASC')).toEqual([made.a1!.id, made.a3!.id, made.a2!.id]);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await t.ok(LIST, { f: { clientId: clientA.id }, s: 'TOTAL_DESC', first: 1, after })).invoices;
      seen.push(...page.nodes.map((n: { id: string }) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([made.a2!.id, made.a1!.id, made.a3!.id]);
  });

  test('a malformed period, swapped ranges or a forged cursor are BAD_USER_INPUT naming the field', async () => {
    const bad = async (filter: object, sort?: string, after?: string) => (await t.gql(LIST, { f: filter, s: sort ?? null, after: after ?? null })).errors?.[0]?.extensions;
    expect(await bad({ periodFrom: '2026-13' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.periodFrom', reason: 'PERIOD_INVALID' });
    expect(await bad({ periodFrom: '2026-05', periodTo: '2026-01' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.periodTo', reason: 'RANGE_INVERTED' });
    expect(await bad({ minTotalCents: 10, maxTotalCents: 5 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.maxTotalCents', reason: 'RANGE_INVERTED' });
    expect(await bad({}, 'TOTAL_DESC', Buffer.from('nope').toString('base64url'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(await bad({ minTotalCents: 'x' })).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('invoiceTotals(filter:)', () => {
  test('sums every invoice of the filtered set, credit notes negative, beyond 32 bits', async () => {
    expect((await t.ok(TOTALS, { f: { clientId: clientA.id } })).invoiceTotals).toEqual({ count: 3, baseCents: 3000 + 100000 - 1000, taxCents: 630 + 21000 - 210, totalCents: 3630 + 121000 - 1210 });
    const both = (await t.ok(TOTALS, { f: { periodFrom: '2026-02', periodTo: '2026-02', minTotalCents: 100000 } })).invoiceTotals;
    expect(both).toEqual({ count: 2, baseCents: 2_000_100_000, taxCents: 420_021_000, totalCents: 2_420_121_000 });
    expect((await t.ok(TOTALS, { f: { clientId: clientA.id, status: ['ISSUED'], kind: 'CREDIT_NOTE' } })).invoiceTotals).toEqual({ count: 0, baseCents: 0, taxCents: 0, totalCents: 0 });
  });
});

describe('GET /invoices.csv', () => {
  const csv = (query: string, headers: Record<string, string> = { authorization: `Bearer ${t.adminToken}` }) => fetch(`${t.base}/invoices.csv?${query}`, { headers });

  test('streams the filtered invoices as UTF-8 with BOM, ; separated, Spanish numbers and dates', async () => {
    const res = await csv(`clientId=${clientA.id}&status=PAID&status=RETURNED`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="facturas-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n');
    expect(lines[0]).toBe('"Número";"Tipo";"Estado";"Código cliente";"Cliente";"NIF";"Periodo";"Fecha de emisión";"Base";"IVA";"Total";"Rectifica a"');
    expect(lines).toHaveLength(3);
    const paid = lines.find((l) => l.startsWith(`"${made.a1!.number}"`))!;
    expect(paid).toBe(`"${made.a1!.number}";"Factura";"Pagada";"${clientA.code}";"Ramón Núñez =SUMA(1)";"${clientA.taxId}";"2026-01";01/01/2026;30,00;6,30;36,30;""`);
    const credit = lines.find((l) => l.startsWith(`"${made.a3!.number}"`))!;
    expect(credit.split(';').slice(1, 3)).toEqual(['"Rectificativa"', '"Devuelta"']);
    expect(credit.split(';').slice(8)).toEqual(['-10,00', '-2,10', '-12,10', `"${made.a1!.number}"`]);
  });

  test('a cell that starts like a formula is neutralised; English headers on request', async () => {
    expect((await csv('minTotalCents=abc')).status).toBe(400);
    const res = await csv(`clientId=${clientB.id}`, { authorization: `Bearer ${t.adminToken}`, 'accept-language': 'en' });
    const text = (await res.text()).replace(/^\uFEFF/, '');
    expect(text.split('\r\n')[0]).toMatch(/^"Number";"Kind";"Status"/);
    expect(text).toContain(';24200000,00;');
    expect(csvFormula('=SUMA(1)')).toBe(`"'=SUMA(1)"`);
  });

  test('a bad filter is 400 naming the field; no session is 401; a partner key is 403', async () => {
    const bad = await csv('periodFrom=2026-99');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.periodFrom' });
    expect((await csv('', {})).status).toBe(401);
    const { key } = await f.partnerWithKey();
    expect((await csv('', { authorization: `Bearer ${key}` })).status).toBe(403);
  });
});
