// Removing bonuses and additional amounts (docs/rules.md §2 "Removing bonuses and additional amounts"):
// deleted while no invoice applied them, ended (never before the last invoiced day) once one did — each
// refusal explained, audited, under optimistic locking, and never racing a billing run.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AdditionalAmountEntity, AuditEntryEntity, BonusEntity, ClientEntity } from '../src/entities/index.js';
import { billing } from './billing/support.js';
import { BILLING_NOW, startServer, type TestServer } from './harness.js';

let t: TestServer;
let b: ReturnType<typeof billing>;
beforeAll(async () => { t = await startServer({ now: BILLING_NOW }); b = billing(t); await b.settings('ADVANCE'); });
afterAll(async () => { await t.close(); });

const BLOCKERS = 'allowed blockers { code message remedy field entityType entityId }';
const BONUS = `id version validTo invoicedThrough deletion { ${BLOCKERS} }`;
const AMOUNT = `id kind version validTo invoicedThrough deletion { ${BLOCKERS} }`;
const DELETE_BONUS = `mutation($id: ID!, $v: Int!) { deleteBonus(id: $id, version: $v) { deleted deletion { ${BLOCKERS} } } }`;
const END_BONUS = `mutation($id: ID!, $v: Int!, $to: String!) { endBonus(id: $id, version: $v, validTo: $to) { ${BONUS} } }`;
const DELETE_AMOUNT = `mutation($id: ID!, $v: Int!) { deleteAdditionalAmount(id: $id, version: $v) { deleted deletion { ${BLOCKERS} } } }`;
const END_AMOUNT = `mutation($id: ID!, $v: Int!, $to: String!) { endAdditionalAmount(id: $id, version: $v, validTo: $to) { ${AMOUNT} } }`;

async function bonusOf(subscriptionId: string, locale = 'en') {
  const r = await t.ok(`query($id: ID!) { serviceSubscription(id: $id) { bonuses { ${BONUS} } additionalAmounts { ${AMOUNT} } } }`, { id: subscriptionId }, { locale });
  return r.serviceSubscription;
}
// In creation order: ids are time-ordered and monotonic (db/ids.ts); `at` comes from the test's fixed clock, so
// two entries can share it and PostgreSQL then returns them in any order.
const auditOf = (entityId: string) => t.ds.getRepository(AuditEntryEntity).find({ where: { entityId }, order: { id: 'ASC' } });

describe('a bonus no invoice applied', () => {
  test('client with a bonus → remove the bonus → delete the client', async () => {
    const { A } = await b.tariffsAB();
    const { client, subscription } = await b.contractWith(A.id, { signed: false, state: 'PENDING_ACTIVATION' });
    const bonus = await b.f.bonus(subscription.id, { validFrom: '2027-07-01' });
    const before = (await t.ok(`query($id: ID!) { client(id: $id) { deletion { ${BLOCKERS} } } }`, { id: client.id })).client.deletion;
    const blocker = before.blockers.find((x: any) => x.code === 'SUBSCRIPTION_HAS_BONUSES');
    expect(blocker.remedy).toContain('deleteBonus');

    const [seen] = (await bonusOf(subscription.id)).bonuses;
    expect(seen).toMatchObject({ version: 1, invoicedThrough: null, deletion: { allowed: true, blockers: [] } });
    const stale = await t.gql(DELETE_BONUS, { id: bonus.id, v: 7 });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', entityType: 'Bonus' });

    const r = (await t.ok(DELETE_BONUS, { id: bonus.id, v: 1 })).deleteBonus;
    expect(r).toEqual({ deleted: true, deletion: { allowed: true, blockers: [] } });
    expect(await t.ds.getRepository(BonusEntity).countBy({ id: bonus.id })).toBe(0);
    expect((await auditOf(bonus.id)).map((e) => e.action)).toEqual(['ADD_BONUS', 'DELETE_BONUS']);

    const del = (await t.ok(`mutation($id: ID!) { deleteClient(id: $id) { deleted deletion { ${BLOCKERS} } } }`, { id: client.id })).deleteClient;
    expect(del.deleted).toBe(true);
    expect(await t.ds.getRepository(ClientEntity).countBy({ id: client.id })).toBe(0);
  });

  test('an unknown id is NOT_FOUND, a partner cannot touch another partner\'s bonus', async () => {
    const missing = await t.gql(DELETE_BONUS, { id: '00000000-0000-4000-8000-000000000000', v: 1 });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', entityType: 'Bonus' });
    const { A } = await b.tariffsAB();
    const { subscription } = await b.contractWith(A.id);
    const bonus = await b.f.bonus(subscription.id);
    const other = await b.f.partnerWithKey();
    for (const [q, v] of [[DELETE_BONUS, { id: bonus.id, v: 1 }], [END_BONUS, { id: bonus.id, v: 1, to: '2027-12-31' }]] as const) {
      const r = await t.gql(q, v, { token: other.key });
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect(await t.ds.getRepository(BonusEntity).findOneByOrFail({ id: bonus.id })).toMatchObject({ version: 1, validTo: null });
  });
});

describe('a bonus an invoice applied', () => {
  let subscriptionId: string;
  let contractId: string;
  let bonusId: string;
  beforeAll(async () => {
    const { A } = await b.tariffsAB();
    const setup = await b.contractWith(A.id, { startDate: '2027-05-01' });
    subscriptionId = setup.subscription.id;
    contractId = setup.contract.id;
    bonusId = (await b.f.bonus(subscriptionId, { kind: 'PERCENT', percent: 10, validFrom: '2027-05-01' })).id;
    await b.runOk('2027-06');
  });

  test('cannot be deleted: the blocker says through which day it is invoiced and to end it instead', async () => {
    const [bonus] = (await bonusOf(subscriptionId, 'es')).bonuses;
    expect(bonus.invoicedThrough).toBe('2027-06-30');
    expect(bonus.deletion.allowed).toBe(false);
    expect(bonus.deletion.blockers).toEqual([expect.objectContaining({ code: 'BONUS_INVOICED', entityType: 'Bonus', entityId: bonusId, field: 'invoices' })]);
    expect(bonus.deletion.blockers[0].remedy).toContain('30/06/2027');
    const r = (await t.ok(DELETE_BONUS, { id: bonusId, v: 1 }, { locale: 'en' })).deleteBonus;
    expect(r.deleted).toBe(false);
    expect(r.deletion.blockers[0].remedy).toBe('Issued invoices cannot change, so it cannot be deleted. End it (endBonus) on 30/06/2027 or later.');
    expect(await t.ds.getRepository(BonusEntity).countBy({ id: bonusId })).toBe(1);
  });

  test('is not ended before the last invoiced day, nor before it starts', async () => {
    const early = await t.gql(END_BONUS, { id: bonusId, v: 1, to: '2027-06-29' });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validTo', reason: 'EXTRA_END_BEFORE_INVOICED' });
    expect(early.errors?.[0]?.message).toContain('30/06/2027');
    const beforeStart = await t.gql(END_BONUS, { id: bonusId, v: 1, to: '2027-04-30' });
    expect(beforeStart.errors?.[0]?.extensions?.reason).toBe('DATE_RANGE_INVALID');
    const bad = await t.gql(END_BONUS, { id: bonusId, v: 1, to: '2027-13-01' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validTo', reason: 'DATE_INVALID' });
    expect(await t.ds.getRepository(BonusEntity).findOneByOrFail({ id: bonusId })).toMatchObject({ version: 1, validTo: null });
  });

  test('ends on the last invoiced day: audited, version moves on, the next invoice carries no bonus', async () => {
    const ended = (await t.ok(END_BONUS, { id: bonusId, v: 1, to: '2027-06-30' })).endBonus;
    expect(ended).toMatchObject({ validTo: '2027-06-30', version: 2 });
    const again = await t.gql(END_BONUS, { id: bonusId, v: 1, to: '2027-07-31' });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const entries = await auditOf(bonusId);
    expect(entries.at(-1)).toMatchObject({ action: 'END_BONUS', changes: [{ field: 'validTo', from: null, to: '2027-06-30' }] });
    await t.setNow(new Date('2027-07-15T10:00:00Z'));
    try {
      await b.runOk('2027-07');
    } finally {
      await t.setNow(BILLING_NOW);
    }
    const july = (await b.invoicesOf(contractId)).find((i: any) => i.period === '2027-07');
    expect(july.lines.map((l: any) => l.kind)).toEqual(['CHARGE']);
  });
});

describe('additional amounts', () => {
  test('an invoiced one-off amount is neither deleted nor ended: the remedy is a credit note', async () => {
    const { A } = await b.tariffsAB();
    const { subscription } = await b.contractWith(A.id, { startDate: '2027-05-01' });
    const amount = await b.f.additionalAmount(subscription.id, { kind: 'ONE_OFF', date: '2027-05-20' });
    await b.runOk('2027-06');
    const [seen] = (await bonusOf(subscription.id)).additionalAmounts;
    expect(seen.invoicedThrough).toBe('2027-05-20');
    expect(seen.deletion.blockers[0]).toMatchObject({ code: 'ADDITIONAL_AMOUNT_INVOICED' });
    expect(seen.deletion.blockers[0].remedy).toContain('credit note');
    expect((await t.ok(DELETE_AMOUNT, { id: amount.id, v: 1 })).deleteAdditionalAmount.deleted).toBe(false);
    const end = await t.gql(END_AMOUNT, { id: amount.id, v: 1, to: '2027-12-31' });
    expect(end.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind', reason: 'EXTRA_ONE_OFF_NOT_ENDABLE' });
    expect(await t.ds.getRepository(AdditionalAmountEntity).countBy({ id: amount.id })).toBe(1);
  });

  test('a monthly amount: ended after its invoiced days, or deleted while still uninvoiced', async () => {
    const { A } = await b.tariffsAB();
    const { subscription } = await b.contractWith(A.id, { startDate: '2027-05-01' });
    const invoiced = await b.f.additionalAmount(subscription.id, { kind: 'MONTHLY', date: null, validFrom: '2027-06-01', amountCents: 500 });
    const future = await b.f.additionalAmount(subscription.id, { kind: 'MONTHLY', date: null, validFrom: '2027-09-01', amountCents: 700 });
    await b.runOk('2027-06');
    const early = await t.gql(END_AMOUNT, { id: invoiced.id, v: 1, to: '2027-06-15' });
    expect(early.errors?.[0]?.extensions?.reason).toBe('EXTRA_END_BEFORE_INVOICED');
    expect((await t.ok(END_AMOUNT, { id: invoiced.id, v: 1, to: '2027-08-31' })).endAdditionalAmount).toMatchObject({ validTo: '2027-08-31', version: 2 });
    expect((await t.ok(DELETE_AMOUNT, { id: future.id, v: 1 })).deleteAdditionalAmount.deleted).toBe(true);
    expect((await auditOf(future.id)).map((e) => e.action)).toEqual(['ADD_ADDITIONAL_AMOUNT', 'DELETE_ADDITIONAL_AMOUNT']);
  });
});

describe('races', () => {
  test('two people ending the same bonus at once: one wins, the other gets CONFLICT', async () => {
    const { A } = await b.tariffsAB();
    const { subscription } = await b.contractWith(A.id);
    const bonus = await b.f.bonus(subscription.id, { validFrom: '2027-08-01' });
    const results = await Promise.all(['2027-09-30', '2027-10-31', '2027-11-30'].map((to) => t.gql(END_BONUS, { id: bonus.id, v: 1, to })));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(2);
    expect((await t.ds.getRepository(BonusEntity).findOneByOrFail({ id: bonus.id })).version).toBe(2);
  });

  test('deleting a bonus while its period is billed: either it is gone and not invoiced, or invoiced and kept', async () => {
    const { A } = await b.tariffsAB();
    const setups = await Promise.all([0, 1, 2].map(() => b.contractWith(A.id, { startDate: '2027-05-01' })));
    const bonuses = await Promise.all(setups.map((s) => b.f.bonus(s.subscription.id, { kind: 'PERCENT', percent: 10, validFrom: '2027-05-01' })));
    const [, ...deletions] = await Promise.all([
      b.runOk('2027-06'),
      ...bonuses.map((x) => t.ok(DELETE_BONUS, { id: x.id, v: 1 })),
    ]);
    for (const [i, s] of setups.entries()) {
      const deleted = deletions[i].deleteBonus.deleted as boolean;
      const [inv] = (await b.invoicesOf(s.contract.id)).filter((x: any) => x.period === '2027-06');
      const hasBonusLine = inv.lines.some((l: any) => l.kind === 'BONUS');
      expect(hasBonusLine).toBe(!deleted);
      expect(await t.ds.getRepository(BonusEntity).countBy({ id: bonuses[i]!.id })).toBe(deleted ? 0 : 1);
    }
  });
});
