// remittancePreview as a background job (docs/sepa.md "Previews as jobs"): queueRemittancePreview's result is
// remittancePreview's for the same base, in the reader's language; a remittancePreview beyond the bound is refused
// with the queued preview as its remedy; the job reports progress per slice of candidates; admins only.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { InvoiceEntity } from '../../src/entities/index.js';
import { createJobEngine } from '../../src/jobs/engine.js';
import { createLoaders } from '../../src/loaders/loaders.js';
import { countCandidates } from '../../src/sepa/candidate-count.js';
import { candidateIds, type RemittanceFilter } from '../../src/sepa/sepa-facts.js';
import { RemittanceEntity, SepaDebitEntity } from '../../src/sepa/sepa.entities.js';
import { SepaService } from '../../src/sepa/sepa.service.js';
import { factories, IBAN_PROFILE } from '../factories.js';
import { JOB_FIELDS, startServer, TEST_NOW, untilJobEnds, type GqlOptions, type TestServer } from '../harness.js';
import { CREDITOR } from './support.js';

/** Small on purpose: the rule is the same at 5 000 candidates, the base here is built through GraphQL. */
const BOUND = 8;
const DATE = '2026-11-25';
const PREVIEW_FIELDS = `collectionDate painFormat count sumCents groups { collectionDate sequenceType count sumCents } excludedCount excludedByReason { code count }
  debits { invoiceId invoiceNumber clientId clientName contractId contractNumber amountCents endToEndId sequenceType iban mandateReference amended previousIban previousMandateReference
    reasons { code message remedy field entityType entityId } }
  excluded { invoiceId invoiceNumber clientId clientName totalCents reason { code message remedy field entityType entityId } }`;

let t: TestServer;
let f: ReturnType<typeof factories>;
let partnerKey: string;
let several: { clientId: string; contractId: string };

const inline = async (filter: RemittanceFilter | null, limit: number, options: GqlOptions = {}) =>
  (await t.ok(`query($d: String!, $f: RemittanceFilterInput, $l: Int!) { remittancePreview(collectionDate: $d, filter: $f, limit: $l) { ${PREVIEW_FIELDS} } }`, { d: DATE, f: filter, l: limit }, options)).remittancePreview;
const queue = async (filter: RemittanceFilter | null, limit: number, options: GqlOptions = {}) => {
  const job = (await t.ok(`mutation($d: String!, $f: RemittanceFilterInput, $l: Int!) { queueRemittancePreview(collectionDate: $d, filter: $f, limit: $l) { ${JOB_FIELDS} } }`,
    { d: DATE, f: filter, l: limit }, options)).queueRemittancePreview;
  expect(job).toMatchObject({ kind: 'REMITTANCE_PREVIEW', status: 'QUEUED', itemsDone: 0 });
  return job;
};
const queued = async (filter: RemittanceFilter | null, limit: number, options: GqlOptions = {}) =>
  untilJobEnds(t, (await queue(filter, limit, options)).id, `${JOB_FIELDS} remittancePreview { ${PREVIEW_FIELDS} } remittance { id }`, options);

/** The service as a request would get it, with the slice size given. */
function sepa(slice: number): SepaService {
  const scope = { ds: t.ds, actor: null, locale: 'es' as const, today: TEST_NOW.toISOString().slice(0, 10), now: TEST_NOW, loaders: createLoaders(t.ds.manager), jobs: createJobEngine(t.ds, { inProcessWorker: false }) };
  return new SepaService(scope, { slice });
}

beforeAll(async () => {
  t = await startServer({ app: { limits: { remittancePreviewInlineMaxInvoices: BOUND } } });
  f = factories(t);
  partnerKey = (await f.partnerWithKey()).key;
  await t.ok('mutation($i: UpdateSepaSettingsInput!) { updateSepaSettings(input: $i) { complete } }', { i: CREDITOR });
  // Seven candidates: three debited from one signature (FRST then RCUR), two more signatures, and two left out
  // for two reasons (an unsigned contract, a zero total).
  const a = await f.activeClient();
  for (const period of ['2026-08', '2026-09', '2026-10']) await f.invoice(a.client.id, a.contract.id, { period, subscriptionId: a.subscription.id });
  several = { clientId: a.client.id, contractId: a.contract.id };
  for (let k = 0; k < 2; k++) {
    const s = await f.activeClient();
    await f.invoice(s.client.id, s.contract.id, { period: '2026-10', subscriptionId: s.subscription.id });
  }
  const unsigned = await f.client({ iban: IBAN_PROFILE });
  await f.invoice(unsigned.id, (await f.contract(unsigned.id)).id, { period: '2026-10' });
  const z = await f.activeClient();
  const zero = await f.invoice(z.client.id, z.contract.id, { period: '2026-10', subscriptionId: z.subscription.id });
  await t.ds.getRepository(InvoiceEntity).update({ id: zero.id }, { baseCents: 0, taxCents: 0, totalCents: 0 });
});
afterAll(async () => { await t?.close(); });

test('the queued preview is remittancePreview\'s answer for the same base, lists cut at the same limit, in the reader\'s language', async () => {
  for (const limit of [1000, 2]) {
    const expected = await inline(null, limit);
    expect(expected).toMatchObject({ collectionDate: DATE, count: 5, excludedCount: 2 });
    expect(expected.groups.map((g: any) => g.sequenceType)).toEqual(['FRST', 'RCUR']);
    expect(expected.excludedByReason).toHaveLength(2);
    expect(expected.debits).toHaveLength(Math.min(limit, 5));
    const job = await queued(null, limit);
    expect(job).toMatchObject({ status: 'COMPLETED', itemsDone: 7, itemsTotal: 7, failure: null, remittance: null });
    expect(job.remittancePreview).toEqual(expected);
  }
  // A filter is the same filter in the job.
  const filtered = await queued({ clientId: several.clientId, issuedUpTo: null, contractId: null }, 1000);
  expect(filtered).toMatchObject({ status: 'COMPLETED', itemsTotal: 3 });
  expect(filtered.remittancePreview).toEqual(await inline({ clientId: several.clientId }, 1000));
  // Stored as codes and params: the same job reads in English for an English reader.
  const es = await queued(null, 1000);
  const en = await untilJobEnds(t, es.id, `${JOB_FIELDS} remittancePreview { ${PREVIEW_FIELDS} }`, { locale: 'en' });
  expect(en.remittancePreview).toEqual(await inline(null, 1000, { locale: 'en' }));
  expect(en.remittancePreview.excluded[0].reason.message).not.toEqual(es.remittancePreview.excluded[0].reason.message);
  // Nothing is written but the jobs.
  expect(await t.ds.getRepository(SepaDebitEntity).count()).toBe(0);
  expect(await t.ds.getRepository(RemittanceEntity).count()).toBe(0);
});

test('the job\'s walk reports progress after every slice, of the candidates counted; its result does not depend on the slices', async () => {
  const calls: [number, number][] = [];
  const sliced = await sepa(3).preview(DATE, {}, 1000, { job: { progress: async (done, total) => { calls.push([done, total]); } } });
  expect(calls).toEqual([[3, 7], [6, 7], [7, 7]]);
  expect(sliced).toEqual(await sepa(1000).preview(DATE, {}, 1000));
});

test('the count before the walk is the number of candidates the walk goes through, for every filter', async () => {
  const filters: RemittanceFilter[] = [{}, { clientId: several.clientId }, { contractId: several.contractId }, { issuedUpTo: '2000-01-01' },
    { issuedUpTo: '2099-01-01', clientId: several.clientId }, { clientId: several.clientId, contractId: several.contractId, issuedUpTo: '2099-01-01' }];
  for (const filter of filters) expect(await countCandidates(t.ds.manager, filter), JSON.stringify(filter)).toBe((await candidateIds(t.ds.manager, filter)).length);
  expect(await countCandidates(t.ds.manager, {})).toBe(7);
});

test('beyond the bound remittancePreview is refused, explained, naming the filter, with the queued preview as remedy; a narrower filter still answers', async () => {
  for (let k = 0; k < 2; k++) {
    const s = await f.activeClient();
    await f.invoice(s.client.id, s.contract.id, { period: '2026-10', subscriptionId: s.subscription.id });
  }
  const query = 'query($d: String!, $f: RemittanceFilterInput) { remittancePreview(collectionDate: $d, filter: $f) { count } }';
  const es = await t.gql(query, { d: DATE });
  expect(es.data).toBeNull();
  expect(es.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SEPA_PREVIEW_TOO_LARGE', field: 'filter', params: { date: DATE, count: 9, max: BOUND } });
  expect(es.errors![0]!.message).toBe(`La vista previa de la remesa del 25/11/2026 recorre 9 facturas candidatas, más de las ${BOUND} que se calculan al momento sin bloquear la API.`);
  expect(es.errors![0]!.extensions!['remedy']).toContain('queueRemittancePreview');
  const en = await t.gql(query, { d: DATE }, { locale: 'en' });
  expect(en.errors![0]!.message).toBe(`The preview of the remittance of 25/11/2026 goes through 9 candidate invoices, more than the ${BOUND} worked out on the spot without holding up the API.`);
  expect(en.errors![0]!.extensions!['remedy']).toContain('queueRemittancePreview');
  expect((await t.ok(query, { d: DATE, f: { clientId: several.clientId } })).remittancePreview.count).toBe(3);
  const job = await queued(null, 100);
  expect(job).toMatchObject({ status: 'COMPLETED', itemsDone: 9, itemsTotal: 9 });
  expect(job.remittancePreview).toMatchObject({ count: 7, excludedCount: 2 });
});

test('queueing checks its input first and is for admins only; a partner neither queues nor reads the job', async () => {
  const early = await t.gql('mutation { queueRemittancePreview(collectionDate: "2026-11-20") { id } }');
  expect(early.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SEPA_COLLECTION_DATE_TOO_EARLY', field: 'collectionDate' });
  const bad = await t.gql('mutation { queueRemittancePreview(collectionDate: "2026-13-01") { id } }');
  expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'collectionDate' });
  const tooLong = await t.gql(`mutation { queueRemittancePreview(collectionDate: "${DATE}", limit: 1001) { id } }`);
  expect(tooLong.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
  const mutation = `mutation { queueRemittancePreview(collectionDate: "${DATE}") { id } }`;
  expect((await t.gql(mutation, {}, { token: partnerKey })).errors![0]!.extensions!['code']).toBe('FORBIDDEN');
  expect((await t.gql(mutation, {}, { token: null })).errors![0]!.extensions!['code']).toBe('UNAUTHENTICATED');
  expect((await t.gql(`{ remittancePreview(collectionDate: "${DATE}") { count } }`, {}, { token: partnerKey })).errors![0]!.extensions!['code']).toBe('FORBIDDEN');
  // A partner does not see an admin's job, nor its preview.
  const job = (await t.ok(mutation)).queueRemittancePreview;
  expect((await t.ok('query($id: ID!) { backgroundJob(id: $id) { id remittancePreview { count } } }', { id: job.id }, { token: partnerKey })).backgroundJob).toBeNull();
  expect((await untilJobEnds(t, job.id)).status).toBe('COMPLETED');
});
