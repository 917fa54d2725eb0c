// The mass-credit decision through GraphQL (docs/billing.md "Mass credits"): a mass credit corrects the
// tariff of days already charged, nothing else; one line per (subscription, tariff charged, run of days),
// each its own formula; bonus lines mirrored by the invoice's own rule; zero-total invoices' days stay charged.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BILLING_NOW, startServer, type TestServer } from '../harness.js';
import { amounts, billing } from './support.js';

let t: TestServer;
let b: ReturnType<typeof billing>;
let AB: Awaited<ReturnType<ReturnType<typeof billing>['tariffsAB']>>;
let C: { id: string; code: string };

beforeAll(async () => {
  t = await startServer({ now: BILLING_NOW });
  b = billing(t);
  await b.settings('ADVANCE', true);
  AB = await b.tariffsAB();
  C = await b.f.tariff({ code: `C-${Date.now().toString(36)}`, priceCents: 6000 });
});
afterAll(async () => { await t.close(); });

const creditNote = async (contractId: string) => (await b.invoicesOf(contractId)).filter((i: any) => i.kind === 'CREDIT_NOTE');

test('a suspension after a migration keeps its days charged: the credit is 10–19 Feb only, −10.71 base, −2.25 VAT, −12.96', async () => {
  const s = await b.contractWith(AB.A.id, { startDate: '2027-01-01' });
  await b.runOk('2027-01');
  await b.runOk('2027-02');
  await b.migrate(s.subscription.id, AB.B.id, '2027-02-10');
  await b.f.changeState(s.subscription.id, 'SUSPENDED', '2027-02-20');
  const run = await b.massCredit('2027-02');
  expect(run.errors).toBeUndefined();
  const [note, ...more] = await creditNote(s.contract.id);
  expect(more).toEqual([]);
  expect(amounts(note)).toEqual([{ kind: 'CREDIT', amountCents: -1071, from: '2027-02-10', to: '2027-02-19' }]);
  expect(note).toMatchObject({ baseCents: -1071, taxCents: -225, totalCents: -1296 });
  // The explanation states the decision.
  expect(note.lines[0].description).toContain('solo');
  // March charges B for exactly those 10 days (suspended on 1 March: no March charge).
  await b.runOk('2027-03');
  const march = (await b.invoicesOf(s.contract.id)).find((i: any) => i.period === '2027-03');
  expect(amounts(march)).toEqual([{ kind: 'CATCH_UP', amountCents: 1607, from: '2027-02-10', to: '2027-02-19' }]);
});

test('two migrations in a month credit one run of days charged at A as one line: 19/28 × 30.00 = −20.36', async () => {
  const s = await b.contractWith(AB.A.id, { startDate: '2027-01-01' });
  await b.runOk('2027-02');
  await b.migrate(s.subscription.id, AB.B.id, '2027-02-10');
  await b.migrate(s.subscription.id, C.id, '2027-02-20');
  expect((await b.massCredit('2027-02')).errors).toBeUndefined();
  const [note] = await creditNote(s.contract.id);
  expect(amounts(note)).toEqual([{ kind: 'CREDIT', amountCents: -2036, from: '2027-02-10', to: '2027-02-28' }]);
  expect(note.lines[0]).toMatchObject({ tariffCode: AB.A.code, days: 19, daysInMonth: 28 });
});

test('bonus lines are mirrored for each credited run by the invoice\'s own rule (FIXED 5.00 and 10 %)', async () => {
  const s = await b.contractWith(AB.A.id, { startDate: '2027-01-01' });
  await b.f.bonus(s.subscription.id, { kind: 'FIXED', amountCents: 500, percent: null, validFrom: '2027-01-01' });
  await b.f.bonus(s.subscription.id, { kind: 'PERCENT', percent: 10, validFrom: '2027-01-01' });
  await b.runOk('2027-01');
  await b.runOk('2027-02');
  const feb = (await b.invoicesOf(s.contract.id)).find((i: any) => i.period === '2027-02');
  expect(feb.baseCents).toBe(2200);
  await b.migrate(s.subscription.id, AB.B.id, '2027-02-10');
  await b.f.changeState(s.subscription.id, 'SUSPENDED', '2027-02-15');
  await b.f.changeState(s.subscription.id, 'ACTIVE', '2027-02-20');
  expect((await b.massCredit('2027-02')).errors).toBeUndefined();
  const [note] = await creditNote(s.contract.id);
  const rows = note.lines.map((l: any) => [l.from, l.kind, l.amountCents]).sort((x: any[], y: any[]) => `${x[0]}${x[1]}${x[2]}`.localeCompare(`${y[0]}${y[1]}${y[2]}`));
  // 10–14 Feb: 5/28 × 30.00 = 5.36; FIXED 5/28 × 5.00 = 0.89; 10 % of 5.36 = 0.54. 20–28 Feb: 9.64; 1.61; 0.96.
  expect(rows).toEqual([
    ['2027-02-10', 'BONUS', 54], ['2027-02-10', 'BONUS', 89], ['2027-02-10', 'CREDIT', -536],
    ['2027-02-20', 'BONUS', 161], ['2027-02-20', 'BONUS', 96], ['2027-02-20', 'CREDIT', -964],
  ].sort((x: any[], y: any[]) => `${x[0]}${x[1]}${x[2]}`.localeCompare(`${y[0]}${y[1]}${y[2]}`)));
  expect(note).toMatchObject({ baseCents: -1100, taxCents: -231, totalCents: -1331 });
});

test('the days of a zero-total invoice count as charged: the next invoice does not charge them again as zero-net catch-up', async () => {
  const s = await b.contractWith(AB.A.id, { startDate: '2027-01-01' });
  await b.f.bonus(s.subscription.id, { kind: 'PERCENT', percent: 100, validFrom: '2027-01-01', validTo: '2027-01-31' });
  const jan = await b.runOk('2027-01');
  expect(jan.invoiceCount).toBe(0);
  await b.runOk('2027-02');
  const [feb] = await b.invoicesOf(s.contract.id);
  expect(amounts(feb)).toEqual([{ kind: 'CHARGE', amountCents: 3000, from: '2027-02-01', to: '2027-02-28' }]);
});
