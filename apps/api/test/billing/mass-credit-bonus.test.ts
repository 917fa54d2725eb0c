// Rule 4 with a bonus: the credit note gives back the old tariff's unused days net of the discount they
// carried (a positive LINE_CREDIT_BONUS line), and the December catch-up at the new tariff is discounted
// again — so nothing is discounted twice or lost.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BILLING_NOW, startServer, type TestServer } from '../harness.js';
import { billing } from './support.js';

let t: TestServer;
let b: ReturnType<typeof billing>;
let invoices: any[];

beforeAll(async () => {
  t = await startServer({ now: BILLING_NOW });
  b = billing(t);
  await b.settings('ADVANCE', true);
  const { A, B } = await b.tariffsAB();
  const setup = await b.contractWith(A.id);
  await b.f.bonus(setup.subscription.id, { kind: 'PERCENT', percent: 10, validFrom: '2026-11-01' });
  await b.runOk('2026-11');
  await b.migrate(setup.subscription.id, B.id, '2026-11-16');
  expect((await b.massCredit('2026-11')).errors).toBeUndefined();
  await b.runOk('2026-12');
  invoices = await b.invoicesOf(setup.contract.id);
});
afterAll(async () => { await t.close(); });

const byKind = (inv: any) => inv.lines.map((l: any) => [l.kind, l.amountCents, l.from, l.to]);

test('November: A 30.00 − 10 % = 27.00', () => {
  const nov = invoices.find((i) => i.kind === 'INVOICE' && i.period === '2026-11');
  expect(byKind(nov)).toEqual([['CHARGE', 3000, '2026-11-01', '2026-11-30'], ['BONUS', -300, '2026-11-01', '2026-11-30']]);
  expect(nov.baseCents).toBe(2700);
});

test('the credit note returns 15 days of A net of their bonus: −15.00 + 1.50 = −13.50 base', () => {
  const note = invoices.find((i) => i.kind === 'CREDIT_NOTE');
  expect(byKind(note)).toEqual([['CREDIT', -1500, '2026-11-16', '2026-11-30'], ['BONUS', 150, '2026-11-16', '2026-11-30']]);
  expect(note.lines.map((l: any) => l.code)).toEqual(['LINE_CREDIT_MIGRATION', 'LINE_CREDIT_BONUS']);
  expect(note).toMatchObject({ baseCents: -1350, taxCents: -284, totalCents: -1634 });
});

test('December charges B for those days and December, each with its 10 % bonus', () => {
  const dec = invoices.find((i) => i.period === '2026-12');
  const sorted = byKind(dec).sort((x: any[], y: any[]) => `${x[2]}${x[0]}`.localeCompare(`${y[2]}${y[0]}`));
  expect(sorted).toEqual([
    ['BONUS', -225, '2026-11-16', '2026-11-30'], ['CATCH_UP', 2250, '2026-11-16', '2026-11-30'],
    ['BONUS', -450, '2026-12-01', '2026-12-31'], ['CHARGE', 4500, '2026-12-01', '2026-12-31'],
  ]);
  expect(dec.baseCents).toBe(6075);
});
