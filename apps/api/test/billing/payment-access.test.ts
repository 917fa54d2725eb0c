// Payment status (only it changes on an issued invoice), the deletion blockers it drives (rule 2), and
// who may run billing: admins only; partners FORBIDDEN, anonymous UNAUTHENTICATED (docs/product.md §5).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BILLING_NOW, startServer, type TestServer } from '../harness.js';
import { billing, INVOICE_FIELDS } from './support.js';

let t: TestServer;
let b: ReturnType<typeof billing>;
let partnerKey: string;
let setup: Awaited<ReturnType<ReturnType<typeof billing>['contractWith']>>;
let invoice: any;

const PAID = 'mutation($id: ID!) { markInvoicePaid(id: $id) { id status totalCents lines { amountCents } } }';
const RETURNED = 'mutation($id: ID!) { markInvoiceReturned(id: $id) { id status totalCents } }';
const DELETION = 'query($id: ID!) { client(id: $id) { deletion { allowed blockers { code entityType entityId message remedy } } } }';

beforeAll(async () => {
  t = await startServer({ now: BILLING_NOW });
  b = billing(t);
  await b.settings('ARREARS');
  const { A } = await b.tariffsAB();
  const partner = await b.f.partnerWithKey();
  partnerKey = partner.key;
  // A partner's own client, billed by the admin's run.
  const client = await b.f.client({ partnerId: partner.partner.id });
  const contract = await b.f.sign(await b.f.contract(client.id));
  const subscription = await b.f.subscription(contract.id, A.id, { startDate: '2026-11-01', state: 'ACTIVE' });
  setup = { client, contract, subscription };
  await b.runOk('2026-11');
  [invoice] = await b.invoicesOf(contract.id);
});
afterAll(async () => { await t.close(); });

const blockerCodes = async () => (await t.ok(DELETION, { id: setup.client.id })).client.deletion.blockers.map((x: any) => x.code).sort();

describe('payment status', () => {
  test('an issued invoice is pending: the client cannot be deleted (HAS_PENDING_INVOICES)', async () => {
    expect(invoice.status).toBe('ISSUED');
    expect(await blockerCodes()).toContain('HAS_PENDING_INVOICES');
    expect(await blockerCodes()).not.toContain('HAS_INVOICE_HISTORY');
  });

  test('paid → history (HAS_INVOICE_HISTORY); nothing but the status changes', async () => {
    const r = (await t.ok(PAID, { id: invoice.id })).markInvoicePaid;
    expect(r).toMatchObject({ id: invoice.id, status: 'PAID', totalCents: invoice.totalCents });
    expect(r.lines.map((l: any) => l.amountCents)).toEqual(invoice.lines.map((l: any) => l.amountCents));
    const codes = await blockerCodes();
    expect(codes).toContain('HAS_INVOICE_HISTORY');
    expect(codes).not.toContain('HAS_PENDING_INVOICES');
  });

  test('paying twice is refused with a reason and a remedy', async () => {
    const r = await t.gql(PAID, { id: invoice.id });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAYMENT_STATUS_UNCHANGED', field: 'status' });
    expect(r.errors?.[0]?.message).toContain(invoice.number);
  });

  test('a returned direct debit is pending again (HAS_PENDING_INVOICES), and can be collected again', async () => {
    expect((await t.ok(RETURNED, { id: invoice.id })).markInvoiceReturned.status).toBe('RETURNED');
    const codes = await blockerCodes();
    expect(codes).toContain('HAS_PENDING_INVOICES');
    expect(codes).not.toContain('HAS_INVOICE_HISTORY');
    const again = await t.gql(RETURNED, { id: invoice.id }, { locale: 'en' });
    expect(again.errors?.[0]?.extensions).toMatchObject({ reason: 'PAYMENT_STATUS_UNCHANGED' });
    expect(again.errors?.[0]?.message).toMatch(/already returned/);
    expect((await t.ok(PAID, { id: invoice.id })).markInvoicePaid.status).toBe('PAID');
    const read = (await t.ok(`query($id: ID!) { invoice(id: $id) { ${INVOICE_FIELDS} } }`, { id: invoice.id })).invoice;
    expect({ ...read, status: 'ISSUED' }).toEqual(invoice);
  });

  test('the subscription of an invoiced line cannot be deleted (SUBSCRIPTION_INVOICED)', async () => {
    const r = await t.ok('query($id: ID!) { serviceSubscription(id: $id) { deletion { blockers { code } } } }', { id: setup.subscription.id });
    expect(r.serviceSubscription.deletion.blockers.map((x: any) => x.code)).toContain('SUBSCRIPTION_INVOICED');
  });
});

describe('access', () => {
  const ops: [string, string, Record<string, unknown>][] = [
    ['runBilling', 'mutation { runBilling(period: "2026-12") { id } }', {}],
    ['runMassCredit', 'mutation { runMassCredit(period: "2026-11") { id } }', {}],
    ['billingPreview', '{ billingPreview(period: "2026-12") { invoiceCount } }', {}],
    ['billingRuns', '{ billingRuns { id } }', {}],
    ['markInvoicePaid', PAID, {}],
    ['markInvoiceReturned', RETURNED, {}],
  ];
  test.each(ops)('%s: partner FORBIDDEN, anonymous UNAUTHENTICATED, nothing written', async (_name, query) => {
    const before = await t.ok('{ billingRuns(first: 100) { id } }');
    const partner = await t.gql(query, { id: invoice.id }, { token: partnerKey });
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.gql(query, { id: invoice.id }, { token: null });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.ok('{ billingRuns(first: 100) { id } }')).billingRuns).toEqual(before.billingRuns);
  });

  test('the partner reads its own client\'s invoice, with lines and billing account', async () => {
    const r = await t.gql(`query($id: ID!) { invoice(id: $id) { number totalCents lines { description } billingAccount { source } } }`, { id: invoice.id }, { token: partnerKey });
    expect(r.data?.invoice).toMatchObject({ number: invoice.number, totalCents: invoice.totalCents, billingAccount: { source: 'CONTRACT_SIGNATURE' } });
  });

  test('the admin lists the runs, newest first, with who ran them', async () => {
    const runs = (await t.ok('{ billingRuns { kind period status actorType actorName invoiceCount } }')).billingRuns;
    expect(runs[0]).toMatchObject({ kind: 'BILLING', period: '2026-11', status: 'COMPLETED', actorType: 'USER', actorName: 'admin@test.local', invoiceCount: 1 });
  });
});
