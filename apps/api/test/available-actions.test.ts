// What may be done next, from the API (docs/rules.md §2): each action with the domain's reason when unavailable.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { factories } from './factories.js';
import { startServer, type TestServer } from './harness.js';

let t: TestServer;
let f: ReturnType<typeof factories>;
beforeAll(async () => { t = await startServer(); f = factories(t); });
afterAll(async () => { await t.close(); });

const ACTIONS = 'availableActions { action available reason { code message remedy } }';
const byAction = (xs: any[]) => Object.fromEntries(xs.map((x) => [x.action, x.available ? 'yes' : x.reason.code]));

test('a contract: a draft, then signed with a live subscription, then its client archived', async () => {
  const tariff = await f.tariff();
  const client = await f.client();
  const draft = await f.contract(client.id);
  const read = async () => (await t.ok(`query($id: ID!) { contract(id: $id) { ${ACTIONS} } }`, { id: draft.id }, { locale: 'en' })).contract.availableActions;
  expect(byAction(await read())).toEqual({ SIGN: 'yes', UPDATE_SIGNATURE: 'CONTRACT_NOT_SIGNED', TERMINATE: 'CONTRACT_NOT_TERMINABLE', ADD_SUBSCRIPTION: 'yes', DELETE: 'yes' });
  const signed = await f.sign(draft);
  const s = await f.subscription(signed.id, tariff.id, { state: 'ACTIVE' });
  const live = await read();
  expect(byAction(live)).toEqual({
    SIGN: 'CONTRACT_NOT_DRAFT', UPDATE_SIGNATURE: 'yes', TERMINATE: 'CONTRACT_HAS_LIVE_SUBSCRIPTIONS', ADD_SUBSCRIPTION: 'yes', DELETE: 'CONTRACT_SIGNED',
  });
  expect(live.find((a: any) => a.action === 'TERMINATE').reason.message).toMatch(/1 subscription/);
  await f.changeState(s.id, 'CANCELLED', '2026-11-20');
  expect(byAction(await read()).TERMINATE).toBe('yes');
  const { version } = (await t.ok('query($id: ID!) { client(id: $id) { version } }', { id: client.id })).client;
  await t.ok('mutation($id: ID!, $v: Int!) { archiveClient(id: $id, version: $v) { id } }', { id: client.id, v: version });
  expect(Object.values(byAction(await read()))).toEqual(Array(5).fill('CLIENT_ARCHIVED'));
});

test('an invoice and a credit note: marking a credit note paid is available', async () => {
  const { client, contract } = await f.activeClient();
  const invoice = await f.invoice(client.id, contract.id, { status: 'ISSUED' });
  const r = (await t.ok(`query($id: ID!) { invoice(id: $id) { ${ACTIONS} } }`, { id: invoice.id })).invoice;
  expect(byAction(r.availableActions)).toEqual({ MARK_PAID: 'yes', MARK_RETURNED: 'yes', CREATE_CREDIT_NOTE: 'yes' });
  await t.ds.query(`UPDATE invoices SET kind = 'CREDIT_NOTE', series = 'R' WHERE id = '${invoice.id}'`);
  const note = (await t.ok(`query($id: ID!) { invoice(id: $id) { ${ACTIONS} } }`, { id: invoice.id })).invoice;
  expect(byAction(note.availableActions)).toEqual({ MARK_PAID: 'yes', MARK_RETURNED: 'PAYMENT_TRANSITION_INVALID', CREATE_CREDIT_NOTE: 'CREDIT_NOTE_NOT_AN_INVOICE' });
  await t.ok('mutation($id: ID!) { markInvoicePaid(id: $id) { status } }', { id: invoice.id });
  const paid = (await t.ok(`query($id: ID!) { invoice(id: $id) { ${ACTIONS} } }`, { id: invoice.id })).invoice;
  expect(byAction(paid.availableActions)).toEqual({ MARK_PAID: 'PAYMENT_STATUS_UNCHANGED', MARK_RETURNED: 'PAYMENT_TRANSITION_INVALID', CREATE_CREDIT_NOTE: 'CREDIT_NOTE_NOT_AN_INVOICE' });
});
