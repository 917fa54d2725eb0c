// Test data through the public API (as admin unless a token is given); invoices, which only
// billing runs create, are written straight into their tables.
import { newId } from '../src/db/ids.js';
import { InvoiceEntity, InvoiceLineEntity } from '../src/entities/index.js';
import type { TestServer } from './harness.js';

export const IBAN_SIGNATURE = 'ES9121000418450200051332';
export const IBAN_PROFILE = 'ES7921000813610123456789';
export const IBANS = [IBAN_SIGNATURE, IBAN_PROFILE, 'ES6621000418401234567891', 'ES1000492352082414205416', 'ES7620770024003102575766'];

let seq = 0;
/** A valid NIF for test data: 8 digits and their check letter. */
export function nif(): string {
  const n = 10_000_000 + (++seq * 7919) % 89_999_999;
  return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
}
const unique = () => `${Date.now().toString(36)}${++seq}`;

export const CLIENT_FIELDS = 'id code kind name taxId email phone address iban version partner { id name }';
export const CONTRACT_FIELDS = 'id number status version signature { signedAt signerName signerTaxId iban mandateReference }';
export const SUBSCRIPTION_FIELDS = 'id state allowedTransitions billingStartDate tariff { id code } stateChanges { state effectiveDate } tariffChanges { tariffCode effectiveDate }';

type Token = { token?: string | null };

export function factories(t: TestServer) {
  const f = {
    async tariff(over: Record<string, unknown> = {}) {
      const input = { code: `T-${unique()}`, name: 'Tarifa de prueba', priceCents: 3000, vatRate: 0.21, ...over };
      return (await t.ok('mutation($i: CreateTariffInput!) { createTariff(input: $i) { id code priceCents vatRate } }', { i: input })).createTariff;
    },
    async client(over: Record<string, unknown> = {}, opts: Token = {}) {
      const input = { kind: 'PERSON', name: `Cliente ${unique()}`, taxId: nif(), email: `c${unique()}@example.com`, ...over };
      return (await t.ok(`mutation($i: CreateClientInput!) { createClient(input: $i) { ${CLIENT_FIELDS} } }`, { i: input }, opts)).createClient;
    },
    async contract(clientId: string, opts: Token = {}) {
      return (await t.ok(`mutation($i: CreateContractInput!) { createContract(input: $i) { ${CONTRACT_FIELDS} } }`, { i: { clientId } }, opts)).createContract;
    },
    async sign(contract: { id: string; version: number }, over: Record<string, unknown> = {}, opts: Token = {}) {
      const input = {
        id: contract.id, version: contract.version, signedAt: '2026-10-01', signerName: 'Firmante de prueba', signerTaxId: nif(),
        iban: IBAN_SIGNATURE, mandateReference: `MANDATE-${unique()}`, ...over,
      };
      return (await t.ok(`mutation($i: SignContractInput!) { signContract(input: $i) { ${CONTRACT_FIELDS} } }`, { i: input }, opts)).signContract;
    },
    async subscription(contractId: string, tariffId: string, over: Record<string, unknown> = {}, opts: Token = {}) {
      const input = { contractId, tariffId, startDate: '2026-10-01', ...over };
      return (await t.ok(`mutation($i: CreateServiceSubscriptionInput!) { createServiceSubscription(input: $i) { ${SUBSCRIPTION_FIELDS} } }`, { i: input }, opts)).createServiceSubscription;
    },
    async changeState(id: string, state: string, effectiveDate: string, opts: Token = {}) {
      return (await t.ok(`mutation($id: ID!, $s: SubscriptionState!, $d: String!) { changeSubscriptionState(id: $id, state: $s, effectiveDate: $d) { ${SUBSCRIPTION_FIELDS} } }`,
        { id, s: state, d: effectiveDate }, opts)).changeSubscriptionState;
    },
    async bonus(subscriptionId: string, over: Record<string, unknown> = {}) {
      return (await t.ok('mutation($i: AddBonusInput!) { addBonus(input: $i) { id kind percent amountCents validFrom validTo } }',
        { i: { subscriptionId, kind: 'PERCENT', percent: 10, validFrom: '2026-11-01', ...over } })).addBonus;
    },
    async additionalAmount(subscriptionId: string, over: Record<string, unknown> = {}) {
      return (await t.ok('mutation($i: AddAdditionalAmountInput!) { addAdditionalAmount(input: $i) { id kind amountCents vatRate date validFrom validTo } }',
        { i: { subscriptionId, description: 'Router', amountCents: 4900, kind: 'ONE_OFF', date: '2026-11-01', ...over } })).addAdditionalAmount;
    },
    async partnerWithKey(name = `Partner ${unique()}`) {
      const partner = (await t.ok('mutation($i: CreatePartnerInput!) { createPartner(input: $i) { id name } }', { i: { name } })).createPartner;
      const created = (await t.ok('mutation($p: ID!, $n: String!) { createApiKey(partnerId: $p, name: $n) { key apiKey { id prefix } } }', { p: partner.id, n: 'test key' })).createApiKey;
      return { partner, key: created.key as string, apiKeyId: created.apiKey.id as string };
    },
    /** A client with a signed contract and one ACTIVE subscription: the usual billable setup. */
    async activeClient(opts: Token = {}, over: Record<string, unknown> = {}) {
      const tariff = await f.tariff();
      const client = await f.client(over, opts);
      const contract = await f.sign(await f.contract(client.id, opts), {}, opts);
      const subscription = await f.subscription(contract.id, tariff.id, { state: 'ACTIVE' }, opts);
      return { tariff, client, contract, subscription };
    },
    /** Billing runs create invoices; this writes one (and a line per subscription) directly. */
    async invoice(clientId: string, contractId: string, opts: { status?: 'ISSUED' | 'PAID' | 'RETURNED'; subscriptionId?: string; period?: string; sequence?: number } = {}) {
      const period = opts.period ?? '2026-10';
      const sequence = opts.sequence ?? ++seq;
      const invoice: InvoiceEntity = {
        id: newId(), kind: 'INVOICE', series: 'F', year: 2026, sequence, number: `F2026-${String(sequence).padStart(6, '0')}`, clientId, contractId,
        period, periodStart: `${period}-01`, periodEnd: `${period}-31`, issueDate: `${period}-01`, baseCents: 3000, taxCents: 630, totalCents: 3630,
        vatBreakdown: [{ vatRate: 0.21, baseCents: 3000, taxCents: 630 }], status: opts.status ?? 'ISSUED', rectifiesId: null,
        billingIban: IBAN_SIGNATURE, billingSource: 'CONTRACT_SIGNATURE', billingCode: 'ACCOUNT_FROM_SIGNATURE',
        billingParams: { contract: 'CT', iban: 'ES91 2100 0418 4502 0005 1332', profileIban: '', profileDiffers: 'no' }, billingRunId: null, createdAt: new Date().toISOString(), version: 1,
      };
      await t.ds.getRepository(InvoiceEntity).insert(invoice);
      if (opts.subscriptionId) {
        const line: InvoiceLineEntity = {
          id: newId(), invoiceId: invoice.id, position: 1, kind: 'CHARGE', subscriptionId: opts.subscriptionId, tariffId: null, tariffCode: 'A',
          bonusId: null, additionalAmountId: null, fromDate: `${period}-01`, toDate: `${period}-31`, days: 31, daysInMonth: 31, unitPriceCents: 3000,
          amountCents: 3000, vatRate: 0.21, code: 'LINE_CHARGE', params: { tariff: 'A', from: `${period}-01`, to: `${period}-31`, days: 31, daysInMonth: 31 },
        };
        await t.ds.getRepository(InvoiceLineEntity).insert(line);
      }
      return invoice;
    },
  };
  return f;
}
