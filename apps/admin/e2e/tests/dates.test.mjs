// Date fields end to end: a day typed as DD/MM/AAAA, an impossible one refused in the field, a day picked from
// the calendar with the keyboard only, a subscription back-dated from the contract page and saved so, and the
// unsaved-changes prompt on a page with several forms. axe runs on every page state visited.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshot, signedIn } from '../support/browser.mjs';
import * as api from '../support/api.mjs';
import { eventually } from '../support/wait.mjs';
import { checkAccessibility } from '../support/axe.mjs';
import { Layout } from '../pages/Layout.mjs';

const run = `DT${Date.now().toString(36).toUpperCase()}`;
let browser;
let page;
const data = {};

/** DD/MM/YYYY of the day after `shown` (DD/MM/YYYY). */
function dayAfter(shown) {
  const [d, m, y] = shown.split('/').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return `${String(next.getUTCDate()).padStart(2, '0')}/${String(next.getUTCMonth() + 1).padStart(2, '0')}/${next.getUTCFullYear()}`;
}

before(async () => {
  await api.signInApi();
  data.tariff = await api.createTariff(1900);
  data.client = await api.createClient(`Cliente fechas ${run}`);
  data.contract = await api.createContract(data.client.id);
  data.subscription = await api.createSubscription({ contractId: data.contract.id, tariffId: data.tariff.id });
  ({ browser, page } = await signedIn());
});

after(async () => {
  await browser?.close();
});

describe('date fields', () => {
  test('a new subscription back-dated with a typed DD/MM/AAAA is saved from that day; an impossible day is refused in the field', async () => {
    await page.goto(`/contracts/${data.contract.id}`);
    await page.getByRole('heading', { level: 1, name: /^Contrato/ }).waitFor();
    await page.getByRole('combobox', { name: 'Tarifa' }).click();
    await page.getByRole('option', { name: `${data.tariff.code} · ${data.tariff.name}` }).click();
    const start = page.getByRole('textbox', { name: 'Fecha de alta' });
    await start.fill('31/02/2025');
    const refusal = page.getByText('«31/02/2025» no es una fecha del calendario', { exact: false });
    await refusal.waitFor();
    assert.equal(await start.getAttribute('aria-invalid'), 'true');
    await checkAccessibility(page, 'dates: an impossible day');
    // D/M/AAAA is read too, and shown back as DD/MM/AAAA once the field is left.
    await start.fill('3/2/2025');
    await start.press('Tab');
    await eventually(async () => (await start.inputValue()) === '03/02/2025', { message: 'the day shown as DD/MM/AAAA' });
    assert.equal(await refusal.count(), 0, 'the refusal is gone');
    await page.getByRole('button', { name: 'Añadir suscripción' }).click();
    await page.getByText('Suscripción creada').first().waitFor();
    const { contract } = await api.gql('query($id: ID!) { contract(id: $id) { subscriptions { id stateChanges { state effectiveDate } } } }', { id: data.contract.id });
    const created = contract.subscriptions.find((s) => s.id !== data.subscription.id);
    assert.ok(created, 'the new subscription');
    assert.deepEqual(created.stateChanges, [{ state: 'PENDING_ACTIVATION', effectiveDate: '2025-02-03' }]);
    // The form is ready for the next one (today again), and its page shows the back-dated start.
    await eventually(async () => (await start.inputValue()) !== '03/02/2025', { message: 'the form reset' });
    await page.goto(`/subscriptions/${created.id}`);
    await page.getByRole('heading', { level: 1, name: /^Suscripción/ }).waitFor();
    await page.getByRole('cell', { name: '03/02/2025' }).first().waitFor();
    await checkAccessibility(page, 'dates: the back-dated subscription');
  });

  test('a day is picked from the calendar with the keyboard only', async () => {
    await page.goto(`/subscriptions/${data.subscription.id}`);
    await page.getByRole('heading', { level: 1, name: /^Suscripción/ }).waitFor();
    const field = page.getByRole('textbox', { name: 'Fecha efectiva' }).first();
    const before = await field.inputValue();
    assert.match(before, /^\d{2}\/\d{2}\/\d{4}$/, 'today, as DD/MM/AAAA');
    await field.focus();
    await page.keyboard.press('ArrowDown');
    const calendar = page.getByRole('dialog', { name: 'Calendario de Fecha efectiva' });
    await calendar.waitFor();
    // The chosen day has the focus: the arrows move from it, Enter picks.
    await eventually(() => page.evaluate(() => document.activeElement?.closest('table') !== null && document.activeElement?.hasAttribute('data-selected')),
      { message: 'the chosen day focused' });
    await checkAccessibility(page, 'dates: the calendar open');
    await screenshot(page, 'date-calendar');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await calendar.waitFor({ state: 'hidden' });
    assert.equal(await field.inputValue(), dayAfter(before));
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName), 'INPUT', 'the focus is back in the field');
    // The button opens it too; Escape closes it and gives the focus back.
    await page.getByRole('button', { name: 'Abrir el calendario de Fecha efectiva' }).first().click();
    await calendar.waitFor();
    await page.keyboard.press('Escape');
    await calendar.waitFor({ state: 'hidden' });
    assert.equal(await field.inputValue(), dayAfter(before));
  });

  test('leaving a page of several forms with edits asks; staying keeps them, leaving discards them', async () => {
    // Still on the subscription: the state form holds the picked day; now the bonus form too.
    const layout = new Layout(page);
    const from = page.getByRole('textbox', { name: 'Desde' }).first();
    await from.fill('01/01/2031');
    await layout.go('Clientes');
    const prompt = page.getByRole('dialog', { name: 'Hay cambios sin guardar' });
    await prompt.waitFor();
    await checkAccessibility(page, 'dates: unsaved changes prompt');
    await prompt.getByRole('button', { name: 'Seguir editando' }).click();
    await prompt.waitFor({ state: 'hidden' });
    assert.match(page.url(), new RegExp(`/subscriptions/${data.subscription.id}$`));
    assert.equal(await from.inputValue(), '01/01/2031');
    await layout.go('Clientes');
    await prompt.getByRole('button', { name: 'Salir sin guardar' }).click();
    await layout.heading('Clientes').waitFor();
    // Nothing asks any more once left.
    await layout.go('Tarifas');
    await layout.heading('Tarifas').waitFor();
  });
});
