// Debian's Chromium driven by playwright-core (`npx playwright install` cannot run here).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAccessibility } from './axe.mjs';
import { admin, baseUrl } from './env.mjs';
import { SignInPage } from '../pages/SignInPage.mjs';
import { Layout } from '../pages/Layout.mjs';

const screenshots = join(dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function newPage(browser, baseURL) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1400, height: 900 }, locale: 'es-ES' });
  context.setDefaultTimeout(15_000);
  return context.newPage();
}

/** A browser and a page signed in as the admin, on the dashboard: where every walk but the sign-in one starts. */
export async function signedIn() {
  const browser = await launch();
  const page = await newPage(browser, baseUrl);
  await new SignInPage(page).open();
  await new SignInPage(page).signIn(admin.email, admin.password);
  await new Layout(page).heading('Panel').waitFor();
  return { browser, page };
}

/**
 * Checks the page with axe (failing on a critical or serious violation), then saves a full-page
 * screenshot for the README once the page has settled.
 */
export async function screenshot(page, name) {
  mkdirSync(screenshots, { recursive: true });
  await checkAccessibility(page, name);
  // Toasts from earlier steps would cover the header in the README's pictures.
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true, style: '.mantine-Notifications-root { display: none !important; }' });
}
