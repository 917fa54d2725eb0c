// Switching language on every main page: the interface and the server's sentences (explanations, blockers, billing
// reasons) come out whole in Spanish and English — no raw code, no "{placeholder}", no "…" where a value belongs —
// and <html lang> follows the switch.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { signedIn } from '../support/browser.mjs';
import * as api from '../support/api.mjs';
import { Layout } from '../pages/Layout.mjs';
import { eventually } from '../support/wait.mjs';
import { previousPeriod } from '../support/periods.mjs';
import { checkAccessibility } from '../support/axe.mjs';

const IBAN = 'ES9121000418450200051332';
const run = Date.now().toString(36).toUpperCase();
let browser;
let page;
const pages = [];

/** What is broken in a page's visible text, or null. */
function brokenIn(text) {
  const raw = text.match(/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/);
  if (raw) return `raw code ${raw[0]}`;
  const brace = text.match(/[^\n]*[{}][^\n]*/);
  if (brace) return `placeholder in "${brace[0]}"`;
  const dots = text.match(/[^\n]*\s…(\s|$|[.,:;])[^\n]*/);
  // A range of document numbers ("F2026-000001 … F2026-000003") is the only " … " the pages show on purpose.
  if (dots && !/^\s*[A-Z]\d{4}-\d{6} … [A-Z]\d{4}-\d{6}\s*$/.test(dots[0])) return `"…" instead of a value in "${dots[0]}"`;
  const plural = text.match(/(?<![\w-])1 (facturas|clientes|periodos|adeudos|contratos|invoices|clients|periods|debits|contracts)\b/);
  if (plural) return `plural after 1: "${plural[0]}"`;
  return null;
}

before(async () => {
  await api.signInApi();
  const tariff = await api.createTariff(3000);
  const client = await api.createClient(`Cliente idiomas ${run}`);
  const contract = await api.createContract(client.id);
  await api.signContract(contract, IBAN, client.name, client.taxId);
  const period = previousPeriod();
  const subscription = await api.createSubscription({ contractId: contract.id, tariffId: tariff.id, state: 'ACTIVE', startDate: `${period}-01` });
  await api.runBilling(period);
  const invoices = await api.gql('query($c: ID!) { invoices(first: 1, filter: { clientId: $c }) { nodes { id } } }', { c: client.id });
  pages.push(['/', 'Panel', 'Dashboard'], ['/clients', 'Clientes', 'Clients'], [`/clients/${client.id}`, client.name, client.name],
    [`/contracts/${contract.id}`, /^Contrato /, /^Contract /], [`/subscriptions/${subscription.id}`, /^Suscripción /, /^Subscription /],
    ['/tariffs', 'Tarifas', 'Tariffs'], ['/billing', 'Facturación', 'Billing'], ['/invoices', 'Facturas', 'Invoices'],
    ['/settings', 'Ajustes de facturación', 'Billing settings'], ['/settings/sepa', /^Ajustes SEPA/, /^SEPA settings/], ['/remittances', /^Remesas SEPA/, /^SEPA/], ['/partners', /^Partners/, /^Partners/]);
  const invoice = invoices.invoices.nodes[0];
  if (invoice) pages.push([`/invoices/${invoice.id}`, /^Factura /, /^Invoice /]);
  ({ browser, page } = await signedIn());
});

after(async () => {
  await browser?.close();
});

async function settledText() {
  await page.waitForLoadState('networkidle');
  await eventually(async () => !(await page.locator('main').innerText()).match(/Cargando…|Loading…/), { message: 'the page finished loading' });
  return page.locator('main').innerText();
}

describe('language switch', () => {
  test('every main page reads whole in English and back in Spanish; <html lang> follows', async () => {
    const layout = new Layout(page);
    // The page's title (its h1).
    const heading = (name) => page.getByRole('heading', { name }).first();
    for (const [path, es, en] of pages) {
      await page.goto(path);
      await heading(es).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'es', path);
      const spanish = await settledText();
      assert.equal(brokenIn(spanish), null, `${path} (es)`);
      await checkAccessibility(page, `${path} (es)`);
      await layout.switchLanguage('EN');
      await heading(en).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', path);
      const english = await settledText();
      assert.equal(brokenIn(english), null, `${path} (en)`);
      await checkAccessibility(page, `${path} (en)`);
      await layout.switchLanguage('ES');
      await heading(es).waitFor();
    }
  });

  test('the billing preview and run explain skipped contracts in words in both languages', async () => {
    const layout = new Layout(page);
    await page.goto('/billing');
    await layout.heading('Facturación').waitFor();
    await page.getByRole('textbox', { name: 'Periodo (AAAA-MM)' }).fill(previousPeriod());
    await page.getByRole('button', { name: 'Previsualizar' }).click();
    await page.getByText(/Previsualización/).first().waitFor();
    assert.equal(brokenIn(await settledText()), null, 'preview (es)');
    await layout.switchLanguage('EN');
    await layout.heading('Billing').waitFor();
    assert.equal(brokenIn(await settledText()), null, 'preview (en)');
    await layout.switchLanguage('ES');
  });

  test('dialogs in English: no critical or serious axe violation', async () => {
    const layout = new Layout(page);
    await page.goto('/clients');
    await layout.heading('Clientes').waitFor();
    await layout.switchLanguage('EN');
    await layout.heading('Clients').waitFor();
    const [clientPath, clientName] = pages[2];
    try {
      await page.getByRole('button', { name: 'New client' }).click();
      await page.getByRole('dialog').waitFor();
      await checkAccessibility(page, 'new client dialog (en)');
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      // The confirmation before a new contract, cancelled.
      await page.goto(clientPath);
      await layout.heading(clientName).waitFor();
      await page.getByRole('tab', { name: /^Contracts/ }).click();
      await page.getByRole('button', { name: 'New contract' }).click();
      await page.getByRole('dialog').waitFor();
      await checkAccessibility(page, 'new contract confirmation (en)');
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      // The global search dialog (Ctrl+K), with hits.
      await page.keyboard.press('Control+k');
      const search = page.getByRole('dialog');
      await search.waitFor();
      await page.keyboard.type('Cliente idiomas');
      await search.getByRole('option').first().waitFor();
      await checkAccessibility(page, 'global search dialog (en)');
      await page.keyboard.press('Escape');
    } finally {
      await layout.switchLanguage('ES');
    }
  });

  test('the checks catch what they look for', () => {
    assert.match(brokenIn('NOTHING_TO_BILL × 4'), /raw code/);
    assert.match(brokenIn('Contrato {number}'), /placeholder/);
    assert.match(brokenIn('El importe … no es válido'), /…/);
    assert.match(brokenIn('Se emitirán 1 facturas'), /plural/);
    assert.equal(brokenIn('F2026-000001 … F2026-000003'), null);
  });
});
