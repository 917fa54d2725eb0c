// SEPA direct debits end to end through GraphQL and HTTP on a real database (docs/sepa.md): settings,
// preview with exclusions, FRST/RCUR, amendments after a signature change, XSD-valid files in both formats,
// returns from pain.002 and camt.054 (idempotent), mandate blocks, return fee, settlement, races.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvoiceEntity } from '../../src/entities/index.js';
import { SepaDebitEntity } from '../../src/sepa/sepa.entities.js';
import { factories, IBAN_PROFILE, IBAN_SIGNATURE, IBANS } from '../factories.js';
import { AuditEntryEntity } from '../../src/entities/index.js';
import { JOB_FIELDS, startServer, TEST_JOBS, untilJobEnds, type TestServer } from '../harness.js';
import { camt054, CREDITOR, pain002, validateAgainstXsd } from './support.js';

let t: TestServer;
let f: ReturnType<typeof factories>;
let clock = new Date('2026-11-20T10:00:00Z');
const tick = () => { clock = new Date(clock.getTime() + 60_000); };

beforeAll(async () => {
  // The worker in a thread, as the product runs it: remittances are jobs (docs/sepa.md "Remittances as jobs").
  t = await startServer({ now: () => clock, app: { jobs: { ...TEST_JOBS, thread: true } } });
  f = factories(t);
});
afterAll(async () => { await t?.close(); });

const SETTINGS = 'mutation($i: UpdateSepaSettingsInput!) { updateSepaSettings(input: $i) { creditorName creditorId initiatingPartyId iban bic painFormat daysBetweenIssueAndCollection returnFeeEnabled returnFeeCents complete } }';
const PREVIEW = `query($d: String!, $f: RemittanceFilterInput) { remittancePreview(collectionDate: $d, filter: $f, limit: 1000) {
  count sumCents groups { sequenceType count sumCents } excludedCount excludedByReason { code count }
  debits { invoiceId invoiceNumber endToEndId sequenceType amended previousIban previousMandateReference iban amountCents reasons { code message } }
  excluded { invoiceId invoiceNumber reason { code message remedy field entityType entityId } } } }`;
const CREATE = `mutation($d: String!, $f: RemittanceFilterInput) { createRemittance(collectionDate: $d, filter: $f) { ${JOB_FIELDS} } }`;
const REMITTANCE = 'id reference status count sumCents painFormat downloadPath createdBy groups { sequenceType count sumCents }';
/** createRemittance queues a job: follows it to its end and returns it, with its remittance once COMPLETED. */
async function createRemittance(variables: Record<string, unknown>, options: { locale?: string } = {}): Promise<any> {
  const queued = (await t.ok(CREATE, variables, options)).createRemittance;
  expect(queued).toMatchObject({ kind: 'REMITTANCE', status: 'QUEUED', failure: null });
  return untilJobEnds(t, queued.id, `${JOB_FIELDS} remittance { ${REMITTANCE} }`, options);
}
/** The remittance of a job that must complete. */
async function created(variables: Record<string, unknown>): Promise<any> {
  const job = await createRemittance(variables);
  expect(job.failure).toBeNull();
  expect(job.status).toBe('COMPLETED');
  return job.remittance;
}
const IMPORT = `mutation($file: String!) { importBankReturns(file: $file) { format rowCount applied alreadyApplied unmatched ignored
  rows { endToEndId reasonCode returnedOn outcome invoiceNumber fee explanation { code message remedy } } } }`;
const INVOICE = `query($id: ID!) { invoice(id: $id) { id number status sepaDebits { endToEndId status returnReasonCode returnedOn returnReason { code message remedy } } } }`;
const CONTRACT = `query($id: ID!) { contract(id: $id) { id version sepaMandateBlock { code message remedy field } } }`;

async function download(path: string, token: string | null = t.adminToken): Promise<Response> {
  return fetch(`${t.base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

async function signedWithInvoice(over: Record<string, unknown> = {}, period = '2026-10') {
  const { client, contract, subscription } = await f.activeClient({}, over);
  const invoice = await f.invoice(client.id, contract.id, { period, subscriptionId: subscription.id });
  return { client, contract, subscription, invoice };
}

describe('creditor settings', () => {
  it('refuses a creditor id with wrong check digits, naming the field, in Spanish by default', async () => {
    const r = await t.gql(SETTINGS, { i: { creditorId: 'ES78000B85626240' } });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.creditorId', reason: 'SEPA_CREDITOR_ID_INVALID' });
    expect(r.errors?.[0]?.message).toContain('no es válido');
    const en = await t.gql(SETTINGS, { i: { initiatingPartyId: 'B85626240' } }, { locale: 'en' });
    expect(en.errors?.[0]?.extensions).toMatchObject({ field: 'input.initiatingPartyId', reason: 'SEPA_INITIATING_PARTY_INVALID' });
    const fmt = await t.gql(SETTINGS, { i: { painFormat: 'pain.008.001.99' } });
    expect(fmt.errors?.[0]?.extensions).toMatchObject({ field: 'input.painFormat', reason: 'SEPA_PAIN_FORMAT_INVALID' });
  });

  it('a remittance needs the creditor data first', async () => {
    await signedWithInvoice();
    const r = await t.gql(CREATE, { d: '2026-11-25' });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SEPA_SETTINGS_MISSING' });
    // The remedy names the SPA's form that fills them in, and the mutation behind it.
    expect(r.errors?.[0]?.extensions?.['remedy']).toContain('/settings/sepa');
    expect(r.errors?.[0]?.extensions?.['remedy']).toContain('updateSepaSettings');
  });

  it('stores valid settings; the return fee is off by default', async () => {
    const s = (await t.ok(SETTINGS, { i: CREDITOR })).updateSepaSettings;
    expect(s).toMatchObject({ ...CREDITOR, painFormat: 'pain.008.001.02', returnFeeEnabled: false, returnFeeCents: 500, complete: true });
  });

  it('partners cannot see or change SEPA settings or remittances', async () => {
    const { key } = await f.partnerWithKey();
    const r = await t.gql('{ sepaSettings { creditorId } }', {}, { token: key });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const create = await t.gql(CREATE, { d: '2026-11-25' }, { token: key });
    expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('remittance cycle', () => {
  let a: Awaited<ReturnType<typeof signedWithInvoice>>; // AM04 then retried
  let c: Awaited<ReturnType<typeof signedWithInvoice>>; // AC04, blocked until the IBAN changes
  let p: Awaited<ReturnType<typeof signedWithInvoice>>; // collected
  let unsignedInvoice: InvoiceEntity;
  let zeroInvoice: InvoiceEntity;
  let first: { id: string; reference: string; downloadPath: string };
  const onlyScenario = () => ({}); // every unpaid invoice of the database takes part

  it('previews what goes in and what stays out, with reasons', async () => {
    // Clear the invoice left by the settings test out of the way: it is paid.
    for (const inv of await t.ds.getRepository(InvoiceEntity).find()) await t.ds.getRepository(InvoiceEntity).update({ id: inv.id }, { status: 'PAID' });
    a = await signedWithInvoice();
    c = await signedWithInvoice();
    p = await signedWithInvoice();
    // Unsigned contract with a profile IBAN: payable by transfer, never debited from the profile (rule 1).
    const client = await f.client({ iban: IBAN_PROFILE });
    const contract = await f.contract(client.id);
    unsignedInvoice = await f.invoice(client.id, contract.id, { period: '2026-10' });
    const z = await signedWithInvoice();
    await t.ds.getRepository(InvoiceEntity).update({ id: z.invoice.id }, { baseCents: 0, taxCents: 0, totalCents: 0 });
    zeroInvoice = z.invoice;

    const preview = (await t.ok(PREVIEW, { d: '2026-11-25', f: onlyScenario() })).remittancePreview;
    expect(preview.count).toBe(3);
    expect(preview.sumCents).toBe(3 * 3630);
    expect(preview.groups).toEqual([{ sequenceType: 'FRST', count: 3, sumCents: 10890 }]);
    const debitA = preview.debits.find((d: any) => d.invoiceId === a.invoice.id);
    expect(debitA).toMatchObject({ sequenceType: 'FRST', amended: false, iban: IBAN_SIGNATURE, endToEndId: `${a.invoice.number}-01` });
    expect(debitA.reasons.map((r: any) => r.code)).toEqual(['SEPA_DEBIT_ACCOUNT', 'SEPA_SEQUENCE_FRST']);
    expect(debitA.reasons[0].message).toContain('firma del contrato');
    const reasons = Object.fromEntries(preview.excluded.map((e: any) => [e.invoiceId, e.reason]));
    expect(reasons[unsignedInvoice.id]).toMatchObject({ code: 'SEPA_EXCLUDED_NO_SIGNATURE', field: 'contract', entityType: 'Invoice' });
    expect(reasons[unsignedInvoice.id].message).toContain('transferencia');
    expect(reasons[zeroInvoice.id]).toMatchObject({ code: 'SEPA_EXCLUDED_NOT_POSITIVE' });
    expect(preview.excludedCount).toBe(2);
  });

  it('refuses a collection date that is not after today', async () => {
    const r = await t.gql(PREVIEW, { d: '2026-11-20' });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'collectionDate', reason: 'SEPA_COLLECTION_DATE_TOO_EARLY' });
    const bad = await t.gql(PREVIEW, { d: '2026-13-01' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ field: 'collectionDate', reason: 'DATE_INVALID' });
  });

  it('creates the remittance; its file validates against pain.008.001.02 with exact sums', async () => {
    tick();
    const job = await createRemittance({ d: '2026-11-25' });
    // The job went through every unpaid invoice (5 candidates, 3 debited) and reported it.
    expect(job).toMatchObject({ status: 'COMPLETED', itemsDone: 5, itemsTotal: 5, failure: null });
    first = job.remittance;
    expect(first).toMatchObject({ status: 'OPEN', count: 3, sumCents: 10890, painFormat: 'pain.008.001.02', createdBy: 'admin@test.local' });
    // Audited as the admin who queued it, not as the worker.
    const audit = await t.ds.getRepository(AuditEntryEntity).findOneByOrFail({ entityType: 'Remittance', entityId: first.id, action: 'CREATE' });
    expect(audit).toMatchObject({ actorType: 'USER', actorName: 'admin@test.local' });
    expect(audit.actorId).toBeTruthy();
    const res = await download(first.downloadPath ?? `/remittances/${first.id}.xml`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/xml');
    const xml = await res.text();
    validateAgainstXsd(xml, 'pain.008.001.02');
    expect(xml).toContain('<NbOfTxs>3</NbOfTxs><CtrlSum>108.90</CtrlSum>');
    expect(xml).toContain(`<EndToEndId>${a.invoice.number}-01</EndToEndId>`);
    expect(xml).toContain('<SeqTp>FRST</SeqTp>');
    expect(xml).toContain('<Id>ES77000B85626240</Id>');
    expect(xml).toContain('<BIC>CAIXESBBXXX</BIC>');
    expect(xml).not.toContain('PstlAdr');
    expect(xml).not.toContain(IBAN_PROFILE);
    // The check can fail: the same file with an unstructured debtor address is refused by the schema's order.
    expect(() => validateAgainstXsd(xml.replace('<DbtrAcct>', '<DbtrAcct><PstlAdr><AdrLine>x</AdrLine></PstlAdr>'), 'pain.008.001.02')).toThrow();
    expect(() => validateAgainstXsd(xml.replace('<BIC>', '<BICFI>').replace('</BIC>', '</BICFI>'), 'pain.008.001.02')).toThrow();
    // Immutable: downloading again gives the same bytes.
    expect(await (await download(`/remittances/${first.id}.xml`)).text()).toBe(xml);
  });

  it('the download is admin only', async () => {
    expect((await download(`/remittances/${first.id}.xml`, null)).status).toBe(401);
    const { key } = await f.partnerWithKey();
    expect((await download(`/remittances/${first.id}.xml`, key)).status).toBe(403);
    expect((await download('/remittances/nope.xml')).status).toBe(404);
  });

  it('an invoice in an open remittance stays out of the next one', async () => {
    const preview = (await t.ok(PREVIEW, { d: '2026-11-26' })).remittancePreview;
    expect(preview.count).toBe(0);
    const reason = preview.excluded.find((e: any) => e.invoiceId === a.invoice.id).reason;
    expect(reason).toMatchObject({ code: 'SEPA_EXCLUDED_IN_OPEN_REMITTANCE' });
    expect(reason.message).toContain(first.reference);
    // Nothing to collect: the job ends FAILED with the reason, in the request's language, naming the field.
    const empty = await createRemittance({ d: '2026-11-26' }, { locale: 'en' });
    expect(empty).toMatchObject({ status: 'FAILED', remittance: null, failure: { code: 'SEPA_REMITTANCE_EMPTY', field: 'collectionDate' } });
    expect(empty.failure.message).toBe('No invoice can enter the remittance of 26/11/2026.');
    expect(empty.failure.remedy).toContain('preview');
  });

  it('imports a pain.002 with AM04 and AC04: invoices returned with reason and date; unmatched reported', async () => {
    tick();
    const file = pain002([
      { endToEndId: `${a.invoice.number}-01`, reasonCode: 'AM04' }, { endToEndId: `${c.invoice.number}-01`, reasonCode: 'AC04' },
      { endToEndId: 'F2099-999999-01', reasonCode: 'AM04' }, { endToEndId: `${p.invoice.number}-01`, reasonCode: '', status: 'ACCP' },
    ]);
    const report = (await t.ok(IMPORT, { file })).importBankReturns;
    expect(report).toMatchObject({ format: 'pain.002', rowCount: 4, applied: 2, alreadyApplied: 0, unmatched: 1, ignored: 1 });
    const am04 = report.rows.find((r: any) => r.reasonCode === 'AM04' && r.outcome === 'APPLIED');
    expect(am04.explanation).toMatchObject({ code: 'SEPA_RETURN_AM04', message: 'Fondos insuficientes.' });
    expect(report.rows.find((r: any) => r.outcome === 'UNMATCHED').explanation.code).toBe('SEPA_RETURN_UNMATCHED');

    const inv = (await t.ok(INVOICE, { id: c.invoice.id }, { locale: 'en' })).invoice;
    expect(inv.status).toBe('RETURNED');
    expect(inv.sepaDebits[0]).toMatchObject({ status: 'RETURNED', returnReasonCode: 'AC04', returnedOn: '2026-11-27', returnReason: { code: 'SEPA_RETURN_AC04', message: 'Account closed.' } });
    expect((await t.ok(INVOICE, { id: p.invoice.id })).invoice.status).toBe('ISSUED');
  });

  it('importing the same file again changes nothing', async () => {
    const before = await t.ds.query('SELECT COUNT(*) AS n FROM audit_entries');
    const file = pain002([{ endToEndId: `${a.invoice.number}-01`, reasonCode: 'AM04' }, { endToEndId: `${c.invoice.number}-01`, reasonCode: 'AC04' }]);
    const report = (await t.ok(IMPORT, { file })).importBankReturns;
    expect(report).toMatchObject({ applied: 0, alreadyApplied: 2 });
    expect(report.rows[0].explanation.code).toBe('SEPA_RETURN_ALREADY_APPLIED');
    // the same returns from the bank's camt.054 notification are recognised as already applied too
    const camt = (await t.ok(IMPORT, { file: camt054([{ endToEndId: `${a.invoice.number}-01`, reasonCode: 'AM04' }]) })).importBankReturns;
    expect(camt).toMatchObject({ format: 'camt.054', applied: 0, alreadyApplied: 1 });
    expect(await t.ds.query('SELECT COUNT(*) AS n FROM audit_entries')).toEqual(before);
  });

  it('refuses a file that is neither pain.002 nor camt.054', async () => {
    const r = await t.gql(IMPORT, { file: '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.02"/>' });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', reason: 'SEPA_RETURN_FILE_UNKNOWN' });
    expect((await t.gql(IMPORT, { file: 'not xml <' })).errors?.[0]?.extensions?.reason).toBe('SEPA_RETURN_FILE_UNKNOWN');
  });

  it('AC04 blocks the mandate (the contract says so, with the remedy); AM04 is retried in the next remittance', async () => {
    const contract = (await t.ok(CONTRACT, { id: c.contract.id })).contract;
    expect(contract.sepaMandateBlock).toMatchObject({ code: 'SEPA_MANDATE_BLOCKED', field: 'signature' });
    expect(contract.sepaMandateBlock.remedy).toContain('updateContractSignature');
    expect((await t.ok(CONTRACT, { id: a.contract.id })).contract.sepaMandateBlock).toBeNull();

    const preview = (await t.ok(PREVIEW, { d: '2026-11-30' })).remittancePreview;
    const retried = preview.debits.find((d: any) => d.invoiceId === a.invoice.id);
    // Its first collection came back, so the mandate is still unused: FRST again, new EndToEndId.
    expect(retried).toMatchObject({ sequenceType: 'FRST', endToEndId: `${a.invoice.number}-02`, amended: false });
    expect(retried.reasons.map((r: any) => r.code)).toContain('SEPA_RETRY_AFTER_RETURN');
    const blocked = preview.excluded.find((e: any) => e.invoiceId === c.invoice.id).reason;
    expect(blocked).toMatchObject({ code: 'SEPA_EXCLUDED_MANDATE_BLOCKED', field: 'contract.iban' });
    expect(blocked.message).toContain('AC04');
  });

  it('an invoice already debited 99 times (every two-digit EndToEndId used) stays out, explained, instead of failing the remittance', async () => {
    const [own] = await t.ds.getRepository(SepaDebitEntity).find({ where: { invoiceId: a.invoice.id } });
    // 98 more returned attempts of `a`, as if it had bounced every month; removed again below.
    const extra = Array.from({ length: 98 }, (_, i) => ({ ...own!, id: randomUUID(), status: 'RETURNED' as const, position: 1000 + i, endToEndId: `${a.invoice.number}-${String(i + 2).padStart(2, '0')}` }));
    await t.ds.getRepository(SepaDebitEntity).insert(extra);
    try {
      const preview = (await t.ok(PREVIEW, { d: '2026-11-30' }, { locale: 'en' })).remittancePreview;
      expect(preview.debits.find((d: any) => d.invoiceId === a.invoice.id)).toBeUndefined();
      const reason = preview.excluded.find((e: any) => e.invoiceId === a.invoice.id).reason;
      expect(reason).toMatchObject({ code: 'SEPA_EXCLUDED_ATTEMPTS_EXHAUSTED', field: 'invoice', entityType: 'Invoice', entityId: a.invoice.id });
      expect(reason.message).toContain('99 times');
      expect(reason.remedy).toContain('mark it paid');
    } finally {
      await t.ds.getRepository(SepaDebitEntity).delete(extra.map((d) => d.id));
    }
  });

  it('settling pays the debits not returned; returned invoices stay pending for deletion (rule 2)', async () => {
    tick();
    const settled = (await t.ok('mutation($id: ID!) { markRemittanceSettled(id: $id) { status } }', { id: first.id })).markRemittanceSettled;
    expect(settled.status).toBe('SETTLED');
    expect((await t.ok(INVOICE, { id: p.invoice.id })).invoice.status).toBe('PAID');
    expect((await t.ok(INVOICE, { id: a.invoice.id })).invoice.status).toBe('RETURNED');
    const del = (await t.ok('query($id: ID!) { client(id: $id) { deletion { blockers { code } } } }', { id: a.client.id })).client.deletion;
    expect(del.blockers.map((b: any) => b.code)).toContain('HAS_PENDING_INVOICES');
    const again = await t.gql('mutation($id: ID!) { markRemittanceSettled(id: $id) { status } }', { id: first.id });
    expect(again.errors?.[0]?.extensions).toMatchObject({ reason: 'SEPA_REMITTANCE_SETTLED' });
  });

  it('after the signature gets a new IBAN the block lifts and the next debit is amended with SMNDA (pain.008.001.08)', async () => {
    tick();
    const contract = (await t.ok(CONTRACT, { id: c.contract.id })).contract;
    await t.ok('mutation($i: UpdateContractSignatureInput!) { updateContractSignature(input: $i) { id } }', { i: { id: c.contract.id, version: contract.version, iban: IBANS[3] } });
    expect((await t.ok(CONTRACT, { id: c.contract.id })).contract.sepaMandateBlock).toBeNull();
    // p's mandate was collected: its next invoice is RCUR.
    const next = await f.invoice(p.client.id, p.contract.id, { period: '2026-11', subscriptionId: p.subscription.id });
    await t.ok(SETTINGS, { i: { painFormat: 'pain.008.001.08' } });
    tick();
    const preview = (await t.ok(PREVIEW, { d: '2026-12-01' })).remittancePreview;
    const amended = preview.debits.find((d: any) => d.invoiceId === c.invoice.id);
    expect(amended).toMatchObject({ amended: true, previousIban: IBAN_SIGNATURE, iban: IBANS[3], endToEndId: `${c.invoice.number}-02` });
    expect(amended.reasons.map((r: any) => r.code)).toContain('SEPA_AMENDED_IBAN');
    expect(preview.debits.find((d: any) => d.invoiceId === next.id).sequenceType).toBe('RCUR');

    const made = await created({ d: '2026-12-01' });
    expect(made.painFormat).toBe('pain.008.001.08');
    // Each stored debit explains itself as its preview did, amendment and retry included.
    const said = (debits: any[]) => Object.fromEntries(debits.map((d) => [d.endToEndId, d.reasons]));
    const stored = said((await t.ok(`query($id: ID!) { remittance(id: $id) { debits(first: 1000) { endToEndId reasons { code message } } } }`, { id: made.id })).remittance.debits);
    expect(stored[amended.endToEndId].map((r: any) => r.code)).toEqual(['SEPA_DEBIT_ACCOUNT', 'SEPA_SEQUENCE_FRST', 'SEPA_AMENDED_IBAN', 'SEPA_RETRY_AFTER_RETURN']);
    expect(stored).toEqual(said(preview.debits));
    expect(made.groups.map((g: any) => g.sequenceType)).toEqual(['FRST', 'RCUR']);
    const xml = await (await download(made.downloadPath)).text();
    validateAgainstXsd(xml, 'pain.008.001.08');
    expect(xml).toContain(`<AmdmntInd>true</AmdmntInd><AmdmntInfDtls><OrgnlDbtrAcct><Id><IBAN>${IBAN_SIGNATURE}</IBAN></Id></OrgnlDbtrAcct><OrgnlDbtrAgt><FinInstnId><Othr><Id>SMNDA</Id></Othr></FinInstnId></OrgnlDbtrAgt></AmdmntInfDtls>`);
    expect(xml).toContain('<BICFI>CAIXESBBXXX</BICFI>');
    expect(xml).toContain(`<NbOfTxs>${made.count}</NbOfTxs><CtrlSum>${(made.sumCents / 100).toFixed(2)}</CtrlSum>`);
  });

  it('a mandate-reference change is sent as OrgnlMndtId once', async () => {
    const s = await signedWithInvoice({}, '2026-10');
    tick();
    const r1 = await created({ d: '2026-12-02', f: { clientId: s.client.id } });
    await t.ok('mutation($id: ID!) { markRemittanceSettled(id: $id) { status } }', { id: r1.id });
    tick();
    const contract = (await t.ok(CONTRACT, { id: s.contract.id })).contract;
    await t.ok('mutation($i: UpdateContractSignatureInput!) { updateContractSignature(input: $i) { id } }', { i: { id: s.contract.id, version: contract.version, mandateReference: `NEW-${s.contract.id.slice(0, 8)}` } });
    await f.invoice(s.client.id, s.contract.id, { period: '2026-11', subscriptionId: s.subscription.id });
    tick();
    const r2 = await created({ d: '2026-12-03', f: { clientId: s.client.id } });
    const xml = await (await download(r2.downloadPath)).text();
    validateAgainstXsd(xml, 'pain.008.001.08');
    expect(xml).toMatch(/<SeqTp>RCUR<\/SeqTp>/);
    expect(xml).toMatch(/<AmdmntInd>true<\/AmdmntInd><AmdmntInfDtls><OrgnlMndtId>MANDATE-[^<]+<\/OrgnlMndtId><\/AmdmntInfDtls>/);
  });
});

describe('return policy details', () => {
  it('with the fee on, a returned debit adds a one-off amount to the next invoice, explained', async () => {
    await t.ok(SETTINGS, { i: { returnFeeEnabled: true, painFormat: 'pain.008.001.02' } });
    const s = await signedWithInvoice();
    tick();
    await created({ d: '2026-12-04', f: { clientId: s.client.id } });
    const report = (await t.ok(IMPORT, { file: camt054([{ endToEndId: `${s.invoice.number}-01`, reasonCode: 'MS03' }]) })).importBankReturns;
    expect(report.rows[0]).toMatchObject({ outcome: 'APPLIED', fee: true, returnedOn: '2026-11-28' });
    const amounts = (await t.ok('query($id: ID!) { serviceSubscription(id: $id) { additionalAmounts { kind amountCents vatRate date description } } }', { id: s.subscription.id })).serviceSubscription.additionalAmounts;
    expect(amounts).toEqual([{ kind: 'ONE_OFF', amountCents: 500, vatRate: 0.21, date: '2026-11-28', description: `Gastos de devolución de la factura ${s.invoice.number} (MS03, 28/11/2026).` }]);
    await t.ok(SETTINGS, { i: { returnFeeEnabled: false } });
  });

  it('MD07 stops debits even after an IBAN change; MS02 waits for the client', async () => {
    const d = await signedWithInvoice();
    const m = await signedWithInvoice();
    tick();
    await created({ d: '2026-12-05', f: { clientId: d.client.id } });
    await created({ d: '2026-12-05', f: { clientId: m.client.id } });
    await t.ok(IMPORT, { file: pain002([{ endToEndId: `${d.invoice.number}-01`, reasonCode: 'MD07' }, { endToEndId: `${m.invoice.number}-01`, reasonCode: 'MS02' }]) });
    tick();
    const contract = (await t.ok(CONTRACT, { id: d.contract.id })).contract;
    await t.ok('mutation($i: UpdateContractSignatureInput!) { updateContractSignature(input: $i) { id } }', { i: { id: d.contract.id, version: contract.version, iban: IBANS[4] } });
    expect((await t.ok(CONTRACT, { id: d.contract.id })).contract.sepaMandateBlock.code).toBe('SEPA_MANDATE_STOPPED');
    const excluded = (await t.ok(PREVIEW, { d: '2026-12-06' })).remittancePreview.excluded;
    expect(excluded.find((e: any) => e.invoiceId === d.invoice.id).reason.code).toBe('SEPA_EXCLUDED_MANDATE_STOPPED');
    expect(excluded.find((e: any) => e.invoiceId === m.invoice.id).reason.code).toBe('SEPA_EXCLUDED_RETURN_NEEDS_CONTACT');
  });
});

describe('return file upload over HTTP', () => {
  it('POST /remittances/returns takes the raw file (prefixed namespaces too), admin only', async () => {
    const s = await signedWithInvoice();
    tick();
    await created({ d: '2026-12-07', f: { clientId: s.client.id } });
    const prefixed = camt054([{ endToEndId: `${s.invoice.number}-01`, reasonCode: 'AM04' }]).replace(/<(\/?)([A-Za-z])/g, '<$1c:$2').replace('<c:Document xmlns=', '<c:Document xmlns:c=');
    const post = (token: string | null, body: string) => fetch(`${t.base}/remittances/returns`, { method: 'POST', headers: { 'content-type': 'application/xml', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body });
    const { key } = await f.partnerWithKey();
    expect((await post(key, prefixed)).status).toBe(403);
    expect((await post(null, prefixed)).status).toBe(401);
    const res = await post(t.adminToken, prefixed);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ format: 'camt.054', applied: 1, rows: [{ outcome: 'APPLIED', reasonCode: 'AM04', explanation: { code: 'SEPA_RETURN_AM04' } }] });
    const bad = await post(t.adminToken, '<x/>');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions).toMatchObject({ reason: 'SEPA_RETURN_FILE_UNKNOWN', remedy: expect.any(String) });
  });
});

describe('races', () => {
  it('remittances queued at once never share an invoice: each job ends, one takes them, the others find nothing left', async () => {
    const clients = [];
    for (let i = 0; i < 3; i++) clients.push(await signedWithInvoice());
    tick();
    const expected = (await t.ok(PREVIEW, { d: '2026-12-10' })).remittancePreview;
    expect(expected.count).toBeGreaterThanOrEqual(3);
    const queued = await Promise.all([1, 2, 3].map(() => t.ok(CREATE, { d: '2026-12-10' })));
    const jobs = await Promise.all(queued.map((q) => untilJobEnds(t, q.createRemittance.id, `${JOB_FIELDS} remittance { ${REMITTANCE} }`)));
    const done = jobs.filter((j) => j.status === 'COMPLETED');
    expect(done).toHaveLength(1);
    expect(done[0].remittance).toMatchObject({ count: expected.count, sumCents: expected.sumCents });
    for (const j of jobs.filter((x) => x.status !== 'COMPLETED')) expect(j.failure.code).toBe('SEPA_REMITTANCE_EMPTY');
    const open = await t.ds.query(`SELECT "invoiceId", COUNT(*) AS n FROM sepa_debits WHERE status = 'PENDING' GROUP BY "invoiceId" HAVING COUNT(*) > 1`);
    expect(open).toEqual([]);
    for (const c of clients) {
      const debits = (await t.ok(INVOICE, { id: c.invoice.id })).invoice.sepaDebits;
      expect(debits).toHaveLength(1);
    }
    expect(t.loggedErrors).toEqual([]);
  });
});
