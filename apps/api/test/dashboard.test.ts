// The admin dashboard over real data: monthly totals from billing runs, a mass credit and
// an older invoice; subscriptions in every state; clients deletable and not. Admin only.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { factories } from './factories.js';
import { startServer, TEST_NOW, untilRunEnds, type TestServer } from './harness.js';

let t: TestServer;
let f: ReturnType<typeof factories>;
let empty: any;
const ids = {} as Record<'migrated' | 'steady' | 'historic' | 'nothing' | 'draft' | 'withBonus' | 'states' | 'bonusSub', string>;

const DASHBOARD = `query($months: Int, $first: Int, $after: String) { dashboard {
  currentPeriod
  monthlyTotals(months: $months) { period
    invoices { count baseCents taxCents totalCents } creditNotes { count baseCents taxCents totalCents } net { count baseCents taxCents totalCents } }
  subscriptionsByState { state count }
  undeletableClients(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
    nodes { id code deletion { allowed blockers { code entityType entityId message } } } }
} }`;

const run = async (mutation: 'runBilling' | 'runMassCredit', period: string) =>
  (await untilRunEnds(t, await t.gql(`mutation($p: String!) { ${mutation}(period: $p) { id status invoiceCount totalCents } }`, { p: period }), mutation, 'id status invoiceCount totalCents')).data;

/** A client with an unsigned contract holding one subscription per given state. */
async function draftClient(tariffId: string, states: string[]) {
  const client = await f.client();
  const contract = await f.contract(client.id);
  const subs = [];
  for (const state of states) {
    const start = ['ACTIVE', 'ACTIVE_NON_BILLABLE'].includes(state) ? state : state === 'PENDING_ACTIVATION' || state === 'REJECTED' ? 'PENDING_ACTIVATION' : 'ACTIVE';
    const s = await f.subscription(contract.id, tariffId, { startDate: '2026-11-01', state: start });
    if (state !== start) await f.changeState(s.id, state, '2026-11-10');
    subs.push(s);
  }
  return { client, contract, subs };
}

beforeAll(async () => {
  t = await startServer();
  f = factories(t);
  empty = (await t.ok(DASHBOARD, { months: 2 })).dashboard;

  // docs/product.md §3 worked example 3 (ADVANCE, mass credits on) for one contract, plus a steady one on A.
  await t.ok('mutation { updateBillingSettings(input: { mode: ADVANCE, massCreditOnTariffMigration: true }) { mode } }');
  const A = await f.tariff({ priceCents: 3000, vatRate: 0.21 });
  const B = await f.tariff({ priceCents: 4500, vatRate: 0.21 });
  // Started on day 1 of November, so the November invoice has no catch-up for earlier days.
  const billable = async () => {
    const client = await f.client();
    const contract = await f.sign(await f.contract(client.id));
    return { client, contract, subscription: await f.subscription(contract.id, A.id, { startDate: '2026-11-01', state: 'ACTIVE' }) };
  };
  const migrated = await billable();
  const steady = await billable();
  // An older, paid invoice (October) on a contract with nothing else.
  const historic = await f.client();
  const historicContract = await f.contract(historic.id);
  await f.invoice(historic.id, historicContract.id, { period: '2026-10', status: 'PAID', sequence: 900_001 });

  await run('runBilling', '2026-11');
  await t.ok('mutation($id: ID!, $t: ID!) { migrateSubscriptionTariff(id: $id, tariffId: $t, effectiveDate: "2026-11-16") { id } }', { id: migrated.subscription.id, t: B.id });
  await run('runMassCredit', '2026-11');
  // December is billed in advance on its issue day; the dashboard is then read on TEST_NOW again.
  await t.setNow(new Date('2026-12-01T10:00:00Z'));
  await run('runBilling', '2026-12');
  await t.setNow(TEST_NOW);

  // Created after the runs, so none of these is invoiced.
  const nothing = await f.client();
  const draft = await draftClient(A.id, ['PENDING_ACTIVATION', 'REJECTED']);
  const withBonus = await draftClient(A.id, ['PENDING_ACTIVATION']);
  await f.bonus(withBonus.subs[0]!.id);
  const states = await draftClient(A.id, ['SUSPENDED', 'CANCELLED', 'ACTIVE_NON_BILLABLE']);
  Object.assign(ids, {
    migrated: migrated.client.id, steady: steady.client.id, historic: historic.id, nothing: nothing.id, draft: draft.client.id,
    withBonus: withBonus.client.id, states: states.client.id, bonusSub: withBonus.subs[0]!.id,
  });
});
afterAll(async () => { await t.close(); });

test('an empty database: zero totals for the months asked, every state at zero, no undeletable clients', () => {
  expect(empty.currentPeriod).toBe('2026-11');
  const zero = { count: 0, baseCents: 0, taxCents: 0, totalCents: 0 };
  expect(empty.monthlyTotals).toEqual(['2026-10', '2026-11'].map((period) => ({ period, invoices: zero, creditNotes: zero, net: zero })));
  expect(empty.subscriptionsByState).toEqual(
    ['PENDING_ACTIVATION', 'ACTIVE', 'ACTIVE_NON_BILLABLE', 'SUSPENDED', 'CANCELLED', 'REJECTED'].map((state) => ({ state, count: 0 })),
  );
  expect(empty.undeletableClients).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: null }, nodes: [] });
});

describe('monthlyTotals', () => {
  test('per invoice period: invoices, credit notes (negative) and the net, in exact cents', async () => {
    const { dashboard } = await t.ok(DASHBOARD, { months: 3 });
    // December is already billed (advance mode), so the series runs past the current month to it.
    expect(dashboard.monthlyTotals).toEqual([
      { period: '2026-10', invoices: { count: 1, baseCents: 3000, taxCents: 630, totalCents: 3630 },
        creditNotes: { count: 0, baseCents: 0, taxCents: 0, totalCents: 0 }, net: { count: 1, baseCents: 3000, taxCents: 630, totalCents: 3630 } },
      // Two November invoices of A (30.00 + 6.30 each); the credit note of example 3: −15.00, −3.15, −18.15.
      { period: '2026-11', invoices: { count: 2, baseCents: 6000, taxCents: 1260, totalCents: 7260 },
        creditNotes: { count: 1, baseCents: -1500, taxCents: -315, totalCents: -1815 }, net: { count: 3, baseCents: 4500, taxCents: 945, totalCents: 5445 } },
      // December: 67.50 + 14.18 (example 3) and the steady A 30.00 + 6.30.
      { period: '2026-12', invoices: { count: 2, baseCents: 9750, taxCents: 2048, totalCents: 11798 },
        creditNotes: { count: 0, baseCents: 0, taxCents: 0, totalCents: 0 }, net: { count: 2, baseCents: 9750, taxCents: 2048, totalCents: 11798 } },
    ]);
  });

  test('twelve months by default, the older ones at zero; more than 60 is BAD_USER_INPUT on months', async () => {
    const r = await t.ok('{ dashboard { monthlyTotals { period net { totalCents } } } }');
    expect(r.dashboard.monthlyTotals.map((m: any) => m.period)).toEqual(
      ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'],
    );
    expect(r.dashboard.monthlyTotals.map((m: any) => m.net.totalCents)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 3630, 5445, 11798]);
    const bad = await t.gql('{ dashboard { monthlyTotals(months: 61) { period } } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'months' });
  });
});

test('subscriptionsByState counts the current state of every subscription, zeros included', async () => {
  const { dashboard } = await t.ok(DASHBOARD);
  expect(dashboard.subscriptionsByState).toEqual([
    { state: 'PENDING_ACTIVATION', count: 2 }, { state: 'ACTIVE', count: 2 }, { state: 'ACTIVE_NON_BILLABLE', count: 1 },
    { state: 'SUSPENDED', count: 1 }, { state: 'CANCELLED', count: 1 }, { state: 'REJECTED', count: 1 },
  ]);
});

describe('undeletableClients', () => {
  test('exactly the clients whose deletion is not allowed, by code, with the domain\'s blockers', async () => {
    const { dashboard } = await t.ok(DASHBOARD, { first: 100 });
    const all = (await t.ok('{ clients(first: 100) { nodes { id code deletion { allowed } } } }')).clients.nodes;
    const expected = all.filter((c: any) => !c.deletion.allowed).map((c: any) => c.id);
    expect(dashboard.undeletableClients.nodes.map((c: any) => c.id)).toEqual(expected);
    expect(expected).toEqual([ids.migrated, ids.steady, ids.historic, ids.withBonus, ids.states]);
    expect(dashboard.undeletableClients.totalCount).toBe(5);
    // The deletable ones, including a candidate with a contract the domain lets go.
    expect(all.filter((c: any) => c.deletion.allowed).map((c: any) => c.id)).toEqual([ids.nothing, ids.draft]);

    const byId = new Map(dashboard.undeletableClients.nodes.map((c: any) => [c.id, c.deletion]));
    const codes = (id: string) => (byId.get(id) as any).blockers.map((b: any) => b.code);
    expect(codes(ids.migrated)).toEqual(['HAS_PENDING_INVOICES', 'CONTRACT_SIGNED', 'SUBSCRIPTION_STATE', 'SUBSCRIPTION_INVOICED']);
    expect(codes(ids.historic)).toEqual(['HAS_INVOICE_HISTORY']);
    expect(codes(ids.states)).toEqual(['SUBSCRIPTION_STATE', 'SUBSCRIPTION_STATE', 'SUBSCRIPTION_STATE']);
    expect((byId.get(ids.withBonus) as any)).toEqual({ allowed: false, blockers: [
      { code: 'SUBSCRIPTION_HAS_BONUSES', entityType: 'ServiceSubscription', entityId: ids.bonusSub, message: expect.stringContaining('1 bonificación') },
    ] });
  });

  test('pages by cursor, at most 100 a page', async () => {
    const page = async (after: string | null) => (await t.ok(DASHBOARD, { first: 2, after })).dashboard.undeletableClients;
    const p1 = await page(null);
    const p2 = await page(p1.pageInfo.endCursor);
    const p3 = await page(p2.pageInfo.endCursor);
    expect([p1, p2, p3].map((p) => p.nodes.map((n: any) => n.id))).toEqual([[ids.migrated, ids.steady], [ids.historic, ids.withBonus], [ids.states]]);
    expect([p1, p2, p3].map((p) => [p.totalCount, p.pageInfo.hasNextPage, p.pageInfo.hasPreviousPage])).toEqual([[5, true, false], [5, true, true], [5, false, true]]);
    // Only this field: a failing sibling would leave the others' statements running past the response.
    const tooBig = await t.gql('{ dashboard { undeletableClients(first: 101) { totalCount } } }');
    expect(tooBig.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  test('a page with its blockers costs the same statements for 5 undeletable clients as for 25', async () => {
    const QUERY = '{ dashboard { undeletableClients(first: 100) { totalCount nodes { code deletion { blockers { code message remedy } } } } } }';
    t.counter.reset();
    const five = (await t.ok(QUERY)).dashboard.undeletableClients;
    const fewStatements = t.counter.count;
    const fewList = [...t.counter.statements];
    for (let i = 0; i < 20; i++) {
      const { subscription } = await f.activeClient();
      if (i % 2) await f.bonus(subscription.id);
    }
    t.counter.reset();
    const twentyFive = (await t.ok(QUERY)).dashboard.undeletableClients;
    expect([five.totalCount, twentyFive.totalCount]).toEqual([5, 25]);
    expect(t.counter.count, [...fewList, '----', ...t.counter.statements].map((q) => q.slice(0, 90)).join('\n')).toBe(fewStatements);
    expect(fewStatements).toBeLessThanOrEqual(8);
  });
});

describe('access', () => {
  test('admin only: a partner is FORBIDDEN, an anonymous caller UNAUTHENTICATED', async () => {
    const { key } = await f.partnerWithKey();
    const partner = await t.gql('{ dashboard { currentPeriod subscriptionsByState { state count } } }', {}, { token: key });
    expect(partner.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(partner.data).toBeNull();
    const anonymous = await t.gql('{ dashboard { currentPeriod } }', {}, { token: null });
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const admin = await t.gql('{ dashboard { id currentPeriod } }');
    expect(admin.errors).toBeUndefined();
    expect(admin.data.dashboard).toEqual({ id: 'dashboard', currentPeriod: '2026-11' });
  });
});
