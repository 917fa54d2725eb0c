// A manual credit note end to end in the browser (docs/billing.md "Manual credit notes"): an issued invoice →
// "Emitir factura rectificativa" for part of a line, with a reason and type → the confirmation says what will be
// issued → the new credit note's page (rectifies the invoice, reason, type) → its PDF downloads.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { screenshot, signedIn } from '../support/browser.mjs';
import * as api from '../support/api.mjs';
import { previousPeriod } from '../support/periods.mjs';
import { InvoicePage } from '../pages/InvoicePage.mjs';

const IBAN = 'ES9121000418450200051332';
const run = Date.now().toString(36).toUpperCase();
let browser;
let page;
const data = {};

before(async () => {
  await api.signInApi();
  const period = previousPeriod();
  const tariff = await api.createTariff(3000);
  const client = await api.createClient(`Cliente rectificativa ${run}`);
  const contract = await api.createContract(client.id);
  await api.signContract(contract, IBAN, client.name, client.taxId);
  await api.createSubscription({ contractId: contract.id, tariffId: tariff.id, state: 'ACTIVE', startDate: `${period}-01` });
  await api.runBilling(period);
  const { invoices } = await api.gql('query($c: ID!) { invoices(contractId: $c, first: 5) { nodes { id number totalCents } } }', { c: contract.id });
  assert.equal(invoices.nodes.length, 1);
  data.invoice = invoices.nodes[0];
  ({ browser, page } = await signedIn());
});

after(async () => {
  // Paid, so later scenarios (remittances) leave it alone.
  if (data.invoice) await api.gql('mutation($id: ID!) { markInvoicePaid(id: $id) { id } }', { id: data.invoice.id }).catch(() => undefined);
  await browser?.close();
});

describe('manual credit note', () => {
  test('invoice → partial credit note (confirmed) → the credit note page → its PDF downloads', async () => {
    await page.goto(`/invoices/${data.invoice.id}`);
    const invoice = new InvoicePage(page);
    await invoice.heading().waitFor();
    assert.match(await invoice.total().innerText(), /36,30\s€/);
    const confirmation = await invoice.creditLine({ position: 1, amount: '10,50', reason: `Avería de fibra ${run}`, type: 'R1' });
    const text = await confirmation.innerText();
    assert.match(text, new RegExp(`rectifica la factura ${data.invoice.number}`));
    assert.match(text, /tipo R1/);
    assert.match(text, /10,50\s€ sin IVA/);
    await screenshot(page, 'credit-note-confirmation');
    await invoice.issueCreditNote();
    // The new credit note's own page.
    await page.waitForURL((url) => !url.pathname.endsWith(data.invoice.id) && url.pathname.startsWith('/invoices/'));
    await page.getByRole('heading', { level: 1, name: /^Factura R\d{4}-\d{6}$/ }).waitFor();
    assert.match(await invoice.total().innerText(), /-12,71\s€/);
    assert.match(await page.getByTestId('credit-reason').innerText(), new RegExp(`Avería de fibra ${run}`));
    assert.match(await page.getByTestId('rectification-type').innerText(), /R1/);
    await page.getByRole('link', { name: data.invoice.number }).waitFor();
    await screenshot(page, 'credit-note');
    const pdf = await invoice.downloadPdf();
    assert.match(pdf.suggestedFilename(), /^R\d{4}-\d{6}\.pdf$/);
    const bytes = readFileSync(await pdf.path());
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    // Back on the invoice, what is left is the API's: 36,30 − 12,71.
    await page.getByRole('link', { name: data.invoice.number }).click();
    await invoice.heading().waitFor();
    await page.getByRole('button', { name: 'Emitir factura rectificativa' }).click();
    await page.getByTestId('creditable-total').filter({ hasText: '23,59' }).waitFor();
    await page.keyboard.press('Escape');
  });
});
