// WordPress, for real: Debian's WordPress 6.1 (its default theme twentytwentythree) with a private
// MariaDB and `php -S` (tests/e2e/wordpress/wp.mjs), the plugin installed from the zip that
// scripts/pack.sh builds, and posts written over REST by each role, so kses treats them as the
// editor would: an Author's shortcode and block, an Administrator's raw snippet in a Custom HTML
// block and as classic content. Each page, on a phone, completes the journey; the Book link carries
// the summary; no console error; WP_DEBUG_LOG holds nothing from the plugin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, phonePage, ready, serve, settled, SHOTS, widget } from './lib/page.mjs';
import { FALLBACK, snippet } from '../../site/snippet.mjs';
import { missing, startWordPress } from './wordpress/wp.mjs';

// The WordPress layer gives up after 10 minutes, whatever it is waiting for.
const GIVE_UP = setTimeout(() => { console.error('wordpress.test.mjs: gave up after 10 minutes'); process.exit(1); }, 10 * 60 * 1000);
GIVE_UP.unref();

const VERSION = JSON.parse(readFileSync('package.json', 'utf8')).version;
const ZIP = `target/leg-pain-map-wordpress-${VERSION}.zip`;
const PLUGIN = 'leg-pain-map/leg-pain-map';
/** Two placeholders and an `&`, as a spa's booking form would take them. */
const BOOKING = '/book/?notes={summary}&area={region}';
const timings = {};
let wp, browser, cdn, entryIntegrity;
const posts = {};

before(async () => {
  const start = Date.now();
  const gone = missing();
  assert.deepEqual(gone, [], 'scripts/setup.sh installs these');
  assert.ok(statSync('dist/leg-pain-map.js').isFile(), 'the release bundle (scripts/build.sh)');
  execFileSync('bash', ['scripts/pack.sh', '--no-build'], { stdio: 'ignore' });
  timings.pack = Date.now() - start;
  entryIntegrity = 'sha384-' + createHash('sha384').update(readFileSync('dist/leg-pain-map.js')).digest('base64');
  wp = await startWordPress({ zip: ZIP });
  timings.wordpress = Date.now() - start - timings.pack;
  cdn = await serve({ cors: true }); // the bundle on a second origin, as a CDN would serve it
  browser = await launch();
}, { timeout: 5 * 60 * 1000 });

after(async () => {
  await browser?.close();
  await cdn?.close();
  await wp?.stop();
  console.log(`wordpress: pack ${timings.pack} ms, WordPress up ${timings.wordpress} ms`);
});

/** The plugin's PHP files, in the zip as installed. */
function phpFiles(dir) {
  return readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.php')).map((f) => join(dir, f));
}

/** Logs in through wp-login.php on a desktop-sized page; records the requests that failed. */
async function logIn(login) {
  const p = await phonePage(browser, { viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });
  p.failed = [];
  // A request cancelled by the next navigation (net::ERR_ABORTED) is not a failure.
  p.page.on('requestfailed', (r) => { if (r.failure()?.errorText !== 'net::ERR_ABORTED') p.failed.push(r.url()); });
  await p.page.goto(`${wp.url}/wp-login.php`);
  // WordPress focuses and selects the username field 200 ms after the page runs its script. Were
  // that to land while the password is being typed, the password would go into the username
  // field (CI saw a login bounce with an empty password): wait for it as a person sees the cursor.
  await p.page.waitForFunction(() => document.activeElement?.id === 'user_login');
  await p.page.fill('#user_login', login);
  await p.page.fill('#user_pass', wp.password);
  await Promise.all([p.page.waitForURL(/wp-admin/), p.page.click('#wp-submit')]);
  return p;
}

/** Console errors on an admin screen, less WordPress's own avatars, which it asks Gravatar for
 *  (no network here); any other failed request stays in. */
function adminErrors(p) {
  const elsewhere = p.failed.filter((u) => !/^https:\/\/(secure|\d)\.gravatar\.com\/avatar\//.test(u));
  const errors = p.errors.filter((e) => e !== 'Failed to load resource: net::ERR_NAME_NOT_RESOLVED');
  return [...errors, ...elsewhere.map((u) => `failed: ${u}`)];
}

test('the zip: the plugin pins the widget (version and integrity), every PHP file passes php -l', () => {
  const listed = execFileSync('unzip', ['-Z1', ZIP], { encoding: 'utf8' }).split('\n');
  for (const file of ['leg-pain-map/leg-pain-map.php', 'leg-pain-map/readme.txt', 'leg-pain-map/uninstall.php', 'leg-pain-map/.htaccess',
    'leg-pain-map/block/block.json', 'leg-pain-map/block/index.js', 'leg-pain-map/block/index.asset.php', 'leg-pain-map/block/render.php',
    'leg-pain-map/widget/leg-pain-map.js', 'leg-pain-map/widget/bundle.php']) assert.ok(listed.includes(file), `${file} in the zip`);
  assert.ok(listed.some((f) => /^leg-pain-map\/widget\/.*_bg\.wasm$/.test(f)), 'the wasm in the zip');
  const dir = join(wp.content, 'plugins/leg-pain-map');
  const files = phpFiles(dir);
  for (const file of files) execFileSync('php', ['-l', file], { stdio: 'ignore' });
  const bundle = readFileSync(join(dir, 'widget/bundle.php'), 'utf8');
  assert.match(bundle, new RegExp(`'version' *=> '${VERSION}'`));
  assert.ok(bundle.includes(`'integrity' => '${entryIntegrity}'`), 'the integrity of dist/leg-pain-map.js');
  const readme = readFileSync(join(dir, 'readme.txt'), 'utf8');
  assert.match(readme, new RegExp(`^Stable tag: ${VERSION}$`, 'm'));
  assert.match(readme, /^Requires at least: 6\.1$/m);
  assert.match(readme, /^Tested up to: 6\.1$/m);
  assert.match(readme, /^== Frequently Asked Questions ==$/m);
  assert.equal(JSON.parse(readFileSync(join(dir, 'block/block.json'), 'utf8')).apiVersion, 2);
  // Nothing leaves the site because of the plugin: no HTTP client, no socket, no cookie, no mail.
  const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  assert.doesNotMatch(code, /wp_remote_|wp_safe_remote_|download_url|curl_|fsockopen|stream_socket|file_get_contents\s*\(\s*['"]https?:|setcookie|wp_mail|\$_COOKIE/);
  // The fallback is the same words as the snippet's.
  assert.ok(readFileSync(join(dir, 'includes/render.php'), 'utf8').includes(`'${FALLBACK}'`), 'the plugin\'s fallback is site/snippet.mjs\'s');
  console.log(`zip ${statSync(ZIP).size} bytes, ${listed.filter(Boolean).length} entries; php -l on ${files.length} files`);
});

test('an Administrator activates the plugin over REST and sets the defaults on Settings → Leg pain map; a bad colour is an admin notice', async () => {
  const active = await wp.rest('administrator', 'POST', `/wp/v2/plugins/${PLUGIN}`, { status: 'active' });
  assert.equal(active.status, 'active');
  // An Author may not activate plugins.
  await assert.rejects(wp.rest('author', 'POST', `/wp/v2/plugins/${PLUGIN}`, { status: 'inactive' }), /403|401/);

  const p = await logIn('admin');
  await p.page.goto(`${wp.url}/wp-admin/options-general.php?page=leg-pain-map`);
  assert.equal(await p.page.locator('h1').textContent(), 'Leg pain map');
  await p.page.fill('#leg-pain-map-emergency_number', '112');
  await p.page.fill('#leg-pain-map-booking_label', 'Book a massage with us');
  await p.page.fill('#leg-pain-map-colour_accent', '#7c3aed');
  await p.page.fill('#leg-pain-map-colour_text', 'purple; } body { display: none');
  await Promise.all([p.page.waitForLoadState('load'), p.page.click('#submit')]);
  await p.page.locator('#setting-error-leg_pain_map_colour_text').waitFor();
  assert.match(await p.page.locator('#setting-error-leg_pain_map_colour_text').textContent(), /is not a hex colour/);
  assert.equal(await p.page.locator('#leg-pain-map-colour_accent').inputValue(), '#7c3aed');
  assert.equal(await p.page.locator('#leg-pain-map-colour_text').inputValue(), '', 'the bad colour was not saved');
  await p.page.screenshot({ path: `${SHOTS}/wordpress-settings-1280.png`, fullPage: true });
  // A booking link that is not http(s) or a path is refused the same way.
  await p.page.fill('#leg-pain-map-booking_url', 'javascript:alert(1)//{summary}');
  await Promise.all([p.page.waitForLoadState('load'), p.page.click('#submit')]);
  await p.page.locator('#setting-error-leg_pain_map_booking_url').waitFor();
  assert.equal(await p.page.locator('#leg-pain-map-booking_url').inputValue(), '');
  assert.deepEqual(wp.php("get_option('leg_pain_map')['booking_url']"), '');
  // The suggested privacy-policy text (Settings → Privacy → the policy guide).
  await p.page.goto(`${wp.url}/wp-admin/options-privacy.php?tab=policyguide`);
  await p.page.getByText('The leg pain map on this site runs entirely in your browser').waitFor({ state: 'attached' });
  assert.deepEqual(adminErrors(p), []);
  await p.context.close();
});

test('the shortcode takes the element\'s attribute names; values it cannot use are left out, the rest escaped', () => {
  const out = (code) => wp.php(`do_shortcode(${JSON.stringify(code).replace(/\$/g, '\\$')})`);
  const element = (html) => html.replace(/>[^<]*<\/leg-pain-map>$/, '>');
  assert.equal(element(out('[leg_pain_map lang="es-MX" view="back" theme="dark" deep-link="true" booking-label="Reserve \'now\' <b>"]')),
    '<leg-pain-map lang="es-mx" booking-label="Reserve &#039;now&#039;" emergency-number="112" view="back" theme="dark" deep-link>');
  assert.equal(element(out('[leg_pain_map deep-link="false" view="sideways" theme="neon" lang="e" booking-url="javascript:alert(1)//{summary}"]')),
    '<leg-pain-map booking-label="Book a massage with us" emergency-number="112">', 'the site defaults, nothing else');
  for (const bad of ['//evil.example/{summary}', 'data:text/html,x', 'https:/x', '/x y', 'ftp://x.example/']) {
    assert.doesNotMatch(out(`[leg_pain_map booking-url="${bad}"]`), /booking-url=/, bad);
  }
  // A backslash cannot come through a shortcode (WordPress unescapes it) but can through a block.
  assert.deepEqual(wp.php(String.raw`[leg_pain_map_clean('booking-url', '/\evil.example/'), leg_pain_map_clean('booking-url', '/book?n={summary}')]`), ['', '/book?n={summary}']);
  // kses's &amp; and a raw & give the same link, escaped once.
  for (const amp of ['&amp;', '&', '&#038;']) {
    assert.match(out(`[leg_pain_map booking-url="https://cal.com/linden?a1={summary}${amp}x={region}"]`), / booking-url="https:\/\/cal\.com\/linden\?a1=\{summary\}&amp;x=\{region\}"/, amp);
  }
  assert.ok(out('[leg_pain_map]').endsWith(`>${FALLBACK}</leg-pain-map>`));
});

test('an Author (no unfiltered_html) publishes a post with the shortcode and one with the block, over REST', async () => {
  const caps = wp.php("array_map(fn($u) => [user_can(get_user_by('login',$u),'unfiltered_html'), user_can(get_user_by('login',$u),'publish_pages')], ['author','editor','admin'])");
  assert.deepEqual(caps, [[false, false], [true, true], [true, true]], 'unfiltered_html and publish_pages: the Author has neither; the Editor (single site) and the Administrator both');
  const shortcode = `<p>Where does it hurt? Tap the leg.</p>\n\n[leg_pain_map booking-url="${BOOKING}" deep-link content-src="https://evil.example/words.json" style="display:none" onclick="alert(1)"]\n\n<p>We answer within a day.</p>`;
  posts.authorShortcode = await wp.rest('author', 'POST', '/wp/v2/posts', { title: 'Author: shortcode', status: 'publish', content: shortcode });
  // The editor serialises `&` in a block's attributes as \u0026; kses then stores it as &amp;.
  const block = `<!-- wp:paragraph -->\n<p>¿Dónde le duele?</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:leg-pain-map/map {"bookingUrl":"${BOOKING.replace('&', '\\u0026')}","lang":"es","emergencyNumber":"999","deepLink":true} /-->`;
  posts.authorBlock = await wp.rest('author', 'POST', '/wp/v2/posts', { title: 'Author: block', status: 'publish', content: block });
  assert.match(posts.authorShortcode.content.raw, /\{summary\}&amp;area=\{region\}/, 'kses stored the shortcode\'s & as &amp;');
  assert.match(posts.authorBlock.content.raw, /\{summary\}\\u0026amp;area=\{region\}/, 'kses stored the block attribute\'s & as &amp;');
  // What an Author cannot do: the raw snippet loses its script, its style and the element.
  const raw = snippet({ src: `${cdn.url}/leg-pain-map.js`, integrity: entryIntegrity, attrs: { 'booking-url': BOOKING } });
  const stripped = await wp.rest('author', 'POST', '/wp/v2/posts', { title: 'Author: raw snippet', status: 'draft', content: `<!-- wp:html -->\n${raw}\n<!-- /wp:html -->` });
  assert.doesNotMatch(stripped.content.raw, /<script|<style|<leg-pain-map/, 'kses strips them for an Author');
  const frame = await wp.rest('author', 'POST', '/wp/v2/posts', { title: 'Author: iframe', status: 'draft', content: `<iframe src="${cdn.url}/frame.html?lang=en" title="Leg pain map"></iframe>` });
  assert.doesNotMatch(frame.content.raw, /<iframe/, 'and the iframe fallback');
});

test('an Administrator publishes the settings page\'s snippet in a Custom HTML block and as classic content, and the old fallback shape as a control', async () => {
  const raw = snippet({ src: `${cdn.url}/leg-pain-map.js`, integrity: entryIntegrity, attrs: { 'booking-url': BOOKING, 'emergency-number': '112', lang: 'en' } });
  posts.adminHtml = await wp.rest('administrator', 'POST', '/wp/v2/posts', { title: 'Administrator: Custom HTML block', status: 'publish', content: `<!-- wp:html -->\n${raw}\n<!-- /wp:html -->` });
  assert.ok(posts.adminHtml.content.raw.includes(raw), 'kept byte for byte');
  posts.adminClassic = await wp.rest('administrator', 'POST', '/wp/v2/posts', { title: 'Administrator: classic content', status: 'publish', content: `Our leg pain map:\n\n${raw}\n\nSee you soon.` });
  // The shape this issue replaced: a <p> inside the element, which wpautop's <p> pushes out.
  const old = raw.replace(`>${FALLBACK}</leg-pain-map>`, `>\n  <p>${FALLBACK}</p>\n</leg-pain-map>`);
  assert.notEqual(old, raw);
  posts.oldShape = await wp.rest('administrator', 'POST', '/wp/v2/posts', { title: 'Control: old fallback shape', status: 'publish', content: old });
});

/** Opens a published post on a phone and waits for its widget. */
async function openPost(post) {
  const p = await phonePage(browser);
  p.requested = [];
  p.page.on('request', (r) => p.requested.push(r.url()));
  await p.page.goto(post.link);
  await ready(p.page, 'leg-pain-map');
  return { ...p, w: widget(p.page, 'leg-pain-map') };
}

/** How many times the fallback text is on screen: text nodes that have boxes (the light DOM of a
 *  running widget has none: its shadow root has no slot). */
const visibleFallback = (page) => page.evaluate(() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let shown = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.data.includes('needs a current browser')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    if (range.getClientRects().length) shown += 1;
  }
  return shown;
});

/** The journey to an answer that shows Book; the link carries the summary and the place. */
async function journeyBooks(p, label) {
  const data = await p.w.answer('left-calf', 'knot', { timing: 'after' });
  assert.equal(data.tier, 'self-care', label);
  const summary = (await p.w.$('.lpm-summary').textContent()).trim();
  const href = await p.w.$('.lpm-book').getAttribute('href');
  const link = new URL(href, p.page.url());
  assert.equal(link.origin + link.pathname, `${wp.url}/book/`, `${label}: ${href}`);
  assert.equal(link.searchParams.get('notes'), summary, `${label}: the Book link carries the summary`);
  assert.equal(link.searchParams.get('area'), 'left-calf', `${label}: and the place`);
  assert.ok(summary.length > 40, summary);
  return data;
}

const pluginScripts = (page) => page.locator('script[src*="leg-pain-map.js"]').evaluateAll((els) => els.map((e) => ({
  src: e.getAttribute('src'), type: e.getAttribute('type'), integrity: e.getAttribute('integrity'), crossorigin: e.getAttribute('crossorigin'),
})));

test('on a phone: the Author\'s shortcode post completes the journey, Book carries the summary; only the allowed attributes reach the element', async () => {
  const p = await openPost(posts.authorShortcode);
  const attrs = await p.page.locator('leg-pain-map').evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
  assert.deepEqual(attrs, { 'booking-url': BOOKING, 'booking-label': 'Book a massage with us', 'emergency-number': '112', 'deep-link': '' },
    'site defaults under the shortcode\'s own; no content-src, style or onclick from a shortcode');
  assert.deepEqual(await pluginScripts(p.page), [{ src: `${wp.url}/wp-content/plugins/leg-pain-map/widget/leg-pain-map.js`, type: 'module', integrity: entryIntegrity, crossorigin: 'anonymous' }],
    'one module script, from the plugin\'s own copy, with its integrity and no ?ver=');
  const css = await p.page.locator('head style#leg-pain-map-css').textContent();
  assert.equal(css, 'leg-pain-map:not(:defined){display:block;min-height:1840px}leg-pain-map{--lpm-accent:#7c3aed;}');
  assert.equal(await p.page.locator('leg-pain-map').evaluate((el) => getComputedStyle(el).getPropertyValue('--lpm-accent').trim()), '#7c3aed');
  await p.page.screenshot({ path: `${SHOTS}/wordpress-author-shortcode-390.png` });
  await journeyBooks(p, 'shortcode');
  assert.equal(await p.w.$('.lpm-book').textContent().then((t) => t.trim()), 'Book a massage with us');
  assert.match(p.page.url(), /#left-calf\/knot\/4$/, 'deep-link on: place, feeling and rating in the hash');
  assert.deepEqual(await p.context.cookies(), [], 'no cookie for a visitor');
  assert.deepEqual(p.requested.filter((u) => !u.startsWith(wp.url + '/')), [], 'every request to the site itself, the widget\'s files included');
  assert.equal(await visibleFallback(p.page), 0);
  assert.deepEqual(p.errors, []);
  await settled(p.page);
  await p.page.screenshot({ path: `${SHOTS}/wordpress-author-shortcode-answer-390.png` });
  await p.context.close();
});

test('on a phone: the Author\'s block post (Spanish, its own emergency number) completes the journey, Book carries the summary', async () => {
  const p = await openPost(posts.authorBlock);
  const attrs = await p.page.locator('leg-pain-map').evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
  assert.deepEqual(attrs, { lang: 'es', 'booking-url': BOOKING, 'booking-label': 'Book a massage with us', 'emergency-number': '999', 'deep-link': '' });
  assert.equal(await p.page.locator('leg-pain-map .lpm[lang]').getAttribute('lang'), 'es');
  await journeyBooks(p, 'block');
  await p.w.tick('breathless');
  await p.w.tier('emergency');
  assert.equal(await p.w.$('a.lpm-call').getAttribute('href'), 'tel:999');
  assert.equal(await visibleFallback(p.page), 0);
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('on a phone: the Administrator\'s Custom HTML block, the widget from a second origin with its integrity', async () => {
  const p = await openPost(posts.adminHtml);
  assert.deepEqual(await pluginScripts(p.page), [{ src: `${cdn.url}/leg-pain-map.js`, type: 'module', integrity: entryIntegrity, crossorigin: 'anonymous' }], 'only the snippet\'s script: the plugin adds none');
  assert.equal(await p.page.locator('style#leg-pain-map-css').count(), 0);
  await journeyBooks(p, 'Custom HTML block');
  assert.equal(await visibleFallback(p.page), 0);
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('on a phone: the Administrator\'s classic content: wpautop wraps the element in a <p>, the fallback stays inside it and hidden', async () => {
  const p = await openPost(posts.adminClassic);
  const shape = await p.page.locator('leg-pain-map').evaluate((el) => ({ parent: el.parentElement.localName, text: el.textContent, children: el.children.length }));
  assert.deepEqual(shape, { parent: 'p', text: FALLBACK, children: 0 }, 'wrapped by wpautop; the fallback still inside the element');
  assert.equal(await visibleFallback(p.page), 0, 'no fallback text under a working widget');
  assert.equal(await p.page.getByText('min-height: 1840px').count(), 0, 'no CSS shown as text');
  await p.page.screenshot({ path: `${SHOTS}/wordpress-admin-classic-390.png` });
  await journeyBooks(p, 'classic content');
  assert.deepEqual(p.errors, []);
  await p.context.close();
  // The control: the old shape's <p> is pushed out of the element and shows under the widget.
  const old = await openPost(posts.oldShape);
  assert.equal(await visibleFallback(old.page), 1, 'the old shape shows the fallback under a working widget');
  await old.context.close();
});

test('pages without the map load nothing of it', async () => {
  const p = await phonePage(browser);
  await p.page.goto(`${wp.url}/?page_id=2`); // the Sample Page
  assert.equal(await p.page.locator('script[src*="leg-pain-map"]').count(), 0);
  assert.equal(await p.page.locator('#leg-pain-map-css').count(), 0);
  const requested = [];
  p.page.on('request', (r) => requested.push(r.url()));
  await p.page.reload();
  assert.deepEqual(requested.filter((u) => !u.startsWith(wp.url)), [], 'no third-party request');
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('the CDN option loads the same pinned file from the npm CDN path, integrity checked', async () => {
  // The settings form as the Administrator would use it (a fresh login).
  const p = await logIn('admin');
  await p.page.goto(`${wp.url}/wp-admin/options-general.php?page=leg-pain-map`);
  await p.page.selectOption('#leg-pain-map-source', 'cdn');
  await Promise.all([p.page.waitForLoadState('load'), p.page.click('#submit')]);
  await p.page.locator('#setting-error-settings_updated').waitFor();
  await p.context.close();
  const phone = await phonePage(browser);
  const jsdelivr = `https://cdn.jsdelivr.net/npm/leg-pain-map@${VERSION}/dist/`;
  // No network here: the npm CDN path is answered from the packed bundle, as the CDN would.
  await phone.page.route(`${jsdelivr}**`, async (route) => {
    const res = await fetch(cdn.url + '/' + route.request().url().slice(jsdelivr.length));
    route.fulfill({ status: res.status, headers: { 'content-type': res.headers.get('content-type'), 'access-control-allow-origin': '*' }, body: Buffer.from(await res.arrayBuffer()) });
  });
  await phone.page.goto(posts.authorShortcode.link);
  await ready(phone.page, 'leg-pain-map');
  assert.deepEqual((await pluginScripts(phone.page)).map((s) => [s.src, s.integrity]), [[`${jsdelivr}leg-pain-map.js`, entryIntegrity]]);
  assert.deepEqual(phone.errors, []);
  await phone.context.close();
  wp.php("update_option('leg_pain_map', array_merge(get_option('leg_pain_map'), ['source' => 'plugin']))");
});

test('the spa\'s own wording (content-src) is a site-wide setting for Administrators, and reaches every map', async () => {
  writeFileSync(join(wp.content, 'uploads/lpm-words.json'), JSON.stringify({ en: { causes: { knots: { title: 'Linden Spa: a knot we can work on' } } } }));
  const p = await logIn('admin');
  await p.page.goto(`${wp.url}/wp-admin/options-general.php?page=leg-pain-map`);
  await p.page.fill('#leg-pain-map-content_src', '/wp-content/uploads/lpm-words.json');
  await Promise.all([p.page.waitForLoadState('load'), p.page.click('#submit')]);
  await p.page.locator('#setting-error-settings_updated').waitFor();
  await p.context.close();
  const phone = await openPost(posts.authorShortcode);
  assert.equal(await phone.page.locator('html').getAttribute('lang'), 'en-US');
  const el = await phone.page.locator('leg-pain-map').evaluate((e) => [e.getAttribute('content-src'), e.getAttribute('lang')]);
  assert.deepEqual(el, ['/wp-content/uploads/lpm-words.json', 'en'], 'the site\'s primary language, which the words are keyed by');
  const data = await phone.w.answer('left-calf', 'knot', { timing: 'after' });
  assert.equal(data.cause, 'knots');
  assert.match(await phone.w.card().textContent(), /Linden Spa: a knot we can work on/, 'the spa\'s words in the answer');
  assert.deepEqual(phone.errors, []);
  await phone.context.close();
  wp.php("update_option('leg_pain_map', array_merge(get_option('leg_pain_map'), ['content_src' => '']))");
});

test('in the editor, the Author sees the block\'s placeholder and its settings in the sidebar', async () => {
  const p = await logIn('author');
  await p.page.goto(`${wp.url}/wp-admin/post.php?post=${posts.authorBlock.id}&action=edit`);
  const block = p.page.locator('.wp-block-leg-pain-map-map');
  await block.waitFor({ timeout: 60000 });
  const guide = p.page.locator('.edit-post-welcome-guide');
  if (await guide.isVisible()) await p.page.keyboard.press('Escape');
  await guide.waitFor({ state: 'hidden' });
  assert.match(await block.innerText(), /Leg pain map[\s\S]*published page/);
  await block.click();
  const field = p.page.getByLabel('Booking link');
  await field.waitFor();
  assert.equal(await field.inputValue(), BOOKING, 'the sidebar shows the link as typed (& and placeholders)');
  await p.page.screenshot({ path: `${SHOTS}/wordpress-editor-block-1280.png` });
  const ours = p.errors.filter((e) => /leg[-_]pain[-_]map/i.test(e));
  assert.deepEqual(ours, [], 'no console error from the block\'s script');
  await p.context.close();
});

test('WP_DEBUG_LOG holds no notice, warning or deprecation from a plugin file', () => {
  let log = '';
  try { log = readFileSync(wp.log, 'utf8'); } catch { /* nothing logged at all */ }
  const lines = log.split('\n').filter(Boolean);
  // From a plugin file, or about the plugin (WordPress's "called incorrectly" notices name the
  // caller in the text, not in the file).
  const ours = lines.filter((l) => /leg[-_]pain[-_]map|called <strong>incorrectly/i.test(l));
  assert.deepEqual(ours, []);
  console.log(`debug.log: ${lines.length} lines from WordPress itself, 0 from the plugin`);
});

test('uninstalling removes the option', async () => {
  assert.notEqual(wp.php("get_option('leg_pain_map', null)"), null);
  await wp.rest('administrator', 'POST', `/wp/v2/plugins/${PLUGIN}`, { status: 'inactive' });
  await wp.rest('administrator', 'DELETE', `/wp/v2/plugins/${PLUGIN}`);
  assert.equal(wp.php("get_option('leg_pain_map', null)"), null);
});
