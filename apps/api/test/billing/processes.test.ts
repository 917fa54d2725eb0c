// Real processes on a real database file or server: a billing run killed with SIGKILL mid-run leaves only
// whole invoices and re-running finishes with no duplicate and no gap; two runs of the same period at
// once (two processes) create each invoice once, numbered without gaps; reads meanwhile never fail with
// "database is locked"; two periods billed by two processes at once never charge a day twice
// (docs/billing.md "Concurrency").
import { afterAll, beforeAll, expect, test } from 'vitest';
import { seedBenchData } from '../../src/bench/bench-data.js';
import { previewBilling } from '../../src/billing/billing-preview.js';
import { InvoiceEntity, InvoiceLineEntity } from '../../src/entities/index.js';
import { startServer, type TestServer } from '../harness.js';
import { spawnBilling } from './child/spawn.js';
import { expectWholeAndGapless } from './integrity.js';
import { billing } from './support.js';

let t: TestServer;
let expected: number;

beforeAll(async () => {
  t = await startServer();
  await billing(t).settings('ARREARS');
  await seedBenchData(t.ds, 1200);
  expected = (await previewBilling(t.ds, { period: '2026-11', limit: 0 })).invoiceCount;
  expect(expected).toBeGreaterThan(1000);
}, 120_000);
afterAll(async () => { await t.close(); });

const count = (period: string) => t.ds.getRepository(InvoiceEntity).countBy({ period, kind: 'INVOICE' });

test('SIGKILL in the middle of a run: only whole invoices, no gap; a re-run finishes the period exactly once', async () => {
  const child = spawnBilling(t.db.url, '2026-11', 25);
  await child.waitFor('chunk ');
  child.proc.kill('SIGKILL');
  expect((await child.exited).signal).toBe('SIGKILL');
  const partial = await expectWholeAndGapless(t.ds, 2026);
  expect(partial).toBeGreaterThan(0);
  expect(partial).toBeLessThan(expected);

  const rerun = spawnBilling(t.db.url, '2026-11', 200);
  expect(await rerun.waitFor('done ')).toContain(`"invoiceCount":${expected - partial}`);
  expect(await expectWholeAndGapless(t.ds, 2026)).toBe(expected);
  expect(await count('2026-11')).toBe(expected);
}, 120_000);

test('two runs of the same period in parallel processes: every invoice once, numbers without gap, reads never locked', async () => {
  const a = spawnBilling(t.db.url, '2026-12', 100);
  const b = spawnBilling(t.db.url, '2026-12', 100);
  // Meanwhile, this process keeps reading through the API.
  const failures: string[] = [];
  let reads = 0;
  let running = true;
  const reader = (async () => {
    while (running) {
      const r = await t.gql('{ invoices(first: 20) { totalCount nodes { number lines { amountCents } } } }');
      if (r.errors) failures.push(JSON.stringify(r.errors));
      reads++;
    }
  })();
  const [da, db] = await Promise.all([a.waitFor('done '), b.waitFor('done ')]);
  running = false;
  await reader;
  expect(failures).toEqual([]);
  expect(t.loggedErrors).toEqual([]);
  expect(reads).toBeGreaterThan(0);
  const created = [da, db].map((l) => JSON.parse(l.slice(5)).invoiceCount as number);
  expect(created[0]! + created[1]!).toBe(expected);
  expect(await count('2026-12')).toBe(expected);
  // December in ARREARS is issued in 2027.
  expect(await expectWholeAndGapless(t.ds, 2027)).toBe(expected);
}, 120_000);

test('two periods in parallel processes (advance, with catch-up of every earlier day): no day charged twice', async () => {
  await billing(t).settings('ADVANCE');
  const a = spawnBilling(t.db.url, '2027-01', 300);
  const b = spawnBilling(t.db.url, '2027-02', 300);
  await Promise.all([a.waitFor('done '), b.waitFor('done ')]);
  const lines = await t.ds.getRepository(InvoiceLineEntity).createQueryBuilder('l')
    .select(['l.subscriptionId', 'l.fromDate', 'l.toDate']).where('l.kind IN (:...kinds)', { kinds: ['CHARGE', 'CATCH_UP'] }).getMany();
  const bySub = new Map<string, [string, string][]>();
  for (const l of lines) {
    const list = bySub.get(l.subscriptionId!) ?? [];
    list.push([l.fromDate!, l.toDate!]);
    bySub.set(l.subscriptionId!, list);
  }
  const overlaps: string[] = [];
  for (const [sub, spans] of bySub) {
    spans.sort((x, y) => x[0].localeCompare(y[0]));
    for (let i = 1; i < spans.length; i++) if (spans[i]![0] <= spans[i - 1]![1]) overlaps.push(`${sub} ${spans[i - 1]} ${spans[i]}`);
  }
  expect(overlaps).toEqual([]);
  expect(await count('2027-02')).toBeGreaterThan(1000);
}, 180_000);

