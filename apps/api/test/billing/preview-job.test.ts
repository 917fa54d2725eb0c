// billingPreview as a background job (docs/jobs.md "Billing previews"): queueBillingPreview's result is
// billingPreview's for the same base, in the reader's language; a whole-base billingPreview beyond the bound is
// refused with the queued preview as its remedy; the preview reports progress per chunk of contracts.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { previewBilling } from '../../src/billing/billing-preview.js';
import { BILLING_NOW, JOB_FIELDS, startServer, untilJobEnds, type GqlOptions, type TestServer } from '../harness.js';
import { billing, LINE_FIELDS } from './support.js';

/** Small on purpose: the rule is the same at 2 000 contracts, the base here is built through GraphQL. */
const BOUND = 8;
const PREVIEW_FIELDS = `period mode issueDate invoiceCount skippedCount baseCents taxCents totalCents skippedByReason { code count }
  invoices { contractId contractNumber clientId issueDate baseCents taxCents totalCents vatBreakdown { vatRate baseCents taxCents }
    lines { id ${LINE_FIELDS} } billingAccount { iban source explanation } }
  skipped { contractId contractNumber clientId code message remedy }`;

let t: TestServer;
let b: ReturnType<typeof billing>;
let partnerKey: string;

const inline = async (period: string, limit: number, options: GqlOptions = {}) =>
  (await t.ok(`query($p: String!, $l: Int!) { billingPreview(period: $p, limit: $l) { ${PREVIEW_FIELDS} } }`, { p: period, l: limit }, options)).billingPreview;
const queued = async (period: string, limit: number, options: GqlOptions = {}) => {
  const job = (await t.ok(`mutation($p: String!, $l: Int!) { queueBillingPreview(period: $p, limit: $l) { ${JOB_FIELDS} } }`, { p: period, l: limit }, options)).queueBillingPreview;
  expect(job).toMatchObject({ kind: 'BILLING_PREVIEW', status: 'QUEUED', itemsDone: 0 });
  return untilJobEnds(t, job.id, `${JOB_FIELDS} billingPreview { ${PREVIEW_FIELDS} } file { name }`, options);
};

beforeAll(async () => {
  t = await startServer({ now: BILLING_NOW, app: { limits: { previewInlineMaxContracts: BOUND } } });
  b = billing(t);
  await b.settings('ADVANCE');
  const { A, B } = await b.tariffsAB();
  partnerKey = (await b.f.partnerWithKey()).key;
  // Invoiced whole, prorated from mid-month, with a bonus, on another tariff, cancelled after catch-up days; left out: not yet active, unsigned.
  await b.contractWith(A.id);
  await b.contractWith(A.id, { startDate: '2026-11-16' });
  const bonused = await b.contractWith(B.id);
  await b.f.bonus(bonused.subscription.id, { percent: 25 });
  await b.contractWith(B.id, { startDate: '2026-10-01' });
  await b.contractWith(A.id, { state: 'PENDING_ACTIVATION' });
  await b.contractWith(A.id, { signed: false });
  const cancelled = await b.contractWith(A.id, { startDate: '2026-09-01' });
  await b.f.changeState(cancelled.subscription.id, 'CANCELLED', '2026-10-15');
});
afterAll(async () => { await t.close(); });

test('the queued preview is billingPreview\'s answer for the same base, lists cut at the same limit, in the reader\'s language', async () => {
  for (const limit of [100, 2]) {
    const expected = await inline('2026-11', limit);
    // The cancelled one is invoiced for the days it was active before (catch-up); two are left out, for two reasons.
    expect(expected.invoiceCount).toBe(5);
    expect(expected.skippedByReason).toHaveLength(2);
    expect(expected.invoices).toHaveLength(Math.min(limit, 5));
    const job = await queued('2026-11', limit);
    expect(job).toMatchObject({ status: 'COMPLETED', itemsDone: 7, itemsTotal: 7, failure: null, file: null });
    expect(job.billingPreview).toEqual(expected);
  }
  // Stored as codes and params: the same job reads in English for an English reader.
  const job = await queued('2026-12', 100);
  const en = await untilJobEnds(t, job.id, `${JOB_FIELDS} billingPreview { ${PREVIEW_FIELDS} }`, { locale: 'en' });
  expect(en.billingPreview).toEqual(await inline('2026-12', 100, { locale: 'en' }));
  expect(en.billingPreview.skipped[0].message).not.toEqual(job.billingPreview.skipped[0].message);
});

test('walking the base reports progress after every chunk, of the contracts counted when it starts', async () => {
  const calls: [number, number][] = [];
  const p = await previewBilling(t.ds, { period: '2026-11', limit: 0, chunkSize: 3, progress: async (done, total) => { calls.push([done, total]); } });
  expect(calls).toEqual([[0, 7], [3, 7], [6, 7], [7, 7]]);
  expect(p.invoiceCount + p.skippedCount).toBe(7);
});

test('beyond the bound billingPreview of the whole base is refused, explained, with the queued preview as remedy; one contract still answers', async () => {
  const extra = await b.contractWith((await b.tariffsAB()).A.id);
  await b.contractWith((await b.tariffsAB()).A.id);
  const query = 'query($p: String!, $c: ID) { billingPreview(period: $p, contractId: $c) { invoiceCount } }';
  const es = await t.gql(query, { p: '2026-11' });
  expect(es.data).toBeNull();
  expect(es.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BILLING_PREVIEW_TOO_LARGE', field: 'contractId', params: { period: '2026-11', count: 9, max: BOUND } });
  expect(es.errors![0]!.message).toBe(`La previsualización de 2026-11 recorre 9 contratos, más de los ${BOUND} que se calculan al momento sin bloquear la API.`);
  expect(es.errors![0]!.extensions!['remedy']).toContain('queueBillingPreview');
  const en = await t.gql(query, { p: '2026-11' }, { locale: 'en' });
  expect(en.errors![0]!.message).toBe(`The preview of 2026-11 goes through 9 contracts, more than the ${BOUND} worked out on the spot without holding up the API.`);
  expect(en.errors![0]!.extensions!['remedy']).toContain('queueBillingPreview');
  expect((await t.ok(query, { p: '2026-11', c: extra.contract.id })).billingPreview.invoiceCount).toBe(1);
  const job = await queued('2026-11', 100);
  expect(job).toMatchObject({ status: 'COMPLETED', itemsDone: 9, itemsTotal: 9 });
  expect(job.billingPreview.invoiceCount).toBe(7);
});

test('queueing checks its input first and is for admins only', async () => {
  const bad = await t.gql('mutation { queueBillingPreview(period: "2026-13") { id } }');
  expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
  const tooLong = await t.gql('mutation { queueBillingPreview(period: "2026-11", limit: 1001) { id } }');
  expect(tooLong.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
  expect((await t.gql('mutation { queueBillingPreview(period: "2026-11") { id } }', {}, { token: partnerKey })).errors![0]!.extensions!['code']).toBe('FORBIDDEN');
  expect((await t.gql('mutation { queueBillingPreview(period: "2026-11") { id } }', {}, { token: null })).errors![0]!.extensions!['code']).toBe('UNAUTHENTICATED');
  // A partner does not see an admin's job.
  const job = (await t.ok('mutation { queueBillingPreview(period: "2026-11") { id } }')).queueBillingPreview;
  expect((await t.ok('query($id: ID!) { backgroundJob(id: $id) { id } }', { id: job.id }, { token: partnerKey })).backgroundJob).toBeNull();
  await untilJobEnds(t, job.id);
});
