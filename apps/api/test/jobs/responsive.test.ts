// The API keeps answering while a billing run works (docs/jobs.md): during a 20 000-contract run done by the
// API's own worker thread (its own connection), GET /health and a client query each answer within 200 ms
// (median; none frozen).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { seedBenchData } from '../../src/bench/bench-data.js';
import { previewBilling } from '../../src/billing/billing-preview.js';
import { billing } from '../billing/support.js';
import { BILLING_NOW, startServer, TEST_JOBS, type TestServer } from '../harness.js';

const CONTRACTS = 20_000;
let t: TestServer;

beforeAll(async () => {
  t = await startServer({ now: BILLING_NOW, app: { jobs: { ...TEST_JOBS, thread: true } } });
  const b = billing(t);
  await b.settings('ARREARS');
  // A first (empty) run starts the worker thread, so the measured run is the billing itself.
  expect((await b.runOk('2026-10')).status).toBe('COMPLETED');
  await seedBenchData(t.ds, CONTRACTS);
  await t.ds.query('ANALYZE');
}, 300_000);
afterAll(async () => { await t.close(); });

const at = (q: number) => (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * q)]!;
const median = at(0.5);
const p95 = at(0.95);

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

test(`/health and a client query answer within 200 ms during a ${CONTRACTS}-contract run`, async () => {
  const expected = (await previewBilling(t.ds, { period: '2026-11', limit: 0 })).invoiceCount;
  // That preview held this thread (the test server's too) for seconds: let the server close the keep-alive
  // connections that timed out meanwhile before the next request, which would otherwise race the close (ECONNRESET).
  await new Promise((resolve) => setTimeout(resolve, 100));
  // Warm: the first query of a kind compiles; what is measured is the API under the run's load.
  for (let i = 0; i < 3; i++) await t.ok('{ clients(first: 20) { nodes { id code name } } }');
  const started = (await t.ok('mutation { runBilling(period: "2026-11") { id status } }')).runBilling;
  expect(started.status).toBe('QUEUED');
  const health: number[] = [];
  const clients: number[] = [];
  let whileRunning = 0;
  let run: any;
  for (;;) {
    const h = await timed(() => fetch(`${t.base}/health`).then((r) => r.json()));
    expect(h.value).toMatchObject({ status: 'ok' });
    const c = await timed(() => t.ok('{ clients(first: 20) { nodes { id code name } } }'));
    expect(c.value.clients.nodes).toHaveLength(20);
    run = (await t.ok('query($id: ID!) { billingRun(id: $id) { status itemsDone itemsTotal invoiceCount } }', { id: started.id })).billingRun;
    if (run.status === 'COMPLETED' || run.status === 'FAILED') break;
    health.push(h.ms);
    clients.push(c.ms);
    if (run.status === 'RUNNING' && run.itemsDone > 0 && run.itemsDone < CONTRACTS) whileRunning++;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect(run).toMatchObject({ status: 'COMPLETED', itemsDone: CONTRACTS, itemsTotal: CONTRACTS, invoiceCount: expected });
  // Measured while the run was moving, several times.
  expect(whileRunning).toBeGreaterThanOrEqual(5);
  const idle: number[] = [];
  for (let i = 0; i < 20; i++) idle.push((await timed(() => t.ok('{ clients(first: 20) { nodes { id code name } } }'))).ms);
  console.log(JSON.stringify({ samples: health.length, p50: { health: median(health), clients: median(clients) }, p95: { health: p95(health), clients: p95(clients), idleClients: p95(idle) }, max: { health: Math.max(...health), clients: Math.max(...clients) } }));
  // The typical answer within 200 ms, and none frozen (a frozen API answered /health after 38 s on a
  // 100 000-contract run). Not every answer: on the shared 2-core test machine even an idle API misses 200 ms
  // now and then (the idle figures are printed next to the ones under load).
  expect(median(health)).toBeLessThan(200);
  expect(median(clients)).toBeLessThan(200);
  expect(Math.max(...health, ...clients)).toBeLessThan(2000);
}, 300_000);
