// Subsanación through GraphQL on a real database (docs/verifactu.md, "Corrections"): a record the stand-in
// agency rejected, or accepted with errors, is corrected by a new alta at the head of the chain (same invoice
// data, the recipient as it is now, Subsanacion and RechazoPrevio); an accepted record, an anulación and a second
// correction are refused as results; the worker sends the corrections with their flags and stores the answers;
// concurrent corrections of one record give exactly one correction and one unforked chain.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { soapTransport } from '../../src/verifactu/submission/transport.js';
import { SubmissionWorker, type WorkerClock } from '../../src/verifactu/submission/worker.js';
import { BILLING_NOW, startServer, type TestServer } from '../harness.js';
import { billing } from '../billing/support.js';
import { startStandInAgency, type LineAnswer, type ReceivedRecord, type StandIn } from './stand-in-agency.js';
import { decodePayload } from '../../src/verifactu/verifactu.entities.js';

let t: TestServer;
let agency: StandIn;
let now = BILLING_NOW.getTime();
const clock: WorkerClock = { now: () => now, sleep: async (ms) => { now += ms; } };
/** Invoice numbers by role: what the agency answers for each. */
const doc: Record<'rejected' | 'withErrors' | 'accepted' | 'voided' | 'raced', { invoiceId: string; number: string; clientId: string }> = {} as never;

const CHAIN = 'query { verifactuChain { length valid breakCount } }';
const RECORD = 'id position kind number status subsanacion rechazoPrevio errorCode corrects { id } correctedBy { id position } availableActions { action available reason { code message remedy entityId } }';
const CORRECT = `mutation($id: ID!) { correctVerifactuRecord(id: $id) { corrected record { ${RECORD} } correction { ${RECORD} } refusal { code message remedy field entityType entityId } } }`;

const worker = () => new SubmissionWorker(t.ds, soapTransport({ endpoint: agency.url, timeoutMs: 5000 }), clock);
const drain = async () => { now += 3_600_000; return worker().drain(); };
/** A record's id in the API is its chain position. */
const recordOf = async (number: string, kind = 'ALTA', position = 'MIN') => {
  const [row] = await t.ds.query(`SELECT position FROM verifactu_records WHERE number = '${number}' AND kind = '${kind}' ORDER BY position ${position === 'MIN' ? 'ASC' : 'DESC'}`) as Array<{ position: number }>;
  return { id: String(row!.position), position: Number(row!.position) };
};
const count = async (table: string) => Number((await t.ds.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

function answer(r: ReceivedRecord): LineAnswer {
  // Corrections are accepted: the cause was fixed.
  if (r.subsanacion) return { state: 'Correcto' };
  if (r.number === doc.rejected.number || r.number === doc.raced.number || (r.number === doc.voided.number && r.kind === 'ANULACION')) {
    return { state: 'Incorrecto', code: '4102', message: 'El NIF del destinatario no está identificado.' };
  }
  if (r.number === doc.withErrors.number) return { state: 'AceptadoConErrores', code: '2004', message: 'El valor del campo FechaHoraHusoGenRegistro es incorrecto.' };
  return { state: 'Correcto' };
}

beforeAll(async () => {
  t = await startServer({ now: BILLING_NOW });
  const b = billing(t);
  await b.settings('ADVANCE');
  const { A } = await b.tariffsAB();
  for (const role of ['rejected', 'withErrors', 'accepted', 'voided', 'raced'] as const) {
    const { client, contract } = await b.contractWith(A.id);
    await b.runOk('2026-11');
    const [invoice] = await b.invoicesOf(contract.id);
    doc[role] = { invoiceId: invoice.id, number: invoice.number, clientId: client.id };
  }
  await t.ok('mutation($id: ID!) { voidInvoice(id: $id) { id } }', { id: doc.voided.invoiceId });
  agency = await startStandInAgency([{ wait: 60, answer }]);
  await drain();
}, 120_000);
afterAll(async () => { await agency?.close(); await t?.close(); });

describe('what may be done with a record', () => {
  test('a rejected record may be corrected or sent again; an accepted one neither, each with the reason', async () => {
    const list = (await t.ok(`query { verifactuRecords(status: REJECTED) { ${RECORD} } }`, {}, { locale: 'en' })).verifactuRecords;
    // In chain order: the anulación was appended after the last alta.
    expect(list.map((r: any) => [r.number, r.kind])).toEqual([[doc.rejected.number, 'ALTA'], [doc.raced.number, 'ALTA'], [doc.voided.number, 'ANULACION']]);
    expect(list[0].availableActions).toEqual([{ action: 'CORRECT', available: true, reason: null }, { action: 'RESEND', available: true, reason: null }]);
    expect(list[2].availableActions[0]).toMatchObject({ action: 'CORRECT', available: false, reason: { code: 'RECORD_CORRECTION_ANULACION', message: expect.stringContaining('anulación') } });
    const accepted = await recordOf(doc.accepted.number);
    const inv = (await t.ok(`query($id: ID!) { invoice(id: $id) { verifactu { records { ${RECORD} } } } }`, { id: doc.accepted.invoiceId })).invoice;
    expect(inv.verifactu.records[0]).toMatchObject({ id: accepted.id, status: 'ACCEPTED', subsanacion: false, rechazoPrevio: false, corrects: null, correctedBy: null });
    expect(inv.verifactu.records[0].availableActions.map((a: any) => [a.action, a.available, a.reason?.code])).toEqual([
      ['CORRECT', false, 'RECORD_CORRECTION_ACCEPTED'], ['RESEND', false, 'RECORD_NOT_REJECTED'],
    ]);
  });
});

describe('correctVerifactuRecord', () => {
  test('a rejected record: a new alta at the head, same invoice data, the recipient as it is now, Subsanacion + RechazoPrevio', async () => {
    const original = await recordOf(doc.rejected.number);
    // The agency said the recipient's NIF is not identified: the admin fixes the client first.
    const client = (await t.ok('query($id: ID!) { client(id: $id) { version } }', { id: doc.rejected.clientId })).client;
    await t.ok('mutation($i: UpdateClientInput!) { updateClient(input: $i) { client { id } } }', { i: { id: doc.rejected.clientId, version: client.version, name: 'Nombre Corregido S.L.', taxId: '12345678Z' } });
    const length = (await t.ok(CHAIN)).verifactuChain.length;
    const r = (await t.ok(CORRECT, { id: original.id })).correctVerifactuRecord;
    expect(r).toMatchObject({
      corrected: true, refusal: null,
      record: { id: original.id, status: 'REJECTED', correctedBy: { position: length + 1 } },
      correction: { position: length + 1, kind: 'ALTA', number: doc.rejected.number, status: 'PENDING', subsanacion: true, rechazoPrevio: true, corrects: { id: original.id }, correctedBy: null },
    });
    expect(r.record.availableActions.map((a: any) => a.reason?.code)).toEqual(['RECORD_ALREADY_CORRECTED', 'RECORD_RESEND_CORRECTED']);
    const [before, after] = await t.ds.query(`SELECT * FROM verifactu_records WHERE position IN (${original.position}, ${r.correction.position}) ORDER BY position`) as Array<Record<string, any>>;
    for (const key of ['issuerNif', 'number', 'issueDate', 'invoiceType', 'taxTotal', 'total']) expect(after![key]).toBe(before![key]);
    const [p0, p1] = [decodePayload(before!.payload), decodePayload(after!.payload)] as [Record<string, any>, Record<string, any>];
    expect(p1).toMatchObject({ breakdown: p0.breakdown, description: p0.description, subsanacion: 'S', rechazoPrevio: 'S', recipient: { name: 'Nombre Corregido S.L.', nif: '12345678Z' } });
    expect(p0.subsanacion).toBeUndefined();
    expect((await t.ok(CHAIN)).verifactuChain).toEqual({ length: length + 1, valid: true, breakCount: 0 });
    // Corrected, it leaves the list of rejected records, unless asked for.
    const rejected = (await t.ok('query { verifactuRecords(status: REJECTED) { id } }')).verifactuRecords.map((x: any) => x.id);
    expect(rejected).not.toContain(original.id);
    expect((await t.ok('query { verifactuRecords(status: REJECTED, includeCorrected: true) { id } }')).verifactuRecords.map((x: any) => x.id)).toContain(original.id);
  });

  test('an accepted-with-errors record: Subsanacion without RechazoPrevio', async () => {
    const original = await recordOf(doc.withErrors.number);
    const r = (await t.ok(CORRECT, { id: original.id })).correctVerifactuRecord;
    expect(r).toMatchObject({ corrected: true, correction: { subsanacion: true, rechazoPrevio: false, status: 'PENDING', corrects: { id: original.id } } });
    expect((await t.ok(CHAIN)).verifactuChain.valid).toBe(true);
  });

  test('refused as a result, with code, message and remedy: an accepted record, a second correction, an anulación; nothing written', async () => {
    const records = await count('verifactu_records');
    const accepted = await recordOf(doc.accepted.number);
    const r1 = (await t.ok(CORRECT, { id: accepted.id }, { locale: 'en' })).correctVerifactuRecord;
    expect(r1).toMatchObject({
      corrected: false, correction: null, record: { id: accepted.id, status: 'ACCEPTED' },
      refusal: { code: 'RECORD_CORRECTION_ACCEPTED', field: 'status', entityId: accepted.id, message: expect.stringContaining('without errors'), remedy: expect.stringContaining('createCreditNote') },
    });
    const again = (await t.ok(CORRECT, { id: (await recordOf(doc.rejected.number)).id })).correctVerifactuRecord;
    expect(again).toMatchObject({ corrected: false, refusal: { code: 'RECORD_ALREADY_CORRECTED', message: expect.stringContaining('ya está corregido por el registro') } });
    const anulacion = await recordOf(doc.voided.number, 'ANULACION');
    expect((await t.ok(CORRECT, { id: anulacion.id })).correctVerifactuRecord.refusal.code).toBe('RECORD_CORRECTION_ANULACION');
    // A corrected record is not sent again as it was either.
    const resend = await t.gql('mutation($id: ID!) { resendVerifactuRecord(id: $id) { id } }', { id: (await recordOf(doc.rejected.number)).id });
    expect(resend.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RECORD_RESEND_CORRECTED', remedy: expect.any(String) });
    const unknown = await t.gql(CORRECT, { id: '00000000-0000-0000-0000-000000000000' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await count('verifactu_records')).toBe(records);
  });

  test('admin only', async () => {
    const { key } = await billing(t).f.partnerWithKey();
    const r = await t.gql(CORRECT, { id: (await recordOf(doc.raced.number)).id }, { token: key });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('the corrections table is insert-only: the database refuses UPDATE and DELETE', async () => {
    await expect(t.ds.query(`UPDATE verifactu_corrections SET "correctedStatus" = 'ACCEPTED'`)).rejects.toThrow(/immutable/);
    await expect(t.ds.query('DELETE FROM verifactu_corrections')).rejects.toThrow(/immutable/);
  });
});

describe('sending', () => {
  test('the worker sends each correction with its flags; the agency\'s answer is stored on the correction', async () => {
    agency.received.length = 0;
    await drain();
    const sent = agency.received.flatMap((r) => r.records);
    expect(sent).toEqual([
      { kind: 'ALTA', number: doc.rejected.number, subsanacion: true, rechazoPrevio: true, hash: expect.stringMatching(/^[0-9A-F]{64}$/) },
      { kind: 'ALTA', number: doc.withErrors.number, subsanacion: true, rechazoPrevio: false, hash: expect.stringMatching(/^[0-9A-F]{64}$/) },
    ]);
    expect(agency.received[0]!.xml).toContain('<sum1:Subsanacion>S</sum1:Subsanacion><sum1:RechazoPrevio>S</sum1:RechazoPrevio><sum1:TipoFactura>F1</sum1:TipoFactura>');
    const inv = (await t.ok(`query($id: ID!) { invoice(id: $id) { verifactu { status records { ${RECORD} } } } }`, { id: doc.rejected.invoiceId })).invoice;
    // The latest alta stands for the invoice.
    expect(inv.verifactu.status).toBe('ACCEPTED');
    expect(inv.verifactu.records.map((r: any) => [r.status, r.subsanacion, r.corrects?.id ?? null])).toEqual([
      ['REJECTED', false, null], ['ACCEPTED', true, inv.verifactu.records[0].id],
    ]);
    expect((await t.ok(CHAIN)).verifactuChain.valid).toBe(true);
  });
});

describe('at once', () => {
  // Reading the record's facts before taking the chain head lock fails this on PostgreSQL (a unique violation, an
  // internal error): the lock is what makes the later corrections see the first.
  test('six corrections of one record at once: exactly one is appended, the others are refused, the chain is not forked', async () => {
    const original = await recordOf(doc.raced.number);
    const length = (await t.ok(CHAIN)).verifactuChain.length;
    const answers = await Promise.all(Array.from({ length: 6 }, () => t.ok(CORRECT, { id: original.id })));
    const results = answers.map((a) => a.correctVerifactuRecord);
    expect(results.filter((r) => r.corrected)).toHaveLength(1);
    expect(results.filter((r) => !r.corrected).map((r) => r.refusal.code)).toEqual(Array(5).fill('RECORD_ALREADY_CORRECTED'));
    const [{ n }] = await t.ds.query(`SELECT COUNT(*) AS n FROM verifactu_corrections WHERE "correctsPosition" = ${original.position}`);
    expect(Number(n)).toBe(1);
    const positions = (await t.ds.query('SELECT position FROM verifactu_records ORDER BY position') as Array<{ position: number }>).map((r) => Number(r.position));
    expect(positions).toEqual(Array.from({ length: length + 1 }, (_, i) => i + 1));
    const [{ forks }] = await t.ds.query('SELECT COUNT(*) - COUNT(DISTINCT "hash") AS forks FROM verifactu_records');
    expect(Number(forks)).toBe(0);
    expect((await t.ok(CHAIN)).verifactuChain).toEqual({ length: length + 1, valid: true, breakCount: 0 });
  }, 60_000);
});
