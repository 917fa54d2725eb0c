// Global search (docs/search.md) in the browser: Ctrl+K opens the dialog anywhere, accents and case do not
// matter, arrow keys move through the hits and Enter opens the client, contract or invoice; the header button
// opens it too; a refusal is shown with its remedy; English; axe on the page with the dialog open.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshot, signedIn } from '../support/browser.mjs';
import { checkAccessibility } from '../support/axe.mjs';
import * as api from '../support/api.mjs';
import { previousPeriod } from '../support/periods.mjs';
import { Layout } from '../pages/Layout.mjs';
import { GlobalSearch } from '../pages/GlobalSearch.mjs';
import { eventually } from '../support/wait.mjs';

const IBAN = 'ES9121000418450200051332';
const run = Date.now().toString(36).toUpperCase();
let browser;
let page;
let client;
let other;
let contract;
let invoice;

before(async () => {
  await api.signInApi();
  client = await api.createClient(`Núñez Búsqueda ${run}`);
  other = await api.createClient(`Nuñez Búsquedas ${run}`);
  const tariff = await api.createTariff(3000);
  contract = await api.createContract(client.id);
  await api.signContract(contract, IBAN, client.name, client.taxId);
  const period = previousPeriod();
  await api.createSubscription({ contractId: contract.id, tariffId: tariff.id, state: 'ACTIVE', startDate: `${period}-01` });
  await api.runBilling(period);
  const found = await api.gql('query($c: ID!) { invoices(first: 1, filter: { clientId: $c }) { nodes { id number } } }', { c: client.id });
  invoice = found.invoices.nodes[0];
  ({ browser, page } = await signedIn());
});

after(async () => {
  await browser?.close();
});

describe('global search', () => {
  test('Ctrl+K opens it; accents and case do not matter; arrows move, Enter opens the client', async () => {
    const search = new GlobalSearch(page);
    await page.goto('/tariffs');
    await new Layout(page).heading('Tarifas').waitFor();
    await search.openWithKeyboard();
    // Focus is in the search field at once.
    await eventually(async () => (await search.input().evaluate((el) => el === document.activeElement)), { message: 'focus in the search field' });
    await page.keyboard.type('NUNEZ busqueda');
    await eventually(async () => (await search.options().count()) === 2, { message: 'two clients found' });
    await screenshot(page, 'global-search');
    assert.match(await search.selected().innerText(), new RegExp(`Núñez Búsqueda ${run}`));
    await page.keyboard.press('ArrowDown');
    assert.match(await search.selected().innerText(), new RegExp(`Nuñez Búsquedas ${run}`));
    await page.keyboard.press('ArrowDown');
    assert.match(await search.selected().innerText(), new RegExp(`Núñez Búsqueda ${run}`), 'wraps around');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await eventually(async () => new URL(page.url()).pathname === `/clients/${other.id}`, { message: 'on the client page' });
    await search.dialog().waitFor({ state: 'hidden' });
  });

  test('the header button opens it; a contract and an invoice are found by the start of their number', async () => {
    const search = new GlobalSearch(page);
    await search.openWithButton();
    await search.type(contract.number.toLowerCase());
    await eventually(async () => (await search.options().count()) === 1, { message: 'the contract found' });
    assert.match(await search.dialog().getByRole('group', { name: 'Contratos' }).innerText(), new RegExp(contract.number));
    await page.keyboard.press('Enter');
    await eventually(async () => new URL(page.url()).pathname === `/contracts/${contract.id}`, { message: 'on the contract page' });
    assert.ok(invoice, 'billing issued an invoice');
    await search.openWithKeyboard();
    await search.type(invoice.number);
    await eventually(async () => (await search.dialog().getByRole('group', { name: 'Facturas' }).getByRole('option').count()) === 1, { message: 'the invoice found' });
    await search.dialog().getByRole('group', { name: 'Facturas' }).getByRole('option').click();
    await eventually(async () => new URL(page.url()).pathname === `/invoices/${invoice.id}`, { message: 'on the invoice page' });
  });

  test('a refusal shows the server\'s message and remedy; nothing found says so; English', async () => {
    const search = new GlobalSearch(page);
    await search.openWithKeyboard();
    await search.type('-- %');
    const alert = search.dialog().getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /La búsqueda está vacía/);
    assert.match(await alert.innerText(), /Escribe al menos una letra o cifra/);
    await checkAccessibility(page, 'global search refused');
    await search.type(`zzz${run}`);
    await search.dialog().getByText(`Nada empieza por «zzz${run.toLowerCase()}»`, { exact: false }).or(search.dialog().getByText(/Nada empieza por/)).first().waitFor();
    await page.keyboard.press('Escape');
    await search.dialog().waitFor({ state: 'hidden' });
    await new Layout(page).switchLanguage('EN');
    await search.openWithButton(/^Search/);
    await search.dialog('Global search').waitFor();
    await search.type(`busqueda ${run}`);
    await eventually(async () => (await search.options().count()) === 1, { message: 'one client found' });
    assert.ok(await search.dialog().getByRole('group', { name: 'Clients' }).isVisible());
    await checkAccessibility(page, 'global search (en)');
    await page.keyboard.press('Escape');
    await new Layout(page).switchLanguage('ES');
  });

  test('at phone width the header keeps an icon button that opens it', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto('/clients');
      await new Layout(page).heading('Clientes').waitFor();
      const search = new GlobalSearch(page);
      await search.openWithButton(/^Buscar$/);
      await search.type(`nunez busqueda ${run}`);
      await eventually(async () => (await search.options().count()) === 1, { message: 'one client found' });
      await screenshot(page, 'phone-global-search');
      await page.keyboard.press('Enter');
      await eventually(async () => new URL(page.url()).pathname === `/clients/${client.id}`, { message: 'on the client page' });
    } finally {
      await page.setViewportSize({ width: 1400, height: 900 });
    }
  });
});
