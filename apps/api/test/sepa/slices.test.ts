// A remittance is previewed and created slice by slice (docs/sepa.md "Remittances"): the result must not depend on
// where the slices cut. With slices of 2 candidates, a contract's invoices fall in different slices (FRST then RCUR,
// the amendment on the first debit only); preview and creation must equal the one-slice result.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoaders } from '../../src/loaders/loaders.js';
import { createJobEngine } from '../../src/jobs/engine.js';
import { SepaDebitEntity } from '../../src/sepa/sepa.entities.js';
import { SepaService, type PreviewDebit } from '../../src/sepa/sepa.service.js';
import { factories, IBANS } from '../factories.js';
import { startServer, type TestServer } from '../harness.js';
import { CREDITOR, pain002 } from './support.js';

let t: TestServer;
let f: ReturnType<typeof factories>;
let clock = new Date('2026-11-20T10:00:00Z');
const tick = () => { clock = new Date(clock.getTime() + 60_000); };

beforeAll(async () => {
  t = await startServer({ now: () => clock });
  f = factories(t);
});
afterAll(async () => { await t?.close(); });

/** The service as a request would get it, with the slice size given. */
function sepa(slice?: number): SepaService {
  const scope = { ds: t.ds, actor: null, locale: 'es' as const, today: clock.toISOString().slice(0, 10), now: clock, loaders: createLoaders(t.ds.manager), jobs: createJobEngine(t.ds, { inProcessWorker: false }) };
  return new SepaService(scope, slice === undefined ? {} : { slice });
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
  });
});
