// Remittances as background jobs (docs/sepa.md "Remittances as jobs", docs/jobs.md "Background jobs") with
// several workers on one database: two `pnpm worker` processes take REMITTANCE jobs queued at once (each job runs
// once, no invoice lands in two remittances, every invoice is in one, sums exact); on PostgreSQL two workers run
// two remittances for the same date at the same time, and both jobs end with the invoices in one of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { bulkInsert } from '../../src/billing/bulk-insert.js';
import { newId } from '../../src/db/ids.js';
import { inTransaction } from '../../src/db/transaction.js';
import { AuditEntryEntity, ClientEntity, ContractEntity, InvoiceEntity } from '../../src/entities/index.js';
import { BackgroundJobEntity } from '../../src/jobs/background.entity.js';
import { startWorker, type RunningWorker } from '../../src/jobs/worker-main.js';
import { clientSearchText } from '../../src/services/client-search.js';
import { RemittanceEntity, SepaDebitEntity } from '../../src/sepa/sepa.entities.js';
import { usePostgres } from '../databases.js';
import { ADMIN, JOB_FIELDS, startServer, TEST_JOBS, untilJobEnds, type TestServer } from '../harness.js';
import { spawnWorker, type WorkerChild } from '../jobs/spawn-worker.js';
import { CREDITOR, otherWriterHolding } from './support.js';

let t: TestServer;
const children: WorkerChild[] = [];
const workers: RunningWorker[] = [];
const AT = '2026-11-01T00:00:00.000Z';
const IBANS = ['ES9121000418450200051332', 'ES7921000813610123456789', 'ES6621000418401234567891', 'ES1000492352082414205416'];
let seq = 0;

beforeAll(async () => {
  // No worker in the API: the test's workers do the jobs.
  t = await startServer({ app: { jobs: { ...TEST_JOBS, inProcessWorker: false } } });
  await t.ok('mutation($i: UpdateSepaSettingsInput!) { updateSepaSettings(input: $i) { complete } }', { i: CREDITOR });
}, 60_000);
afterAll(async () => {
  await Promise.all(children.map((c) => c.stop()));
  await Promise.all(workers.map((w) => w.stop()));
  await t?.close();
});

function nif(n: number): string {
  const num = n % 100_000_000;
  return `${String(num).padStart(8, '0')}${'TRWAGMYFPDXBNJZSQVHLCKE'[num % 23]}`;
}

/** `count` signed clients with one unpaid invoice each, issued on `issueDate`, written in bulk. */
async function seed(ds: DataSource, count: number, issueDate: string): Promise<void> {
  const clients: ClientEntity[] = []; const contracts: ContractEntity[] = []; const invoices: InvoiceEntity[] = [];
  for (let k = 0; k < count; k++) {
    const i = seq++;
    const clientId = newId(); const contractId = newId();
    const client = { id: clientId, code: `J${String(i).padStart(7, '0')}`, kind: 'PERSON', name: `Cliente ${i}`, taxId: nif(i * 7919 + 13), email: `j${i}@test.local`,
      phone: null, address: null, iban: null, partnerId: null, version: 1, createdAt: AT, updatedAt: AT };
    clients.push({ ...client, searchText: clientSearchText(client as never) } as never);
    contracts.push({ id: contractId, number: `JK${String(i).padStart(7, '0')}`, clientId, status: 'SIGNED', signedAt: '2025-01-10', signerName: `Firmante ${i}`,
      signerTaxId: nif(i * 104729 + 7), iban: IBANS[i % IBANS.length], mandateReference: `JOB-${i}`, version: 1, createdAt: AT, updatedAt: AT } as never);
    invoices.push({ id: newId(), kind: 'INVOICE', series: 'F', year: 2026, sequence: i + 1, number: `F2026-${String(i + 1).padStart(6, '0')}`, clientId, contractId,
      period: '2026-10', periodStart: '2026-10-01', periodEnd: '2026-10-31', issueDate, baseCents: 3000 + (i % 97), taxCents: 630, totalCents: 3630 + (i % 97),
      vatBreakdown: [{ vatRate: 0.21, baseCents: 3000 + (i % 97), taxCents: 630 }], status: 'ISSUED', rectifiesId: null, billingIban: IBANS[i % IBANS.length],
      billingSource: 'CONTRACT_SIGNATURE', billingCode: 'ACCOUNT_FROM_SIGNATURE', billingParams: {}, billingRunId: null, createdAt: AT, version: 1 } as never);
  }
  await inTransaction(ds, async (m) => {
    await bulkInsert(m, ClientEntity, clients);
    await bulkInsert(m, ContractEntity, contracts);
    await bulkInsert(m, InvoiceEntity, invoices);
  });
}

const CREATE = `mutation($d: String!, $f: RemittanceFilterInput) { createRemittance(collectionDate: $d, filter: $f) { ${JOB_FIELDS} } }`;
const FOLLOW = `${JOB_FIELDS} remittance { id reference count sumCents }`;
const sumOf = async (where: string, params: unknown[] = []) => {
  const [r] = await t.ds.query(`SELECT COUNT(*) AS n, COALESCE(SUM("totalCents"), 0) AS s FROM invoices WHERE ${where}`, params);
  return { count: Number(r.n), sumCents: Number(r.s) };
};
/** No invoice in two remittances (open ones, or any debit twice). */
async function expectNoInvoiceTwice(): Promise<void> {
  expect(await t.ds.query(`SELECT "invoiceId" FROM sepa_debits GROUP BY "invoiceId" HAVING COUNT(*) > 1`)).toEqual([]);
}

describe('two worker processes', () => {
  it('take REMITTANCE jobs queued at once: each runs once, every invoice ends in exactly one remittance, sums exact, audited as the admin', async () => {
    // Six days of invoices; job k takes what is left issued up to day k, so the jobs compete for the same invoices.
    for (let day = 1; day <= 6; day++) await seed(t.ds, 150, `2026-11-0${day}`);
    const expected = await sumOf(`"issueDate" <= '2026-11-06'`);
    expect(expected.count).toBe(900);
    const [a, b] = [spawnWorker(t.db.url), spawnWorker(t.db.url)];
    children.push(a, b);
    await Promise.all([a.ready, b.ready]);
    const queued = await Promise.all([6, 1, 5, 2, 4, 3].map((day) => t.ok(CREATE, { d: '2026-11-25', f: { issuedUpTo: `2026-11-0${day}` } })));
    const jobs = await Promise.all(queued.map((q) => untilJobEnds(t, q.createRemittance.id, FOLLOW, {}, 120_000)));
    if (jobs.some((j) => j.status === 'FAILED' && j.failure.code !== 'SEPA_REMITTANCE_EMPTY')) console.log(children.flatMap((c) => c.lines).join('\n'));
    for (const j of jobs) expect(j.status === 'COMPLETED' || j.failure.code === 'SEPA_REMITTANCE_EMPTY', JSON.stringify(j)).toBe(true);
    const done = jobs.filter((j) => j.status === 'COMPLETED');
    expect(done.length).toBeGreaterThanOrEqual(1);
    // Each job ran once, by one of the two processes; each completed job made one remittance, and nothing else did.
    const rows = await t.ds.getRepository(BackgroundJobEntity).findBy(jobs.map((j) => ({ id: j.id })));
    for (const r of rows) {
      expect(r.attempts).toBe(1);
      expect([a.id, b.id]).toContain(r.workerId);
    }
    expect(new Set(done.map((j) => j.remittance.id)).size).toBe(done.length);
    expect(await t.ds.getRepository(RemittanceEntity).count()).toBe(done.length);
    await expectNoInvoiceTwice();
    expect(await t.ds.getRepository(SepaDebitEntity).count()).toBe(expected.count);
    expect(done.reduce((n, j) => n + j.remittance.count, 0)).toBe(expected.count);
    expect(done.reduce((n, j) => n + j.remittance.sumCents, 0)).toBe(expected.sumCents);
    const audits = await t.ds.getRepository(AuditEntryEntity).findBy({ entityType: 'Remittance', action: 'CREATE' });
    expect(audits).toHaveLength(done.length);
    for (const e of audits) expect(e).toMatchObject({ actorType: 'USER', actorName: ADMIN.email });
    await Promise.all([a.stop(), b.stop()]);
  }, 180_000);
});

describe.runIf(usePostgres)('PostgreSQL, two workers at the same time', () => {
  it('two createRemittance for the same date at once: both jobs end, every invoice in one remittance, none in two, sums exact', async () => {
    await seed(t.ds, 3000, '2026-11-07');
    const expected = await sumOf(`"issueDate" = '2026-11-07'`);
    const preview = (await t.ok('query { remittancePreview(collectionDate: "2026-11-26", limit: 0) { count sumCents } }')).remittancePreview;
    expect(preview).toEqual(expected);
    const queued = await Promise.all([1, 2].map(() => t.ok(CREATE, { d: '2026-11-26' })));
    // Two workers, both fetching at once: each takes one of the two jobs.
    const both = await Promise.all([startWorker({ url: t.db.url }), startWorker({ url: t.db.url })]);
    workers.push(...both);
    both.forEach((w) => w.wake());
    const jobs = await Promise.all(queued.map((q) => untilJobEnds(t, q.createRemittance.id, FOLLOW, {}, 120_000)));
    await Promise.all(both.map((w) => w.stop()));
    workers.length = 0;
    const rows = await t.ds.getRepository(BackgroundJobEntity).findBy(jobs.map((j) => ({ id: j.id })));
    // They did run at the same time, on the two workers.
    expect(new Set(rows.map((r) => r.workerId)).size).toBe(2);
    const [x, y] = rows;
    expect(x!.startedAt! < y!.finishedAt! && y!.startedAt! < x!.finishedAt!).toBe(true);
    const done = jobs.filter((j) => j.status === 'COMPLETED');
    expect(done).toHaveLength(1);
    expect(done[0].remittance).toMatchObject({ count: expected.count, sumCents: expected.sumCents });
    const other = jobs.find((j) => j.status !== 'COMPLETED');
    expect(other).toMatchObject({ status: 'FAILED', remittance: null, failure: { code: 'SEPA_REMITTANCE_EMPTY', field: 'collectionDate' } });
    await expectNoInvoiceTwice();
    // Its progress ends at every candidate gone through: the unpaid invoices, those already in a remittance too (left out).
    expect(done[0]).toMatchObject({ itemsDone: expected.count + 900, itemsTotal: expected.count + 900 });
  }, 180_000);

  it('an invoice another writer puts in a remittance while the job writes: the job reads again once and completes without it', async () => {
    await seed(t.ds, 20, '2026-11-08');
    const [x] = await t.ds.query(`SELECT id, number, "clientId", "contractId", "totalCents" FROM invoices WHERE "issueDate" = '2026-11-08' ORDER BY number LIMIT 1`);
    const all = await sumOf(`"issueDate" = '2026-11-08'`);
    // Another writer (not a remittance creation: it takes no counter) holds invoice x in an uncommitted remittance.
    const other = await otherWriterHolding(t.ds, x);
    const held = other.remittanceId;
    const queued = (await t.ok(CREATE, { d: '2026-11-27' })).createRemittance;
    const w = await startWorker({ url: t.db.url });
    workers.push(w);
    w.wake();
    // The job's insert of x's debit waits on the other writer's row of the unique EndToEndId, which commits: the
    // job's transaction fails on the unique index, and the job reads again.
    await other.commitOnceWaitedOn('the job');
    const job = await untilJobEnds(t, queued.id, FOLLOW);
    await w.stop();
    workers.length = 0;
    expect(job).toMatchObject({ status: 'COMPLETED', remittance: { count: all.count - 1, sumCents: all.sumCents - Number(x.totalCents) } });
    // Read again inside the same try (pg-boss did not have to retry it).
    expect((await t.ds.getRepository(BackgroundJobEntity).findOneByOrFail({ id: queued.id })).attempts).toBe(1);
    expect(await t.ds.getRepository(SepaDebitEntity).findBy({ invoiceId: x.id })).toMatchObject([{ remittanceId: held }]);
    await expectNoInvoiceTwice();
  }, 120_000);
});
