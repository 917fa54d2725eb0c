// Worker processes sharing billing runs (docs/jobs.md), on a real database file or server: two `pnpm worker`
// processes split one run into shards with no duplicate invoice, no numbering gap and every contract billed
// once; a worker killed with SIGKILL mid-run loses nothing (the other takes its shard over); a run whose only
// worker died is FAILED with BILLING_RUN_WORKER_LOST and its remedy, and re-running finishes it.
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { seedBenchData } from '../../src/bench/bench-data.js';
import { previewBilling } from '../../src/billing/billing-preview.js';
import { failLostRuns } from '../../src/billing/run-record.js';
import { BillingRunShardEntity, InvoiceEntity } from '../../src/entities/index.js';
import { expectWholeAndGapless } from '../billing/integrity.js';
import { billing, RUN_FIELDS } from '../billing/support.js';
import { BILLING_NOW, startServer, TEST_JOBS, untilRunEnds, type TestServer } from '../harness.js';
import { spawnWorker, type WorkerChild } from './spawn-worker.js';

let t: TestServer;
const children: WorkerChild[] = [];
// Enough contracts that a run outlasts a worker's poll and a kill lands mid-run even on an idle machine.
const CONTRACTS = 6000;
const FIELDS = `${RUN_FIELDS} itemsDone itemsTotal failure { code message remedy }`;

beforeAll(async () => {
  // No worker in the API: only the child processes work.
  t = await startServer({ now: BILLING_NOW, app: { jobs: { ...TEST_JOBS, inProcessWorker: false } } });
  await billing(t).settings('ARREARS');
  await seedBenchData(t.ds, CONTRACTS);
}, 120_000);
// A test that failed half-way leaves its workers running: they would bill the next test's run.
afterEach(async () => { await Promise.all(children.splice(0).map((c) => c.stop())); });
afterAll(async () => { await t.close(); });

const worker = (env: Record<string, string> = {}) => {
  const c = spawnWorker(t.db.url, env);
  children.push(c);
  return c;
};
const queue = async (period: string) => (await t.ok(`mutation($p: String!) { runBilling(period: $p) { ${FIELDS} } }`, { p: period })).runBilling;
const follow = async (started: any) => {
  const run = (await untilRunEnds(t, { status: 200, data: { runBilling: started } }, 'runBilling', FIELDS)).data!.runBilling;
  if (run.status !== 'COMPLETED') console.log(children.flatMap((c) => c.lines).join('\n'));
  return run;
};
const runNow = async (id: string) => (await t.ok(`query($id: ID!) { billingRun(id: $id) { ${FIELDS} } }`, { id })).billingRun;
async function until(check: () => Promise<boolean>, what: string, timeoutMs = 60_000, state?: () => Promise<string>) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${state ? `: ${await state()}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
const expected = async (period: string) => (await previewBilling(t.ds, { period: period as never, limit: 0 })).invoiceCount;
const invoicesOf = (period: string) => t.ds.getRepository(InvoiceEntity).findBy({ period, kind: 'INVOICE' });

test('two worker processes on one run: every contract billed once, no duplicate, no gap; on PostgreSQL both did shards', async () => {
  const want = await expected('2026-11');
  expect(want).toBeGreaterThan(1000);
  const [a, b] = [worker(), worker()];
  await Promise.all([a.ready, b.ready]);
  const started = await queue('2026-11');
  expect(started).toMatchObject({ status: 'QUEUED', invoiceCount: 0, itemsDone: 0 });
  const run = await follow(started);
  expect(run).toMatchObject({ status: 'COMPLETED', invoiceCount: want, itemsDone: CONTRACTS, itemsTotal: CONTRACTS, firstNumber: 'F2026-000001', lastNumber: `F2026-${String(want).padStart(6, '0')}` });
  const invoices = await invoicesOf('2026-11');
  expect(invoices).toHaveLength(want);
  expect(new Set(invoices.map((i) => i.contractId)).size).toBe(want);
  expect(await expectWholeAndGapless(t.ds, 2026)).toBe(want);
  const shards = await t.ds.getRepository(BillingRunShardEntity).findBy({ runId: run.id });
  expect(shards.every((s) => s.status === 'DONE')).toBe(true);
  expect(shards.reduce((n, s) => n + s.contracts, 0)).toBe(CONTRACTS);
  // PostgreSQL: both take shards (SKIP LOCKED). SQLite has one writer: the second worker gets a shard only if one of
  // its lock retries falls between two of the first's transactions, which is not guaranteed (docs/jobs.md "The engine").
  if (t.ds.options.type === 'postgres') expect(new Set(shards.map((s) => s.workerId)).size).toBe(2);
  else expect(shards.every((s) => s.workerId === a.id || s.workerId === b.id)).toBe(true);
  await Promise.all([a.stop(), b.stop()]);
}, 180_000);

test('SIGKILL of one of two workers mid-run loses nothing: the other takes its shard over and the run completes', async () => {
  const want = await expected('2026-12');
  const [a, b] = [worker(), worker()];
  await Promise.all([a.ready, b.ready]);
  const started = await queue('2026-12');
  // A worker holds a shard and invoices are being written: that one dies mid-shard. Whichever it is (one worker may
  // keep ahead of the other, and on SQLite keep the write lock from chunk to chunk), the other must finish the run.
  let victim: WorkerChild | undefined;
  await until(async () => {
    const claimed = await t.ds.getRepository(BillingRunShardEntity).findBy({ runId: started.id, status: 'CLAIMED' });
    victim = [a, b].find((w) => claimed.some((s) => s.workerId === w.id));
    return victim !== undefined && (await runNow(started.id)).invoiceCount > 0;
  }, 'a worker at work', 60_000, async () => JSON.stringify(await runNow(started.id)) + children.flatMap((c) => c.lines).join('\n'));
  const survivor = victim === a ? b : a;
  victim!.proc.kill('SIGKILL');
  expect((await victim!.exited).signal).toBe('SIGKILL');
  const run = await follow(started);
  expect(run).toMatchObject({ status: 'COMPLETED', invoiceCount: want, itemsDone: CONTRACTS });
  const invoices = await invoicesOf('2026-12');
  expect(new Set(invoices.map((i) => i.contractId)).size).toBe(want);
  // December in ARREARS is issued in 2027.
  expect(await expectWholeAndGapless(t.ds, 2027)).toBe(want);
  await survivor.stop();
}, 180_000);

test('the only worker killed: the run is FAILED with BILLING_RUN_WORKER_LOST and a remedy; re-running finishes it', async () => {
  const want = await expected('2027-01');
  const a = worker();
  await a.ready;
  const started = await queue('2027-01');
  await until(async () => (await runNow(started.id)).invoiceCount > 0, 'invoices');
  a.proc.kill('SIGKILL');
  await a.exited;
  // What every worker does every few seconds (jobs/worker-main.ts), here at once with a short threshold.
  await until(async () => (await failLostRuns(t.ds, 1000, new Date())).includes(started.id), 'the lost run');
  const lost = await runNow(started.id);
  expect(lost).toMatchObject({ status: 'FAILED', failure: { code: 'BILLING_RUN_WORKER_LOST' } });
  expect(lost.invoiceCount).toBeGreaterThan(0);
  expect(lost.invoiceCount).toBeLessThan(want);
  expect(lost.failure.message).toContain(lost.invoiceCount === 0 ? 'ninguna factura' : lost.invoiceCount === 1 ? '1 factura completa' : `${lost.invoiceCount} facturas completas`);
  expect(lost.failure.remedy).toMatch(/Vuelve a lanzarla/);
  const b = worker();
  await b.ready;
  const rerun = await follow(await queue('2027-01'));
  expect(rerun).toMatchObject({ status: 'COMPLETED', invoiceCount: want - lost.invoiceCount });
  expect(rerun.skippedByReason).toEqual(expect.arrayContaining([{ code: 'ALREADY_INVOICED', count: lost.invoiceCount }]));
  expect(await expectWholeAndGapless(t.ds, 2027)).toBe(2 * want);
  expect(new Set((await invoicesOf('2027-01')).map((i) => i.contractId)).size).toBe(want);
  await b.stop();
}, 180_000);
