// Gapless numbering and crash safety in-process: a failure inside a chunk's transaction (a trigger this test
// creates, raising on the fifth invoice's insert: the product has no test hook) leaves
// only the whole invoices of earlier chunks; re-running finishes with no duplicate and no gap; the numbering
// restarts at 1 when the issue date moves into a new year.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runBilling } from '../../src/billing/billing-run.js';
import { BillingRunEntity, InvoiceEntity } from '../../src/entities/index.js';
import { BILLING_NOW, startServer, type TestServer } from '../harness.js';
import { expectWholeAndGapless } from './integrity.js';
import { billing } from './support.js';

let t: TestServer;
let b: ReturnType<typeof billing>;

beforeAll(async () => {
  t = await startServer({ now: BILLING_NOW });
  b = billing(t);
  await b.settings('ARREARS');
  const { A } = await b.tariffsAB();
  for (let i = 0; i < 7; i++) await b.contractWith(A.id);
  await b.contractWith(A.id, { state: 'ACTIVE_NON_BILLABLE' });
});
afterAll(async () => { await t.close(); });

const postgres = () => t.ds.options.type === 'postgres';

/** The database itself refuses invoice F2026-000005: the third chunk fails after its first invoice row, before its lines. */
async function failOnFifthInvoice(): Promise<void> {
  if (postgres()) {
    await t.ds.query(`CREATE FUNCTION test_fail_fifth_invoice() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.series = 'F' AND NEW.year = 2026 AND NEW.sequence = 5 THEN RAISE EXCEPTION 'injected failure on F2026-000005'; END IF; RETURN NEW; END $$`);
    await t.ds.query('CREATE TRIGGER test_fail_fifth_invoice BEFORE INSERT ON invoices FOR EACH ROW EXECUTE FUNCTION test_fail_fifth_invoice()');
  } else {
    await t.ds.query(`CREATE TRIGGER test_fail_fifth_invoice BEFORE INSERT ON invoices
      WHEN NEW.series = 'F' AND NEW.year = 2026 AND NEW.sequence = 5 BEGIN SELECT RAISE(ABORT, 'injected failure on F2026-000005'); END`);
  }
}

async function dropFailure(): Promise<void> {
  await t.ds.query(`DROP TRIGGER test_fail_fifth_invoice${postgres() ? ' ON invoices' : ''}`);
  if (postgres()) await t.ds.query('DROP FUNCTION test_fail_fifth_invoice()');
}

test('a failure inside the third chunk leaves the first two chunks\' four whole invoices, F2026-000001…4, and a FAILED run', async () => {
  await failOnFifthInvoice();
  try {
    await expect(runBilling(t.ds, { period: '2026-11', actor: null, now: () => new Date(), options: { chunkSize: 2 } }))
      .rejects.toThrow(/injected failure on F2026-000005/);
  } finally {
    await dropFailure();
  }
  expect(await expectWholeAndGapless(t.ds, 2026)).toBe(4);
  const [run] = await t.ds.getRepository(BillingRunEntity).find({ order: { id: 'DESC' }, take: 1 });
  expect(run).toMatchObject({ status: 'FAILED', invoiceCount: 4 });
  expect(run!.details).toMatchObject({ error: 'BILLING_RUN_INTERRUPTED', firstNumber: 'F2026-000001', lastNumber: 'F2026-000004' });
  const [listed] = (await t.ok('{ billingRuns(first: 1) { status failure { code message remedy entityId } } }')).billingRuns;
  expect(listed).toMatchObject({ status: 'FAILED', failure: { code: 'BILLING_RUN_INTERRUPTED', entityId: run!.id } });
  expect(listed.failure.message).toContain('4 facturas completas');
  expect(listed.failure.remedy).toMatch(/sin duplicados ni huecos/);
});

test('re-running finishes the work: three more invoices, no duplicate, no gap', async () => {
  const run = await b.runOk('2026-11');
  expect(run).toMatchObject({ status: 'COMPLETED', invoiceCount: 3, firstNumber: 'F2026-000005', lastNumber: 'F2026-000007' });
  expect(run.skippedByReason).toEqual(expect.arrayContaining([{ code: 'ALREADY_INVOICED', count: 4 }, { code: 'ALL_NON_BILLABLE', count: 1 }]));
  expect(await expectWholeAndGapless(t.ds, 2026)).toBe(7);
});

test('the database refuses a second regular invoice for the same contract and period, whatever the code does', async () => {
  const existing = (await t.ds.getRepository(InvoiceEntity).findOneByOrFail({ sequence: 1, series: 'F', year: 2026 }));
  const copy = { ...existing, id: 'dup-' + existing.id.slice(4), sequence: 999, number: 'F2026-000999' };
  await expect(t.ds.getRepository(InvoiceEntity).insert(copy)).rejects.toThrow();
  await expect(t.ds.getRepository(InvoiceEntity).insert({ ...copy, kind: 'CREDIT_NOTE', series: 'R', rectifiesId: existing.id })).resolves.toBeDefined();
  await t.ds.getRepository(InvoiceEntity).delete({ id: copy.id });
});

test('December in ARREARS is issued on 2027-01-01: numbering starts again at F2027-000001; F2026 is untouched', async () => {
  const run = await b.runOk('2026-12');
  expect(run).toMatchObject({ issueDate: '2027-01-01', invoiceCount: 7, firstNumber: 'F2027-000001', lastNumber: 'F2027-000007' });
  expect(await expectWholeAndGapless(t.ds, 2027)).toBe(7);
  expect(await expectWholeAndGapless(t.ds, 2026)).toBe(7);
});
