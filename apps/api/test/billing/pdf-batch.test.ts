// PDF batches (docs/jobs.md "PDF batches"): queueInvoicePdfBatch(filter) makes one ZIP with a valid PDF per
// selected invoice, named by number, served by GET /jobs/:id/file to whoever may read the job — an admin, or the
// partner that queued it (its own clients' invoices only, as GET /invoices/:id.pdf) — and 404 to anyone else, for
// an unknown job or one without a file; an empty or too large selection is refused, explained.
import { randomBytes } from 'node:crypto';
import { unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { newId } from '../../src/db/ids.js';
import { BackgroundJobEntity } from '../../src/jobs/background.entity.js';
import { JOB_FILE_CHUNK_BYTES, writeJobFile } from '../../src/jobs/job-files.js';
import { BILLING_NOW, JOB_FIELDS, startServer, untilJobEnds, type GqlOptions, type TestServer } from '../harness.js';
import { billing } from './support.js';

const CAP = 8;
const FILE_FIELDS = `${JOB_FIELDS} file { name contentType bytes url } billingPreview { invoiceCount }`;

let t: TestServer;
let b: ReturnType<typeof billing>;
let keyA: string;
let keyB: string;
let clientB: any;

const queue = (filter: Record<string, unknown> | null, options: GqlOptions = {}) =>
  t.gql(`mutation($f: InvoiceFilter) { queueInvoicePdfBatch(filter: $f) { ${JOB_FIELDS} } }`, { f: filter }, options);
async function batch(filter: Record<string, unknown> | null, options: GqlOptions = {}) {
  const r = await queue(filter, options);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  expect(r.data.queueInvoicePdfBatch).toMatchObject({ kind: 'INVOICE_PDF_BATCH', status: 'QUEUED' });
  return untilJobEnds(t, r.data.queueInvoicePdfBatch.id, FILE_FIELDS, options);
}
const download = (url: string, token: string | null) => fetch(`${t.base}${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
async function numbers(filter: Record<string, unknown>, options: GqlOptions = {}): Promise<string[]> {
  const r = await t.ok('query($f: InvoiceFilter) { invoices(filter: $f, first: 100) { nodes { number } } }', { f: filter }, options);
  return r.invoices.nodes.map((i: any) => i.number).sort();
}
async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const content = await (await doc.getPage(1)).getTextContent();
  return content.items.map((it: any) => ('str' in it ? it.str : '')).join(' ').replace(/\s+/g, ' ');
}
/** The ZIP at `url`, unzipped: entry name → bytes. */
async function zipAt(url: string, token: string) {
  const res = await download(url, token);
  expect(res.status).toBe(200);
  return { res, entries: unzipSync(new Uint8Array(await res.arrayBuffer())) };
}

beforeAll(async () => {
  t = await startServer({ now: BILLING_NOW, app: { limits: { pdfBatchMaxInvoices: CAP } } });
  b = billing(t);
  await b.settings('ADVANCE', true);
  const { A, B } = await b.tariffsAB();
  const a = await b.f.partnerWithKey();
  const pb = await b.f.partnerWithKey();
  keyA = a.key;
  keyB = pb.key;
  const ownedA = await b.contractWith(A.id, { clientOver: { partnerId: a.partner.id } });
  await b.contractWith(A.id, { clientOver: { partnerId: a.partner.id } });
  clientB = (await b.contractWith(A.id, { clientOver: { partnerId: pb.partner.id } })).client;
  await b.contractWith(A.id);
  await b.runOk('2026-11');
  await b.runOk('2026-12');
  // A credit note (series R) rectifying partner A's November invoice.
  await b.migrate(ownedA.subscription.id, B.id, '2026-11-16');
  expect((await b.massCredit('2026-11')).errors).toBeUndefined();
});
afterAll(async () => { await t.close(); });

test('the ZIP holds one valid PDF per selected invoice, named by its number, with progress per invoice', async () => {
  const filter = { periodFrom: '2026-11', periodTo: '2026-11' };
  const expected = await numbers(filter);
  expect(expected.some((n) => n.startsWith('R'))).toBe(true);
  const job = await batch(filter);
  expect(job).toMatchObject({ status: 'COMPLETED', failure: null, itemsDone: expected.length, itemsTotal: expected.length, billingPreview: null });
  expect(job.file).toEqual({ name: 'facturas-2026-11.zip', contentType: 'application/zip', bytes: expect.any(Number), url: `/jobs/${job.id}/file` });
  const { res, entries } = await zipAt(job.file.url, t.adminToken);
  expect(res.headers.get('content-type')).toBe('application/zip');
  expect(res.headers.get('content-disposition')).toBe('attachment; filename="facturas-2026-11.zip"');
  expect(Number(res.headers.get('content-length'))).toBe(job.file.bytes);
  expect(Object.keys(entries).sort()).toEqual(expected.map((n) => `${n}.pdf`));
  for (const [name, bytes] of Object.entries(entries)) {
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1'), name).toBe('%PDF-');
    expect(Buffer.from(bytes.subarray(-6)).toString('latin1'), name).toMatch(/%%EOF\s*$/);
  }
  // Each entry is that invoice's document, as GET /invoices/:id.pdf draws it.
  const note = expected.find((n) => n.startsWith('R'))!;
  const text = await pdfText(entries[`${note}.pdf`]!);
  expect(text).toContain('FACTURA RECTIFICATIVA');
  expect(text).toContain(`Número: ${note}`);
  const invoice = expected.find((n) => n.startsWith('F'))!;
  expect(await pdfText(entries[`${invoice}.pdf`]!)).toContain(`Número: ${invoice}`);
});

test('the file is named in the language of whoever queued it, after the filter\'s periods or the day', async () => {
  const en = await batch({ periodFrom: '2026-11', periodTo: '2026-12', kind: 'INVOICE' }, { locale: 'en' });
  expect(en.file.name).toBe('invoices-2026-11_2026-12.zip');
  const dated = await batch({ clientId: clientB.id });
  expect(dated.file.name).toBe('facturas-2027-06-15.zip');
  expect(Object.keys((await zipAt(dated.file.url, t.adminToken)).entries).sort()).toEqual((await numbers({ clientId: clientB.id })).map((n) => `${n}.pdf`));
});

test('a partner batches only its own clients\' invoices; its job and file are its own and the admin\'s', async () => {
  const own = await numbers({}, { token: keyA });
  expect(own.length).toBeGreaterThan(0);
  const job = await batch(null, { token: keyA });
  expect(job.status).toBe('COMPLETED');
  expect(Object.keys((await zipAt(job.file.url, keyA)).entries).sort()).toEqual(own.map((n) => `${n}.pdf`));
  expect((await download(job.file.url, t.adminToken)).status).toBe(200);
  const other = await download(job.file.url, keyB);
  expect(other.status).toBe(404);
  expect(((await other.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
  expect((await t.ok('query($id: ID!) { backgroundJob(id: $id) { id } }', { id: job.id }, { token: keyB })).backgroundJob).toBeNull();
  // Nor does a partner see an admin's batch, or ask for another partner's client.
  const admins = await batch({ periodFrom: '2026-12', periodTo: '2026-12' });
  expect((await download(admins.file.url, keyA)).status).toBe(404);
  const foreign = await queue({ clientId: clientB.id }, { token: keyA });
  expect(foreign.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
  expect((await t.gql('{ backgroundJobs(first: 5) { id } }', {}, { token: keyA })).errors![0]!.extensions!['code']).toBe('FORBIDDEN');
});

test('an empty selection and one over the cap are refused, explained; a malformed filter names its field', async () => {
  const all = (await numbers({})).length;
  expect(all).toBeGreaterThan(CAP);
  const over = await queue(null);
  expect(over.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PDF_BATCH_TOO_LARGE', field: 'filter', params: { count: all, max: CAP } });
  expect(over.errors![0]!.message).toBe(`El filtro selecciona ${all} facturas, más de las ${CAP} que admite un lote de PDF.`);
  expect(over.errors![0]!.extensions!['remedy']).toContain('Acota el filtro');
  const overEn = await queue(null, { locale: 'en' });
  expect(overEn.errors![0]!.message).toBe(`The filter selects ${all} invoices, more than the ${CAP} a PDF batch takes.`);
  const empty = await queue({ periodFrom: '2030-01' });
  expect(empty.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PDF_BATCH_EMPTY', field: 'filter' });
  expect((await queue({}, { token: keyB })).errors).toBeUndefined();
  const bad = await queue({ periodFrom: '2026-13' });
  expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.periodFrom' });
  expect((await queue(null, { token: null })).errors![0]!.extensions!['code']).toBe('UNAUTHENTICATED');
});

test('GET /jobs/:id/file: 401 without credentials, 404 for an unknown job, one still running, one without a file', async () => {
  const job = await batch({ periodFrom: '2026-12', periodTo: '2026-12' });
  expect((await download(job.file.url, null)).status).toBe(401);
  expect((await download(`/jobs/${newId()}/file`, t.adminToken)).status).toBe(404);
  const preview = await untilJobEnds(t, (await t.ok('mutation { queueBillingPreview(period: "2026-11") { id } }')).queueBillingPreview.id, FILE_FIELDS);
  expect(preview).toMatchObject({ status: 'COMPLETED', file: null });
  expect((await download(`/jobs/${preview.id}/file`, t.adminToken)).status).toBe(404);
  const running = await runningJob();
  expect((await download(`/jobs/${running.id}/file`, t.adminToken)).status).toBe(404);
});

/** A job a worker holds (RUNNING, not yet done), with the first chunks of its file already written. */
async function runningJob() {
  const at = new Date().toISOString();
  const job: BackgroundJobEntity = {
    id: newId(), kind: 'INVOICE_PDF_BATCH', status: 'RUNNING', params: {}, result: null, failure: null, itemsDone: 1, itemsTotal: 10,
    actorType: 'SYSTEM', actorId: null, actorName: 'test', locale: 'es', createdAt: at, startedAt: at, finishedAt: null, heartbeatAt: at, workerId: 'elsewhere', attempts: 1,
  };
  await t.ds.getRepository(BackgroundJobEntity).insert(job as QueryDeepPartialEntity<BackgroundJobEntity>);
  await writeJobFile({ ds: t.ds, jobId: job.id }, 'partial.zip', 'application/zip', (async function* () { yield randomBytes(1000); })());
  return job;
}

test('a file of several chunks is streamed whole, in order', async () => {
  const job = await runningJob();
  const bytes = randomBytes(2 * JOB_FILE_CHUNK_BYTES + 12_345);
  const file = await writeJobFile({ ds: t.ds, jobId: job.id }, 'facturas-grande.zip', 'application/zip', (async function* () {
    for (let at = 0; at < bytes.length; at += 700_000) yield bytes.subarray(at, at + 700_000);
  })());
  expect(file.chunks).toBe(3);
  await t.ds.getRepository(BackgroundJobEntity).update({ id: job.id }, { status: 'COMPLETED', result: { count: 0, file } as never, finishedAt: new Date().toISOString() });
  const res = await download(`/jobs/${job.id}/file`, t.adminToken);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-disposition')).toBe('attachment; filename="facturas-grande.zip"');
  expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
});
