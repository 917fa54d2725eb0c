// A remittance is previewed and created slice by slice (docs/sepa.md "Remittances"): the result must not depend on
// where the slices cut. With slices of 2 candidates, a contract's invoices fall in different slices (FRST then RCUR,
// the amendment on the first debit only); preview and creation must equal the one-slice result.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoaders } from '../../src/loaders/loaders.js';
import { createJobEngine } from '../../src/jobs/engine.js';
import { InvoiceEntity } from '../../src/entities/index.js';
import { openReader } from '../../src/db/read-ahead.js';
import { SepaDebitEntity } from '../../src/sepa/sepa.entities.js';
import { SepaService, type PreviewDebit } from '../../src/sepa/sepa.service.js';
import { factories, IBANS } from '../factories.js';
import { usePostgres } from '../databases.js';
import { startServer, type TestServer } from '../harness.js';
import { CREDITOR, otherWriterHolding, pain002 } from './support.js';

let t: TestServer;
let f: ReturnType<typeof factories>;
let clock = new Date('2026-11-20T10:00:00Z');
const tick = () => { clock = new Date(clock.getTime() + 60_000); };

beforeAll(async () => {
  t = await startServer({ now: () => clock });
  f = factories(t);
});
afterAll(async () => { await t?.close(); });

/** The service as a request would get it, with the slice size (and the return import's page) given. */
function sepa(slice?: number, returnPage?: number): SepaService {
  const scope = { ds: t.ds, actor: null, locale: 'es' as const, today: clock.toISOString().slice(0, 10), now: clock, loaders: createLoaders(t.ds.manager), jobs: createJobEngine(t.ds, { inProcessWorker: false }) };
  return new SepaService(scope, { ...(slice === undefined ? {} : { slice }), ...(returnPage === undefined ? {} : { returnPage }) });
}

/** What a debit is, without the ids a new row gets. */
const plain = (d: Pick<PreviewDebit, 'invoiceId' | 'endToEndId' | 'sequenceType' | 'iban' | 'mandateReference' | 'previousIban' | 'previousMandateReference'> & { amountCents: number }) => ({
  invoiceId: d.invoiceId, endToEndId: d.endToEndId, sequenceType: d.sequenceType, amountCents: d.amountCents, iban: d.iban,
  mandateReference: d.mandateReference, previousIban: d.previousIban, previousMandateReference: d.previousMandateReference,
});

/** Statements that read one slice of candidates (the facts reader's joined invoice query). */
const sliceReads = () => t.counter.statements.filter((s) => s.includes('"signerName"') && s.includes('IN (')).length;

describe('remittance slices', () => {
  it('refuses a slice size that is not a positive integer', () => {
    expect(() => sepa(0)).toThrow(RangeError);
    expect(() => sepa(1.5)).toThrow(RangeError);
    expect(() => sepa(undefined, 0)).toThrow(RangeError);
  });

  it('preview and creation in slices of 2 equal the one-slice result', async () => {
    await t.ok('mutation($i: UpdateSepaSettingsInput!) { updateSepaSettings(input: $i) { complete } }', { i: CREDITOR });
    // Contract A: three invoices and no debit yet: FRST for the first, RCUR for the next two (across slices).
    const a = await f.activeClient();
    for (const period of ['2026-08', '2026-09', '2026-10']) await f.invoice(a.client.id, a.contract.id, { period, subscriptionId: a.subscription.id });
    // Contract B: its first invoice is collected once and comes back AM04; then the signature's IBAN changes,
    // so B's first debit of the next remittance is amended (SMNDA) and its later one is plain RCUR.
    const b = await f.activeClient();
    const b1 = await f.invoice(b.client.id, b.contract.id, { period: '2026-08', subscriptionId: b.subscription.id });
    tick();
    const earlier = await sepa().create('2026-11-23', { clientId: b.client.id });
    expect(earlier.count).toBe(1);
    tick();
    const returned = await sepa().importReturns(pain002([{ endToEndId: `${b1.number}-01`, reasonCode: 'AM04' }]));
    expect(returned.applied).toBe(1);
    const contract = (await t.ok('query($id: ID!) { contract(id: $id) { version } }', { id: b.contract.id })).contract;
    tick();
    await t.ok('mutation($i: UpdateContractSignatureInput!) { updateContractSignature(input: $i) { id } }', { i: { id: b.contract.id, version: contract.version, iban: IBANS[3] } });
    for (const period of ['2026-09', '2026-10']) await f.invoice(b.client.id, b.contract.id, { period, subscriptionId: b.subscription.id });
    // Contract C: one invoice, a contract of its own between the others; D: unsigned, excluded.
    const c = await f.activeClient();
    await f.invoice(c.client.id, c.contract.id, { period: '2026-10', subscriptionId: c.subscription.id });
    const dClient = await f.client();
    const dContract = await f.contract(dClient.id);
    await f.invoice(dClient.id, dContract.id, { period: '2026-10' });
    tick();

    const whole = await sepa(10_000).preview('2026-11-30', {}, 1000);
    expect(whole.count).toBe(7);
    expect(whole.excludedCount).toBe(1);
    const ofB = whole.debits.filter((d) => d.contractId === b.contract.id);
    expect(ofB.map((d) => [d.sequenceType, d.previousIban])).toEqual([['FRST', expect.any(String)], ['RCUR', null], ['RCUR', null]]);
    expect(whole.debits.filter((d) => d.contractId === a.contract.id).map((d) => d.sequenceType)).toEqual(['FRST', 'RCUR', 'RCUR']);

    t.counter.reset();
    const sliced = await sepa(2).preview('2026-11-30', {}, 1000);
    expect(sliceReads()).toBe(4); // 8 candidates in slices of 2
    expect(sliced.debits.map(plain)).toEqual(whole.debits.map(plain));
    expect({ ...sliced, debits: null }).toEqual({ ...whole, debits: null });

    t.counter.reset();
    tick();
    const created = await sepa(2).create('2026-11-30', {});
    expect(sliceReads()).toBe(4);
    expect(created).toMatchObject({ count: whole.count, sumCents: whole.sumCents, groups: whole.groups });
    const rows = await t.ds.getRepository(SepaDebitEntity).find({ where: { remittanceId: created.id }, order: { position: 'ASC' } });
    expect(rows.map((r) => r.position)).toEqual(rows.map((_, i) => i));
    expect(rows.map(plain)).toEqual(whole.debits.map(plain));
    if (t.ds.options.type === 'postgres') {
      // The remittance grew the table: it left statistics for the columns later reads filter on, and only those.
      const analyzed = await t.ds.query(`SELECT attname FROM pg_stats WHERE tablename = 'sepa_debits' ORDER BY attname`);
      expect(analyzed.map((r: { attname: string }) => r.attname)).toEqual(['contractId', 'endToEndId', 'invoiceId', 'position', 'remittanceId', 'sequenceType', 'status']);
    }
  });
});

// A return import matches and applies a page of EndToEndIds at a time (docs/sepa.md "Returns"; on PostgreSQL the
// next pages are read on a connection of their own meanwhile): the outcome must not depend on where pages cut.
describe('return import pages', () => {
  /** Five debits, one already returned, one whose invoice no longer takes a return; then a file mixing every outcome. */
  async function scenario(returnPage: number) {
    const invoices: InvoiceEntity[] = [];
    for (let i = 0; i < 5; i++) {
      const x = await f.activeClient();
      invoices.push(await f.invoice(x.client.id, x.contract.id, { period: '2026-10', subscriptionId: x.subscription.id }));
    }
    tick();
    const created = await sepa().create('2026-11-30', {});
    const debits = await t.ds.getRepository(SepaDebitEntity).find({ where: { remittanceId: created.id } });
    const e2e = invoices.map((inv) => debits.find((d) => d.invoiceId === inv.id)!.endToEndId);
    const label = new Map<string, string>([...e2e.map((id, i): [string, string] => [id, `X${i + 1}`]), ['F2099-999999-01', 'unknown']]);
    tick();
    expect((await sepa().importReturns(pain002([{ endToEndId: e2e[2]!, reasonCode: 'AM04' }]))).applied).toBe(1);
    // X5's invoice became a paid credit note: a return cannot move it (NOT_APPLICABLE, its debit untouched).
    await t.ds.getRepository(InvoiceEntity).update({ id: invoices[4]!.id }, { kind: 'CREDIT_NOTE', status: 'PAID' });
    tick();
    t.counter.reset();
    const report = await sepa(undefined, returnPage).importReturns(pain002([
      { endToEndId: e2e[0]!, reasonCode: 'AC04' }, { endToEndId: e2e[1]!, reasonCode: 'AM04', status: 'ACCP' }, { endToEndId: 'F2099-999999-01', reasonCode: 'AM04' },
      { endToEndId: e2e[1]!, reasonCode: 'AM04' }, { endToEndId: e2e[2]!, reasonCode: 'MS03' }, { endToEndId: e2e[0]!, reasonCode: 'AC04' },
      { endToEndId: e2e[3]!, reasonCode: 'MS02' }, { endToEndId: e2e[4]!, reasonCode: 'AM04' },
    ]));
    const matchReads = t.counter.statements.filter((s) => s.includes('"endToEndId" IN (')).length;
    const after = await t.ds.getRepository(SepaDebitEntity).find({ where: { remittanceId: created.id } });
    const statusOf = await t.ds.getRepository(InvoiceEntity).findBy(invoices.map((inv) => ({ id: inv.id })));
    return {
      matchReads,
      counts: { ...report, rows: null },
      rows: report.rows.map((r) => [label.get(r.endToEndId), r.outcome, r.reasonCode, r.note?.code ?? null, r.invoiceId ? label.get(e2e[invoices.findIndex((inv) => inv.id === r.invoiceId)]!) : null]),
      debits: after.filter((d) => label.has(d.endToEndId)).map((d) => [label.get(d.endToEndId), d.status, d.returnReasonCode]).sort(),
      invoices: statusOf.map((inv) => [label.get(e2e[invoices.findIndex((x) => x.id === inv.id)]!), inv.status]).sort(),
    };
  }

  it('pages of 2 EndToEndIds give the one-page result', async () => {
    await t.ok('mutation($i: UpdateSepaSettingsInput!) { updateSepaSettings(input: $i) { complete } }', { i: CREDITOR });
    const whole = await scenario(10_000);
    const paged = await scenario(2);
    expect(whole.matchReads).toBe(1);
    expect(paged.matchReads).toBe(3); // X1, unknown, X2, X3, X4, X5: three pages of two
    expect({ ...paged, matchReads: null }).toEqual({ ...whole, matchReads: null });
    expect(whole.counts).toMatchObject({ rowCount: 8, applied: 3, alreadyApplied: 2, unmatched: 1, ignored: 2 });
    expect(whole.rows).toEqual([
      ['X2', 'NOT_A_RETURN', 'AM04', null, null],
      ['unknown', 'UNMATCHED', 'AM04', 'SEPA_RETURN_UNMATCHED', null],
      ['X3', 'ALREADY_APPLIED', 'MS03', 'SEPA_RETURN_ALREADY_APPLIED', 'X3'],
      ['X1', 'ALREADY_APPLIED', 'AC04', 'SEPA_RETURN_ALREADY_APPLIED', 'X1'],
      ['X1', 'APPLIED', 'AC04', 'SEPA_RETURN_AC04', 'X1'],
      ['X2', 'APPLIED', 'AM04', 'SEPA_RETURN_AM04', 'X2'],
      ['X4', 'APPLIED', 'MS02', 'SEPA_RETURN_MS02', 'X4'],
      ['X5', 'NOT_APPLICABLE', 'AM04', 'SEPA_RETURN_SETTLED_CONFLICT', 'X5'],
    ]);
    expect(whole.debits).toEqual([
      ['X1', 'RETURNED', 'AC04'], ['X2', 'RETURNED', 'AM04'], ['X3', 'RETURNED', 'AM04'], ['X4', 'RETURNED', 'MS02'], ['X5', 'PENDING', null],
    ]);
    expect(whole.invoices).toEqual([['X1', 'RETURNED'], ['X2', 'RETURNED'], ['X3', 'RETURNED'], ['X4', 'RETURNED'], ['X5', 'PAID']]);
  });
});

// With its next slice read ahead on a connection of its own and a slice's insert in flight while the next one is
// planned (docs/sepa.md "Remittances"), a creation that fails in a later slice must still fail whole.
describe.runIf(usePostgres)('a remittance whose later slice conflicts (PostgreSQL)', () => {
  it('is refused with CONFLICT, writes nothing, gives its reading connection back, and the next creation leaves the taken invoice out', async () => {
    await t.ok('mutation($i: UpdateSepaSettingsInput!) { updateSepaSettings(input: $i) { complete } }', { i: CREDITOR });
    const invoices: InvoiceEntity[] = [];
    for (let i = 0; i < 6; i++) {
      const x = await f.activeClient();
      invoices.push(await f.invoice(x.client.id, x.contract.id, { period: '2026-10', subscriptionId: x.subscription.id }));
    }
    const last = invoices[invoices.length - 1]!; // its contract is the newest: the last slice
    tick();
    const expected = await sepa(10_000).preview('2026-12-10', {}, 0);
    expect(expected.count).toBeGreaterThanOrEqual(6);
    const remittances = async () => Number((await t.ds.query('SELECT COUNT(*) AS n FROM sepa_remittances'))[0].n);
    const before = await remittances();

    // Another writer holds the last invoice's first EndToEndId, uncommitted.
    const other = await otherWriterHolding(t.ds, last);
    const held = other.remittanceId;
    const failing = sepa(2).create('2026-12-10', {});
    failing.catch(() => undefined);
    // The last slice's insert waits on the other writer's row of the unique EndToEndId, which commits: the whole creation is refused.
    await other.commitOnceWaitedOn('the creation');
    await expect(failing).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(await remittances()).toBe(before + 1); // the other writer's only
    expect(Number((await t.ds.query('SELECT COUNT(*) AS n FROM sepa_debits WHERE "remittanceId" NOT IN (SELECT id FROM sepa_remittances)'))[0].n)).toBe(0);

    // Its reading connection was given back: the next long transaction may read ahead again …
    const reader = await openReader(t.ds, t.ds.manager);
    expect(reader.ahead).toBe(true);
    await reader.release();
    // … and the next creation takes everything but the invoice the other writer took.
    const done = await sepa(2).create('2026-12-10', {});
    expect(done).toMatchObject({ count: expected.count - 1, sumCents: expected.sumCents - last.totalCents });
    expect(await t.ds.getRepository(SepaDebitEntity).findBy({ invoiceId: last.id })).toMatchObject([{ remittanceId: held }]);
    expect(Number((await t.ds.query(`SELECT COUNT(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'`))[0].n)).toBe(0);
  }, 60_000);
});
