// The spa's side: the settings page (its snippet pasted into a blank page gives what the preview
// shows), the booking link carrying the summary to a fake booking form, the packed npm package
// loaded from a versioned CDN path on another origin with its integrity hash, the iframe
// fallback from another origin, and the Wix pattern (element first, attributes later, script twice).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, symlinkSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { axe, open, serve, setup, SHOTS, widget, phonePage } from './lib/page.mjs';
import { FALLBACK, MIN_HEIGHT_RULE, snippet as writeSnippet } from '../../site/snippet.mjs';

const env = setup();
const EN = JSON.parse(readFileSync('content/en.json', 'utf8'));
const ES = JSON.parse(readFileSync('content/es.json', 'utf8'));
const ENTRY_INTEGRITY = 'sha384-' + createHash('sha384').update(readFileSync(`${process.env.LPM_DIST || 'dist'}/leg-pain-map.js`)).digest('base64');

test('settings page: phone and keyboard, axe 0, the snippet follows the form, the URL keeps it, nothing stored', async () => {
  const { page, context, errors } = await env.open('/configure.html', { wait: ['#preview'] });
  await axe(page, 'the settings page on a phone');
  await page.screenshot({ path: `${SHOTS}/configure-390.png`, fullPage: false });
  await page.selectOption('#f-lang', 'es');
  await page.fill('#f-booking-url', 'https://cal.com/linden/massage?notes={summary}');
  await page.fill('#f-emergency-number', '112');
  await page.locator('#f-accent').evaluate((el) => { el.value = '#7c3aed'; el.dispatchEvent(new Event('input', { bubbles: true })); });
  // Keyboard only: Tab reaches the view select and a key changes it.
  await page.focus('#f-lang');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-view');
  await page.keyboard.press('ArrowDown');
  const snippet = await page.locator('#snippet').textContent();
  assert.match(snippet, /^<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/leg-pain-map\.js"\n {8}integrity="sha384-[A-Za-z0-9+/=]{64}" crossorigin="anonymous"><\/script>\n/);
  assert.ok(snippet.includes(`integrity="${ENTRY_INTEGRITY}"`), 'the integrity of the entry it names');
  assert.ok(snippet.endsWith(`>${FALLBACK}</leg-pain-map>`), 'the fallback as text directly in the element (site/snippet.mjs)');
  assert.match(snippet, /<leg-pain-map lang="es" booking-url="https:\/\/cal\.com\/linden\/massage\?notes=\{summary\}" emergency-number="112"[^>]*>/);
  assert.match(snippet, /--lpm-accent: #7c3aed;/);
  assert.ok(snippet.includes(MIN_HEIGHT_RULE), 'the line that reserves the height');
  assert.doesNotMatch(snippet, /theme=|deep-link|booking-label|content-src/, 'exactly the attributes chosen');
  assert.equal(await page.locator('#w-emergency').textContent(), '', 'no warning once a number is set');
  assert.match(await page.locator('#csp').textContent(), /'wasm-unsafe-eval'/);
  assert.equal(await page.locator('#preview').getAttribute('lang'), 'es');
  assert.equal(await page.locator('#preview .lpm[lang]').getAttribute('lang'), 'es', 'the preview follows');
  // The settings live in the URL: a reload (or a colleague's browser) gets the same page.
  const url = page.url();
  assert.match(url, /lang=es/);
  assert.match(url, /emergency-number=112/);
  const again = await env.open(url.replace(env.server.url, ''), { wait: ['#preview'] });
  assert.equal(await again.page.locator('#snippet').textContent(), snippet);
  await again.context.close();
  const stored = await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]);
  assert.deepEqual(stored, [0, 0, '']);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${SHOTS}/configure-1280.png` });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the README\'s snippet and the pack script\'s (target/snippet.html, packed in `before`) are written by site/snippet.mjs, as the settings page\'s', () => {
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
  const src = `https://cdn.jsdelivr.net/npm/leg-pain-map@${version}/dist/leg-pain-map.js`;
  const readme = readFileSync('README.md', 'utf8');
  const documented = writeSnippet({ src, integrity: 'sha384-…', attrs: { 'booking-url': 'https://your-spa.example/book?notes={summary}', 'emergency-number': '112', lang: 'en' } });
  assert.ok(readme.includes('```html\n' + documented + '\n```'), `README's Embedding snippet:\n${documented}`);
  const packed = readFileSync('target/snippet.html', 'utf8').trim();
  assert.equal(packed, writeSnippet({ src, integrity: ENTRY_INTEGRITY, attrs: { 'booking-url': 'https://your-spa.example/book?notes={summary}', 'emergency-number': '112' } }));
});

test('settings page: the wording editor lists every problem by path, with the widget\'s own validator', async () => {
  const { page, context } = await env.open('/configure.html', { wait: ['#preview'] });
  await page.locator('button[data-example="cause"]').click();
  await page.locator('#problems').getByText('No problems').waitFor();
  await page.locator('#preview').locator('.lpm').waitFor();
  await page.fill('#f-words', '{ "en": { "causes": { "knots": { "title": 7 } }, "tiers": { "emergency": { "text": "Call." } }, "gremlins": {} } }');
  await page.locator('#problems li').nth(2).waitFor();
  const listed = await page.locator('#problems li').allTextContents();
  assert.deepEqual(listed.sort(), ['en.causes.knots.title: expected text', 'en.gremlins: expected a known key', 'en.tiers.emergency.text: expected text keeping {number}']);
  await page.fill('#f-words', '{ "en": ');
  await page.locator('#problems').getByText('Not valid JSON').waitFor();
  await page.locator('button[data-example="language"]').click();
  await page.locator('#problems').getByText('No problems').waitFor();
  await context.close();
});

test('what the settings preview shows is what its snippet produces in a blank page', async () => {
  const query = '?lang=es&booking-url=%2Fhost%2Fbooking-echo.html%3Fn%3D%7Bsummary%7D&emergency-number=999&accent=%237c3aed&theme=dark&view=back';
  const cfg = await env.open('/configure.html' + query, { wait: ['#preview'] });
  const snippet = await cfg.page.locator('#snippet').textContent();
  const blank = await phonePage(env.browser);
  await blank.page.route('**/blank.html', (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html><body>${snippet}</body></html>` }));
  await blank.page.goto(env.server.url + '/blank.html');
  const pasted = widget(blank.page, 'leg-pain-map');
  const preview = widget(cfg.page, '#preview');
  await blank.page.locator('leg-pain-map [data-region]').first().waitFor({ state: 'attached' });
  const look = (p, host) => p.locator(host).evaluate((el) => ({
    attrs: ['lang', 'booking-url', 'emergency-number', 'theme', 'view'].map((n) => el.getAttribute(n)),
    accent: getComputedStyle(el).getPropertyValue('--lpm-accent').trim(),
    theme: el.shadowRoot.querySelector('.lpm').dataset.theme,
    title: el.shadowRoot.querySelector('.lpm-title').textContent,
    view: el.shadowRoot.querySelector('.lpm-view[data-current="true"]').dataset.view,
  }));
  assert.deepEqual(await look(blank.page, 'leg-pain-map'), await look(cfg.page, '#preview'));
  const a = await pasted.answer('left-calf', 'knot');
  const b = await preview.answer('left-calf', 'knot');
  assert.deepEqual(a, b);
  assert.equal(await pasted.$('.lpm-book').getAttribute('href'), await preview.$('.lpm-book').getAttribute('href'));
  await blank.context.close();
  await cfg.context.close();
});

for (const [lang, words] of [['en', EN], ['es', ES]]) {
  test(`the booking link carries the summary, URL-encoded, to a booking form (${lang}); markup and quotes arrive as text`, async () => {
    const { page, context, w, errors } = await env.open('/host/booking-host.html');
    if (lang === 'es') {
      await page.locator('#pain-map').evaluate((el) => el.setAttribute('lang', 'es'));
      await page.locator('#pain-map .lpm[lang="es"]').waitFor();
    }
    const data = await w.answer('right-calf', 'knot', { timing: 'after' });
    assert.equal(data.tier, 'self-care');
    const note = (await w.$('.lpm-book-note').textContent()).trim();
    assert.equal(note, words.ui.book_note, 'the button says what it carries');
    const summary = (await w.$('.lpm-summary').textContent()).trim();
    const [form] = await Promise.all([context.waitForEvent('page'), w.press(w.$('.lpm-book'))]);
    await form.locator('body[data-ready="true"]').waitFor();
    const arrived = Object.fromEntries(await form.locator('dd').evaluateAll((dds) => dds.map((d) => [d.dataset.key, d.textContent])));
    assert.deepEqual(arrived, { notes: summary, where: 'right-calf', feeling: 'knot', tier: 'self-care', lang });
    assert.match(arrived.notes, lang === 'en' ? /<b>"bold"<\/b> & 'quoted'/ : /<i>"raro"<\/i> & 'citado'/);
    assert.equal(await form.locator('dd b, dd i').count(), 0, 'markup arrived as text, never as elements');
    assert.match(arrived.notes, new RegExp(words.ui.no_signs), 'timing and signs are in it');
    // Urgent answers have no booking link at all.
    await w.tick('clot');
    await w.tier('urgent');
    assert.equal(await w.$('.lpm-book').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the Wix pattern: element first, attributes later, the script twice: one working widget', async () => {
  const { page, context, w, errors } = await env.open('/host/wix-pattern.html');
  await page.locator('#pain-map .lpm[lang="es"]').waitFor();
  assert.equal(await page.locator('leg-pain-map').count(), 1);
  assert.equal(await page.locator('#pain-map').evaluate((el) => el.shadowRoot.querySelectorAll('.lpm').length), 1);
  const data = await w.answer('left-knee', 'ache');
  assert.equal(data.tier, 'therapist');
  assert.match(await w.$('.lpm-book').getAttribute('href'), /booking-echo\.html\?n=Rodilla/);
  await w.tick('breathless');
  await w.tier('emergency');
  assert.equal(await w.$('a.lpm-call').getAttribute('href'), 'tel:112');
  assert.deepEqual(errors, []);
  await context.close();
});

// ---- the package, from a CDN on another origin ----
// Host pages on their own server (not fulfilled by the test): Chromium only lets a page reach a
// loopback origin from another loopback origin, as a real spa page on its own host would.
let cdn, pkgDir, hosts;
before(() => {
  execFileSync('bash', ['scripts/pack.sh', '--no-build'], { stdio: 'ignore' });
  const tarball = readdirSync('target').find((f) => /^leg-pain-map-\d+\.\d+\.\d+\.tgz$/.test(f));
  const work = mkdtempSync(join(tmpdir(), 'lpm-pkg-'));
  const site = join(work, 'site');
  mkdirSync(site);
  // An empty folder, the packed tarball installed into it as a spa's build (or a CDN) would.
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--offline', resolve('target', tarball)], { cwd: site, stdio: 'ignore' });
  const version = JSON.parse(readFileSync(join(site, 'node_modules/leg-pain-map/package.json'), 'utf8')).version;
  mkdirSync(join(work, 'cdn/npm'), { recursive: true });
  symlinkSync(join(site, 'node_modules/leg-pain-map'), join(work, 'cdn/npm', `leg-pain-map@${version}`));
  mkdirSync(join(work, 'pages'));
  pkgDir = { root: join(work, 'cdn'), pages: join(work, 'pages'), version };
});
before(async () => {
  cdn = await serve({ dist: pkgDir.root, cors: true });
  hosts = await serve({ pages: pkgDir.pages });
});
after(async () => { await cdn?.close(); await hosts?.close(); });
/** Writes a host page for the spa's own origin and returns its URL. */
function hostPage(name, body) {
  writeFileSync(join(pkgDir.pages, name), `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head><body>${body}</body></html>`);
  return `${hosts.url}/host/${name}`;
}

test('the packed package works unchanged from a versioned CDN path on another origin, integrity checked', async () => {
  const base = `${cdn.url}/npm/leg-pain-map@${pkgDir.version}/dist`;
  const snippet = readFileSync('target/snippet.html', 'utf8').replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/leg-pain-map@[^/]+\/dist/, base);
  assert.match(snippet, /integrity="sha384-[A-Za-z0-9+/=]{64}"/);
  const p = await phonePage(env.browser);
  const types = {};
  p.page.on('response', (r) => { types[new URL(r.url()).pathname.split('.').pop()] = r.headers()['content-type']; });
  await p.page.goto(hostPage('spa.html', snippet.replace('<leg-pain-map ', '<leg-pain-map id="pain-map" ')));
  const data = await p.w.answer('left-calf', 'cramp');
  assert.equal(data.tier, 'self-care');
  assert.equal(types.wasm, 'application/wasm');
  assert.equal(types.json, 'application/json');
  assert.deepEqual(p.errors, []);
  // A tampered entry is refused by the browser: the integrity hash covers what runs.
  const bad = await phonePage(env.browser);
  const refused = bad.page.waitForEvent('console', { predicate: (m) => /integrity/i.test(m.text()), timeout: 10000 });
  await bad.page.goto(hostPage('tampered.html', snippet.replace(/sha384-[^"]+/, 'sha384-' + 'A'.repeat(64))));
  await refused; // the browser's own line: the entry's digest does not match, the script is blocked
  assert.equal(await bad.page.evaluate(() => !!customElements.get('leg-pain-map')), false);
  await bad.context.close();
  await p.context.close();
});

test('the iframe fallback from another origin: same settings from its query, sized by the helper', async () => {
  const base = `${cdn.url}/npm/leg-pain-map@${pkgDir.version}/dist`;
  const query = 'lang=es&booking-url=%2Fbook%3Fn%3D%7Bsummary%7D&emergency-number=112&accent=%237c3aed';
  const p = await phonePage(env.browser);
  await p.page.goto(hostPage('builder.html', `<h1>Builder page</h1>
    <iframe id="f" src="${base}/frame.html?${query}" title="Leg pain map" style="width:100%;height:90vh;min-height:600px;border:0"></iframe>
    <script src="${base}/frame-resize.js"></script>`));
  const frame = p.page.frameLocator('#f');
  await frame.locator('leg-pain-map .lpm[lang="es"]').waitFor();
  const inside = widget(p.page.frames().find((f) => f.url().includes('frame.html')), 'leg-pain-map');
  const data = await inside.answer('left-calf', 'knot');
  assert.equal(data.tier, 'self-care');
  assert.match(await inside.$('.lpm-book').getAttribute('href'), /^\/book\?n=Pantorrilla/);
  await p.page.waitForFunction(() => /^\d+px$/.test(document.getElementById('f').style.height));
  // Until the last resize message after the answer opened has arrived: the frame fits its content.
  const sizes = () => Promise.all([
    p.page.locator('#f').evaluate((f) => f.getBoundingClientRect().height),
    p.page.frames().find((f) => f.url().includes('frame.html')).evaluate(() => document.documentElement.scrollHeight),
  ]);
  let [frameHeight, content] = await sizes();
  for (const deadline = Date.now() + 5000; Math.abs(frameHeight - content) > 2 && Date.now() < deadline;) {
    await p.page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    [frameHeight, content] = await sizes();
  }
  assert.ok(Math.abs(frameHeight - content) <= 2, `the frame fits its content: ${frameHeight} vs ${content}`);
  // A message from another origin is not believed.
  // Listeners run in the order they were added: once ours has heard it, frame-resize.js has too.
  await p.page.evaluate(() => new Promise((done) => {
    addEventListener('message', (e) => e.data?.height === 10 && setTimeout(done));
    postMessage({ type: 'leg-pain-map:height', height: 10 }, '*');
  }));
  assert.notEqual(await p.page.locator('#f').evaluate((f) => f.style.height), '400px');
  assert.deepEqual(p.errors, []);
  await p.context.close();
});
