// Contracts: create, sign, change the signature (audited), optimistic locking, unique mandates.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ContractEntity } from '../src/entities/index.js';
import { CONTRACT_FIELDS, IBAN_PROFILE, IBAN_SIGNATURE, factories } from './factories.js';
import { startServer, type TestServer } from './harness.js';

let t: TestServer;
let f: ReturnType<typeof factories>;
beforeAll(async () => { t = await startServer(); f = factories(t); });
afterAll(async () => { await t.close(); });

const SIGN = `mutation($i: SignContractInput!) { signContract(input: $i) { ${CONTRACT_FIELDS} } }`;
const UPDATE_SIG = `mutation($i: UpdateContractSignatureInput!) { updateContractSignature(input: $i) { ${CONTRACT_FIELDS} } }`;

describe('createContract / signContract / contract', () => {
  test('a new contract is a DRAFT without signature, billed to the profile IBAN', async () => {
    const client = await f.client({ iban: IBAN_PROFILE });
    const c = await f.contract(client.id);
    expect(c).toMatchObject({ status: 'DRAFT', version: 1, signature: null });
    expect(c.number).toMatch(/^CT\d{6}$/);
    const q = await t.ok('query($id: ID!) { contract(id: $id) { number client { id } subscriptions { id } billingAccount { iban source explanation } deletion { allowed } } }', { id: c.id });
    expect(q.contract).toMatchObject({ client: { id: client.id }, subscriptions: [], billingAccount: { iban: IBAN_PROFILE, source: 'CLIENT_PROFILE' }, deletion: { allowed: true } });
  });

  test('signing stores the signature; the billing account becomes the signature\'s', async () => {
    const client = await f.client();
    const c = await f.contract(client.id);
    const signed = await f.sign(c, { iban: 'ES91 2100 0418 4502 0005 1332', mandateReference: 'MANDATO-001', signedAt: '2026-11-02' });
    expect(signed).toMatchObject({ status: 'SIGNED', version: 2, signature: { iban: IBAN_SIGNATURE, mandateReference: 'MANDATO-001', signedAt: '2026-11-02' } });
    const q = await t.ok('query($id: ID!) { contract(id: $id) { billingAccount { iban source explanation } } }', { id: c.id });
    expect(q.contract.billingAccount).toMatchObject({ iban: IBAN_SIGNATURE, source: 'CONTRACT_SIGNATURE' });
    const again = await t.gql(SIGN, { i: { id: c.id, version: 2, signedAt: '2026-11-02', signerName: 'X', signerTaxId: '12345678Z', iban: IBAN_SIGNATURE, mandateReference: 'MANDATO-002' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONTRACT_NOT_DRAFT' });
  });

  test('no billing account at all when unsigned and without profile IBAN', async () => {
    const c = await f.contract((await f.client()).id);
    const q = await t.ok('query($id: ID!) { contract(id: $id) { billingAccount { iban source explanation } } }', { id: c.id });
    expect(q.contract.billingAccount).toMatchObject({ iban: null, source: 'NONE' });
    expect(q.contract.billingAccount.explanation).toMatch(/transferencia/);
  });

  test('signature inputs are validated field by field and nothing is written', async () => {
    const c = await f.contract((await f.client()).id);
    const base = { id: c.id, version: 1, signedAt: '2026-11-02', signerName: 'Ana', signerTaxId: '12345678Z', iban: IBAN_SIGNATURE, mandateReference: 'M-1' };
    for (const [field, value, reason] of [
      ['signedAt', '2026-02-30', 'DATE_INVALID'], ['signerTaxId', 'X0000000A', 'TAX_ID_INVALID'], ['iban', 'ES91 0000', 'IBAN_INVALID'],
      ['mandateReference', 'MANDATO-ñ', 'MANDATE_REFERENCE_INVALID'], ['signerName', '', 'REQUIRED'],
    ] as const) {
      const r = await t.gql(SIGN, { i: { ...base, [field]: value } });
      expect(r.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field: `input.${field}`, reason });
    }
    expect(await t.ds.getRepository(ContractEntity).findOneByOrFail({ id: c.id })).toMatchObject({ status: 'DRAFT', version: 1, iban: null });
  });

  test('a mandate reference is unique across contracts', async () => {
    const a = await f.sign(await f.contract((await f.client()).id), { mandateReference: 'UNICO-1' });
    const b = await f.contract((await f.client()).id);
    const r = await t.gql(SIGN, { i: { id: b.id, version: 1, signedAt: '2026-11-02', signerName: 'Ana', signerTaxId: '12345678Z', iban: IBAN_SIGNATURE, mandateReference: 'UNICO-1' } });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.mandateReference', reason: 'DUPLICATE_VALUE' });
    expect(a.signature.mandateReference).toBe('UNICO-1');
  });

  test('stale version on signing is a CONFLICT', async () => {
    const c = await f.contract((await f.client()).id);
    await f.sign(c);
    const r = await t.gql(UPDATE_SIG, { i: { id: c.id, version: 1, iban: IBAN_PROFILE } });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', entityType: 'Contract' });
  });
});

describe('updateContractSignature', () => {
  test('changes the signature IBAN and mandate, moves billing, and is audited', async () => {
    const client = await f.client({ iban: IBAN_PROFILE });
    const c = await f.sign(await f.contract(client.id), { iban: IBAN_SIGNATURE });
    const u = (await t.ok(UPDATE_SIG, { i: { id: c.id, version: c.version, iban: IBAN_PROFILE, mandateReference: 'NUEVO-MANDATO' } })).updateContractSignature;
    expect(u).toMatchObject({ version: c.version + 1, signature: { iban: IBAN_PROFILE, mandateReference: 'NUEVO-MANDATO' } });
    const q = await t.ok('query($id: ID!) { client(id: $id) { contracts { billingAccount { iban source } } auditTrail(first: 1) { nodes { action entityId changes { field from to } } } } }', { id: client.id });
    expect(q.client.contracts[0].billingAccount).toEqual({ iban: IBAN_PROFILE, source: 'CONTRACT_SIGNATURE' });
    expect(q.client.auditTrail.nodes[0]).toMatchObject({ action: 'UPDATE_SIGNATURE', entityId: c.id });
    expect(q.client.auditTrail.nodes[0].changes).toEqual([
      { field: 'iban', from: IBAN_SIGNATURE, to: IBAN_PROFILE },
      { field: 'mandateReference', from: c.signature.mandateReference, to: 'NUEVO-MANDATO' },
    ]);
  });

  test('an unsigned contract has no signature to change', async () => {
    const c = await f.contract((await f.client()).id);
    const r = await t.gql(UPDATE_SIG, { i: { id: c.id, version: 1, iban: IBAN_PROFILE } });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONTRACT_NOT_SIGNED' });
  });
});
