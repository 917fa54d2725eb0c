// docs/product.md §3 worked example 2 (ADVANCE, mass credit off) end to end through GraphQL, plus examples 4–6
// seen in ADVANCE mode, and the refusals of runMassCredit when rule 4 does not apply.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { IBAN_PROFILE, IBAN_SIGNATURE } from '../factories.js';
import { BILLING_NOW, startServer, type TestServer } from '../harness.js';
import { amounts, billing } from './support.js';

let t: TestServer;
let b: ReturnType<typeof billing>;
let AB: Awaited<ReturnType<ReturnType<typeof billing>['tariffsAB']>>;
const s = {} as Record<'migrated' | 'activated' | 'nonBillable' | 'signed', Awaited<ReturnType<ReturnType<typeof billing>['contractWith']>>>;
let november: any;
let december: any;

beforeAll(async () => {
  t = await startServer({ now: BILLING_NOW });
  b = billing(t);
  await b.settings('ADVANCE', false);
  AB = await b.tariffsAB();
  s.migrated = await b.contractWith(AB.A.id);
  s.activated = await b.contractWith(AB.A.id, { state: 'PENDING_ACTIVATION' });
  s.nonBillable = await b.contractWith(AB.A.id, { state: 'ACTIVE_NON_BILLABLE' });
  s.signed = await b.contractWith(AB.A.id, { clientOver: { iban: IBAN_SIGNATURE } });
  await t.ok('mutation($i: UpdateClientInput!) { updateClient(input: $i) { client { iban } } }', { i: { id: s.signed.client.id, version: s.signed.client.version, iban: IBAN_PROFILE } });
  november = await b.runOk('2026-11');
  // After the November run: a migration mid-month, and a late activation.
  await b.migrate(s.migrated.subscription.id, AB.B.id, '2026-11-16');
  await b.f.changeState(s.activated.subscription.id, 'ACTIVE', '2026-11-10');
  december = await b.runOk('2026-12');
});
afterAll(async () => { await t.close(); });

test('the November run is issued on 2026-11-01, the December one on 2026-12-01, numbered on from the same F2026 counter', () => {
  expect(november).toMatchObject({ status: 'COMPLETED', issueDate: '2026-11-01', invoiceCount: 2, firstNumber: 'F2026-000001', lastNumber: 'F2026-000002' });
  expect(november.skippedByReason).toEqual(expect.arrayContaining([{ code: 'ALL_NON_BILLABLE', count: 1 }, { code: 'NOTHING_TO_BILL', count: 1 }]));
  expect(december).toMatchObject({ status: 'COMPLETED', issueDate: '2026-12-01', invoiceCount: 3, firstNumber: 'F2026-000003', lastNumber: 'F2026-000005' });
});

test('example 2: November A 30.00, VAT 6.30, total 36.30; December B 45.00 only (mass credit off)', async () => {
  const [nov, dec, ...rest] = await b.invoicesOf(s.migrated.contract.id);
  expect(rest).toEqual([]);
  expect(nov).toMatchObject({ period: '2026-11', issueDate: '2026-11-01', baseCents: 3000, taxCents: 630, totalCents: 3630 });
  expect(amounts(nov)).toEqual([{ kind: 'CHARGE', amountCents: 3000, from: '2026-11-01', to: '2026-11-30' }]);
  expect(nov.lines[0].tariffCode).toBe(AB.A.code);
  expect(dec).toMatchObject({ period: '2026-12', issueDate: '2026-12-01', baseCents: 4500, taxCents: 945, totalCents: 5445 });
  expect(amounts(dec)).toEqual([{ kind: 'CHARGE', amountCents: 4500, from: '2026-12-01', to: '2026-12-31' }]);
  expect(dec.lines[0].tariffCode).toBe(AB.B.code);
  expect(nov.creditNotes).toEqual([]);
});

test('example 4 in ADVANCE: activated 2026-11-10 after the November run → December charges December plus a catch-up of 21 days', async () => {
  const [dec, ...rest] = await b.invoicesOf(s.activated.contract.id);
  expect(rest).toEqual([]);
  expect(amounts(dec)).toEqual([
    { kind: 'CATCH_UP', amountCents: 2100, from: '2026-11-10', to: '2026-11-30' },
    { kind: 'CHARGE', amountCents: 3000, from: '2026-12-01', to: '2026-12-31' },
  ]);
  expect(dec.lines[0].description).toMatch(/Regularización.*21 de 30 días/);
  expect(dec).toMatchObject({ baseCents: 5100, taxCents: 1071, totalCents: 6171 });
});

test('examples 5 and 6 in ADVANCE: no invoice for the non-billable contract; the signature IBAN prevails', async () => {
  expect(await b.invoicesOf(s.nonBillable.contract.id)).toEqual([]);
  const invoices = await b.invoicesOf(s.signed.contract.id);
  expect(invoices.map((i: any) => [i.period, i.totalCents, i.billingAccount.iban, i.billingAccount.source])).toEqual([
    ['2026-11', 3630, IBAN_SIGNATURE, 'CONTRACT_SIGNATURE'], ['2026-12', 3630, IBAN_SIGNATURE, 'CONTRACT_SIGNATURE'],
  ]);
});

test('runMassCredit is refused while the setting is off, and in ARREARS, with a code, a message and a remedy; nothing is written', async () => {
  const off = await b.massCredit('2026-11');
  expect(off.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MASS_CREDIT_DISABLED' });
  expect(off.errors?.[0]?.message).toMatch(/desactivad/);
  expect(off.errors?.[0]?.extensions?.remedy).toMatch(/massCreditOnTariffMigration/);
  await b.settings('ARREARS', true);
  const arrears = await b.massCredit('2026-11', { locale: 'en' });
  expect(arrears.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MASS_CREDIT_NEEDS_ADVANCE' });
  expect(arrears.errors?.[0]?.message).toMatch(/ADVANCE/);
  expect(arrears.errors?.[0]?.extensions?.remedy).toMatch(/ARREARS/);
  const [nov] = await b.invoicesOf(s.migrated.contract.id);
  expect(nov.creditNotes).toEqual([]);
  await b.settings('ADVANCE', false);
});

test('billingPreview of January shows each invoice with its explained lines, totals and account, and writes nothing', async () => {
  const before = (await t.ok('{ invoices(first: 100) { totalCount } }')).invoices.totalCount;
  const p = await b.preview('2027-01');
  expect(p).toMatchObject({ period: '2027-01', mode: 'ADVANCE', issueDate: '2027-01-01', invoiceCount: 3, baseCents: 4500 + 3000 + 3000, skippedCount: 1 });
  expect(p.totalCents).toBe(p.invoices.reduce((sum: number, i: any) => sum + i.totalCents, 0));
  const migrated = p.invoices.find((i: any) => i.contractId === s.migrated.contract.id);
  expect(migrated.lines).toEqual([expect.objectContaining({ kind: 'CHARGE', amountCents: 4500, tariffCode: AB.B.code, from: '2027-01-01', to: '2027-01-31' })]);
  expect(migrated.lines[0].description).toBe(`Tarifa ${AB.B.code}: 31 de 31 días (01/01/2027 – 31/01/2027)`);
  const signed = p.invoices.find((i: any) => i.contractId === s.signed.contract.id);
  expect(signed.billingAccount).toMatchObject({ iban: IBAN_SIGNATURE, source: 'CONTRACT_SIGNATURE' });
  expect((await t.ok('{ invoices(first: 100) { totalCount } }')).invoices.totalCount).toBe(before);
});

test('a malformed period is BAD_USER_INPUT on "period"', async () => {
  const r = await b.run('2026-13');
  expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period', reason: 'PERIOD_INVALID' });
});
