// VeriFactu records through GraphQL on a real database (docs/verifactu.md): issuer settings, one alta per
// document issued by billing and mass-credit runs in one unbroken chain (recomputed here independently with
// node:crypto), Invoice.verifactu, voidInvoice with its anulación, immutability, and a tampered record caught.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BILLING_NOW, startServer, type TestServer } from '../harness.js';
import { billing } from '../billing/support.js';
import { decodePayload } from '../../src/verifactu/verifactu.entities.js';

let t: TestServer;
let b: ReturnType<typeof billing>;
let contracts: Array<Awaited<ReturnType<ReturnType<typeof billing>['contractWith']>>>;

const CHAIN = 'query { verifactuChain { length lastHash valid breakCount breaks { code position number expected found message remedy } } }';
const VF = 'id number kind status voidedAt verifactu { hash status qrUrl voided records { kind position number hash previousHash status } }';

beforeAll(async () => {
  t = await startServer({ now: BILLING_NOW });
  b = billing(t);
  await b.settings('ADVANCE', true);
  const AB = await b.tariffsAB();
  contracts = [];
  for (let i = 0; i < 4; i++) contracts.push(await b.contractWith(AB.A.id));
  await t.ok(`mutation { updateVerifactuSettings(input: { legalName: "Redes del Sur S.L.", nif: "B12345674", address: "Calle Mayor 1, 28001 Madrid", registerLine: "RM Madrid, T 1, F 1, H M-1" }) { configured } }`);
  await b.runOk('2026-11');
  await b.migrate(contracts[0]!.subscription.id, AB.B.id, '2026-11-16');
  expect((await b.massCredit('2026-11')).errors).toBeUndefined();
}, 60_000);
afterAll(async () => { await t.close(); });

/** The stored chain, read straight from the table. */
// Each row with the hash of the row before it: the record's previousHash, which is not stored (docs/verifactu.md, "Tables").
const rows = () => t.ds.query(`SELECT r.*, COALESCE(p.hash, '') AS "previousHash" FROM verifactu_records r LEFT JOIN verifactu_records p ON p.position = r.position - 1
  ORDER BY r.position`) as Promise<Array<Record<string, any>>>;

describe('settings', () => {
  test('the issuer NIF is checked, naming the field; the system identity is shown', async () => {
    const bad = await t.gql('mutation { updateVerifactuSettings(input: { nif: "B12345670" }) { nif } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.nif', reason: 'TAX_ID_INVALID' });
    const s = (await t.ok('query { verifactuSettings { mode creditNoteType configured nif legalName system { systemName installationNumber } } }')).verifactuSettings;
    expect(s).toEqual({ mode: 'VERIFACTU', creditNoteType: 'R4', configured: true, nif: 'B12345674', legalName: 'Redes del Sur S.L.', system: { systemName: 'Antena', installationNumber: '1' } });
  });

  test('partners may not read or change them', async () => {
    const { key } = await b.f.partnerWithKey();
    const r = await t.gql('query { verifactuChain { length } }', {}, { token: key });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the chain', () => {
  test('one alta per document, in one chain across series, each hash recomputed here from the stored fields', async () => {
    const chain = await rows();
    const invoices = await t.ds.query('SELECT id, number, kind, "issueDate", "taxCents", "totalCents", "createdAt" FROM invoices') as Array<Record<string, any>>;
    expect(chain).toHaveLength(invoices.length);
    expect(chain.map((r) => r.number).sort()).toEqual(invoices.map((i) => i.number).sort());
    expect(chain.map((r) => r.invoiceType)).toEqual(['F1', 'F1', 'F1', 'F1', 'R4']);
    let previous = '';
    chain.forEach((r, i) => {
      const inv = invoices.find((x) => x.id === r.invoiceId)!;
      const [y, m, d] = inv.issueDate.split('-');
      const eur = (c: number) => (c / 100).toFixed(2);
      expect(Number(r.position)).toBe(i + 1);
      expect(r.issueDate).toBe(`${d}-${m}-${y}`);
      expect([r.taxTotal, r.total]).toEqual([eur(Number(inv.taxCents)), eur(Number(inv.totalCents))]);
      // Generated in Europe/Madrid time with its offset (+01:00 in November), no fraction.
      const created = new Date(inv.createdAt);
      const madrid = new Date(created.getTime() + 3_600_000).toISOString().slice(0, 19);
      expect(r.generatedAt).toBe(`${madrid}+01:00`);
      const text = `IDEmisorFactura=B12345674&NumSerieFactura=${inv.number}&FechaExpedicionFactura=${d}-${m}-${y}&TipoFactura=${r.invoiceType}`
        + `&CuotaTotal=${eur(Number(inv.taxCents))}&ImporteTotal=${eur(Number(inv.totalCents))}&Huella=${previous}&FechaHoraHusoGenRegistro=${r.generatedAt}`;
      expect(r.hash).toBe(createHash('sha256').update(text, 'utf8').digest('hex').toUpperCase());
      expect(r.previousHash).toBe(previous);
      previous = r.hash;
    });
    const credit = decodePayload(chain[4]!.payload);
    expect(credit).toMatchObject({ rectificationType: 'I', rectified: [{ number: 'F2026-000001' }], recipient: { nif: expect.any(String) } });
    // The system identity is stored once, named by the record (docs/verifactu.md, "Tables").
    const [system] = await t.ds.query(`SELECT "systemName" FROM verifactu_systems WHERE id = ${Number(chain[4]!.systemKey)}`);
    expect(system.systemName).toBe('Antena');
    expect((await t.ok(CHAIN)).verifactuChain).toEqual({ length: 5, lastHash: previous, valid: true, breakCount: 0, breaks: [] });
  });

  test('Invoice.verifactu: hash, PENDING until sent, and the QR URL', async () => {
    const [nov] = await b.invoicesOf(contracts[1]!.contract.id);
    const inv = (await t.ok(`query($id: ID!) { invoice(id: $id) { ${VF} totalCents issueDate } }`, { id: nov.id })).invoice;
    const stored = (await rows()).find((r) => r.invoiceId === nov.id)!;
    expect(inv.verifactu).toMatchObject({ hash: stored.hash, status: 'PENDING', voided: false });
    expect(inv.verifactu.qrUrl).toBe(`https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=B12345674&numserie=${inv.number}&fecha=01-11-2026&importe=${(inv.totalCents / 100).toFixed(2)}`);
  });
});

describe('voidInvoice', () => {
  test('refused once paid, or once rectified, with the reason and the remedy', async () => {
    const [rectified] = await b.invoicesOf(contracts[0]!.contract.id);
    const r1 = await t.gql('mutation($id: ID!) { voidInvoice(id: $id) { id } }', { id: rectified.id }, { locale: 'en' });
    expect(r1.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVOICE_RECTIFIED_NOT_VOIDABLE', remedy: expect.stringContaining('credit note') });
    expect(r1.errors?.[0]?.message).toMatch(/R20\d\d-000001/);
    const [paid] = await b.invoicesOf(contracts[2]!.contract.id);
    await t.ok('mutation($id: ID!) { markInvoicePaid(id: $id) { id } }', { id: paid.id });
    const r2 = await t.gql('mutation($id: ID!) { voidInvoice(id: $id) { id } }', { id: paid.id });
    expect(r2.errors?.[0]?.extensions).toMatchObject({ reason: 'INVOICE_PAID_NOT_VOIDABLE' });
    expect((await rows())).toHaveLength(5);
  });

  test('an issued invoice is withdrawn by an anulación chained after the last record; it stays, void, and its number is not reused', async () => {
    const [nov] = await b.invoicesOf(contracts[3]!.contract.id);
    const before = await rows();
    const voided = (await t.ok(`mutation($id: ID!) { voidInvoice(id: $id) { ${VF} } }`, { id: nov.id })).voidInvoice;
    expect(voided.voidedAt).toBeTruthy();
    expect(voided.number).toBe(nov.number);
    expect(voided.verifactu).toMatchObject({ voided: true, records: [{ kind: 'ALTA' }, { kind: 'ANULACION', position: 6, previousHash: before[4]!.hash }] });
    const anul = (await rows())[5]!;
    const [y, m, d] = nov.issueDate.split('-');
    const text = `IDEmisorFacturaAnulada=B12345674&NumSerieFacturaAnulada=${nov.number}&FechaExpedicionFacturaAnulada=${d}-${m}-${y}&Huella=${before[4]!.hash}&FechaHoraHusoGenRegistro=${anul.generatedAt}`;
    expect(anul.hash).toBe(createHash('sha256').update(text, 'utf8').digest('hex').toUpperCase());
    const again = await t.gql('mutation($id: ID!) { voidInvoice(id: $id) { id } }', { id: nov.id });
    expect(again.errors?.[0]?.extensions).toMatchObject({ reason: 'INVOICE_ALREADY_VOID' });
    expect((await t.ok(CHAIN)).verifactuChain).toMatchObject({ length: 6, valid: true });
    // The next run numbers on from the last number: the voided one is never reused.
    const dec = await b.runOk('2026-12');
    expect(dec.firstNumber).toBe('F2026-000005');
    expect((await t.ok(CHAIN)).verifactuChain).toMatchObject({ length: 10, valid: true });
  });
});

describe('immutability', () => {
  test('the database refuses to update or delete a record', async () => {
    await expect(t.ds.query(`UPDATE verifactu_records SET total = '0.01' WHERE position = 2`)).rejects.toThrow(/immutable/);
    await expect(t.ds.query('DELETE FROM verifactu_records WHERE position = 2')).rejects.toThrow(/immutable/);
  });

  test('a record altered behind the guard is caught by verifactuChain, at that record', async () => {
    const postgres = t.db.kind === 'postgres';
    await t.ds.query(`DROP TRIGGER verifactu_records_no_update${postgres ? ' ON verifactu_records' : ''}`);
    await t.ds.query(`UPDATE verifactu_records SET total = '1.00' WHERE position = 3`);
    const chain = (await t.ok(CHAIN, {}, { locale: 'en' })).verifactuChain;
    expect(chain).toMatchObject({ valid: false, breakCount: 1, breaks: [{ code: 'CHAIN_HASH_MISMATCH', position: 3, message: expect.stringContaining('Record 3') }] });
    // A changed hash breaks its own record and the next one, whose hash was chained on the real one.
    await t.ds.query(`UPDATE verifactu_records SET hash = '${'F'.repeat(64)}' WHERE position = 1`);
    const again = (await t.ok(CHAIN)).verifactuChain;
    expect(again.breaks.map((b: any) => [b.code, b.position])).toEqual([['CHAIN_HASH_MISMATCH', 1], ['CHAIN_HASH_MISMATCH', 2], ['CHAIN_HASH_MISMATCH', 3]]);
  });
});
