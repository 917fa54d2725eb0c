// A subsanación end to end in the browser (docs/verifactu.md, "Corrections"): the stand-in agency run.mjs starts
// (support/agency.mjs) rejects the record of an invoice whose client is named with its REJECT_MARK → the admin
// fixes the client's name → "Generar subsanación" on the rejected-records page, confirmed → the record leaves the
// list → the invoice's VeriFactu panel shows the correction, which the API's worker sends marked Subsanacion and
// RechazoPrevio, and the stand-in accepts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { admin } from '../support/env.mjs';
import { screenshot, signedIn } from '../support/browser.mjs';
import * as api from '../support/api.mjs';
import { REJECT_MARK } from '../support/agency.mjs';
import { previousPeriod } from '../support/periods.mjs';
import { Layout } from '../pages/Layout.mjs';

const IBAN = 'ES9121000418450200051332';
const run = Date.now().toString(36).toUpperCase();
let browser;
let page;
const data = {};

const RECORDS = 'query($id: ID!) { invoice(id: $id) { verifactu { status records { position status subsanacion rechazoPrevio } } } }';

/** Polls the API until `check` holds for the invoice's VeriFactu records (the worker sends every few seconds). */
async function until(check, what) {
  const deadline = Date.now() + 45_000;
  for (;;) {
    const { invoice } = await api.gql(RECORDS, { id: data.invoice.id });
    if (check(invoice.verifactu)) return invoice.verifactu;
    if (Date.now() > deadline) throw new Error(`${what}: ${JSON.stringify(invoice.verifactu)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

before(async () => {
  await api.signInApi();
  const period = previousPeriod();
  const tariff = await api.createTariff(3000);
  const client = await api.createClient(`Cliente ${REJECT_MARK} ${run}`);
  const contract = await api.createContract(client.id);
  await api.signContract(contract, IBAN, client.name, client.taxId);
  await api.createSubscription({ contractId: contract.id, tariffId: tariff.id, state: 'ACTIVE', startDate: `${period}-01` });
  await api.runBilling(period);
  const { invoices } = await api.gql('query($c: ID!) { invoices(contractId: $c, first: 5) { nodes { id number } } }', { c: contract.id });
  assert.equal(invoices.nodes.length, 1);
  data.invoice = invoices.nodes[0];
  data.client = client;
  await until((vf) => vf.status === 'REJECTED', 'the stand-in agency did not reject the record');
  ({ browser, page } = await signedIn());
});

after(async () => {
  // Paid, so later scenarios (remittances) leave it alone.
  if (data.invoice) await api.gql('mutation($id: ID!) { markInvoicePaid(id: $id) { id } }', { id: data.invoice.id }).catch(() => undefined);
  await browser?.close();
});

describe('VeriFactu subsanación', () => {
  test('rejected record → client fixed → "Generar subsanación" (confirmed) → the correction is sent and accepted', async () => {
    // What the agency asked for: the recipient as the agency knows it.
    const { client } = await api.gql('query($id: ID!) { client(id: $id) { version } }', { id: data.client.id });
    await api.gql('mutation($i: UpdateClientInput!) { updateClient(input: $i) { client { id } } }', { i: { id: data.client.id, version: client.version, name: `Cliente corregido ${run}` } });

    await new Layout(page).go('VeriFactu rechazados');
    const row = page.getByRole('row').filter({ hasText: data.invoice.number });
    await row.getByText('4102 El NIF del destinatario no está identificado.', { exact: true }).waitFor();
    await row.getByRole('button', { name: 'Generar subsanación' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/marcado Subsanacion, y RechazoPrevio/).waitFor();
    await screenshot(page, 'verifactu-correction-confirmation');
    await dialog.getByRole('button', { name: 'Generar subsanación' }).click();
    // Corrected, it leaves the list of rejected records.
    await row.waitFor({ state: 'detached' });
    await screenshot(page, 'verifactu-rejected');

    const sent = await until((vf) => vf.records.some((r) => r.subsanacion && r.status === 'ACCEPTED'), 'the correction was not accepted');
    assert.deepEqual(sent.records.map((r) => [r.status, r.subsanacion, r.rechazoPrevio]), [['REJECTED', false, false], ['ACCEPTED', true, true]]);
    // The latest alta stands for the invoice.
    assert.equal(sent.status, 'ACCEPTED');

    await page.goto(`/invoices/${data.invoice.id}`);
    const panel = page.getByTestId('verifactu-panel');
    await panel.getByTestId('verifactu-correction').filter({ hasText: 'Aceptado por la AEAT' }).waitFor();
    // The corrected record says what corrected it.
    await panel.getByText('Corregido por el registro').waitFor();
    // The original is corrected: it is not offered again.
    assert.equal(await panel.getByRole('button', { name: 'Generar subsanación' }).count(), 0);
    await screenshot(page, 'verifactu-correction');
  });
});
