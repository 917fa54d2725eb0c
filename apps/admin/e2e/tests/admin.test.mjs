// The back office end to end: a real API on a fresh database, Debian's Chromium, page objects.
// Scenarios run in order in one signed-in page, as a clerk would work through them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { baseUrl, admin } from '../support/env.mjs';
import { launch, newPage, screenshot } from '../support/browser.mjs';
import * as api from '../support/api.mjs';
import { eventually } from '../support/wait.mjs';
import { checkAccessibility, seen } from '../support/axe.mjs';
import { SignInPage } from '../pages/SignInPage.mjs';
import { Layout } from '../pages/Layout.mjs';
import { ClientsPage } from '../pages/ClientsPage.mjs';
import { ClientPage } from '../pages/ClientPage.mjs';
import { ContractPage } from '../pages/ContractPage.mjs';
import { SubscriptionPage } from '../pages/SubscriptionPage.mjs';
import { TariffsPage } from '../pages/TariffsPage.mjs';
import { BillingPage, MassCreditPage, SettingsPage } from '../pages/BillingPage.mjs';
import { InvoicePage, InvoicesPage } from '../pages/InvoicePage.mjs';

const IBAN_SIGNATURE = 'ES9121000418450200051332';
const IBAN_PROFILE = 'ES7921000813610123456789';
const run = Date.now().toString(36).toUpperCase();

let browser;
let page;
const data = {};
// Anything the Content-Security-Policy blocks shows up as a console error: none is allowed.
const cspViolations = [];

before(async () => {
  await api.signInApi();
  data.tariff = await api.createTariff(3000);
  // A client that cannot be deleted: signed contract, active subscription.
  data.blocked = await api.createClient(`Cliente bloqueado ${run}`);
  const blockedContract = await api.createContract(data.blocked.id);
  await api.signContract(blockedContract, IBAN_SIGNATURE, data.blocked.name, data.blocked.taxId);
  await api.createSubscription({ contractId: blockedContract.id, tariffId: data.tariff.id, state: 'ACTIVE', startDate: '2026-01-01' });
  data.blockedContract = blockedContract;
  // Rule 1: signed with one IBAN; the profile IBAN is about to change.
  data.ibanClient = await api.createClient(`Cliente IBAN ${run}`, { iban: IBAN_SIGNATURE });
  data.ibanContract = await api.createContract(data.ibanClient.id);
  await api.signContract(data.ibanContract, IBAN_SIGNATURE, data.ibanClient.name, data.ibanClient.taxId);
  data.deletable = await api.createClient(`Cliente borrable ${run}`);
  // Billed for the whole of last month: active since its first day, 30,00 € + 21 % VAT.
  data.period = previousPeriod();
  data.billed = await api.createClient(`Cliente facturado ${run}`);
  data.billedContract = await api.createContract(data.billed.id);
  await api.signContract(data.billedContract, IBAN_SIGNATURE, data.billed.name, data.billed.taxId);
  data.billedSubscription = await api.createSubscription({ contractId: data.billedContract.id, tariffId: data.tariff.id, state: 'ACTIVE', startDate: `${data.period}-01` });
  data.tariffB = await api.createTariff(4500);
  // Deletable but for a bonus on its pending subscription.
  data.bonusClient = await api.createClient(`Cliente con bonificación ${run}`);
  const bonusContract = await api.createContract(data.bonusClient.id);
  data.bonusSubscription = await api.createSubscription({ contractId: bonusContract.id, tariffId: data.tariff.id });
  await api.gql('mutation($i: AddBonusInput!) { addBonus(input: $i) { id } }',
    { i: { subscriptionId: data.bonusSubscription.id, kind: 'PERCENT', percent: 10, validFrom: '2030-01-01' } });
  browser = await launch();
  page = await newPage(browser, baseUrl);
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
});

after(async () => {
  await browser?.close();
});

describe('admin SPA', () => {
  test('signs in and lands on the dashboard', async () => {
    const signIn = new SignInPage(page);
    await signIn.open();
    await screenshot(page, 'sign-in');
    await signIn.signIn(admin.email, 'wrong-password');
    await signIn.error().waitFor();
    await signIn.signIn(admin.email, admin.password);
    await new Layout(page).heading('Panel').waitFor();
    await page.getByRole('heading', { name: /^Clientes que no se pueden borrar/ }).waitFor();
    // The session is an httpOnly, SameSite=Strict cookie: page scripts cannot read the token.
    const [cookie] = (await page.context().cookies()).filter((c) => c.name === 'antena_session');
    assert.ok(cookie, 'the session cookie is set');
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Strict');
    assert.doesNotMatch(await page.evaluate(() => `${document.cookie} ${JSON.stringify(localStorage)}`), /eyJ/);
  });

  test('finds a client by searching', async () => {
    const layout = new Layout(page);
    await layout.go('Clientes');
    const clients = new ClientsPage(page);
    await clients.search(`borrable ${run}`);
    await clients.row(data.deletable.name).waitFor();
    await eventually(async () => (await page.getByRole('row').count()) === 2, { message: 'the header row and the one match' });
    await clients.search(data.blocked.name);
    await clients.row(data.blocked.name).waitFor();
    await screenshot(page, 'clients');
  });

  test('names every page, moves the focus to its heading and offers a skip link', async () => {
    const layout = new Layout(page);
    await layout.go('Tarifas');
    await layout.heading('Tarifas').waitFor();
    assert.equal(await page.title(), 'Tarifas · Antena');
    await eventually(() => page.evaluate(() => document.activeElement?.tagName === 'H1' && document.activeElement.textContent), { message: 'focus on the h1' });
    await layout.go('Facturas');
    await layout.heading('Facturas').waitFor();
    assert.equal(await page.title(), 'Facturas · Antena');
    await eventually(() => page.evaluate(() => document.activeElement?.textContent === 'Facturas'), { message: 'focus on the new h1' });
    // The skip link is the first focusable element of the document, shows when focused, and Enter lands on the h1.
    const skip = page.getByRole('link', { name: 'Saltar al contenido' });
    assert.equal(await page.evaluate(() => document.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')?.textContent), 'Saltar al contenido');
    await skip.focus();
    assert.ok((await skip.boundingBox()).y >= 0, 'visible once focused');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'page-title');
    assert.equal(await page.locator('h1').count(), 1);
    await checkAccessibility(page, 'invoices (empty)');
    await layout.go('Partners y claves API');
    await checkAccessibility(page, 'partners');
    await layout.go('Ajustes de facturación');
    await checkAccessibility(page, 'settings');
  });

  test('explains why a client cannot be deleted and follows a remedy', async () => {
    const client = new ClientPage(page);
    await client.open(data.blocked.id);
    await client.askToDelete();
    await client.refusal().waitFor();
    const blockers = client.blockers();
    assert.ok(await blockers.count() >= 2, 'signed contract and active subscription both block');
    const codes = await blockers.evaluateAll((items) => items.map((i) => i.getAttribute('data-code')));
    assert.ok(codes.includes('CONTRACT_SIGNED'), `codes: ${codes}`);
    assert.ok(codes.includes('SUBSCRIPTION_STATE'), `codes: ${codes}`);
    await screenshot(page, 'client-deletion-blocked');
    await client.followRemedy('Ver el contrato');
    await page.waitForURL(`**/contracts/${data.blockedContract.id}`);
    await page.getByRole('heading', { name: `Contrato ${data.blockedContract.number}` }).waitFor();
    await screenshot(page, 'contract');
  });

  test('warns that the signature prevails when the profile IBAN changes, and updates it in one click', async () => {
    const client = new ClientPage(page);
    await client.open(data.ibanClient.id);
    await client.setIban('ES79 2100 0813 6101 2345 6789');
    await client.save();
    const warning = client.ibanWarning();
    await warning.waitFor();
    assert.match(await warning.innerText(), new RegExp(data.ibanContract.number));
    await screenshot(page, 'iban-warning');
    await warning.getByRole('button', { name: `Actualizar también la firma de ${data.ibanContract.number}` }).click();
    await warning.waitFor({ state: 'detached' });
    const check = await api.gql('query($id: ID!) { contract(id: $id) { signature { iban } billingAccount { iban source } } }', { id: data.ibanContract.id });
    assert.equal(check.contract.signature.iban, IBAN_PROFILE);
    assert.deepEqual(check.contract.billingAccount, { iban: IBAN_PROFILE, source: 'CONTRACT_SIGNATURE' });
  });

  test('creates a tariff, a client, then creates, signs and activates a contract', async () => {
    await new Layout(page).go('Tarifas');
    const tariffs = new TariffsPage(page);
    const tariff = { code: `UI-${run}`, name: `Radio 100 ${run}`, price: '29,90' };
    await tariffs.create(tariff);
    await tariffs.row(tariff.code).waitFor();
    assert.match(await tariffs.row(tariff.code).innerText(), /29,90\s€/);
    await new Layout(page).go('Clientes');
    const clients = new ClientsPage(page);
    await clients.create({ name: `Cliente nuevo ${run}`, taxId: 'X0000000Z', email: `nuevo-${run}@example.test`, iban: IBAN_PROFILE });
    await page.getByRole('dialog').getByText('El NIF/NIE/CIF X0000000Z no es válido.').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Cerrar' }).waitFor();
    await checkAccessibility(page, 'new client dialog');
    await clients.fillTaxId(api.randomDni());
    await clients.submitNew();
    await page.getByRole('heading', { level: 1, name: `Cliente nuevo ${run}` }).waitFor();
    const client = new ClientPage(page);
    await client.tab('Contratos (0)');
    await page.getByRole('button', { name: 'Nuevo contrato' }).click();
    const confirmContract = page.getByRole('dialog');
    assert.match(await confirmContract.innerText(), /Se creará un contrato en borrador/);
    await confirmContract.getByRole('button', { name: 'Nuevo contrato' }).click();
    await page.waitForURL('**/contracts/*');
    const contract = new ContractPage(page);
    await contract.startSigning();
    await contract.fillSignature({ iban: 'ES91 2100 0418 4502 0005 1332', mandateReference: `E2E-MANDATE-${run}` });
    await contract.submitSignature();
    await page.getByText('Firmado', { exact: true }).waitFor();
    await contract.billingAccount().filter({ hasText: 'ES91 2100 0418 4502 0005 1332' }).waitFor();
    await contract.addSubscription(`${tariff.code} · ${tariff.name}`);
    await contract.openSubscription(tariff.name);
    const subscription = new SubscriptionPage(page);
    await page.getByText('Pendiente de activación', { exact: true }).first().waitFor();
    await page.getByRole('combobox', { name: 'Nuevo estado' }).click();
    // The dropdown opens with a transition: read the options once they are all there.
    const offered = () => subscription.offeredStates().allInnerTexts();
    await eventually(async () => (await offered()).length === 3, { message: 'the three states offered' });
    assert.deepEqual((await offered()).sort(), ['Activa', 'Activa no facturable', 'Rechazada']);
    await page.keyboard.press('Escape');
    await subscription.changeState('Activa', todayIso());
    await page.locator('[data-state="ACTIVE"]').first().waitFor();
    await screenshot(page, 'subscription');
  });

  test('previews and runs billing for a period, then opens the invoice', async () => {
    await new Layout(page).go('Facturación');
    const billing = new BillingPage(page);
    await billing.preview(data.period);
    const row = billing.previewRow(data.billedContract.number);
    await row.waitFor();
    assert.match(await row.innerText(), /36,30\s€/);
    await screenshot(page, 'billing-preview');
    await billing.runConfirmed();
    await billing.result().waitFor();
    assert.match(await billing.result().innerText(), /facturas emitidas/);
    await screenshot(page, 'billing-result');
    await billing.openInvoices();
    await new InvoicesPage(page).openInvoiceOf(data.billed.name);
    const invoice = new InvoicePage(page);
    await invoice.heading().waitFor();
    assert.match(await invoice.heading().innerText(), /^Factura F\d{4}-\d{6}$/);
    assert.match(await invoice.total().innerText(), /36,30\s€/);
    await invoice.billingAccount().filter({ hasText: 'ES91 2100 0418 4502 0005 1332' }).waitFor();
    const pdf = await invoice.downloadPdf();
    assert.match(pdf.suggestedFilename(), /^F\d{4}-\d{6}\.pdf$/);
    await screenshot(page, 'invoice');
    await invoice.markPaid();
    await page.locator('[data-state="PAID"]').first().waitFor();
    // The actions come from the API's availableActions, refetched after the change.
    await eventually(async () => (await page.getByRole('button', { name: 'Marcar como pagada' }).count()) === 0, { message: 'no "mark paid" on a paid invoice' });
  });

  test('switches on mass credits and credits a mid-month tariff change (rule 4)', async () => {
    // The period was invoiced in advance by the previous scenario; the tariff changes on day 16.
    await api.gql('mutation($id: ID!, $t: ID!, $d: String!) { migrateSubscriptionTariff(id: $id, tariffId: $t, effectiveDate: $d) { id } }',
      { id: data.billedSubscription.id, t: data.tariffB.id, d: `${data.period}-16` });
    await new Layout(page).go('Ajustes de facturación');
    await new SettingsPage(page).enableMassCredits();
    await page.getByText('Ajustes guardados').waitFor();
    await new Layout(page).go('Facturación');
    const massCredit = new MassCreditPage(page);
    await massCredit.run(data.period);
    await massCredit.result().waitFor();
    assert.match(await massCredit.result().innerText(), /facturas rectificativas emitidas/);
    await massCredit.result().getByRole('link', { name: 'Facturas creadas' }).click();
    await page.getByRole('row').filter({ hasText: data.billed.name }).filter({ hasText: 'Factura' }).filter({ hasNotText: 'Rectificativa' })
      .getByRole('link').first().click();
    // The list also shows credit notes: wait until the invoice page itself is there.
    await new InvoicePage(page).heading().waitFor();
    const creditNotes = page.getByRole('row').filter({ has: page.getByRole('link', { name: /^R\d{4}-\d{6}$/ }) });
    await eventually(async () => (await creditNotes.count()) === 1, { message: 'one credit note on the invoice' });
    assert.match(await creditNotes.first().innerText(), /-\d+,\d{2}\s€/);
    await screenshot(page, 'invoice-credit-note');
    // The dashboard, now with invoices and a credit note to chart.
    await new Layout(page).go('Panel');
    await page.getByRole('heading', { name: 'Facturado por mes' }).waitFor();
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    assert.equal(await page.getByText('Aún no hay facturas').count(), 0);
    await screenshot(page, 'dashboard');
  });

  test('filters invoices, shows the totals of the filtered set and exports them as CSV', async () => {
    await new Layout(page).go('Facturas');
    await new Layout(page).heading('Facturas').waitFor();
    const totals = page.getByTestId('invoice-totals');
    await totals.waitFor();
    await page.getByRole('combobox', { name: 'Tipo' }).click();
    await page.getByRole('option', { name: 'Rectificativa' }).click();
    // Every listed row is a credit note, and the totals count exactly the listed ones (all fit one page).
    await eventually(async () => (await page.getByRole('row').filter({ hasText: /^(?!.*Rectificativa).*Factura/ }).count()) === 0
      && /Total: -\d+,\d{2}\s€/.test(await totals.innerText()), { message: 'only credit notes, negative total' });
    const count = Number(/Totales de las (\d+) facturas filtradas/.exec(await totals.innerText())?.[1]);
    assert.ok(count >= 1);
    assert.equal(await page.getByRole('row').filter({ hasText: 'Rectificativa' }).count(), count);
    await screenshot(page, 'invoices-filtered');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportar CSV' }).click()]);
    assert.match(download.suggestedFilename(), /^facturas-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync(await download.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with BOM');
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    assert.match(lines[0], /^"Número";"Tipo";"Estado"/);
    assert.equal(lines.length, count + 1, 'the header and one line per filtered credit note');
    for (const line of lines.slice(1)) assert.match(line, /;"Rectificativa";.*;\d{2}\/\d{2}\/\d{4};-\d+,\d{2};/);
    await page.getByRole('button', { name: 'Quitar filtros' }).click();
  });

  test('downloads the PDFs of the filtered invoices as one ZIP made in the background', async () => {
    await new Layout(page).heading('Facturas').waitFor();
    const totals = page.getByTestId('invoice-totals');
    await page.getByRole('combobox', { name: 'Tipo' }).click();
    await page.getByRole('option', { name: 'Rectificativa' }).click();
    await eventually(async () => /Total: -\d+,\d{2}\s€/.test(await totals.innerText()), { message: 'only credit notes' });
    const numbers = await page.getByRole('row').filter({ hasText: 'Rectificativa' }).getByRole('link', { name: /^R\d{4}-\d{6}$/ }).allInnerTexts();
    assert.ok(numbers.length >= 1);
    await page.getByRole('button', { name: 'Descargar PDF (ZIP)' }).click();
    // The job's progress, then the link to its file (docs/jobs.md "PDF batches").
    const link = page.getByRole('link', { name: /^Descargar facturas-\d{4}-\d{2}-\d{2}\.zip \(/ });
    await link.waitFor({ timeout: 60_000 });
    await screenshot(page, 'invoices-pdf-batch');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    assert.match(download.suggestedFilename(), /^facturas-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = readFileSync(await download.path());
    assert.equal(zip.subarray(0, 4).toString('latin1'), 'PK\x03\x04', 'a ZIP');
    // Entries are stored, not deflated: each PDF and its name can be seen in the archive.
    const text = zip.toString('latin1');
    assert.equal(text.split('%PDF-').length - 1, numbers.length, 'one PDF per filtered credit note');
    for (const number of numbers) assert.ok(text.includes(`${number.trim()}.pdf`), `${number}.pdf in the ZIP`);
    await page.getByRole('button', { name: 'Quitar filtros' }).click();
  });

  test('client with invoices: cannot be deleted, is archived instead and leaves the list', async () => {
    const client = new ClientPage(page);
    await client.open(data.billed.id);
    await client.archive();
    // Still billed: its active subscription must be cancelled first, and the dialog says so.
    await page.getByRole('dialog').getByText(/suscripción que no está cancelada/).waitFor();
    await screenshot(page, 'archive-refused');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancelar' }).click();
    await api.gql('mutation($id: ID!, $d: String!) { changeSubscriptionState(id: $id, state: CANCELLED, effectiveDate: $d) { id } }',
      { id: data.billedSubscription.id, d: todayIso() });
    await client.open(data.billed.id);
    await client.askToDelete();
    await client.refusal().waitFor();
    await client.archive();
    await page.getByText('Archivado el').waitFor();
    await screenshot(page, 'archived');
    const clients = new ClientsPage(page);
    await new Layout(page).go('Clientes');
    await clients.search(data.billed.name);
    await page.getByText('No hay clientes que coincidan').waitFor();
    await page.getByRole('switch', { name: 'Mostrar archivados' }).click();
    await page.getByRole('link', { name: data.billed.name }).waitFor();
  });

  test('client with a bonus: removes the bonus, then deletes the client', async () => {
    const client = new ClientPage(page);
    await client.open(data.bonusClient.id);
    await client.askToDelete();
    await client.refusal().waitFor();
    const codes = await client.blockers().evaluateAll((items) => items.map((i) => i.getAttribute('data-code')));
    assert.deepEqual(codes, ['SUBSCRIPTION_HAS_BONUSES']);
    await client.followRemedy('Ver la suscripción');
    await page.waitForURL(`**/subscriptions/${data.bonusSubscription.id}`);
    const subscription = new SubscriptionPage(page);
    await subscription.deleteBonus('la bonificación 10 %');
    await page.getByText('Sin bonificaciones').waitFor();
    await screenshot(page, 'bonus-removed');
    await client.open(data.bonusClient.id);
    await client.askToDelete();
    await client.deleteConfirmed();
    await page.waitForURL('**/clients');
  });

  test('deletes a client that can be deleted, after confirming', async () => {
    const client = new ClientPage(page);
    await client.open(data.deletable.id);
    await client.askToDelete();
    await client.openDeleteConfirmation();
    // The confirmation starts on Cancel, the safe answer, not on the close button.
    await eventually(() => page.evaluate(() => document.activeElement?.textContent === 'Cancelar'), { message: 'focus on Cancelar' });
    await checkAccessibility(page, 'delete confirmation');
    await client.confirmDeletion();
    await page.waitForURL('**/clients');
    // Asked with the page's own cookie session (and the CSRF header the SPA sends).
    const gone = await page.evaluate(async (id) => (await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-antena-csrf': '1' },
      body: JSON.stringify({ query: 'query($id: ID!) { client(id: $id) { id } }', variables: { id } }),
    })).json(), data.deletable.id);
    assert.equal(gone.errors?.[0]?.extensions?.code, 'NOT_FOUND');
  });

  test('switches to English, server messages included', async () => {
    const layout = new Layout(page);
    await layout.switchLanguage('EN');
    await layout.navigation().getByRole('link', { name: 'Clients' }).waitFor();
    const client = new ClientPage(page);
    await client.open(data.blocked.id);
    await page.getByRole('button', { name: 'Delete client' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Cannot be deleted' });
    await refusal.waitFor();
    assert.match(await refusal.innerText(), /signed/i, 'the blocker message comes from the server in English');
    await screenshot(page, 'english');
    await layout.navigation().getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
    assert.equal(await page.title(), 'Clients · Antena');
    await checkAccessibility(page, 'clients (English)');
    await layout.navigation().getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await checkAccessibility(page, 'dashboard (English)');
    await page.reload();
    await layout.navigation().getByRole('link', { name: 'Clients' }).waitFor();
    await layout.switchLanguage('ES');
  });

  test('signs out: the session ends on the server, not only in the page', async () => {
    const [cookie] = (await page.context().cookies()).filter((c) => c.name === 'antena_session');
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await page.getByRole('button', { name: 'Entrar' }).waitFor();
    const replayed = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-antena-csrf': '1', cookie: `antena_session=${cookie.value}` },
      body: JSON.stringify({ query: '{ me { kind } }' }),
    }).then((r) => r.json());
    assert.equal(replayed.errors?.[0]?.extensions?.reason, 'SESSION_ENDED');
  });

  test('no Content-Security-Policy violation on any page visited', () => {
    assert.deepEqual(cspViolations, []);
  });

  test('axe: no critical or serious violation anywhere (moderate and minor ones listed)', (t) => {
    for (const v of seen) t.diagnostic(`${v.impact} ${v.id} on ${v.state} (${v.nodes})`);
    assert.deepEqual(seen.filter((v) => v.impact === 'critical' || v.impact === 'serious'), []);
  });
});

function previousPeriod() {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return d.toISOString().slice(0, 7);
}

function todayIso() {
  return new Date().toISOString().slice(0, 10);
}
