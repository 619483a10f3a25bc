// Embedding on a spa's page, against the release bundle: a sub-path, a hostile stylesheet, two
// widgets and remove/re-add, attributes at run time, the five events, content overrides, a strict
// CSP, privacy, the fallbacks and the placeholder. Host pages: tests/e2e/pages/embed-*.html, csp-*.html.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { EVENTS, HOST, phonePage, ready, settled, setup, widget } from './lib/page.mjs';
import { FALLBACK, snippet } from '../../site/snippet.mjs';

const content = (code) => JSON.parse(readFileSync(new URL(`../../content/${code}.json`, import.meta.url), 'utf8'));
const EN = content('en');
const ES = content('es');

const env = setup();
/** Opens a host page on a phone; `init(arg)` runs in the page before any of its scripts. */
const open = (path, options) => env.open(path, options);

/** Every event the widgets send, heard on `document` from before the first widget loads. */
function listen(names) {
  window.__events = [];
  for (const name of names) {
    document.addEventListener(name, (e) => window.__events.push({
      name, target: e.target.id, detail: e.detail, bubbles: e.bubbles, composed: e.composed,
    }));
  }
}

/** The whole journey in the widget at `host`: place, feeling, a rating of 4, "during the massage" (with no warning
 *  sign, always the "tell your therapist" tier, whose card has the cause and the booking link),
 *  "None of these"; returns the answer card's data attributes. */
const answer = (page, host = HOST, region = 'left-knee', pain = 'ache', { timing = 'during', signs = [] } = {}) =>
  widget(page, host).answer(region, pain, { timing, signs });

/** The widget's root inside the shadow root: the one element that carries the content's `lang`. */
const root = (page, host) => page.locator(`${host} .lpm[lang]`);

test('plain host from a sub-path: open shadow root, an answer, every widget request under /cdn/leg-pain-map/', async () => {
  const start = env.server.log.length;
  const { page, context, errors } = await open('/host/plain.html');
  assert.equal(await page.evaluate(() => document.getElementById('pain-map').shadowRoot?.mode), 'open');
  assert.deepEqual(await answer(page, '#pain-map'), { region: 'left-knee', pain: 'ache', cause: 'sensitivity', tier: 'therapist' });
  const paths = env.server.log.slice(start);
  const requests = paths.filter((p) => p !== '/host/plain.html' && p !== '/favicon.ico');
  assert.ok(requests.some((p) => p.endsWith('.wasm')), `the wasm came from the server: ${paths}`);
  assert.ok(requests.some((p) => /lpm-content-en-.*\.(js|json)$/.test(p)), `the English content came from the server: ${paths}`);
  for (const p of requests) assert.ok(p.startsWith('/cdn/leg-pain-map/'), `${p} is outside the bundle's folder`);
  assert.deepEqual(errors, []);
  await context.close();
});

// Computed styles that a host page's stylesheet would change if it reached an element.
const PROPS = ['color', 'font-family', 'font-size', 'line-height', 'text-transform', 'letter-spacing', 'display',
  'padding-top', 'padding-left', 'margin-top', 'background-color', 'fill', 'width'];
const styleOf = (els, props) => els.map((e) => {
  const s = getComputedStyle(e);
  return Object.fromEntries(props.map((p) => [p, s.getPropertyValue(p)]));
});
const INSIDE = ['.lpm[lang]', '.lpm-title', '.lpm-intro', '.lpm-step-title', '.lpm-switch-btn', '.lpm-map', '.lpm-shape',
  '.lpm-select', '.lpm-choice', '.lpm-answer', '.lpm-cause', '[data-action="start-over"]'];
async function insideStyles(page) {
  const out = {};
  for (const sel of INSIDE) out[sel] = (await page.locator(`#pain-map ${sel}`).first().evaluateAll(styleOf, PROPS))[0];
  return out;
}
const OUTSIDE = ['#host-p', '#host-button', '#host-div', '#host-after', 'h1', 'body', 'html'];
const outsideStyles = (page) => page.evaluate(([sels, props]) => {
  const s = (e) => Object.fromEntries(props.map((p) => [p, getComputedStyle(e).getPropertyValue(p)]));
  return Object.fromEntries(sels.map((sel) => [sel, s(document.querySelector(sel))]));
}, [OUTSIDE, [...PROPS, 'font-weight', 'text-align', 'margin-bottom', 'border-top-width', 'box-sizing']]);

test('a hostile host stylesheet does not reach into the widget, and the widget does not reach out', async () => {
  // The same widget on a page with no host styles: what the widget's own styles compute to.
  const plain = await open('/host/plain.html');
  await answer(plain.page, '#pain-map');
  const own = await insideStyles(plain.page);
  await plain.context.close();

  const { page, context, errors } = await open('/host/embed-hostile.html');
  const hostRules = await page.evaluate(() => [...document.styleSheets].map((s) => s.href));
  assert.deepEqual(hostRules, [`${env.server.url}/host/embed-hostile.css`], 'the hostile stylesheet is loaded from a file');
  assert.equal(await page.locator('#host-p').evaluate((e) => getComputedStyle(e).textTransform), 'uppercase', 'it is in force');
  const switchBtn = page.locator('#pain-map .lpm-switch-btn').first();
  assert.ok(await switchBtn.isVisible(), 'buttons inside the widget are shown');
  await answer(page, '#pain-map');
  const start = page.locator('#pain-map [data-action="start-over"]');
  assert.ok(await start.isVisible(), 'the answer card buttons are shown');
  assert.ok((await start.boundingBox()).height >= 44, 'and thumb-sized');
  const hostile = await insideStyles(page);
  assert.deepEqual(hostile, own, 'computed styles inside the widget are the widget\'s own');
  // The same, spelled out: a few values the hostile sheet would change.
  const title = hostile['.lpm-title'];
  assert.ok(parseFloat(title['font-size']) < 30, `title font-size ${title['font-size']} is 16px-based, not 40px-based`);
  assert.equal(title['text-transform'], 'none');
  assert.equal(title['letter-spacing'], 'normal');
  assert.doesNotMatch(title['font-family'], /comic/i);
  assert.notEqual(title.color, 'rgb(255, 0, 0)');
  assert.equal(hostile['.lpm-map']['padding-top'], '0px');
  const fills = await page.locator('#pain-map .lpm-shape').evaluateAll((els) => els.map((e) => getComputedStyle(e).fill));
  assert.ok(fills.length >= 28 && fills.every((f) => f !== 'rgb(255, 0, 0)'), `no red region shapes: ${[...new Set(fills)]}`);
  assert.notEqual(hostile['[data-action="start-over"]']['background-color'], 'rgb(255, 0, 0)');

  // Outside: the host's own elements compute the same with and without the widget.
  const withWidget = await outsideStyles(page);
  assert.deepEqual(await page.evaluate(() => [document.adoptedStyleSheets.length, document.styleSheets.length,
    document.head.querySelectorAll('style, link[rel=stylesheet]').length]), [0, 1, 1], 'no styles added to the page');
  assert.deepEqual(errors, []);
  await context.close();

  const bare = await phonePage(env.browser);
  await bare.page.route('**/leg-pain-map.js', (route) => route.abort());
  await bare.page.goto(env.server.url + '/host/embed-hostile.html');
  assert.equal(await bare.page.evaluate(() => !!customElements.get('leg-pain-map')), false, 'no widget on this copy');
  assert.deepEqual(withWidget, await outsideStyles(bare.page), 'the host page looks the same with the widget');
  assert.equal(withWidget['#host-button'].display, 'none', 'the host\'s own rules still apply to its own button');
  await bare.context.close();
});

test('two widgets are independent; remove and re-add (same element and a new one) works, listeners do not pile up', async () => {
  const { page, context, errors } = await open('/host/embed-two.html', { init: listen, arg: EVENTS, wait: ['#pain-map', '#mapa'] });
  // Each widget says once that its words are on screen (content-show); the journey's events follow.
  await page.waitForFunction(() => window.__events.filter((e) => e.name === 'content-show').length >= 2);
  const shown = await page.evaluate(() => window.__events.filter((e) => e.name === 'content-show').map((e) => `${e.target}:${e.detail.lang}`));
  assert.deepEqual(shown.sort(), ['mapa:es', 'pain-map:en']);
  const events = () => page.evaluate(() => window.__events.splice(0).filter((e) => e.name !== 'content-show'));
  await events();
  await page.locator('#pain-map [data-region="left-knee"] .lpm-hit').tap();
  assert.equal(await page.locator('#mapa .lpm-region[aria-pressed="true"]').count(), 0, 'the other widget has no region chosen');
  assert.equal(await page.locator('#mapa .lpm-step-feel').count(), 0, 'nor the feeling step open');
  assert.deepEqual(await events(), [{ name: 'region-select', target: 'pain-map', detail: { region: 'left-knee', view: 'front' }, bubbles: true, composed: true }]);

  assert.deepEqual(await answer(page, '#mapa', 'right-shin', 'cramp'), { region: 'right-shin', pain: 'cramp', cause: 'cramp', tier: 'therapist' });
  assert.equal(await root(page, '#mapa').getAttribute('lang'), 'es');
  assert.equal((await page.locator('#mapa .lpm-title').textContent()).trim(), ES.ui.title);
  assert.equal((await page.locator('#mapa .lpm-cause strong').textContent()).trim(), ES.causes.cramp.title);
  assert.equal(await page.locator('#pain-map .lpm-answer').count(), 0, 'the first widget still waits for a feeling');
  await answer(page, '#pain-map');
  assert.equal(await root(page, '#pain-map').getAttribute('lang'), 'en');
  assert.equal((await page.locator('#pain-map .lpm-cause strong').textContent()).trim(), EN.causes.sensitivity.title);
  assert.equal((await page.locator('#mapa .lpm-answer').getAttribute('data-region')), 'right-shin', 'the Spanish answer stays');

  // The same element, removed and added back a moment later, 20 times.
  for (let i = 0; i < 20; i++) {
    await page.evaluate(() => { window.__removed = document.getElementById('pain-map'); window.__removed.remove(); });
    assert.equal(await page.locator('#pain-map').count(), 0);
    await page.evaluate(() => document.body.append(window.__removed));
    await ready(page, '#pain-map');
  }
  await events();
  assert.deepEqual(await answer(page, '#pain-map', 'right-calf', 'tight'), { region: 'right-calf', pain: 'tight', cause: 'fascia', tier: 'therapist' });
  assert.deepEqual((await events()).map((e) => e.name), ['region-select', 'pain-select', 'answer-show'],
    'exactly one event per choice after 20 remove/re-add cycles');

  // A new element, added after the script has run.
  await page.evaluate(() => {
    const el = document.createElement('leg-pain-map');
    el.id = 'fresh';
    el.setAttribute('lang', 'es');
    document.body.append(el);
  });
  await ready(page, '#fresh');
  assert.deepEqual(await answer(page, '#fresh', 'left-hip', 'knot'), { region: 'left-hip', pain: 'knot', cause: 'knots', tier: 'therapist' });
  assert.equal(await root(page, '#fresh').getAttribute('lang'), 'es');
  assert.deepEqual((await events()).map((e) => `${e.target}:${e.name}`), ['fresh:region-select', 'fresh:pain-select', 'fresh:answer-show']);
  assert.deepEqual(errors, [], 'no console error (and no "already defined", with the entry included twice)');

  // Moved within the page, as a framework re-ordering it does: disconnected and connected in the
  // same task, once, then 20 times in a row. Still one widget, no leftover placeholder.
  const drawnOnce = async (label) => {
    await ready(page, '#pain-map');
    // The hand-over done: the live widget in place of the start screen (stale connections never
    // mount: they give up before the latest one has even shown its start screen).
    await page.locator('#pain-map .lpm-prerendered').waitFor({ state: 'detached' });
    const shown = await page.locator('#pain-map').evaluate((el) => ({
      roots: el.shadowRoot.querySelectorAll('.lpm').length,
      placeholders: el.shadowRoot.querySelectorAll('.lpm-placeholder').length,
      height: Math.round(el.getBoundingClientRect().height),
    }));
    assert.deepEqual({ roots: shown.roots, placeholders: shown.placeholders }, { roots: 1, placeholders: 0 },
      `${label}: one widget drawn in the element, not one per connect (element ${shown.height} px tall)`);
  };
  await page.evaluate(() => document.body.prepend(document.getElementById('pain-map')));
  await drawnOnce('moved once');
  await page.evaluate(() => {
    const el = document.getElementById('pain-map');
    for (let i = 0; i < 20; i++) { el.remove(); document.body.append(el); }
  });
  await drawnOnce('removed and re-added 20 times in one task');
  await events();
  await page.locator('#pain-map [data-region="left-thigh-front"] .lpm-hit').tap();
  assert.deepEqual(await events(), [{ name: 'region-select', target: 'pain-map', detail: { region: 'left-thigh-front', view: 'front' }, bubbles: true, composed: true }],
    'one tap, one region-select');
  assert.deepEqual(errors, []);
  await context.close();
});

test('attributes at run time: booking-url, theme, lang, view; malformed values warn and are ignored', async () => {
  const { page, context, errors, warnings } = await open('/host/embed-attrs.html', { wait: ['#pain-map', '#back', '#bad'] });
  const set = (host, name, value) => page.locator(host).evaluate((el, [n, v]) => el.setAttribute(n, v), [name, value]);
  // Malformed at start: a warning each, the default instead, and the widget works.
  assert.ok(warnings.some((w) => /theme/.test(w) && /neon/.test(w)), `a warning names theme="neon": ${warnings}`);
  assert.ok(warnings.some((w) => /booking-url/.test(w)), `a warning names booking-url: ${warnings}`);
  assert.equal(await root(page, '#bad').getAttribute('data-theme'), 'light');
  assert.deepEqual(await answer(page, '#bad'), { region: 'left-knee', pain: 'ache', cause: 'sensitivity', tier: 'therapist' });
  assert.equal(await page.locator('#bad .lpm-book').count(), 0, 'no booking link from a javascript: address');

  // view="back" at start.
  assert.equal(await page.locator('#back .lpm-view[data-current="true"]').getAttribute('data-view'), 'back');
  assert.equal(await page.locator('#back .lpm-switch-btn[data-view="back"]').getAttribute('aria-pressed'), 'true');

  // booking-url set after the answer is on screen.
  await answer(page, '#pain-map');
  assert.equal(await page.locator('#pain-map .lpm-book').count(), 0);
  await set('#pain-map', 'booking-url', 'https://spa.example/book?from=map');
  assert.equal(await page.locator('#pain-map .lpm-book').getAttribute('href'), 'https://spa.example/book?from=map');
  const warned = page.waitForEvent('console', { predicate: (m) => m.type() === 'warning' && /booking-url/.test(m.text()), timeout: 5000 });
  await set('#pain-map', 'booking-url', 'JavaScript:alert(1)');
  assert.ok(await warned.catch(() => null), 'a javascript: address set at run time is warned about');
  assert.equal(await page.locator('#pain-map .lpm-book').count(), 0, 'and removes the link');

  // theme="dark".
  const light = await root(page, '#pain-map').evaluate((e) => getComputedStyle(e).backgroundColor);
  await set('#pain-map', 'theme', 'dark');
  assert.equal(await root(page, '#pain-map').getAttribute('data-theme'), 'dark');
  assert.notEqual(await root(page, '#pain-map').evaluate((e) => getComputedStyle(e).backgroundColor), light);

  // lang en -> es: Spanish words, same place and feeling.
  await set('#pain-map', 'lang', 'es');
  await page.locator('#pain-map .lpm[lang="es"]').waitFor();
  assert.equal((await page.locator('#pain-map .lpm-title').textContent()).trim(), ES.ui.title);
  assert.equal((await page.locator('#pain-map .lpm-cause strong').textContent()).trim(), ES.causes.sensitivity.title);
  assert.equal(await page.locator('#pain-map .lpm-region[aria-pressed="true"]').getAttribute('data-region'), 'left-knee');
  assert.deepEqual(await page.locator('#pain-map .lpm-answer').evaluate((e) => ({ ...e.dataset })),
    { region: 'left-knee', pain: 'ache', cause: 'sensitivity', tier: 'therapist' });

  // Nothing anywhere links to javascript:.
  const links = await page.locator('leg-pain-map a[href]').evaluateAll((els) => els.map((a) => a.getAttribute('href')));
  assert.ok(links.every((href) => !/^\s*javascript:/i.test(href)), `${links}`);
  assert.deepEqual(errors, [], 'malformed attributes are warnings, not errors');
  await context.close();
});

test('events: every name with its documented detail, and content-error for a missing, invalid and unknown override', async () => {
  const { page, context, errors } = await open('/host/plain.html', { init: listen, arg: EVENTS });
  // Keep the booking link from opening a tab to another site; the widget's click handler still runs.
  await page.evaluate(() => document.addEventListener('click', (e) => {
    if (e.composedPath().some((n) => n.classList?.contains('lpm-book'))) e.preventDefault();
  }, true));
  await answer(page, '#pain-map', 'left-knee', 'ache');
  await page.locator('#pain-map .lpm-book').tap();
  const summary = (await page.locator('#pain-map .lpm-summary').textContent()).trim();
  assert.ok(summary.length > 10, summary);
  const base = { target: 'pain-map', bubbles: true, composed: true };
  assert.deepEqual(await page.evaluate(() => window.__events), [
    { name: 'content-show', ...base, detail: { lang: 'en' } },
    { name: 'region-select', ...base, detail: { region: 'left-knee', view: 'front' } },
    { name: 'pain-select', ...base, detail: { region: 'left-knee', pain: 'ache' } },
    { name: 'answer-show', ...base, detail: { region: 'left-knee', pain: 'ache', regions: 'left-knee', pains: 'ache', cause: 'sensitivity' } },
    { name: 'booking-click', ...base, detail: { region: 'left-knee', pain: 'ache', regions: 'left-knee', pains: 'ache' } },
  ], 'the summary (with rating, timing and signs) travels only in the booking link, never in an event');
  // A warning sign ticked on the answer changes the card, not the events' details.
  await widget(page).tick('breathless');
  await widget(page).tier('emergency');
  const later = await page.evaluate(() => window.__events.slice(5));
  for (const e of later) assert.deepEqual(Object.keys(e.detail).filter((k) => !['region', 'pain', 'regions', 'pains', 'cause', 'view'].includes(k)), [], JSON.stringify(e));
  assert.deepEqual(errors, []);
  await context.close();

  const broken = await open('/host/embed-content-errors.html', { init: listen, arg: EVENTS, wait: ['#missing', '#invalid', '#unknown'] });
  // Each widget drew its map (open waited for it), which it does only once it has its words: by
  // then it has reported every problem with them.
  // Each says when its words (the built-in ones, where the override failed) are on screen, after
  // its problems: what a settings page waits for before it says "no problems".
  await broken.page.waitForFunction(() => window.__events.filter((e) => e.name === 'content-show').length >= 3);
  const heard = await broken.page.evaluate(() => window.__events);
  const expected = {
    missing: { code: 'content-load', path: 'content-src' },
    invalid: { code: 'content-invalid', path: 'content-src' },
    unknown: { code: 'content-invalid', path: 'en.causes.gremlins' },
  };
  for (const [id, want] of Object.entries(expected)) {
    const mine = heard.filter((e) => e.target === id);
    assert.deepEqual(mine.map((e) => e.name), ['content-error', 'content-show'], `${id}: one content-error, then content-show: ${JSON.stringify(mine)}`);
    const { detail, bubbles, composed } = mine[0];
    assert.deepEqual(Object.keys(detail).sort(), ['code', 'expected', 'path']);
    assert.deepEqual({ code: detail.code, path: detail.path }, want, id);
    assert.ok(detail.expected.length > 0);
    assert.ok(bubbles && composed);
    // The widget carries on with the built-in words.
    assert.equal((await broken.page.locator(`#${id} .lpm-title`).textContent()).trim(), EN.ui.title);
    assert.deepEqual(await answer(broken.page, `#${id}`, 'left-calf', 'knot'), { region: 'left-calf', pain: 'knot', cause: 'knots', tier: 'therapist' });
  }
  // The only console error is the browser's own line about the missing file.
  assert.ok(broken.errors.every((e) => /404|Not Found/i.test(e)), `${broken.errors}`);
  await broken.context.close();
});

test('overrides: a spa\'s words show as text, never as markup; a third language with English elsewhere', async () => {
  const start = env.server.log.length;
  const { page, context, errors, dialogs } = await open('/host/embed-overrides.html', { init: listen, arg: EVENTS, wait: ['#pain-map', '#fr'] });
  const title = 'Our knot words <img src=x onerror=alert(1)>';
  assert.deepEqual(await answer(page, '#pain-map', 'left-calf', 'knot'), { region: 'left-calf', pain: 'knot', cause: 'knots', tier: 'therapist' });
  assert.equal(await page.locator('#pain-map .lpm-cause strong').textContent(), title, 'the spa\'s title, as text');
  assert.equal(await page.evaluate(() => document.getElementById('pain-map').shadowRoot.querySelectorAll('img').length), 0);
  assert.equal(await page.evaluate(() => document.querySelectorAll('img').length), 0);
  // No <img> exists anywhere (above), so none can load or run its onerror later.
  assert.deepEqual(dialogs, [], 'no dialog opened');
  assert.ok(!env.server.log.slice(start).some((p) => p.endsWith('/x')), 'no image was requested');
  assert.equal((await page.locator('#pain-map .lpm-title').textContent()).trim(), EN.ui.title, 'the rest stays built-in');

  assert.equal(await root(page, '#fr').getAttribute('lang'), 'fr');
  assert.equal((await page.locator('#fr .lpm-title').textContent()).trim(), 'Où avez-vous mal ?');
  assert.equal((await page.locator('#fr .lpm-intro').textContent()).trim(), EN.ui.intro, 'English where the spa gave no French');
  assert.deepEqual(await answer(page, '#fr', 'right-knee', 'ache'), { region: 'right-knee', pain: 'ache', cause: 'sensitivity', tier: 'therapist' });
  assert.equal((await page.locator('#fr .lpm-cause strong').textContent()).trim(), EN.causes.sensitivity.title);
  assert.deepEqual((await page.evaluate(() => window.__events)).filter((e) => e.name === 'content-error'), [], 'both overrides are valid');
  assert.deepEqual(errors, []);
  await context.close();
});

test('strict CSP: no violation from loading to an answer', async () => {
  const { page, context, errors } = await phonePage(env.browser);
  // Heard from before the page's first script, in the page and through the console.
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const csp = [];
  page.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) csp.push(m.text()); });
  const response = await page.goto(env.server.url + '/host/csp-strict.html');
  assert.match(response.headers()['content-security-policy'] ?? '', /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/,
    'the page is served with the strict CSP');
  // The host page itself is clean: no inline script or style, no data: icon.
  assert.equal(await page.evaluate(() => document.querySelectorAll('script:not([src]), style, [style], link[href^="data:"]').length), 0);
  await ready(page, '#pain-map');
  assert.deepEqual(await answer(page, '#pain-map'), { region: 'left-knee', pain: 'ache', cause: 'sensitivity', tier: 'therapist' });
  await page.locator('#pain-map .lpm-switch-btn[data-view="back"]').tap();
  await page.locator('#pain-map .lpm-faq-item summary').first().tap();
  await page.locator('#pain-map .lpm-faq-item[open]').first().waitFor();
  await settled(page);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(csp, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('privacy: no request leaves the test server; no cookie, storage or database', async () => {
  const p = await phonePage(env.browser);
  const requests = [];
  p.context.on('request', (r) => requests.push(r.url()));
  await p.page.goto(env.server.url + '/host/plain.html');
  await ready(p.page, '#pain-map');
  await answer(p.page, '#pain-map');
  await p.page.locator('#pain-map [data-action="change-feeling"]').tap();
  await answer(p.page, '#pain-map', 'right-calf', 'cramp');
  await p.page.waitForLoadState('networkidle');
  const elsewhere = requests.filter((u) => new URL(u).origin !== env.server.url);
  assert.ok(requests.length >= 4, `${requests}`);
  assert.deepEqual(elsewhere, [], 'requests to other origins');
  assert.deepEqual(await p.page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: await indexedDB.databases(),
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker?.getRegistrations?.())?.length ?? 0,
  })), { cookie: '', local: 0, session: 0, databases: [], caches: [], workers: 0 });
  assert.deepEqual(await p.context.cookies(), []);
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('fallback: readable text when the wasm is missing, and the element\'s own text when the script is', async () => {
  const broken = await phonePage(env.browser);
  await broken.page.goto(env.server.url + '/host/embed-broken.html');
  const failed = broken.page.locator('#pain-map .lpm-failed');
  await failed.waitFor({ timeout: 20000 });
  assert.ok(await failed.isVisible());
  assert.match(await failed.innerText(), /\w{3,}.*\w{3,}/, 'a sentence, not an empty box');
  assert.equal(await broken.page.locator('#pain-map [data-region]').count(), 0);
  assert.ok((await broken.page.locator('#pain-map').boundingBox()).height >= 40);
  await broken.context.close();

  const missing = await phonePage(env.browser);
  await missing.page.goto(env.server.url + '/host/embed-no-script.html');
  await missing.page.waitForLoadState('load');
  const el = missing.page.locator('#pain-map');
  assert.ok(await el.isVisible(), 'the light-DOM fallback shows');
  assert.match(await el.innerText(), /\w{3,}/);
  assert.equal(await missing.page.evaluate(() => !!customElements.get('leg-pain-map')), false);
  await missing.context.close();

  // The snippet's own fallback (site/snippet.mjs: text directly in the element) when its script
  // cannot load, and hidden under the widget when it can.
  const integrity = 'sha384-' + createHash('sha384').update(readFileSync(`${process.env.LPM_DIST || 'dist'}/leg-pain-map.js`)).digest('base64');
  const pasted = (src) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head><body>${snippet({ src, integrity, attrs: { 'emergency-number': '112' } })}</body></html>`;
  const noScript = await phonePage(env.browser);
  await noScript.page.route('**/host/snippet-*.html', (route) => route.fulfill({ contentType: 'text/html', body: pasted(route.request().url().includes('gone') ? '/gone/leg-pain-map.js' : '/leg-pain-map.js') }));
  await noScript.page.goto(env.server.url + '/host/snippet-gone.html');
  await noScript.page.waitForLoadState('load');
  assert.equal(await noScript.page.locator('leg-pain-map').innerText(), FALLBACK, 'the snippet\'s fallback shows where the script cannot load');
  await noScript.page.goto(env.server.url + '/host/snippet-live.html');
  await ready(noScript.page, 'leg-pain-map');
  // Hidden under a working widget: the text node has no boxes (the shadow root has no slot).
  assert.equal(await noScript.page.locator('leg-pain-map').evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el.firstChild);
    return range.getClientRects().length;
  }), 0, 'and is hidden under a working widget');
  await noScript.context.close();
});

// A widget with a spa's own words shows the placeholder while the wasm loads (with the built-in
// words it shows the prerendered start screen instead: prerender.test.mjs).
test('placeholder: holds the widget\'s place while the wasm loads, close to its drawn height', async () => {
  const { page, context, errors } = await phonePage(env.browser);
  let held;
  const asked = new Promise((resolve) => { held = resolve; });
  // The wasm is held back until the placeholder has been measured.
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => {
    held();
    await gate;
    await route.continue();
  });
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const height = () => page.locator('#pain-map').evaluate((e) => e.getBoundingClientRect().height);
  const words = page.waitForRequest((request) => /lpm-content-en-/.test(request.url()));
  await page.goto(env.server.url + '/host/embed-overrides.html');
  await asked;
  const placeholder = page.locator('#pain-map .lpm-placeholder');
  await placeholder.waitFor({ state: 'attached' });
  assert.equal(await placeholder.getAttribute('data-theme'), 'light', 'the placeholder wears the widget\'s theme');
  await words;
  assert.ok(requested.some((path) => /lpm-content-en-/.test(path)), `the words download while the wasm does: ${requested}`);
  const waiting = await height();
  assert.equal(await page.locator('#pain-map [data-region]').count(), 0, 'measured before the widget drew');
  release();
  await ready(page, '#pain-map');
  await settled(page);
  const drawn = await height();
  const jump = Math.abs(drawn - waiting) / Math.max(drawn, waiting);
  console.log(`placeholder ${waiting.toFixed(1)} px, drawn ${drawn.toFixed(1)} px at 390 px wide: ${(jump * 100).toFixed(1)}% jump`);
  assert.ok(waiting >= 200, `the placeholder holds a place: ${waiting} px`);
  assert.ok(jump < 0.1, `placeholder ${waiting} px vs drawn ${drawn} px: ${(jump * 100).toFixed(1)}%`);
  assert.equal(await placeholder.count(), 0, 'the placeholder is gone once the widget has drawn');
  assert.deepEqual(errors, []);
  await context.close();
});
