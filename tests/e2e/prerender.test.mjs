// The start screen before the wasm: with the wasm request held back, the prerendered start screen
// (the widget's own components rendered at build time) is on screen under a strict CSP; a tap
// made then shows as selected at once and leads to the feeling step once the wasm is released;
// keyboard focus survives the hand-over; a question opened early is answered from the words file; and
// the prerendered and live start screens are the same (but for the questions' answers, which the
// start screen leaves to the words file).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { hold, HOST, LIVE, phonePage, SEL, setup, SHOTS } from './lib/page.mjs';

const env = setup();

/** Opens `path` with the wasm held back until `release()` is called; violations of the CSP are collected. */
async function held(path, options = {}) {
  const p = await phonePage(env.browser, options);
  const { release } = await hold(p.page, '**/*.wasm');
  await p.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await p.page.goto(env.server.url + path);
  await p.page.locator(`${HOST} .lpm-prerendered .lpm-title`).waitFor({ timeout: 20000 });
  return { ...p, release };
}

test('the prerendered start screen is there before the wasm, under a strict CSP, and the live one is the same', async () => {
  const { page, context, errors, release } = await held('/host/csp-strict.html');
  const host = page.locator(HOST);
  assert.equal(await page.locator(`${HOST} .lpm-prerendered [data-region]`).count(), 28, 'both views of the map');
  assert.equal(await page.locator(`${HOST} .lpm-prerendered .lpm-select option`).count(), 29, 'the region list');
  assert.ok(await page.locator(`${HOST} .lpm-prerendered .lpm-title`).isVisible());
  await page.screenshot({ path: `${SHOTS}/prerendered-390.png` });
  const before = await host.evaluate((el) => el.shadowRoot.querySelector('.lpm-prerendered .lpm').outerHTML.length);
  const pre = await outlineOf(host, '.lpm-prerendered > .lpm');
  const box = await page.locator(`${HOST} .lpm-prerendered .lpm`).boundingBox();
  release();
  await page.locator(`${HOST} .lpm-root:not(.lpm-prerendered) .lpm-title`).waitFor();
  await page.locator(`${HOST} .lpm-prerendered`).waitFor({ state: 'detached' });
  const live = await outlineOf(host, '.lpm-root:not(.lpm-prerendered) > .lpm');
  assert.equal(live, pre, 'the prerendered markup is the live markup (the questions\' answers aside)');
  assert.ok((await page.locator(`${HOST} .lpm-faq-item > p`).first().textContent()).length > 20, 'the live questions have their answers');
  const after = await page.locator(`${HOST} .lpm`).first().boundingBox();
  assert.deepEqual([after.x, after.y, after.width, Math.round(after.height)], [box.x, box.y, box.width, Math.round(box.height)], 'no layout shift');
  assert.ok(before > 1000);
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'strict CSP: 0 violations');
  assert.deepEqual(errors, []);
  await context.close();
});

/** The element at `selector` in the shadow root of `host` as a comparable outline: tags, the
 *  attributes that carry state and meaning, and text (but not the questions' answers, which the
 *  start screen leaves to the live widget). */
function outlineOf(host, selector) {
  return host.evaluate((el, selector) => {
    const walk = (node) => node.nodeType === 3 ? (node.parentNode.matches('.lpm-faq-item > p') ? '' : node.textContent.trim()) : node.nodeType !== 1 ? '' :
      `<${node.tagName.toLowerCase()} ${['class', 'id', 'role', 'aria-label', 'aria-pressed', 'data-region', 'data-view', 'data-current', 'tabindex', 'lang', 'data-theme', 'd', 'part']
        .map((a) => node.getAttribute(a) === null ? '' : `${a}=${node.getAttribute(a)}`).filter(Boolean).join(' ')}>${[...node.childNodes].map(walk).filter(Boolean).join('')}`;
    return walk(el.shadowRoot.querySelector(selector));
  }, selector);
}

test('a tap before the wasm is ready shows at once and opens the feeling step when it arrives', async () => {
  const { page, context, errors, release } = await held('/host/plain.html');
  const region = page.locator(`${HOST} .lpm-prerendered [data-region="left-knee"] .lpm-hit`);
  await region.tap();
  assert.equal(await page.locator(`${HOST} .lpm-prerendered [data-region="left-knee"]`).getAttribute('aria-pressed'), 'true', 'selected at once');
  const events = page.evaluate(() => new Promise((resolve) => document.getElementById('pain-map').addEventListener('region-select', (e) => resolve(e.detail))));
  release();
  await page.locator(`${HOST} .lpm-step-feel`).waitFor();
  assert.equal(await page.locator(`${HOST} .lpm-region[data-region="left-knee"]`).getAttribute('aria-pressed'), 'true');
  assert.deepEqual(await events, { region: 'left-knee', view: 'front' });
  assert.equal(await page.locator(HOST).evaluate((el) => el.shadowRoot.activeElement?.id), 'lpm-feel', 'focus follows to the feeling step');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the view switched to before the wasm is ready is the live widget\'s view (handed over, not set as an attribute)', async () => {
  const { page, context, errors, release, w } = await held('/host/plain.html');
  await w.press(w.$(`.lpm-prerendered ${SEL.switchView('back')}`));
  await w.$(`.lpm-prerendered ${SEL.viewShown('back')}`).waitFor();
  release();
  await page.locator(`${HOST} .lpm-prerendered`).waitFor({ state: 'detached' });
  await w.$(`${LIVE} ${SEL.viewShown('back')}`).waitFor();
  assert.equal(await w.$(`${LIVE} ${SEL.switchView('back')}`).getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator(HOST).getAttribute('view'), null, 'the page\'s attributes untouched');
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard focus on the prerendered map survives the hand-over; Spanish and the back view are prerendered too', async () => {
  const { page, context, release } = await held('/host/safety-es.html', { isMobile: false, hasTouch: false });
  assert.equal(await page.locator(`${HOST} .lpm-prerendered .lpm`).getAttribute('lang'), 'es');
  let onRegion = null;
  for (let tabs = 0; tabs < 12 && !onRegion; tabs++) {
    await page.keyboard.press('Tab');
    onRegion = await page.locator(HOST).evaluate((el) => el.shadowRoot.activeElement?.closest('[data-region]')?.dataset.region ?? null);
  }
  assert.ok(onRegion, 'Tab reaches the prerendered map');
  release();
  await page.locator(`${HOST} .lpm-prerendered`).waitFor({ state: 'detached' });
  const now = await page.locator(HOST).evaluate((el) => el.shadowRoot.activeElement?.closest('[data-region]')?.dataset.region ?? null);
  assert.equal(now, onRegion, 'the same region keeps focus in the live map');
  await context.close();
  const back = await phonePage(env.browser);
  await back.page.route('**/*.wasm', () => {}); // never answered: only the prerendered screen
  await back.page.goto(env.server.url + '/host/embed-attrs.html');
  await back.page.locator('#back .lpm-prerendered').waitFor();
  assert.equal(await back.page.locator('#back .lpm-prerendered .lpm-view[data-view="back"]').getAttribute('data-current'), 'true', 'view="back" is respected');
  assert.equal(await back.page.locator('#back .lpm-prerendered .lpm-switch-btn[data-view="back"]').getAttribute('aria-pressed'), 'true');
  await back.context.close();
});

test('a question opened before the wasm is ready takes its answer from the words file, and stays open, answered and focused, in the live widget', async () => {
  const { page, context, errors, release } = await held('/host/plain.html', { isMobile: false, hasTouch: false });
  assert.equal(await page.locator(`${HOST} .lpm-prerendered [data-faq="exercise"] > p`).textContent(), '', 'the start screen ships the question only');
  const summary = page.locator(`${HOST} .lpm-prerendered [data-faq="exercise"] summary`);
  await summary.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('pain-map').shadowRoot
    .querySelector('.lpm-prerendered [data-faq="exercise"][open] > p')?.textContent.length > 20, null, { timeout: 10000 });
  const early = await page.locator(`${HOST} .lpm-prerendered [data-faq="exercise"] > p`).textContent();
  release();
  await page.locator(`${HOST} .lpm-prerendered`).waitFor({ state: 'detached' });
  const answer = page.locator(`${HOST} [data-faq="exercise"][open] > p`);
  await answer.waitFor();
  assert.equal(await answer.textContent(), early, 'the same answer');
  assert.equal(await page.locator(HOST).evaluate((el) => el.shadowRoot.activeElement?.closest('[data-faq]')?.dataset.faq), 'exercise', 'focus stays on the question');
  assert.deepEqual(errors, []);
  await context.close();
});

test('with a spa\'s own words (content-src) nothing is prerendered: the placeholder waits', async () => {
  const p = await phonePage(env.browser);
  await p.page.route('**/*.wasm', () => {});
  const starts = [];
  p.page.on('request', (r) => /lpm-start-/.test(r.url()) && starts.push(r.url()));
  // Without a start screen the entry asks for the wasm at once; with one, only once it is shown.
  const asked = p.page.waitForRequest(/\.wasm$/);
  await p.page.goto(env.server.url + '/host/embed-overrides.html');
  await p.page.locator(`${HOST} .lpm-placeholder`).waitFor();
  await asked;
  assert.equal(await p.page.locator(`${HOST} .lpm-prerendered`).count(), 0);
  assert.deepEqual(starts, [], 'no start screen was even requested');
  await p.context.close();
});

test('the start screen is requested first and shown before the wasm and the words are asked for', async () => {
  const p = await phonePage(env.browser);
  const order = [];
  p.page.on('request', (r) => {
    const file = new URL(r.url()).pathname.split('/').pop();
    const kind = file.endsWith('.wasm') ? 'wasm' : file.startsWith('lpm-start-') ? 'start' : file.startsWith('lpm-content-') ? 'words' : null;
    if (kind) order.push(kind);
  });
  // When the wasm is asked for, the start screen must already be in the page.
  let shownAtWasm;
  await p.page.route('**/*.wasm', async (route) => {
    shownAtWasm = await p.page.locator(`${HOST} .lpm-prerendered .lpm-title`).isVisible();
    await route.continue();
  });
  await p.page.goto(env.server.url + '/host/plain.html');
  await p.page.locator(`${HOST} .lpm-root:not(.lpm-prerendered) .lpm-title`).waitFor();
  assert.equal(order[0], 'start', `the start screen first: ${order.join(', ')}`);
  assert.deepEqual([...order].sort(), ['start', 'wasm', 'words'], 'each once');
  assert.equal(shownAtWasm, true, 'the start screen was on screen when the wasm was requested');
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('in a tab out of sight, where frames never come, the wasm is still asked for after the start screen', async () => {
  const p = await phonePage(env.browser);
  // No frames and no largest-contentful-paint entries, as in a background tab: only the timer is left.
  await p.page.addInitScript(() => {
    window.requestAnimationFrame = () => 0;
    Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', { value: [] });
  });
  const wasm = p.page.waitForRequest((r) => r.url().endsWith('.wasm'), { timeout: 10000 });
  await p.page.goto(env.server.url + '/host/plain.html');
  await p.page.locator(`${HOST} .lpm-prerendered .lpm-title`).waitFor();
  assert.ok(await wasm, 'the wasm was requested');
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('attribute values read the same in the entry as in the Rust (tests/e2e/lib/readings.json): the placeholder\'s and start screen\'s theme, the start screen\'s view, a deep link', async () => {
  const { rows } = JSON.parse(readFileSync(new URL('./lib/readings.json', import.meta.url), 'utf8'));
  // With a place in the hash, a deep link on keeps the start screen away (it would open another step).
  const { page, context, errors } = await held('/host/plain.html#left-calf/knot');
  const found = await page.evaluate(async (rows) => {
    const els = rows.map(({ attribute, value }) => {
      const el = document.createElement('leg-pain-map');
      if (value !== null) el.setAttribute(attribute, value);
      document.body.append(el);
      return el;
    });
    const screen = (el) => el.shadowRoot.querySelector('.lpm-prerendered > .lpm');
    const expected = rows.map((r) => r.attribute !== 'deep-link' || r.reads === false);
    // Every element waits on the same start screen request: once those expected show it, the
    // others have decided too.
    while (!els.every((el, i) => !expected[i] || screen(el))) await new Promise((done) => requestAnimationFrame(done));
    return rows.map(({ attribute }, i) => {
      const el = els[i];
      if (attribute === 'deep-link') return !screen(el);
      if (attribute === 'view') return screen(el).querySelector('.lpm-view[data-current="true"]').dataset.view;
      const placeholder = el.shadowRoot.querySelector('.lpm-placeholder').dataset.theme;
      return placeholder === screen(el).dataset.theme ? placeholder : `placeholder ${placeholder}, start screen ${screen(el).dataset.theme}`;
    });
  }, rows);
  assert.deepEqual(found.map((reads, i) => ({ ...rows[i], reads })), rows);
  assert.deepEqual(errors, []);
  await context.close();
});
