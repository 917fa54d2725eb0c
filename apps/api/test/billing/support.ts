// Billing test helpers: settings, runs and invoice reads through GraphQL, as the admin.
import { factories } from '../factories.js';
import { untilRunEnds, type GqlOptions, type TestServer } from '../harness.js';

export const LINE_FIELDS = 'kind subscriptionId tariffCode from to days daysInMonth unitPriceCents amountCents vatRate code description';
export const INVOICE_FIELDS = `id number series year kind issueDate period periodStart periodEnd baseCents taxCents totalCents status
  vatBreakdown { vatRate baseCents taxCents } lines { ${LINE_FIELDS} } billingAccount { iban source explanation }
  rectifies { id number } creditNotes { id number totalCents } contract { id number } client { id }`;
export const RUN_FIELDS = 'id kind period status actorType actorName invoiceCount skippedCount totalCents issueDate firstNumber lastNumber skippedByReason { code count }';

export function billing(t: TestServer) {
  const f = factories(t);
  const b = {
    f,
    async settings(mode: 'ADVANCE' | 'ARREARS', massCreditOnTariffMigration = false) {
      await t.ok('mutation($i: UpdateBillingSettingsInput!) { updateBillingSettings(input: $i) { mode } }', { i: { mode, massCreditOnTariffMigration } });
    },
    /** Queues the run and waits for its end (test/harness.ts untilRunEnds). */
    async run(period: string, options: GqlOptions = {}) {
      return untilRunEnds(t, await t.gql(`mutation($p: String!) { runBilling(period: $p) { ${RUN_FIELDS} } }`, { p: period }, options), 'runBilling', RUN_FIELDS, options);
    },
    async runOk(period: string) {
      const r = await b.run(period);
      if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
      return r.data.runBilling;
    },
    async massCredit(period: string, options: GqlOptions = {}) {
      return untilRunEnds(t, await t.gql(`mutation($p: String!) { runMassCredit(period: $p) { ${RUN_FIELDS} } }`, { p: period }, options), 'runMassCredit', RUN_FIELDS, options);
    },
    async invoicesOf(contractId: string, options: GqlOptions = {}) {
      const r = await t.ok(`query($c: ID!) { invoices(contractId: $c, first: 100) { nodes { ${INVOICE_FIELDS} } } }`, { c: contractId }, options);
      // Oldest first reads like the contract's history.
      return [...r.invoices.nodes].reverse();
    },
    async preview(period: string, contractId?: string, options: GqlOptions = {}) {
      return (await t.ok(`query($p: String!, $c: ID) { billingPreview(period: $p, contractId: $c) {
        period mode issueDate invoiceCount skippedCount baseCents taxCents totalCents skippedByReason { code count }
        invoices { contractId contractNumber issueDate baseCents taxCents totalCents lines { ${LINE_FIELDS} } billingAccount { iban source explanation } }
        skipped { contractId contractNumber code message remedy } } }`, { p: period, c: contractId ?? null }, options)).billingPreview;
    },
    /** A contract with one subscription on `tariffId` from `startDate` in `state`, signed unless told otherwise. */
    async contractWith(tariffId: string, opts: { startDate?: string; state?: string; signed?: boolean; clientOver?: Record<string, unknown> } = {}) {
      const client = await f.client(opts.clientOver ?? {});
      let contract = await f.contract(client.id);
      if (opts.signed !== false) contract = await f.sign(contract);
      const subscription = await f.subscription(contract.id, tariffId, { startDate: opts.startDate ?? '2026-11-01', state: opts.state ?? 'ACTIVE' });
      return { client, contract, subscription };
    },
    async migrate(subscriptionId: string, tariffId: string, effectiveDate: string) {
      return (await t.ok('mutation($id: ID!, $t: ID!, $d: String!) { migrateSubscriptionTariff(id: $id, tariffId: $t, effectiveDate: $d) { id } }',
        { id: subscriptionId, t: tariffId, d: effectiveDate })).migrateSubscriptionTariff;
    },
    /** Tariffs A = 30.00 € and B = 45.00 €, VAT 21 % (docs/product.md §3 worked examples), with unique codes. */
    async tariffsAB() {
      const tag = Math.random().toString(36).slice(2, 7).toUpperCase();
      return { A: await f.tariff({ code: `A-${tag}`, priceCents: 3000, vatRate: 0.21 }), B: await f.tariff({ code: `B-${tag}`, priceCents: 4500, vatRate: 0.21 }) };
    },
  };
  return b;
}

/** The amounts of an invoice's lines, for exact-cents comparisons. */
export const amounts = (inv: { lines: { kind: string; amountCents: number; from: string | null; to: string | null }[] }) =>
  inv.lines.map((l) => ({ kind: l.kind, amountCents: l.amountCents, from: l.from, to: l.to }));
