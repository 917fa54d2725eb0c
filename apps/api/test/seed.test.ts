// The demo data holds every situation docs/product.md describes, and seeding is idempotent.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { seedDemoData } from '../src/seed/seed.js';
import { factories } from './factories.js';
import { startServer, type TestServer } from './harness.js';

let t: TestServer;
beforeAll(async () => { t = await startServer(); });
afterAll(async () => { await t.close(); });

test('demo data: rule 1 IBANs, deletable and blocked clients, non-billable and pending lines, bonuses, amounts, two partners', async () => {
  expect(await seedDemoData(t.ds)).toBe(true);
  expect(await seedDemoData(t.ds)).toBe(false);
  const data = await t.ok(`{ clients(first: 100) { totalCount nodes { id name iban partner { name } deletion { allowed }
    contracts { status billingAccount { iban source explanation } subscriptions { state billing { billable code } bonuses { kind } additionalAmounts { kind } tariff { code priceCents } } } } } }`);
  const clients = data.clients.nodes;
  const garcia = clients.find((c: any) => c.id === 'c-garcia');
  expect(garcia.iban).toBe('ES7921000813610123456789');
  expect(garcia.contracts[0].billingAccount).toMatchObject({ iban: 'ES9121000418450200051332', source: 'CONTRACT_SIGNATURE' });
  expect(garcia.contracts[0].billingAccount.explanation).toContain('ES79 2100 0813 6101 2345 6789');
  expect(clients.filter((c: any) => c.deletion.allowed).map((c: any) => c.id)).toContain('c-ruiz');
  const subs = clients.flatMap((c: any) => c.contracts.flatMap((k: any) => k.subscriptions));
  const states = new Set(subs.map((s: any) => s.state));
  for (const s of ['ACTIVE', 'ACTIVE_NON_BILLABLE', 'PENDING_ACTIVATION', 'SUSPENDED', 'CANCELLED', 'REJECTED']) expect(states).toContain(s);
  expect(subs.some((s: any) => s.billing.code === 'NOT_BILLABLE_NON_BILLABLE')).toBe(true);
  expect(subs.flatMap((s: any) => s.bonuses.map((b: any) => b.kind))).toEqual(expect.arrayContaining(['PERCENT', 'FIXED']));
  expect(subs.flatMap((s: any) => s.additionalAmounts.map((a: any) => a.kind))).toEqual(expect.arrayContaining(['ONE_OFF', 'MONTHLY']));
  expect(new Set(clients.flatMap((c: any) => c.contracts.map((k: any) => k.status)))).toEqual(new Set(['SIGNED', 'DRAFT']));
  expect(new Set(clients.map((c: any) => c.partner?.name).filter(Boolean)).size).toBe(2);
  const tariffs = (await t.ok('{ tariffs { code priceCents } }')).tariffs;
  expect(tariffs).toEqual(expect.arrayContaining([{ code: 'A', priceCents: 3000 }, { code: 'B', priceCents: 4500 }]));
  // Counters continue after the seeded codes.
  const next = await factories(t).client();
  expect(next.code).toBe('C000010');
});
