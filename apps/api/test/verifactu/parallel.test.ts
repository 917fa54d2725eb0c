// Parallel runs never fork the chain (docs/verifactu.md, "The lock"): billing runs whose invoices fall in
// two years (so they number from two different counters and nothing but the chain head orders them) and a
// second run of one period, at once, in small chunks so their transactions interleave. On PostgreSQL
// they hold separate connections and queue on the chain head row; on SQLite the single writer orders them.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { seedBenchData } from '../../src/bench/bench-data.js';
import { runBilling } from '../../src/billing/billing-run.js';
import { startServer, type TestServer } from '../harness.js';
import { billing } from '../billing/support.js';

let t: TestServer;

beforeAll(async () => {
  t = await startServer();
  await billing(t).settings('ARREARS');
  await seedBenchData(t.ds, 600);
}, 120_000);
afterAll(async () => { await t.close(); });

test('three runs at once: one chain, every document once, positions 1..n, every hash and link verified', async () => {
  // ARREARS: 2026-10 is issued on 2026-11-01 (F2026-…), 2026-12 on 2027-01-01 (F2027-…).
  const run = (period: '2026-10' | '2026-12') => runBilling(t.ds, { period, actor: null, now: () => new Date(), options: { chunkSize: 40 } });
  const runs = await Promise.all([run('2026-10'), run('2026-12'), run('2026-12')]);
  expect(runs.every((r) => r.status === 'COMPLETED')).toBe(true);
  const [{ n }] = await t.ds.query('SELECT COUNT(*) AS n FROM invoices');
  expect(Number(n)).toBeGreaterThan(500);
  const [{ years }] = await t.ds.query('SELECT COUNT(DISTINCT year) AS years FROM invoices');
  expect(Number(years)).toBe(2);
  const records = await t.ds.query('SELECT position, "invoiceId", number FROM verifactu_records ORDER BY position') as Array<{ position: number; invoiceId: string; number: string }>;
  expect(records.map((r) => Number(r.position))).toEqual(Array.from({ length: Number(n) }, (_, i) => i + 1));
  expect(new Set(records.map((r) => r.invoiceId)).size).toBe(Number(n));
  const chain = (await t.ok('query { verifactuChain { length valid breakCount } }')).verifactuChain;
  expect(chain).toEqual({ length: Number(n), valid: true, breakCount: 0 });
  // Each record's predecessor is exactly one record: no two records point to the same previous hash.
  const [{ forks }] = await t.ds.query('SELECT COUNT(*) - COUNT(DISTINCT "previousHash") AS forks FROM verifactu_records');
  expect(Number(forks)).toBe(0);
}, 120_000);
