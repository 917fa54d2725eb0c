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
  // Not forked: no two records share a hash, and verifactuChain (above) recomputed each with the hash of the record before it.
  const [{ forks }] = await t.ds.query('SELECT COUNT(*) - COUNT(DISTINCT "hash") AS forks FROM verifactu_records');
  expect(Number(forks)).toBe(0);
}, 120_000);

test('voids (anulaciones) through the API while another run appends altas: still one chain, no fork', async () => {
  const before = Number((await t.ds.query('SELECT COUNT(*) AS n FROM verifactu_records'))[0].n);
  const victims = (await t.ds.query(`SELECT id FROM invoices WHERE status = 'ISSUED' AND "voidedAt" IS NULL ORDER BY number LIMIT 6`) as Array<{ id: string }>).map((r) => r.id);
  expect(victims).toHaveLength(6);
  const voids = victims.map((id) => t.gql('mutation($id: ID!) { voidInvoice(id: $id) { id voidedAt } }', { id }));
  const [run, ...answers] = await Promise.all([runBilling(t.ds, { period: '2026-11', actor: null, now: () => new Date(), options: { chunkSize: 40 } }), ...voids]);
  expect(run.status).toBe('COMPLETED');
  expect(answers.map((a) => a.errors)).toEqual(victims.map(() => undefined));
  const [{ n }] = await t.ds.query('SELECT COUNT(*) AS n FROM verifactu_records');
  const [{ anul }] = await t.ds.query(`SELECT COUNT(*) AS anul FROM verifactu_records WHERE kind = 'ANULACION'`);
  expect(Number(anul)).toBe(6);
  expect(Number(n)).toBe(before + run.invoiceCount + 6);
  const positions = (await t.ds.query('SELECT position FROM verifactu_records ORDER BY position') as Array<{ position: number }>).map((r) => Number(r.position));
  expect(positions).toEqual(Array.from({ length: Number(n) }, (_, i) => i + 1));
  const [{ forks }] = await t.ds.query('SELECT COUNT(*) - COUNT(DISTINCT "hash") AS forks FROM verifactu_records');
  expect(Number(forks)).toBe(0);
  expect((await t.ok('query { verifactuChain { length valid breakCount } }')).verifactuChain).toEqual({ length: Number(n), valid: true, breakCount: 0 });
}, 120_000);
