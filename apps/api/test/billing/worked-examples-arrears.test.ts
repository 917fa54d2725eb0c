// docs/product.md §3 worked examples 1, 4, 5 and 6 end to end through GraphQL, in ARREARS mode (one database).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { IBAN_PROFILE, IBAN_SIGNATURE } from '../factories.js';
import { BILLING_NOW, startServer, type TestServer } from '../harness.js';
import { amounts, billing } from './support.js';

let t: TestServer;
let b: ReturnType<typeof billing>;
let AB: Awaited<ReturnType<ReturnType<typeof billing>['tariffsAB']>>;
const s = {} as Record<'migrated' | 'activated' | 'nonBillable' | 'signed', Awaited<ReturnType<ReturnType<typeof billing>['contractWith']>>>;
let run: any;

beforeAll(async () => {
  t = await startServer({ now: BILLING_NOW });
  b = billing(t);
  await b.settings('ARREARS');
  AB = await b.tariffsAB();
  s.migrated = await b.contractWith(AB.A.id);
  await b.migrate(s.migrated.subscription.id, AB.B.id, '2026-11-16');
  s.activated = await b.contractWith(AB.A.id, { state: 'PENDING_ACTIVATION' });
  await b.f.changeState(s.activated.subscription.id, 'ACTIVE', '2026-11-10');
  s.nonBillable = await b.contractWith(AB.A.id, { state: 'ACTIVE_NON_BILLABLE' });
  s.signed = await b.contractWith(AB.A.id, { clientOver: { iban: IBAN_SIGNATURE } });
  await t.ok('mutation($i: UpdateClientInput!) { updateClient(input: $i) { client { iban } } }', { i: { id: s.signed.client.id, version: s.signed.client.version, iban: IBAN_PROFILE } });
  run = await b.runOk('2026-11');
});
afterAll(async () => { await t.close(); });

test('the run issues three invoices dated 2026-12-01, numbered F2026-000001 on, and leaves the non-billable contract out', () => {
  expect(run).toMatchObject({ kind: 'BILLING', period: '2026-11', status: 'COMPLETED', invoiceCount: 3, skippedCount: 1, issueDate: '2026-12-01', firstNumber: 'F2026-000001', lastNumber: 'F2026-000003' });
  expect(run.skippedByReason).toEqual([{ code: 'ALL_NON_BILLABLE', count: 1 }]);
  expect(run.totalCents).toBe(4538 + 2541 + 3630);
});

test('example 1: A 15 days = 15.00, B 15 days = 22.50, base 37.50, VAT 7.88, total 45.38', async () => {
  const [inv, ...rest] = await b.invoicesOf(s.migrated.contract.id);
  expect(rest).toEqual([]);
  expect(amounts(inv)).toEqual([
    { kind: 'CHARGE', amountCents: 1500, from: '2026-11-01', to: '2026-11-15' },
    { kind: 'CHARGE', amountCents: 2250, from: '2026-11-16', to: '2026-11-30' },
  ]);
  expect(inv).toMatchObject({ kind: 'INVOICE', issueDate: '2026-12-01', periodStart: '2026-11-01', periodEnd: '2026-11-30', baseCents: 3750, taxCents: 788, totalCents: 4538, status: 'ISSUED' });
  expect(inv.vatBreakdown).toEqual([{ vatRate: 0.21, baseCents: 3750, taxCents: 788 }]);
  expect(inv.lines[0].tariffCode).toBe(AB.A.code);
  expect(inv.lines[0].description).toContain('15 de 30 días');
});

test('example 4: activated 2026-11-10 on A → 21 days = 21.00', async () => {
  const [inv] = await b.invoicesOf(s.activated.contract.id);
  expect(amounts(inv)).toEqual([{ kind: 'CHARGE', amountCents: 2100, from: '2026-11-10', to: '2026-11-30' }]);
  expect(inv).toMatchObject({ baseCents: 2100, taxCents: 441, totalCents: 2541 });
});

test('example 5: ACTIVE_NON_BILLABLE all month → no invoice; the subscription and the preview say why', async () => {
  expect(await b.invoicesOf(s.nonBillable.contract.id)).toEqual([]);
  const sub = await t.ok('query($id: ID!) { serviceSubscription(id: $id) { billing { billable code reason } } }', { id: s.nonBillable.subscription.id });
  expect(sub.serviceSubscription.billing).toMatchObject({ billable: false, code: 'NOT_BILLABLE_NON_BILLABLE' });
  expect(sub.serviceSubscription.billing.reason).toMatch(/no facturable/i);
  const p = await b.preview('2026-11', s.nonBillable.contract.id);
  expect(p.skipped).toEqual([expect.objectContaining({ contractId: s.nonBillable.contract.id, code: 'ALL_NON_BILLABLE' })]);
  expect(p.skipped[0].message).toMatch(/no facturable/);
  const en = await b.preview('2026-11', s.nonBillable.contract.id, { locale: 'en' });
  expect(en.skipped[0].message).toMatch(/non-billable/i);
});

test('example 6: after the profile IBAN changes the invoice is still charged to the signature IBAN, and says so', async () => {
  const [inv] = await b.invoicesOf(s.signed.contract.id);
  expect(inv.billingAccount).toMatchObject({ iban: IBAN_SIGNATURE, source: 'CONTRACT_SIGNATURE' });
  expect(inv.billingAccount.explanation).toContain('ES91 2100 0418 4502 0005 1332');
  const en = (await b.invoicesOf(s.signed.contract.id, { locale: 'en' }))[0];
  expect(en.billingAccount.explanation).toMatch(/signature/i);
});

test('the preview of an invoiced period reports every contract as already invoiced; a second run creates nothing', async () => {
  const p = await b.preview('2026-11');
  expect(p).toMatchObject({ invoiceCount: 0, skippedCount: 4 });
  expect(p.skippedByReason).toEqual(expect.arrayContaining([{ code: 'ALREADY_INVOICED', count: 3 }, { code: 'ALL_NON_BILLABLE', count: 1 }]));
  const [first] = await b.invoicesOf(s.migrated.contract.id);
  const skip = p.skipped.find((x: any) => x.contractId === s.migrated.contract.id);
  expect(skip).toMatchObject({ code: 'ALREADY_INVOICED', contractNumber: s.migrated.contract.number });
  expect(skip.message).toBe(`El contrato ${s.migrated.contract.number} ya tiene la factura ${first.number} del periodo 2026-11.`);
  expect(skip.remedy).toMatch(/rectificativa/);
  const again = await b.runOk('2026-11');
  expect(again).toMatchObject({ invoiceCount: 0, skippedCount: 4, totalCents: 0, firstNumber: null });
  const numbers = (await Promise.all(Object.values(s).map((x) => b.invoicesOf(x.contract.id)))).flat().map((i) => i.number).sort();
  expect(numbers).toEqual(['F2026-000001', 'F2026-000002', 'F2026-000003']);
});
