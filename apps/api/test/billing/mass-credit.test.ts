// docs/product.md §3 worked example 3 and rule 4 through GraphQL: ADVANCE with mass credits on. The credit note
// rectifies the November invoice, says which days of which tariff it credits, is idempotent, and the
// December invoice charges the new tariff for those days as a catch-up.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer, TEST_NOW, type TestServer } from '../harness.js';
import { amounts, billing, INVOICE_FIELDS } from './support.js';

let t: TestServer;
let b: ReturnType<typeof billing>;
let AB: Awaited<ReturnType<ReturnType<typeof billing>['tariffsAB']>>;
let migrated: Awaited<ReturnType<ReturnType<typeof billing>['contractWith']>>;
let steady: Awaited<ReturnType<ReturnType<typeof billing>['contractWith']>>;
let credit: any;

beforeAll(async () => {
  t = await startServer();
  b = billing(t);
  await b.settings('ADVANCE', true);
  AB = await b.tariffsAB();
  migrated = await b.contractWith(AB.A.id);
  steady = await b.contractWith(AB.A.id);
  await b.runOk('2026-11');
  await b.migrate(migrated.subscription.id, AB.B.id, '2026-11-16');
  const r = await b.massCredit('2026-11');
  expect(r.errors).toBeUndefined();
  credit = r.data.runMassCredit;
});
afterAll(async () => { await t.close(); });

test('example 3: one credit note R2026-000001 rectifying the November invoice: −15.00 base, −3.15 VAT, −18.15 total', async () => {
  expect(credit).toMatchObject({ kind: 'MASS_CREDIT', period: '2026-11', status: 'COMPLETED', invoiceCount: 1, totalCents: -1815, issueDate: TEST_NOW.toISOString().slice(0, 10) });
  const [nov, note] = await b.invoicesOf(migrated.contract.id);
  expect(note).toMatchObject({ kind: 'CREDIT_NOTE', number: 'R2026-000001', series: 'R', period: '2026-11', baseCents: -1500, taxCents: -315, totalCents: -1815, rectifies: { id: nov.id, number: nov.number } });
  expect(amounts(note)).toEqual([{ kind: 'CREDIT', amountCents: -1500, from: '2026-11-16', to: '2026-11-30' }]);
  expect(note.lines[0]).toMatchObject({ tariffCode: AB.A.code, days: 15, daysInMonth: 30 });
  expect(note.lines[0].description).toContain(`migrada a ${AB.B.code}`);
  expect(note.billingAccount).toEqual(nov.billingAccount);
  expect(nov.creditNotes).toEqual([{ id: note.id, number: 'R2026-000001', totalCents: -1815 }]);
  // The contract without a migration gets nothing.
  expect((await b.invoicesOf(steady.contract.id)).map((i: any) => i.kind)).toEqual(['INVOICE']);
});

test('a second mass-credit run credits nothing again', async () => {
  const again = await b.massCredit('2026-11');
  expect(again.data.runMassCredit).toMatchObject({ status: 'COMPLETED', invoiceCount: 0, totalCents: 0 });
  expect((await b.invoicesOf(migrated.contract.id)).filter((i: any) => i.kind === 'CREDIT_NOTE')).toHaveLength(1);
});

test('example 3: December = B 45.00 + B catch-up 2026-11-16..30 22.50 = base 67.50, VAT 14.18, total 81.68', async () => {
  // December is billed in advance on its issue day (no run is dated after today).
  await t.setNow(new Date('2026-12-01T10:00:00Z'));
  const dec = await b.runOk('2026-12');
  expect(dec.invoiceCount).toBe(2);
  const invoices = await b.invoicesOf(migrated.contract.id);
  const december = invoices.find((i: any) => i.period === '2026-12');
  expect(amounts(december).sort((x, y) => x.from!.localeCompare(y.from!))).toEqual([
    { kind: 'CATCH_UP', amountCents: 2250, from: '2026-11-16', to: '2026-11-30' },
    { kind: 'CHARGE', amountCents: 4500, from: '2026-12-01', to: '2026-12-31' },
  ]);
  expect(december.lines.every((l: any) => l.tariffCode === AB.B.code)).toBe(true);
  expect(december).toMatchObject({ baseCents: 6750, taxCents: 1418, totalCents: 8168 });
  // And a mass credit after the catch-up still credits nothing (the days are charged at B now).
  const again = await b.massCredit('2026-11');
  expect(again.data.runMassCredit.invoiceCount).toBe(0);
});

test('Invoice.rectifies is null for an invoice; a credit note is found by its number in the invoice list', async () => {
  const r = await t.ok(`query($c: ID!) { invoices(contractId: $c, first: 10) { nodes { ${INVOICE_FIELDS} } } }`, { c: migrated.contract.id });
  const kinds = r.invoices.nodes.map((i: any) => [i.kind, i.rectifies?.number ?? null]);
  expect(kinds).toEqual(expect.arrayContaining([['INVOICE', null], ['CREDIT_NOTE', 'F2026-000001']]));
});
