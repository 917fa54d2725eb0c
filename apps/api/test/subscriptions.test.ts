// Subscriptions: the state machine and tariff timeline through the API, billable status (rule 3),
// bonuses and additional amounts with their validation.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SubscriptionStateChangeEntity } from '../src/entities/index.js';
import { SUBSCRIPTION_FIELDS, factories } from './factories.js';
import { startServer, type TestServer } from './harness.js';

let t: TestServer;
let f: ReturnType<typeof factories>;
beforeAll(async () => { t = await startServer(); f = factories(t); });
afterAll(async () => { await t.close(); });

const CHANGE = `mutation($id: ID!, $s: SubscriptionState!, $d: String!) { changeSubscriptionState(id: $id, state: $s, effectiveDate: $d) { ${SUBSCRIPTION_FIELDS} } }`;
const MIGRATE = `mutation($id: ID!, $t: ID!, $d: String!) { migrateSubscriptionTariff(id: $id, tariffId: $t, effectiveDate: $d) { ${SUBSCRIPTION_FIELDS} } }`;

async function pending() {
  const tariff = await f.tariff();
  const contract = await f.contract((await f.client()).id);
  const s = await f.subscription(contract.id, tariff.id);
  return { tariff, contract, s };
}

describe('createServiceSubscription / serviceSubscription', () => {
  test('starts PENDING_ACTIVATION on its tariff, with its allowed transitions and why it is not billed', async () => {
    const { tariff, contract, s } = await pending();
    expect(s).toMatchObject({ state: 'PENDING_ACTIVATION', allowedTransitions: ['ACTIVE', 'ACTIVE_NON_BILLABLE', 'REJECTED'], tariff: { id: tariff.id } });
    const q = await t.ok('query($id: ID!) { serviceSubscription(id: $id) { contract { id } billing { billable code reason } bonuses { id } additionalAmounts { id } deletion { allowed } } }', { id: s.id });
    expect(q.serviceSubscription).toMatchObject({ contract: { id: contract.id }, billing: { billable: false, code: 'NOT_BILLABLE_PENDING' }, bonuses: [], additionalAmounts: [], deletion: { allowed: true } });
    expect(q.serviceSubscription.billing.reason).toMatch(/pendiente/);
  });

  test('an import may start ACTIVE with a billing start date', async () => {
    const tariff = await f.tariff();
    const contract = await f.contract((await f.client()).id);
    const s = await f.subscription(contract.id, tariff.id, { state: 'ACTIVE', startDate: '2026-08-01', billingStartDate: '2026-09-01' });
    expect(s).toMatchObject({ state: 'ACTIVE', billingStartDate: '2026-09-01', stateChanges: [{ state: 'ACTIVE', effectiveDate: '2026-08-01' }] });
  });

  test('an unknown tariff is NOT_FOUND and a bad start date BAD_USER_INPUT', async () => {
    const contract = await f.contract((await f.client()).id);
    const r = await t.gql('mutation($i: CreateServiceSubscriptionInput!) { createServiceSubscription(input: $i) { id } }', { i: { contractId: contract.id, tariffId: 'nope' } });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', entityType: 'Tariff' });
    const tariff = await f.tariff();
    const d = await t.gql('mutation($i: CreateServiceSubscriptionInput!) { createServiceSubscription(input: $i) { id } }', { i: { contractId: contract.id, tariffId: tariff.id, startDate: '2026-13-01' } });
    expect(d.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.startDate', reason: 'DATE_INVALID' });
  });
});

describe('changeSubscriptionState', () => {
  test('follows the machine and records the timeline', async () => {
    const { s } = await pending();
    const active = await f.changeState(s.id, 'ACTIVE', '2026-11-10');
    expect(active).toMatchObject({ state: 'ACTIVE', allowedTransitions: ['ACTIVE_NON_BILLABLE', 'SUSPENDED', 'CANCELLED'] });
    expect(active.stateChanges).toEqual([{ state: 'PENDING_ACTIVATION', effectiveDate: '2026-10-01' }, { state: 'ACTIVE', effectiveDate: '2026-11-10' }]);
    const q = await t.ok('query($id: ID!) { serviceSubscription(id: $id) { billing { billable code } } }', { id: s.id });
    expect(q.serviceSubscription.billing).toEqual({ billable: true, code: 'BILLABLE_ACTIVE' });
    const nb = await f.changeState(s.id, 'ACTIVE_NON_BILLABLE', '2026-11-15');
    expect(nb.state).toBe('ACTIVE_NON_BILLABLE');
    const q2 = await t.ok('query($id: ID!) { serviceSubscription(id: $id) { billing { billable code reason } } }', { id: s.id }, { locale: 'en' });
    expect(q2.serviceSubscription.billing).toMatchObject({ billable: false, code: 'NOT_BILLABLE_NON_BILLABLE' });
    expect(q2.serviceSubscription.billing.reason).toMatch(/not billed|non-billable/i);
  });

  test('an invalid transition is refused with the allowed states and a reason; nothing is written', async () => {
    const { s } = await pending();
    const r = await t.gql(CHANGE, { id: s.id, s: 'SUSPENDED', d: '2026-11-10' });
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'state', reason: 'INVALID_TRANSITION', allowed: ['ACTIVE', 'ACTIVE_NON_BILLABLE', 'REJECTED'],
    });
    expect(r.errors?.[0]?.extensions?.['remedy']).toBeTruthy();
    expect(r.errors?.[0]?.message).toMatch(/Suspendida|SUSPENDED/);
    expect(await t.ds.getRepository(SubscriptionStateChangeEntity).countBy({ subscriptionId: s.id })).toBe(1);
    await f.changeState(s.id, 'REJECTED', '2026-11-10');
    const final = await t.gql(CHANGE, { id: s.id, s: 'ACTIVE', d: '2026-11-11' }, { locale: 'en' });
    expect(final.errors?.[0]?.extensions).toMatchObject({ reason: 'INVALID_TRANSITION', allowed: [] });
  });

  test('a change dated before the last one is refused on effectiveDate', async () => {
    const { s } = await pending();
    const r = await t.gql(CHANGE, { id: s.id, s: 'ACTIVE', d: '2026-09-01' });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'effectiveDate', reason: 'STATE_CHANGE_BEFORE_LAST' });
    const bad = await t.gql(CHANGE, { id: s.id, s: 'ACTIVE', d: 'mañana' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'effectiveDate', reason: 'DATE_INVALID' });
  });
});

describe('migrateSubscriptionTariff', () => {
  test('records the new tariff from its effective date', async () => {
    const { s } = await pending();
    const b = await f.tariff({ priceCents: 4500 });
    const m = (await t.ok(MIGRATE, { id: s.id, t: b.id, d: '2026-11-16' })).migrateSubscriptionTariff;
    expect(m.tariff).toEqual({ id: b.id, code: b.code });
    expect(m.tariffChanges.map((c: any) => c.effectiveDate)).toEqual(['2026-10-01', '2026-11-16']);
  });

  test('a migration effective after today is scheduled: tariff stays the one in force today (TEST_NOW 2026-11-20)', async () => {
    const { s, tariff } = await pending();
    const b = await f.tariff({ priceCents: 4500 });
    const SCHEDULED = 'tariff { id code } scheduledTariffChange { tariff { id code } effectiveFrom }';
    const later = (await t.ok(`mutation($id: ID!, $t: ID!, $d: String!) { migrateSubscriptionTariff(id: $id, tariffId: $t, effectiveDate: $d) { ${SCHEDULED} } }`,
      { id: s.id, t: b.id, d: '2026-12-01' })).migrateSubscriptionTariff;
    expect(later).toEqual({ tariff: { id: tariff.id, code: tariff.code }, scheduledTariffChange: { tariff: { id: b.id, code: b.code }, effectiveFrom: '2026-12-01' } });
    const read = (await t.ok(`query($id: ID!) { serviceSubscription(id: $id) { ${SCHEDULED} } }`, { id: s.id })).serviceSubscription;
    expect(read).toEqual(later);
    // Migrated on today's date: in force now, nothing scheduled.
    const { s: s2 } = await pending();
    const today = (await t.ok(`mutation($id: ID!, $t: ID!, $d: String!) { migrateSubscriptionTariff(id: $id, tariffId: $t, effectiveDate: $d) { ${SCHEDULED} } }`,
      { id: s2.id, t: b.id, d: '2026-11-20' })).migrateSubscriptionTariff;
    expect(today).toEqual({ tariff: { id: b.id, code: b.code }, scheduledTariffChange: null });
  });

  test('state changes and migrations are in the client\'s audit trail', async () => {
    const { s, contract, tariff } = await pending();
    const b = await f.tariff();
    await f.changeState(s.id, 'ACTIVE', '2026-10-05');
    await t.ok(MIGRATE, { id: s.id, t: b.id, d: '2026-11-16' });
    const clientId = (await t.ok('query($id: ID!) { contract(id: $id) { client { id } } }', { id: contract.id })).contract.client.id;
    const trail = (await t.ok('query($id: ID!) { client(id: $id) { auditTrail(first: 2) { nodes { action entityType entityId changes { field from to } } } } }', { id: clientId })).client.auditTrail.nodes;
    expect(trail).toEqual([
      { action: 'MIGRATE_TARIFF', entityType: 'ServiceSubscription', entityId: s.id,
        changes: [{ field: 'tariff', from: tariff.code, to: b.code }, { field: 'effectiveDate', from: null, to: '2026-11-16' }] },
      { action: 'CHANGE_STATE', entityType: 'ServiceSubscription', entityId: s.id,
        changes: [{ field: 'state', from: 'PENDING_ACTIVATION', to: 'ACTIVE' }, { field: 'effectiveDate', from: null, to: '2026-10-05' }] },
    ]);
  });

  test('refuses the same tariff, an earlier date and a final subscription, with reasons', async () => {
    const { s, tariff } = await pending();
    const same = await t.gql(MIGRATE, { id: s.id, t: tariff.id, d: '2026-11-16' });
    expect(same.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tariffId', reason: 'TARIFF_UNCHANGED' });
    const b = await f.tariff();
    const early = await t.gql(MIGRATE, { id: s.id, t: b.id, d: '2026-10-01' });
    expect(early.errors?.[0]?.extensions).toMatchObject({ field: 'effectiveDate', reason: 'TARIFF_CHANGE_BEFORE_LAST' });
    await f.changeState(s.id, 'REJECTED', '2026-10-02');
    const final = await t.gql(MIGRATE, { id: s.id, t: b.id, d: '2026-11-16' });
    expect(final.errors?.[0]?.extensions).toMatchObject({ reason: 'SUBSCRIPTION_FINAL_STATE' });
    expect(final.errors?.[0]?.extensions?.['remedy']).toBeTruthy();
  });
});

describe('addBonus / addAdditionalAmount', () => {
  test('adds a percent and a fixed bonus, and one-off and monthly amounts', async () => {
    const { s } = await pending();
    expect(await f.bonus(s.id, { kind: 'PERCENT', percent: 12.5, validTo: '2027-01-31' })).toMatchObject({ kind: 'PERCENT', percent: 12.5, amountCents: null, validTo: '2027-01-31' });
    expect(await f.bonus(s.id, { kind: 'FIXED', amountCents: 500 })).toMatchObject({ kind: 'FIXED', percent: null, amountCents: 500, validTo: null });
    expect(await f.additionalAmount(s.id)).toMatchObject({ kind: 'ONE_OFF', amountCents: 4900, vatRate: 0.21, date: '2026-11-01' });
    expect(await f.additionalAmount(s.id, { kind: 'MONTHLY', date: null, validFrom: '2026-11-01', amountCents: 300, vatRate: 0.1 })).toMatchObject({ kind: 'MONTHLY', validFrom: '2026-11-01', vatRate: 0.1 });
    const q = await t.ok('query($id: ID!) { serviceSubscription(id: $id) { bonuses { kind } additionalAmounts { kind } } }', { id: s.id });
    expect(q.serviceSubscription.bonuses).toHaveLength(2);
    expect(q.serviceSubscription.additionalAmounts).toHaveLength(2);
  });

  test('refuses out-of-range percents, negative cents, missing fields and inverted ranges', async () => {
    const { s } = await pending();
    const BONUS = 'mutation($i: AddBonusInput!) { addBonus(input: $i) { id } }';
    const AMOUNT = 'mutation($i: AddAdditionalAmountInput!) { addAdditionalAmount(input: $i) { id } }';
    const cases: [string, Record<string, unknown>, string, string][] = [
      [BONUS, { kind: 'PERCENT', percent: 101, validFrom: '2026-11-01' }, 'input.percent', 'PERCENT_INVALID'],
      [BONUS, { kind: 'PERCENT', validFrom: '2026-11-01' }, 'input.percent', 'REQUIRED'],
      [BONUS, { kind: 'FIXED', amountCents: -1, validFrom: '2026-11-01' }, 'input.amountCents', 'CENTS_INVALID'],
      [BONUS, { kind: 'FIXED', amountCents: 100, validFrom: '2026-11-10', validTo: '2026-11-01' }, 'input.validTo', 'DATE_RANGE_INVALID'],
      [AMOUNT, { description: 'x', amountCents: -5, kind: 'ONE_OFF', date: '2026-11-01' }, 'input.amountCents', 'CENTS_INVALID'],
      [AMOUNT, { description: 'x', amountCents: 5, kind: 'ONE_OFF' }, 'input.date', 'REQUIRED'],
      [AMOUNT, { description: 'x', amountCents: 5, kind: 'MONTHLY' }, 'input.validFrom', 'REQUIRED'],
      [AMOUNT, { description: 'x', amountCents: 5, kind: 'ONE_OFF', date: '2026-11-01', vatRate: 21 }, 'input.vatRate', 'VAT_RATE_INVALID'],
      [AMOUNT, { description: ' ', amountCents: 5, kind: 'ONE_OFF', date: '2026-11-01' }, 'input.description', 'REQUIRED'],
    ];
    for (const [mutation, input, field, reason] of cases) {
      const r = await t.gql(mutation, { i: { subscriptionId: s.id, ...input } });
      expect(r.errors?.[0]?.extensions, `${field} ${reason}`).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    }
    const q = await t.ok('query($id: ID!) { serviceSubscription(id: $id) { bonuses { id } additionalAmounts { id } } }', { id: s.id });
    expect(q.serviceSubscription).toEqual({ bonuses: [], additionalAmounts: [] });
  });
});
