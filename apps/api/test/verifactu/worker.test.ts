// The submission worker against a local stand-in of the agency's SOAP endpoint (docs/verifactu.md,
// "Sending"): batches of at most 1 000 in chain order, TiempoEsperaEnvio respected unless 1 000 records
// wait, 5xx / timeouts / faults retried with backoff, each record's answer stored, and a rejected record
// sent again marked RechazoPrevio. The clock is the test's: waiting costs no real time.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { seedBenchData } from '../../src/bench/bench-data.js';
import { soapTransport } from '../../src/verifactu/submission/transport.js';
import { SubmissionWorker, type WorkerClock } from '../../src/verifactu/submission/worker.js';
import { BILLING_NOW, startServer, TEST_NOW, type TestServer } from '../harness.js';
import { billing } from '../billing/support.js';
import { startStandInAgency, type StandIn } from './stand-in-agency.js';

let t: TestServer;
let agency: StandIn;
let total: number;
let rejectedNumber: string;
let withErrorsNumber: string;
const sleeps: number[] = [];
const clock: WorkerClock = { now: () => now, sleep: async (ms) => { sleeps.push(ms); now += ms; } };
let now = TEST_NOW.getTime();

const states = async () => Object.fromEntries((await t.ds.query('SELECT status, COUNT(*) AS n FROM verifactu_record_states GROUP BY status') as any[]).map((r) => [r.status, Number(r.n)]));

beforeAll(async () => {
  t = await startServer({ now: BILLING_NOW });
  await billing(t).settings('ARREARS');
  await seedBenchData(t.ds, 1300);
  expect((await billing(t).run('2026-10')).errors).toBeUndefined();
  total = Number((await t.ds.query('SELECT COUNT(*) AS n FROM verifactu_records'))[0].n);
  expect(total).toBeGreaterThan(1000);
  const numbers = (await t.ds.query('SELECT number FROM verifactu_records ORDER BY position') as any[]).map((r) => r.number);
  [withErrorsNumber, rejectedNumber] = [numbers[10], numbers[20]];
  agency = await startStandInAgency([]);
}, 120_000);
afterAll(async () => { await agency.close(); await t.close(); });

const worker = () => new SubmissionWorker(t.ds, soapTransport({ endpoint: agency.url, timeoutMs: 5000 }), clock);

test('a 5xx, a timeout and a SOAP fault are retried with growing backoff; nothing is marked answered', async () => {
  agency.replies = [{ http: 503 }, { hang: true }, { fault: 'Certificado no válido' }];
  const w = worker();
  const outcomes = [await w.tick(), await w.tick(), await worker().tick()];
  // Nothing is sent until the backoff has passed, not even the records after the failed batch, not by another worker.
  expect(outcomes.map((o) => o.outcome)).toEqual(['FAILED', 'WAITING', 'WAITING']);
  expect(outcomes[0]).toMatchObject({ reason: 'HTTP_5XX', retryInMs: 60_000, sent: 1000 });
  now += 60_000;
  expect(await w.tick()).toMatchObject({ outcome: 'FAILED', reason: 'TIMEOUT', retryInMs: 120_000 });
  now += 120_000;
  expect(await w.tick()).toMatchObject({ outcome: 'FAILED', reason: 'FAULT env:Client', retryInMs: 240_000 });
  expect(await states()).toEqual({ PENDING: total });
  const [row] = await t.ds.query('SELECT attempts, "errorCode" FROM verifactu_record_states WHERE position = 1');
  expect([Number(row.attempts), row.errorCode]).toEqual([3, 'FAULT env:Client']);
}, 60_000);

test('the queue drains in batches of at most 1 000, in chain order, waiting TiempoEsperaEnvio before a smaller batch', async () => {
  agency.received.length = 0;
  agency.replies = [{
    wait: 90,
    answer: (r) => r.number === rejectedNumber ? { state: 'Incorrecto', code: '4102', message: 'El NIF del destinatario no está identificado.' }
      : r.number === withErrorsNumber ? { state: 'AceptadoConErrores', code: '2004', message: 'El valor del campo FechaHoraHusoGenRegistro es incorrecto.' }
        : { state: 'Correcto' },
  }];
  sleeps.length = 0;
  const outcomes = await worker().drain();
  expect(agency.received.map((r) => r.records.length)).toEqual([1000, total - 1000]);
  const positions = (await t.ds.query('SELECT number FROM verifactu_records ORDER BY position') as any[]).map((r) => r.number);
  expect(agency.received.flatMap((r) => r.records.map((x) => x.number))).toEqual(positions);
  expect(agency.received[0]!.issuerNif).toBe('B12345674');
  // Each record's Encadenamiento names the record before it (read back from the chain, not stored twice): the first
  // of the chain is PrimerRegistro; the second batch's first names the last of the first batch.
  const chain = await t.ds.query('SELECT number, "issueDate", hash FROM verifactu_records WHERE position IN (1, 1000) ORDER BY position') as Array<{ number: string; issueDate: string; hash: string }>;
  expect(agency.received[0]!.xml).toContain(`<sum1:NumSerieFactura>${chain[0]!.number}</sum1:NumSerieFactura><sum1:FechaExpedicionFactura>`);
  expect(agency.received[0]!.xml.match(/<sum1:PrimerRegistro>S<\/sum1:PrimerRegistro>/g)).toHaveLength(1);
  expect(agency.received[1]!.xml).toContain(`<sum1:RegistroAnterior><sum1:IDEmisorFactura>B12345674</sum1:IDEmisorFactura><sum1:NumSerieFactura>${chain[1]!.number}</sum1:NumSerieFactura>`
    + `<sum1:FechaExpedicionFactura>${chain[1]!.issueDate}</sum1:FechaExpedicionFactura><sum1:Huella>${chain[1]!.hash}</sum1:Huella></sum1:RegistroAnterior>`);
  // The backoff of the failures first, then the 90 s the agency asked for before the second, smaller batch.
  expect(sleeps).toContain(90_000);
  expect(outcomes[0]).toMatchObject({ outcome: 'SENT', sent: 1000, accepted: 998, acceptedWithErrors: 1, rejected: 1 });
  expect(await states()).toEqual({ ACCEPTED: total - 2, ACCEPTED_WITH_ERRORS: 1, REJECTED: 1 });
}, 60_000);

test('1 000 records waiting are sent without waiting out TiempoEsperaEnvio', async () => {
  const w = worker();
  agency.replies = [{ wait: 3600, answer: () => ({ state: 'Correcto' }) }];
  expect(await billing(t).run('2026-11')).toMatchObject({ data: { runBilling: { status: 'COMPLETED' } } });
  const first = await w.tick();
  expect(first).toMatchObject({ outcome: 'SENT', sent: 1000 });
  // Fewer than 1 000 left: the worker waits the hour the agency asked for.
  expect(await w.tick()).toMatchObject({ outcome: 'WAITING', waitMs: 3_600_000 });
  now += 3_600_000;
  expect(await w.tick()).toMatchObject({ outcome: 'SENT' });
}, 60_000);

test('rejected records are listed with the agency\'s reason and what to do; sent again marked RechazoPrevio', async () => {
  const list = (await t.ok('query { verifactuRecords(status: REJECTED) { id number status errorCode errorMessage remedy invoiceId } }', {}, { locale: 'en' })).verifactuRecords;
  expect(list).toEqual([{
    id: expect.any(String), number: rejectedNumber, status: 'REJECTED', errorCode: '4102', errorMessage: 'El NIF del destinatario no está identificado.',
    remedy: expect.stringContaining('RechazoPrevio'), invoiceId: expect.any(String),
  }]);
  const inv = (await t.ok('query($id: ID!) { invoice(id: $id) { verifactu { status } } }', { id: list[0].invoiceId })).invoice;
  expect(inv.verifactu.status).toBe('REJECTED');
  const notRejected = await t.gql('mutation($id: ID!) { resendVerifactuRecord(id: $id) { status } }', { id: String((await t.ds.query('SELECT position FROM verifactu_record_states WHERE status = \'ACCEPTED\' LIMIT 1'))[0].position) });
  expect(notRejected.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RECORD_NOT_REJECTED' });

  expect((await t.ok('mutation($id: ID!) { resendVerifactuRecord(id: $id) { status } }', { id: list[0].id })).resendVerifactuRecord.status).toBe('PENDING');
  agency.received.length = 0;
  agency.replies = [{ answer: () => ({ state: 'Correcto' }) }];
  now += 3_600_000;
  await worker().drain();
  expect(agency.received.map((r) => r.records)).toEqual([[{ kind: 'ALTA', number: rejectedNumber, rechazoPrevio: true, subsanacion: false, hash: expect.stringMatching(/^[0-9A-F]{64}$/) }]]);
  expect((await t.ok('query { verifactuRecords(status: REJECTED) { id } }')).verifactuRecords).toEqual([]);
}, 60_000);

test('a record the answer leaves out stays pending and is sent again', async () => {
    expect((await billing(t).run('2026-12')).errors).toBeUndefined();
  const pending = (await states()).PENDING ?? 0;
  expect(pending).toBeGreaterThan(1);
  let omitted = '';
  agency.received.length = 0;
  agency.replies = [{ answer: () => ({ state: 'Correcto' }), omit: (r) => { omitted ||= r.number; return r.number === omitted; } }, { answer: () => ({ state: 'Correcto' }) }];
  now += 3_600_000;
  await worker().drain();
  // The left-out record goes again at the head of the next submission (the chain is sent in order).
  expect(agency.received.reduce((n, r) => n + r.records.length, 0)).toBe(pending + 1);
  expect(agency.received[1]!.records[0]!.number).toBe(omitted);
  expect((await states()).PENDING).toBeUndefined();
}, 120_000);
