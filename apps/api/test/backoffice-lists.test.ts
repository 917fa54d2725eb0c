// Back-office list tooling: clients filtered by partner, subscription state and archived (and the same
// filter as CSV), bulk "mark paid" with explained refusals, duplicate tax id warnings, and the
// dashboard's receivables and monthly recurring revenue (64-bit sums).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { InvoiceEntity, TariffEntity } from '../src/entities/index.js';
import { factories, nif } from './factories.js';
import { startServer, type TestServer } from './harness.js';

let t: TestServer;
let f: ReturnType<typeof factories>;
beforeAll(async () => {
  t = await startServer();
  f = factories(t);
});
afterAll(async () => { await t.close(); });

const CLIENTS = `query($search: String, $archived: Boolean, $partnerId: ID, $state: SubscriptionState) {
  clients(first: 100, search: $search, includeArchived: $archived, partnerId: $partnerId, subscriptionState: $state) { totalCount nodes { id code } } }`;
const clientIds = async (vars: Record<string, unknown>) => ((await t.ok(CLIENTS, vars)).clients.nodes as { id: string }[]).map((n) => n.id);

describe('clients(partnerId:, subscriptionState:, includeArchived:) and GET /clients.csv', () => {
  let partner: { id: string; name: string };
  let partnerKey: string;
  let ofPartner: { id: string; code: string };
  let active: { id: string; code: string };
  let pending: { id: string; code: string };
  let archived: { id: string; code: string };
  const tag = `Filtro${Date.now().toString(36)}`;
  beforeAll(async () => {
    ({ partner, key: partnerKey } = await f.partnerWithKey());
    ofPartner = await f.client({ name: `${tag} partner`, partnerId: partner.id, phone: '=600000000' });
    active = (await f.activeClient({}, { name: `${tag} activo` })).client;
    pending = await f.client({ name: `${tag} pendiente` });
    const tariff = await f.tariff();
    await f.subscription((await f.contract(pending.id)).id, tariff.id);
    archived = await f.client({ name: `${tag} archivado` });
    await t.ok('mutation($id: ID!, $v: Int!) { archiveClient(id: $id, version: $v) { id } }', { id: archived.id, v: 1 });
  });

  test('each filter narrows the list, and they combine with the search', async () => {
    expect(await clientIds({ search: tag })).toEqual([ofPartner.id, active.id, pending.id]);
    expect(await clientIds({ search: tag, archived: true })).toEqual([ofPartner.id, active.id, pending.id, archived.id]);
    expect(await clientIds({ search: tag, partnerId: partner.id })).toEqual([ofPartner.id]);
    expect(await clientIds({ search: tag, state: 'ACTIVE' })).toEqual([active.id]);
    expect(await clientIds({ search: tag, state: 'PENDING_ACTIVATION' })).toEqual([pending.id]);
    expect(await clientIds({ search: tag, state: 'CANCELLED' })).toEqual([]);
    expect(await clientIds({ partnerId: partner.id, state: 'ACTIVE' })).toEqual([]);
  });

  test('a partner asking for another partner\'s clients still sees only its own', async () => {
    const other = await f.partnerWithKey();
    const res = await t.gql(CLIENTS, { search: tag, partnerId: partner.id }, { token: other.key });
    expect(res.data.clients.nodes).toEqual([]);
    const own = await t.gql(CLIENTS, { search: tag }, { token: partnerKey });
    expect(own.data.clients.nodes.map((n: { id: string }) => n.id)).toEqual([ofPartner.id]);
  });

  const csv = (query: string, headers: Record<string, string> = { authorization: `Bearer ${t.adminToken}` }) => fetch(`${t.base}/clients.csv?${query}`, { headers });

  test('the CSV has the same clients as the list, UTF-8 with BOM, ; separated, DD/MM/AAAA dates', async () => {
    const res = await csv(`search=${tag}&includeArchived=true`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="clientes-2026-11-20\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n');
    expect(lines[0]).toBe('"Código";"Nombre";"Tipo";"NIF";"Correo";"Teléfono";"Dirección";"IBAN del perfil";"Partner";"Alta";"Archivado"');
    expect(lines.slice(1).map((l) => l.split(';')[0])).toEqual([ofPartner, active, pending, archived].map((c) => `"${c.code}"`));
    const first = lines[1]!.split(';');
    expect(first[2]).toBe('"Persona"');
    expect(first[5]).toBe(`"'=600000000"`);
    expect(first[8]).toBe(`"${partner.name}"`);
    expect(first[9]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(first[10]).toBe('"No"');
    expect(lines[4]!.split(';')[10]).toBe('"Sí"');
    const onlyActive = (await (await csv(`search=${tag}&subscriptionState=ACTIVE`)).text()).trimEnd().split('\r\n');
    expect(onlyActive.slice(1).map((l) => l.split(';')[0])).toEqual([`"${active.code}"`]);
  });

  test('English on request; a bad state is 400 naming the field; no session 401; a partner 403', async () => {
    const en = await (await csv(`search=${tag}`, { authorization: `Bearer ${t.adminToken}`, 'accept-language': 'en' })).text();
    expect(en.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^"Code";"Name";"Kind"/);
    const bad = await csv('subscriptionState=NOPE');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subscriptionState' });
    expect((await csv('', {})).status).toBe(401);
    expect((await csv('', { authorization: `Bearer ${partnerKey}` })).status).toBe(403);
  });
});

const MARK = 'mutation($ids: [ID!]!) { markInvoicesPaid(ids: $ids) { paid invoice { id status availableActions { action available } } refusal { code message remedy field entityType entityId } } }';

describe('markInvoicesPaid(ids)', () => {
  test('pays the ones the domain allows and explains each refusal, in the order asked', async () => {
    const { client, contract } = await f.activeClient();
    const issued = await f.invoice(client.id, contract.id, { period: '2026-08' });
    const returned = await f.invoice(client.id, contract.id, { period: '2026-09', status: 'RETURNED' });
    const paid = await f.invoice(client.id, contract.id, { period: '2026-10', status: 'PAID' });
    const credit = await f.invoice(client.id, contract.id, { period: '2026-11', status: 'PAID' });
    const results = (await t.ok(MARK, { ids: [paid.id, issued.id, credit.id, returned.id, issued.id] })).markInvoicesPaid;
    expect(results.map((r: any) => [r.invoice.id, r.paid])).toEqual([[paid.id, false], [issued.id, true], [credit.id, false], [returned.id, true]]);
    expect(results[0].refusal).toMatchObject({ field: 'status', entityType: 'Invoice', entityId: paid.id });
    expect(results[0].refusal.message).not.toBe('');
    expect(results[0].refusal.remedy).not.toBe('');
    expect(results[2].refusal.entityId).toBe(credit.id);
    expect(results[1].refusal).toBeNull();
    expect(results[1].invoice.status).toBe('PAID');
    expect(results[1].invoice.availableActions.find((a: any) => a.action === 'MARK_PAID').available).toBe(false);
    const stored = await t.ds.getRepository(InvoiceEntity).findBy({ clientId: client.id });
    expect(Object.fromEntries(stored.map((i) => [i.id, i.status]))).toEqual({ [issued.id]: 'PAID', [returned.id]: 'PAID', [paid.id]: 'PAID', [credit.id]: 'PAID' });
    // The same refusal the invoice's MARK_PAID action gives.
    const action = (await t.ok('query($id: ID!) { invoice(id: $id) { availableActions { action reason { code } } } }', { id: credit.id })).invoice.availableActions.find((a: any) => a.action === 'MARK_PAID');
    expect(results[2].refusal.code).toBe(action.reason.code);
  });

  test('an unknown id, an empty list or more than 500 are bad input; a partner is refused', async () => {
    const unknown = await t.gql(MARK, { ids: ['00000000-0000-0000-0000-000000000000'] });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const empty = await t.gql(MARK, { ids: [] });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    const many = await t.gql(MARK, { ids: Array.from({ length: 501 }, (_, i) => `id-${i}`) });
    expect(many.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    const { key } = await f.partnerWithKey();
    const partner = await t.gql(MARK, { ids: ['x'] }, { token: key });
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('duplicate tax ids: a warning with the other client, never a refusal', () => {
  const DUPES = 'query($taxId: String!, $clientId: ID) { taxIdDuplicates(taxId: $taxId, clientId: $clientId) { code message remedy field entityType entityId } }';
  test('taxIdDuplicates names every other client with the tax id; creating one anyway works', async () => {
    const taxId = nif();
    expect((await t.ok(DUPES, { taxId })).taxIdDuplicates).toEqual([]);
    const first = await f.client({ taxId });
    const dupes = (await t.ok(DUPES, { taxId: taxId.toLowerCase() })).taxIdDuplicates;
    expect(dupes).toHaveLength(1);
    expect(dupes[0]).toMatchObject({ code: 'DUPLICATE_TAX_ID', field: 'taxId', entityType: 'Client', entityId: first.id });
    expect(dupes[0].message).toContain(first.code);
    const second = await f.client({ taxId });
    expect((await t.ok(DUPES, { taxId, clientId: second.id })).taxIdDuplicates.map((d: any) => d.entityId)).toEqual([first.id]);
    const en = await t.gql(DUPES, { taxId }, { locale: 'en' });
    expect(en.data.taxIdDuplicates[0].message).toMatch(/already has tax id/);
  });

  test('updateClient warns when the new tax id belongs to another client, not otherwise', async () => {
    const taxId = nif();
    const holder = await f.client({ taxId });
    const other = await f.client();
    const UPDATE = 'mutation($i: UpdateClientInput!) { updateClient(input: $i) { client { taxId version } warnings { code entityId } } }';
    const changed = (await t.ok(UPDATE, { i: { id: other.id, version: other.version, taxId } })).updateClient;
    expect(changed.client.taxId).toBe(taxId);
    expect(changed.warnings).toEqual([{ code: 'DUPLICATE_TAX_ID', entityId: holder.id }]);
    const renamed = (await t.ok(UPDATE, { i: { id: other.id, version: changed.client.version, name: 'Otro nombre' } })).updateClient;
    expect(renamed.warnings).toEqual([]);
  });

  test('a malformed tax id is BAD_USER_INPUT naming taxId', async () => {
    const res = await t.gql(DUPES, { taxId: '123' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'taxId' });
  });
});

describe('dashboard: receivables and monthly recurring revenue', () => {
  const DASH = '{ dashboard { receivables { outstanding { count totalCents } returned { count totalCents } } monthlyRecurring { count totalCents } subscriptionsByState { state count } } }';
  test('outstanding = issued + returned invoices, returned apart, MRR = tariffs of ACTIVE subscriptions; sums past 2^31', async () => {
    const before = (await t.ok(DASH)).dashboard;
    const { client, contract } = await f.activeClient();
    const big = await f.tariff({ priceCents: 10_000_000 });
    // Above what a tariff may be given today, written directly: the sum must still be exact past 2^31.
    await t.ds.getRepository(TariffEntity).update(big.id, { priceCents: 1_500_000_000 });
    await f.subscription(contract.id, big.id, { state: 'ACTIVE' });
    await f.subscription(contract.id, big.id, { state: 'ACTIVE' });
    await f.subscription(contract.id, big.id, { state: 'ACTIVE_NON_BILLABLE' });
    const issued = await f.invoice(client.id, contract.id, { period: '2026-07' });
    await f.invoice(client.id, contract.id, { period: '2026-08', status: 'RETURNED' });
    await f.invoice(client.id, contract.id, { period: '2026-09', status: 'PAID' });
    await t.ds.getRepository(InvoiceEntity).update(issued.id, { totalCents: 2_400_000_000 });
    const after = (await t.ok(DASH)).dashboard;
    expect(after.receivables.outstanding.count - before.receivables.outstanding.count).toBe(2);
    expect(after.receivables.outstanding.totalCents - before.receivables.outstanding.totalCents).toBe(2_400_000_000 + 3630);
    expect(after.receivables.returned.count - before.receivables.returned.count).toBe(1);
    expect(after.receivables.returned.totalCents - before.receivables.returned.totalCents).toBe(3630);
    expect(after.monthlyRecurring.count - before.monthlyRecurring.count).toBe(3);
    expect(after.monthlyRecurring.totalCents - before.monthlyRecurring.totalCents).toBe(3000 + 3_000_000_000);
    expect(after.monthlyRecurring.totalCents).toBeGreaterThan(2 ** 31);
  });
});
