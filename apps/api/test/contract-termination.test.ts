// terminateContract (docs/product.md §2: SIGNED → TERMINATED): refusals from the domain, optimistic locking,
// partner scope, the audit trail holding the effective date, and deletion still blocked afterwards.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ContractEntity } from '../src/entities/index.js';
import { CONTRACT_FIELDS, factories } from './factories.js';
import { startServer, type TestServer } from './harness.js';

let t: TestServer;
let f: ReturnType<typeof factories>;
beforeAll(async () => { t = await startServer(); f = factories(t); });
afterAll(async () => { await t.close(); });

const TERMINATE = `mutation($i: TerminateContractInput!) { terminateContract(input: $i) { ${CONTRACT_FIELDS} } }`;
const AUDIT = 'query($id: ID!) { client(id: $id) { auditTrail(first: 1) { nodes { action entityId changes { field from to } } } } }';
const DELETE_CLIENT = 'mutation($id: ID!) { deleteClient(id: $id) { deleted deletion { blockers { code entityId } } } }';

/** A signed contract whose only subscription is already cancelled: ready to be terminated. */
async function cancelledClient(opts: { token?: string } = {}) {
  const made = await f.activeClient(opts);
  await f.changeState(made.subscription.id, 'CANCELLED', '2026-11-30', opts);
  return made;
}

describe('terminateContract', () => {
  test('terminates a signed contract with only cancelled subscriptions; the audit entry records the effective date', async () => {
    const { client, contract } = await cancelledClient();
    const done = (await t.ok(TERMINATE, { i: { id: contract.id, version: contract.version, effectiveDate: '2026-11-30' } })).terminateContract;
    expect(done).toMatchObject({ id: contract.id, status: 'TERMINATED', version: contract.version + 1, signature: contract.signature });
    const entry = (await t.ok(AUDIT, { id: client.id })).client.auditTrail.nodes[0];
    expect(entry).toMatchObject({ action: 'TERMINATE', entityId: contract.id });
    expect(entry.changes).toEqual([{ field: 'status', from: 'SIGNED', to: 'TERMINATED' }, { field: 'effectiveDate', from: null, to: '2026-11-30' }]);
  });

  test('a live subscription is refused with the domain\'s reason, remedy and field, and nothing is written', async () => {
    const { contract } = await f.activeClient();
    const r = await t.gql(TERMINATE, { i: { id: contract.id, version: contract.version, effectiveDate: '2026-11-30' } });
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT', reason: 'CONTRACT_HAS_LIVE_SUBSCRIPTIONS', field: 'subscriptions', params: { contract: contract.number, count: 1 },
    });
    expect(r.errors?.[0]?.message).toBe(`El contrato ${contract.number} tiene 1 suscripción que no está cancelada ni rechazada.`);
    expect(r.errors?.[0]?.extensions?.remedy).toMatch(/^Cancela primero esa suscripción/);
    expect(await t.ds.getRepository(ContractEntity).findOneByOrFail({ id: contract.id })).toMatchObject({ status: 'SIGNED', version: contract.version });
  });

  test('a draft cannot be terminated, and neither can a terminated contract again', async () => {
    const draft = await f.contract((await f.client()).id);
    const r = await t.gql(TERMINATE, { i: { id: draft.id, version: draft.version, effectiveDate: '2026-11-30' } });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONTRACT_NOT_TERMINABLE', field: 'status', params: { status: 'DRAFT' } });

    const { contract } = await cancelledClient();
    const done = (await t.ok(TERMINATE, { i: { id: contract.id, version: contract.version, effectiveDate: '2026-11-30' } })).terminateContract;
    const again = await t.gql(TERMINATE, { i: { id: contract.id, version: done.version, effectiveDate: '2026-12-01' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ reason: 'CONTRACT_NOT_TERMINABLE', params: { status: 'TERMINATED' } });
  });

  test('an effective date before the signature is refused on effectiveDate', async () => {
    const { contract } = await cancelledClient();
    const r = await t.gql(TERMINATE, { i: { id: contract.id, version: contract.version, effectiveDate: '2026-09-30' } });
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT', reason: 'TERMINATION_BEFORE_SIGNATURE', field: 'effectiveDate', params: { signedAt: '2026-10-01', effectiveDate: '2026-09-30' },
    });
    expect(await t.ds.getRepository(ContractEntity).findOneByOrFail({ id: contract.id })).toMatchObject({ status: 'SIGNED', version: contract.version });
  });

  test('a terminated contract takes no new subscription', async () => {
    const { contract, tariff } = await cancelledClient();
    await t.ok(TERMINATE, { i: { id: contract.id, version: contract.version, effectiveDate: '2026-11-30' } });
    const r = await t.gql('mutation($i: CreateServiceSubscriptionInput!) { createServiceSubscription(input: $i) { id } }', { i: { contractId: contract.id, tariffId: tariff.id } }, { locale: 'en' });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONTRACT_TERMINATED', field: 'status' });
    expect(r.errors?.[0]?.message).toBe(`Contract ${contract.number} is terminated: it takes no new subscriptions.`);
  });

  test('an invalid effective date is bad input on its field', async () => {
    const { contract } = await cancelledClient();
    const r = await t.gql(TERMINATE, { i: { id: contract.id, version: contract.version, effectiveDate: '2026-02-30' } });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.effectiveDate', reason: 'DATE_INVALID' });
  });

  test('a stale version is a CONFLICT', async () => {
    const { contract } = await cancelledClient();
    const r = await t.gql(TERMINATE, { i: { id: contract.id, version: contract.version - 1, effectiveDate: '2026-11-30' } });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', entityType: 'Contract', entityId: contract.id });
    expect(await t.ds.getRepository(ContractEntity).findOneByOrFail({ id: contract.id })).toMatchObject({ status: 'SIGNED' });
  });

  test('a partner terminates its own clients\' contracts; another partner\'s are NOT_FOUND', async () => {
    const a = await f.partnerWithKey();
    const b = await f.partnerWithKey();
    const { contract } = await cancelledClient({ token: a.key });
    const i = { id: contract.id, version: contract.version, effectiveDate: '2026-11-30' };
    const byB = await t.gql(TERMINATE, { i }, { token: b.key });
    expect(byB.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await t.ok(TERMINATE, { i }, { token: a.key })).terminateContract.status).toBe('TERMINATED');
  });

  test('the refusal speaks English when asked', async () => {
    const { contract } = await f.activeClient();
    const r = await t.gql(TERMINATE, { i: { id: contract.id, version: contract.version, effectiveDate: '2026-11-30' } }, { locale: 'en' });
    expect(r.errors?.[0]?.message).toBe(`Contract ${contract.number} has 1 subscription that is neither cancelled nor rejected.`);
    expect(r.errors?.[0]?.extensions?.remedy).toBe('Cancel that subscription first (a pending one is rejected instead), then terminate the contract.');
  });

  test('a terminated contract still blocks deleting its client: a contract that was signed is never deleted', async () => {
    const { client, contract } = await cancelledClient();
    await t.ok(TERMINATE, { i: { id: contract.id, version: contract.version, effectiveDate: '2026-11-30' } });
    const r = (await t.ok(DELETE_CLIENT, { id: client.id })).deleteClient;
    expect(r.deleted).toBe(false);
    expect(r.deletion.blockers).toContainEqual({ code: 'CONTRACT_SIGNED', entityId: contract.id });
  });
});
