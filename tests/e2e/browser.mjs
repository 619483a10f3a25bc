// Debian's Chromium through playwright-core (never a downloaded browser), on a phone.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
export const SHOTS = 'target/screenshots';
mkdirSync(SHOTS, { recursive: true });

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** A page that fails the test on any console error or uncaught exception. */
export async function phonePage(browser, options = {}) {
  const context = await browser.newContext({ ...PHONE, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

/** The widget's shadow root content is reached by Playwright's CSS engine (it pierces open roots). */
export async function ready(page, host = 'leg-pain-map') {
  await page.locator(`${host} [data-region]`).first().waitFor({ state: 'attached', timeout: 20000 });
}
