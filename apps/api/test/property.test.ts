// Random values in every input field of the main mutations (fast-check): the answer is success or
// BAD_USER_INPUT naming its field and reason, never an internal error, and a refusal writes nothing (row counts and the target
// rows unchanged). Ids and versions point at real rows, so refusals come from the values alone.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { entities } from '../src/entities/index.js';
import { IBANS, factories, nif } from './factories.js';
import { startServer, type TestServer } from './harness.js';

let t: TestServer;
let f: ReturnType<typeof factories>;
beforeAll(async () => { t = await startServer(); f = factories(t); });
afterAll(async () => { await t.close(); });

const RUNS = 20;

const anyText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ minLength: 201, maxLength: 320 }),
  fc.constantFrom('', '   ', 'Ñandú Çedilla', "O'Brien; DROP TABLE clients;--", '%_\\'),
);
const orMissing = <T>(arb: fc.Arbitrary<T>) => fc.oneof(fc.constant(undefined), fc.constant(null), arb);
const text = (...valid: string[]) => (valid.length ? fc.oneof(anyText, fc.constantFrom(...valid)) : anyText);
const date = fc.oneof(anyText, fc.constantFrom('2026-11-01', '2026-02-29', '2026-02-30', '2026-13-01', '26-11-01', '2027-01-31'),
  fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
const int = fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.constantFrom(0, 1, -1, 500, 3000));
const float = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, 0.21, 1, 1.5, 12.5, 100, 100.5, -0.1, 0.123456789));
const taxId = text('12345678Z', 'B12345674', 'X1234567L', '12345678A');
const iban = text(...IBANS, 'ES91 2100 0418 4502 0005 1332', 'ES00 0000');
const email = fc.oneof(anyText, fc.emailAddress(), fc.constant('a@b'));
const state = fc.constantFrom('PENDING_ACTIVATION', 'ACTIVE', 'ACTIVE_NON_BILLABLE', 'SUSPENDED', 'CANCELLED', 'REJECTED');

async function snapshot(rows: { table: string; id: string }[] = []) {
  const counts = await Promise.all(entities.map((e) => t.ds.getRepository(e).count()));
  const current = await Promise.all(rows.map(({ table, id }) => t.ds.query(`SELECT * FROM ${table} WHERE id = ${t.ds.driver.options.type === 'postgres' ? '$1' : '?'}`, [id])));
  return JSON.stringify({ counts, current });
}

async function check(query: string, variables: Record<string, unknown>, rows: { table: string; id: string }[] = []) {
  const before = await snapshot(rows);
  const r = await t.gql(query, variables);
  const codes = (r.errors ?? []).map((e) => e.extensions?.['code']);
  expect(codes.filter((c) => c !== 'BAD_USER_INPUT'), JSON.stringify({ variables, errors: r.errors })).toEqual([]);
  // Each refusal names the input it refuses and why, GraphQL's own coercion errors included.
  const unnamed = (r.errors ?? []).filter((e) => typeof e.extensions?.['field'] !== 'string' || typeof e.extensions?.['reason'] !== 'string');
  expect(unnamed, JSON.stringify({ variables, errors: r.errors })).toEqual([]);
  if (r.errors) expect(await snapshot(rows), 'a refused mutation wrote something').toBe(before);
  return r;
}

describe('random inputs: success or BAD_USER_INPUT, never a partial write', () => {
  test('createClient', async () => {
    await fc.assert(fc.asyncProperty(
      fc.record({ kind: fc.constantFrom('PERSON', 'COMPANY'), name: text('Ana'), taxId, email, phone: orMissing(text('+34 600 000 000')), address: orMissing(anyText), iban: orMissing(iban) }),
      async (input) => { await check('mutation($i: CreateClientInput!) { createClient(input: $i) { id } }', { i: input }); },
    ), { numRuns: RUNS });
  });

  test('updateClient', async () => {
    const client = await f.client();
    await fc.assert(fc.asyncProperty(
      fc.record({ kind: orMissing(fc.constantFrom('PERSON', 'COMPANY')), name: orMissing(text('Ana')), taxId: orMissing(taxId), email: orMissing(email),
        phone: orMissing(anyText), address: orMissing(anyText), iban: orMissing(iban) }),
      async (input) => {
        const [{ version }] = await t.ds.query(`SELECT version FROM clients WHERE id = '${client.id}'`);
        await check('mutation($i: UpdateClientInput!) { updateClient(input: $i) { client { id } } }', { i: { ...input, id: client.id, version: Number(version) } }, [{ table: 'clients', id: client.id }]);
      },
    ), { numRuns: RUNS });
  });

  test('signContract', async () => {
    const client = await f.client();
    await fc.assert(fc.asyncProperty(
      fc.record({ signedAt: date, signerName: text('Ana'), signerTaxId: taxId, iban, mandateReference: fc.oneof(anyText, fc.uuid().map((u) => `M-${u.slice(0, 20)}`)) }),
      async (input) => {
        const contract = await f.contract(client.id);
        await check('mutation($i: SignContractInput!) { signContract(input: $i) { id } }', { i: { ...input, id: contract.id, version: 1 } }, [{ table: 'contracts', id: contract.id }]);
      },
    ), { numRuns: RUNS });
  });

  test('addBonus and addAdditionalAmount', async () => {
    const { subscription } = await f.activeClient();
    await fc.assert(fc.asyncProperty(
      fc.record({ kind: fc.constantFrom('PERCENT', 'FIXED'), percent: orMissing(float), amountCents: orMissing(int), description: orMissing(anyText), validFrom: date, validTo: orMissing(date) }),
      async (input) => { await check('mutation($i: AddBonusInput!) { addBonus(input: $i) { id } }', { i: { ...input, subscriptionId: subscription.id } }); },
    ), { numRuns: RUNS });
    await fc.assert(fc.asyncProperty(
      fc.record({ kind: fc.constantFrom('ONE_OFF', 'MONTHLY'), description: text('Router'), amountCents: int, vatRate: orMissing(float), date: orMissing(date), validFrom: orMissing(date), validTo: orMissing(date) }),
      async (input) => { await check('mutation($i: AddAdditionalAmountInput!) { addAdditionalAmount(input: $i) { id } }', { i: { ...input, subscriptionId: subscription.id } }); },
    ), { numRuns: RUNS });
  });

  test('createTariff', async () => {
    await fc.assert(fc.asyncProperty(
      fc.record({ code: fc.oneof(anyText, fc.uuid().map((u) => u.slice(0, 12))), name: text('Fibra'), priceCents: int, vatRate: orMissing(float) }),
      async (input) => { await check('mutation($i: CreateTariffInput!) { createTariff(input: $i) { id } }', { i: input }); },
    ), { numRuns: RUNS });
  });

  test('changeSubscriptionState', async () => {
    const tariff = await f.tariff();
    const contract = await f.contract((await f.client()).id);
    await fc.assert(fc.asyncProperty(state, date, async (to, effectiveDate) => {
      const s = await f.subscription(contract.id, tariff.id);
      await check('mutation($id: ID!, $s: SubscriptionState!, $d: String!) { changeSubscriptionState(id: $id, state: $s, effectiveDate: $d) { id } }',
        { id: s.id, s: to, d: effectiveDate }, [{ table: 'subscriptions', id: s.id }]);
    }), { numRuns: RUNS });
  });

  test('control characters are refused on the argument that carries them', async () => {
    const r = await t.gql('mutation($i: CreateClientInput!) { createClient(input: $i) { id } }', { i: { kind: 'PERSON', name: 'A\u0000B', taxId: nif(), email: 'a@example.com' } });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name', reason: 'TEXT_INVALID' });
    const q = await t.gql('query($id: ID!) { client(id: $id) { id } }', { id: 'x\u0000' });
    expect(q.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
