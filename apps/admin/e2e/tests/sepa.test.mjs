// SEPA collection end to end in the browser: the creditor settings form → billing → remittance → download → import returns with AM04
// and AC04 → invoices returned with their reasons, the AC04 mandate blocked until the signature's IBAN
// changes, and the next remittance amended with SMNDA (docs/sepa.md).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshot, signedIn } from '../support/browser.mjs';
import * as api from '../support/api.mjs';
import { previousPeriod } from '../support/periods.mjs';
import { Layout } from '../pages/Layout.mjs';
import { BillingPage } from '../pages/BillingPage.mjs';
import { RemittancesPage } from '../pages/RemittancesPage.mjs';
import { SepaSettingsPage } from '../pages/SepaSettingsPage.mjs';

const IBAN = 'ES9121000418450200051332';
const NEW_IBAN = 'ES1000492352082414205416';
const run = Date.now().toString(36).toUpperCase();
let browser;
let page;
const data = {};

const inDays = (n) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

function pain002(rows) {
  const tx = rows.map(([e2e, code]) => `<TxInfAndSts><OrgnlEndToEndId>${e2e}</OrgnlEndToEndId><TxSts>RJCT</TxSts><StsRsnInf><Rsn><Cd>${code}</Cd></Rsn></StsRsnInf></TxInfAndSts>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.03"><CstmrPmtStsRpt><GrpHdr><MsgId>BANK</MsgId>`
    + `<CreDtTm>${inDays(0)}T08:00:00</CreDtTm></GrpHdr><OrgnlPmtInfAndSts>${tx}</OrgnlPmtInfAndSts></CstmrPmtStsRpt></Document>`;
}

before(async () => {
  await api.signInApi();
  data.period = previousPeriod();
  const tariff = await api.createTariff(3000);
  for (const key of ['funds', 'closed']) {
    const client = await api.createClient(`Cliente SEPA ${key} ${run}`);
    const contract = await api.createContract(client.id);
    await api.signContract(contract, IBAN, client.name, client.taxId);
    await api.createSubscription({ contractId: contract.id, tariffId: tariff.id, state: 'ACTIVE', startDate: `${data.period}-01` });
    data[key] = { client, contract };
  }
  ({ browser, page } = await signedIn());
});

after(async () => {
  await browser?.close();
});

const invoiceOf = async (contractId) => (await api.gql('query($c: ID!) { invoices(contractId: $c, first: 5) { edges { node { id number status } } } }', { c: contractId })).invoices.edges[0].node;

describe('SEPA direct debits', () => {
  test('the remittance page sends to the creditor settings form, which refuses a wrong creditor id on its field and saves a valid one', async () => {
    const layout = new Layout(page);
    await layout.go('Remesas SEPA');
    await page.getByText('Faltan los datos del acreedor').waitFor();
    await screenshot(page, 'remittance-settings-missing');
    await page.getByRole('link', { name: 'Abrir los ajustes SEPA' }).click();
    await layout.heading('Ajustes SEPA (acreedor)').waitFor();
    assert.match(await page.title(), /^Ajustes SEPA \(acreedor\) · Antena$/);
    const settings = new SepaSettingsPage(page);
    await settings.status().filter({ hasText: 'Incompletos' }).waitFor();
    // Wrong check digits: the API's refusal (the domain rule) is shown on the field.
    await settings.fill({ name: 'Antena Telecom S.L.', creditorId: 'ES78000B85626240', initiatingPartyId: 'B85626240000', iban: 'ES66 2100 0418 4012 3456 7891', format: 'pain.008.001.02', days: 0 });
    await settings.save();
    const creditorId = settings.field('Identificador de acreedor');
    await page.locator('[aria-invalid="true"][data-path="creditorId"]').waitFor();
    assert.equal(await creditorId.inputValue(), 'ES78000B85626240');
    await screenshot(page, 'sepa-settings-refused');
    await creditorId.fill('ES77000B85626240');
    await settings.save();
    await settings.status().filter({ hasText: 'Completos' }).waitFor();
    // The form takes the saved values back from the answer (the IBAN as stored, compact) just after the status changes.
    const iban = settings.field('IBAN de cobro');
    for (let end = Date.now() + 5000; (await iban.inputValue()) !== 'ES6621000418401234567891' && Date.now() < end;) await page.waitForTimeout(50);
    assert.equal(await iban.inputValue(), 'ES6621000418401234567891');
    await screenshot(page, 'sepa-settings');
    const stored = (await api.gql('{ sepaSettings { complete creditorId initiatingPartyId iban painFormat daysBetweenIssueAndCollection returnFeeEnabled } }')).sepaSettings;
    assert.deepEqual(stored, { complete: true, creditorId: 'ES77000B85626240', initiatingPartyId: 'B85626240000', iban: 'ES6621000418401234567891', painFormat: 'pain.008.001.02',
      daysBetweenIssueAndCollection: 0, returnFeeEnabled: false });
  });

  test('bills the month, then previews and creates the remittance with the signature’s account', async () => {
    const layout = new Layout(page);
    await layout.go('Facturación');
    const billing = new BillingPage(page);
    await billing.preview(data.period);
    await billing.previewRow(data.funds.contract.number).waitFor();
    await billing.runConfirmed();
    await billing.result().waitFor();
    data.funds.invoice = await invoiceOf(data.funds.contract.id);
    data.closed.invoice = await invoiceOf(data.closed.contract.id);

    await layout.go('Remesas SEPA');
    const remittances = new RemittancesPage(page);
    await remittances.preview(inDays(3));
    const row = remittances.debitRow(data.funds.invoice.number);
    await row.waitFor();
    assert.match(await row.innerText(), /firma del contrato/);
    assert.match(await row.innerText(), /FRST/);
    // The preview was a background job (docs/sepa.md "Previews as jobs"): what the page shows is its result.
    const [previewJob] = (await api.gql('{ backgroundJobs(kind: REMITTANCE_PREVIEW, first: 1) { status itemsDone itemsTotal remittancePreview { count } } }')).backgroundJobs;
    assert.equal(previewJob.status, 'COMPLETED');
    assert.equal(previewJob.itemsDone, previewJob.itemsTotal);
    assert.equal(await page.getByTestId('remittance-count').innerText(), String(previewJob.remittancePreview.count));
    await screenshot(page, 'remittance-preview');
    await remittances.createConfirmed();
    const shown = await page.getByText(/^Remesa REM-.* generada$/);
    await shown.waitFor();
    // The remittance was generated by a background job (docs/sepa.md "Remittances as jobs"), which the page followed to its end.
    const [job] = (await api.gql('{ backgroundJobs(kind: REMITTANCE, first: 1) { status itemsDone itemsTotal failure { code } remittance { reference } } }')).backgroundJobs;
    assert.equal(job.status, 'COMPLETED');
    assert.equal(job.failure, null);
    assert.equal(job.itemsDone, job.itemsTotal);
    assert.equal(await shown.innerText(), `Remesa ${job.remittance.reference} generada`);
    const file = await remittances.downloadCreated();
    assert.match(file.name, /^REM-.*\.xml$/);
    assert.match(file.text, /urn:iso:std:iso:20022:tech:xsd:pain\.008\.001\.02/);
    assert.ok(file.text.includes(`<EndToEndId>${data.funds.invoice.number}-01</EndToEndId>`));
    assert.ok(file.text.includes(`<EndToEndId>${data.closed.invoice.number}-01</EndToEndId>`));
  });

  test('imports returns with AM04 and AC04: both invoices returned with their reasons', async () => {
    const remittances = new RemittancesPage(page);
    await remittances.importReturns('devoluciones.xml', pain002([[`${data.funds.invoice.number}-01`, 'AM04'], [`${data.closed.invoice.number}-01`, 'AC04']]));
    await remittances.importSummary().filter({ hasText: '2 aplicadas' }).waitFor();
    await page.getByText('Fondos insuficientes.').waitFor();
    await page.getByText('Cuenta cancelada.').waitFor();
    await screenshot(page, 'remittance-returns');
    await page.goto(`/invoices/${data.closed.invoice.id}`);
    await page.getByTestId('sepa-return').filter({ hasText: 'Cuenta cancelada.' }).waitFor();
    assert.equal((await invoiceOf(data.funds.contract.id)).status, 'RETURNED');
    assert.equal((await invoiceOf(data.closed.contract.id)).status, 'RETURNED');
  });

  test('the AC04 contract shows its blocked mandate; after a new IBAN the next remittance is amended with SMNDA', async () => {
    await page.goto(`/clients/${data.closed.client.id}`);
    await page.getByTestId('client-sepa-block').filter({ hasText: 'AC04' }).waitFor();
    await page.goto(`/contracts/${data.closed.contract.id}`);
    await page.getByTestId('sepa-mandate-block').filter({ hasText: 'AC04' }).waitFor();
    await page.getByText('Domiciliación bloqueada').waitFor();

    const remittances = new RemittancesPage(page);
    await new Layout(page).go('Remesas SEPA');
    await page.getByRole('heading', { name: 'Remesas SEPA (adeudos directos)' }).waitFor();
    await remittances.preview(inDays(4));
    const blocked = remittances.debitRow(data.closed.invoice.number);
    await blocked.filter({ hasText: 'bloqueado' }).waitFor();
    await remittances.debitRow(data.funds.invoice.number).filter({ hasText: 'Reintento' }).waitFor();

    const contract = (await api.gql('query($id: ID!) { contract(id: $id) { version } }', { id: data.closed.contract.id })).contract;
    await api.gql('mutation($i: UpdateContractSignatureInput!) { updateContractSignature(input: $i) { id } }', { i: { id: data.closed.contract.id, version: contract.version, iban: NEW_IBAN } });
    await remittances.preview(inDays(5));
    await remittances.debitRow(data.closed.invoice.number).filter({ hasText: 'Mandato modificado' }).waitFor();
    await remittances.createConfirmed();
    await page.getByText(/^Remesa REM-.* generada$/).waitFor();
    const file = await remittances.downloadCreated();
    assert.ok(file.text.includes(`<OrgnlDbtrAcct><Id><IBAN>${IBAN}</IBAN></Id></OrgnlDbtrAcct><OrgnlDbtrAgt><FinInstnId><Othr><Id>SMNDA</Id></Othr></FinInstnId></OrgnlDbtrAgt>`));
  });
});
