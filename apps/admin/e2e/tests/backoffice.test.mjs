// The back office's list tooling end to end: search and filters that come back when cleared, CSV
// export of the clients, bulk "mark paid", duplicate tax ids, the dashboard's links and the
// unsaved-changes prompt. axe runs on every page state visited.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { baseUrl, admin } from '../support/env.mjs';
import { newPage, screenshot, signedIn } from '../support/browser.mjs';
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
  data.contract = contract;
  data.pending = await api.createSubscription({ contractId: contract.id, tariffId: data.tariff.id });
  // Two invoices of a client of its own, in periods no other scenario bills: one paid, one issued.
  data.payer = await api.createClient(`Pagador ${run}`);
  const payerContract = await api.createContract(data.payer.id);
  await api.signContract(payerContract, 'ES9121000418450200051332', data.payer.name, data.payer.taxId);
  await api.createSubscription({ contractId: payerContract.id, tariffId: data.tariff.id, state: 'ACTIVE', startDate: '2025-06-01' });
  for (const period of ['2025-06', '2025-07']) await api.runBilling(period);
  const invoices = await api.gql('query($c: ID!) { invoices(first: 10, filter: { clientId: $c }, sort: OLDEST) { nodes { id number } } }', { c: data.payer.id });
  [data.paidInvoice, data.issuedInvoice] = invoices.invoices.nodes;
  await api.gql('mutation($id: ID!) { markInvoicePaid(id: $id) { id } }', { id: data.paidInvoice.id });
  ({ browser, page } = await signedIn());
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
    // Cleared with the keyboard (Escape empties a search box), by the menu link, and by going back in the history.
    await clients.search(`alvaro ${run}`);
    await eventually(async () => (await total.innerText()) === '1 clientes', { message: 'one client found again' });
    await page.getByRole('searchbox', { name: 'Buscar' }).press('Escape');
    await eventually(async () => (await total.innerText()) === fullText, { message: 'the full count after Escape' });
    await page.goto(`/clients?q=${encodeURIComponent(`alvaro ${run}`)}`);
    await eventually(async () => (await total.innerText()) === '1 clientes', { message: 'the search from the address' });
    await new Layout(page).go('Clientes');
    await eventually(async () => (await page.getByRole('searchbox', { name: 'Buscar' }).inputValue()) === '' && (await total.innerText()) === fullText,
      { message: 'the menu link to Clientes shows every client and an empty box' });
    // Back in the history: the search box and the address agree again, and so does the list.
    await page.goBack();
    await eventually(async () => (await page.getByRole('searchbox', { name: 'Buscar' }).inputValue()) === `alvaro ${run}` && (await total.innerText()) === '1 clientes',
      { message: 'back: the search again' });
    assert.equal(new URL(page.url()).searchParams.get('q'), `alvaro ${run}`);
    await page.goForward();
    await eventually(async () => (await page.getByRole('searchbox', { name: 'Buscar' }).inputValue()) === '' && (await total.innerText()) === fullText,
      { message: 'forward: the whole list and an empty box' });
    assert.equal(new URL(page.url()).searchParams.get('q'), null);
    await page.goBack();
    await eventually(async () => (await page.getByRole('searchbox', { name: 'Buscar' }).inputValue()) === `alvaro ${run}`, { message: 'back again' });
    await clients.search('');
    await eventually(async () => (await total.innerText()) === fullText, { message: 'cleared after going back' });
    assert.doesNotMatch(page.url(), /[?&]q=/);
    // Same with the archived switch on, then off again.
    // The switch lives in the address (?archived=1): it flips once the router has navigated.
    const archived = page.getByRole('switch', { name: 'Mostrar archivados' });
    await archived.click();
    await eventually(() => archived.isChecked(), { message: 'archived shown' });
    await clients.search(`beatriz ${run}`);
    await eventually(async () => (await total.innerText()) === '1 clientes', { message: 'one client found with archived shown' });
    await clients.search('');
    await eventually(async () => (await total.innerText()) !== '1 clientes' && (await rowCount()) > 1, { message: 'the list again' });
    await archived.click();
    await eventually(async () => !(await archived.isChecked()), { message: 'archived hidden again' });
    await eventually(async () => (await total.innerText()) === fullText, { message: `the full count (${fullText}) again` });
    await checkAccessibility(page, 'clients-cleared');
  });

  test('filters clients by subscription state and partner, and exports the filtered list as CSV', async () => {
    const clients = new ClientsPage(page);
    await clients.search(run);
    const total = page.getByText(/^\d+ clientes$/);
    await eventually(async () => (await total.innerText()) === '3 clientes', { message: 'the three clients of this run' });
    await page.getByRole('combobox', { name: 'Con una suscripción' }).click();
    await page.getByRole('option', { name: 'Pendiente de activación' }).click();
    await eventually(async () => (await total.innerText()) === '1 clientes', { message: 'only the client with a pending subscription' });
    await clients.row(data.beta.name).waitFor();
    assert.match(page.url(), /state=PENDING_ACTIVATION/);
    await screenshot(page, 'clients-filtered');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportar CSV' }).click()]);
    assert.match(download.suggestedFilename(), /^clientes-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync(await download.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with BOM');
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    assert.match(lines[0], /^"Código";"Nombre";"Tipo";"NIF"/);
    assert.equal(lines.length, 2, 'the header and the one filtered client');
    assert.match(lines[1], new RegExp(`^"${data.beta.code}";"${data.beta.name}";"Persona";"${data.beta.taxId}";.*;\\d{2}/\\d{2}/\\d{4};"No"$`));
    // The address keeps the filter: a reload shows the same list.
    await page.reload();
    await eventually(async () => (await page.getByText(/^\d+ clientes$/).innerText()) === '1 clientes', { message: 'the filter after a reload' });
  });

  test('warns, with a link, when a new client\'s tax id already belongs to another client, and still creates it', async () => {
    await page.getByRole('button', { name: 'Nuevo cliente' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nuevo cliente' });
    await dialog.getByRole('textbox', { name: 'Nombre' }).fill(`Álvaro bis ${run}`);
    await dialog.getByRole('textbox', { name: 'NIF/NIE/CIF' }).fill(data.alpha.taxId.toLowerCase());
    const warning = dialog.getByRole('status').filter({ hasText: 'Este NIF ya existe' });
    await warning.waitFor();
    assert.match(await warning.innerText(), new RegExp(`El cliente ${data.alpha.code} \\(${data.alpha.name}\\) ya tiene el NIF ${data.alpha.taxId}`));
    assert.equal(await warning.getByRole('link', { name: 'Abrir ese cliente' }).getAttribute('href'), `/clients/${data.alpha.id}`);
    await checkAccessibility(page, 'new client: duplicate tax id');
    await dialog.getByRole('textbox', { name: 'Correo' }).fill(`bis-${run.toLowerCase()}@example.test`);
    await dialog.getByRole('button', { name: 'Crear' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  test('asks before leaving a form with unsaved edits', async () => {
    await page.goto(`/clients/${data.alpha.id}`);
    const layout = new Layout(page);
    await layout.heading(new RegExp(data.alpha.name)).waitFor();
    const name = page.getByRole('textbox', { name: 'Nombre' });
    await name.fill(`${data.alpha.name} editado`);
    await layout.go('Facturas');
    const prompt = page.getByRole('dialog', { name: 'Hay cambios sin guardar' });
    await prompt.waitFor();
    await checkAccessibility(page, 'unsaved changes prompt');
    await prompt.getByRole('button', { name: 'Seguir editando' }).click();
    await prompt.waitFor({ state: 'hidden' });
    assert.match(page.url(), new RegExp(`/clients/${data.alpha.id}$`));
    assert.equal(await name.inputValue(), `${data.alpha.name} editado`);
    // Closing or reloading the tab: the browser's own prompt (beforeunload).
    const dialogs = [];
    page.once('dialog', (d) => { dialogs.push(d.type()); void d.dismiss(); });
    await page.reload({ timeout: 3000 }).catch(() => undefined);
    await eventually(() => dialogs.length === 1, { message: 'the beforeunload prompt' });
    assert.deepEqual(dialogs, ['beforeunload']);
    await layout.go('Facturas');
    await prompt.getByRole('button', { name: 'Salir sin guardar' }).click();
    await layout.heading('Facturas').waitFor();
  });

  test('marks the selected invoices paid, and explains the ones it refuses', async () => {
    await page.goto(`/invoices?clientId=${data.payer.id}`);
    await new Layout(page).heading('Facturas').waitFor();
    const rows = page.getByRole('row').filter({ hasText: /F2025-/ });
    await eventually(async () => (await rows.count()) === 2, { message: 'the two invoices of the client' });
    await page.getByRole('checkbox', { name: 'Seleccionar todas las facturas de la página' }).check();
    await page.getByRole('button', { name: 'Marcar pagadas (2)' }).click();
    const result = page.getByRole('status').filter({ hasText: '1 marcadas como pagadas, 1 rechazadas' });
    await result.waitFor();
    assert.match(await result.innerText(), new RegExp(`${data.paidInvoice.number}: `));
    assert.equal(await result.getByRole('link', { name: data.paidInvoice.number }).getAttribute('href'), `/invoices/${data.paidInvoice.id}`);
    await eventually(async () => (await rows.filter({ hasText: 'Pagada' }).count()) === 2, { message: 'both paid now' });
    await screenshot(page, 'invoices-bulk-paid');
  });

  test('the dashboard shows outstanding, returned, recurring and pending figures that open their lists', async () => {
    const layout = new Layout(page);
    await layout.go('Panel');
    await layout.heading('Panel').waitFor();
    const outstanding = page.getByRole('region', { name: 'Pendiente de cobro' });
    await outstanding.waitFor();
    assert.match(await outstanding.innerText(), /\d+ facturas/);
    await page.getByRole('region', { name: 'Ingresos recurrentes mensuales' }).waitFor();
    await checkAccessibility(page, 'dashboard with key figures');
    await page.getByRole('region', { name: 'Pendientes de activar' }).getByRole('link').click();
    await layout.heading('Clientes').waitFor();
    assert.match(page.url(), /\/clients\?state=PENDING_ACTIVATION$/);
    await new ClientsPage(page).row(data.beta.name).waitFor();
    await layout.go('Panel');
    await page.getByRole('region', { name: 'Pendiente de cobro' }).getByRole('link').click();
    await layout.heading('Facturas').waitFor();
    const totals = page.getByTestId('invoice-totals');
    await eventually(async () => /Total: \d/.test(await totals.innerText()), { message: 'the totals of the outstanding invoices' });
    assert.equal(await page.getByRole('row').filter({ hasText: 'Pagada' }).count(), 0, 'no paid invoice among the outstanding ones');
  });

  test('phone (390×844): navigation in an inert drawer, every page fits the screen, header above the title, tables scroll inside, axe on each', async () => {
    const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 390, height: 844 }, locale: 'es-ES', isMobile: true, hasTouch: true });
    context.setDefaultTimeout(15_000);
    const phone = await context.newPage();
    try {
      const signIn = new SignInPage(phone);
      await signIn.open();
      await checkAccessibility(phone, 'phone: sign in');
      await signIn.signIn(admin.email, admin.password);
      const layout = new Layout(phone);
      await layout.heading('Panel').waitFor();
      const menu = phone.getByRole('button', { name: 'Menú' });
      const drawer = phone.locator('nav#navigation');
      // Folded away: the drawer sits off the screen's left edge, inert (no focus, out of the accessibility tree).
      const onScreen = () => drawer.evaluate((el) => el.getBoundingClientRect().right > 0);
      const inert = () => drawer.evaluate((el) => el.inert === true);
      assert.equal(await onScreen(), false, 'the navigation is folded away');
      assert.equal(await inert(), true, 'the folded drawer is inert');
      assert.equal(await phone.getByRole('navigation').count(), 0, 'the folded drawer is not in the accessibility tree');
      assert.equal(await menu.getAttribute('aria-expanded'), 'false');
      await menu.click();
      await eventually(onScreen, { message: 'the drawer opens' });
      assert.equal(await inert(), false, 'the open drawer can be used');
      assert.equal(await menu.getAttribute('aria-expanded'), 'true');
      await checkAccessibility(phone, 'phone: navigation open');
      await layout.go('Clientes');
      await layout.heading('Clientes').waitFor();
      await eventually(async () => !(await onScreen()) && (await inert()), { message: 'the drawer closes (inert) after choosing a page' });
      await phone.getByText(/^\d+ clientes$/).waitFor();
      await screenshot(phone, 'phone-clients');

      // Every page at 390 px: nothing wider than the screen, the header above the title, tables scroll in their box.
      const pages = [
        ['/', 'Panel'], ['/clients', 'Clientes'], [`/clients/${data.beta.id}`, new RegExp(data.beta.name)],
        [`/contracts/${data.contract.id}`, /^Contrato/], [`/subscriptions/${data.pending.id}`, /^Suscripción/],
        ['/tariffs', 'Tarifas'], ['/billing', 'Facturación'], ['/invoices', 'Facturas'], [`/invoices/${data.issuedInvoice.id}`, new RegExp(data.issuedInvoice.number)],
        ['/remittances', 'Remesas'], ['/verifactu/rejected', /VeriFactu/], ['/settings', 'Ajustes'], ['/partners', /Partners|Socios|Distribuidores/],
      ];
      for (const [path, title] of pages) {
        await phone.goto(path);
        const heading = phone.getByRole('heading', { level: 1 }).filter({ hasText: title });
        await heading.waitFor();
        await phone.waitForLoadState('networkidle').catch(() => undefined);
        const widths = await phone.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
        assert.ok(widths.page <= widths.screen, `${path}: the page is ${widths.page} px wide on a ${widths.screen} px screen`);
        const header = await phone.locator('header').boundingBox();
        const box = await heading.boundingBox();
        assert.ok(box.y >= header.y + header.height, `${path}: the header does not cover the page title`);
        // A table wider than the screen scrolls inside its own box, never the page.
        const tables = await phone.locator('table').evaluateAll((els) => els.map((el) => {
          let box = el.parentElement;
          while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) box = box.parentElement;
          return { right: (box ?? el).getBoundingClientRect().right, inBox: box !== null, wide: el.getBoundingClientRect().width };
        }));
        for (const table of tables) {
          assert.ok(table.right <= 391, `${path}: a table (${table.wide} px wide) ends at ${table.right} px (${table.inBox ? 'its scroll box' : 'no scroll box'})`);
        }
        assert.equal(await inert(), true, `${path}: the drawer is folded and inert`);
        await checkAccessibility(phone, `phone: ${path}`);
      }
    } finally {
      await context.close();
    }
  });
});
