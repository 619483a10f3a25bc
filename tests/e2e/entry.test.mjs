// The entry on its own, with a stub in place of the wasm glue (lib/stub-glue.mjs: no wasm runs,
// every call the entry makes is written down): the hand-over from the prerendered start screen to
// the live widget, a failed load, an element removed mid-load, and attributes set before and after
// the hand-over. The entry's states are tested exhaustively in Node (tests/lifecycle.test.mjs);
// here, what a visitor sees at each. The real wasm's side of the hand-over is in
// prerender.test.mjs. Waits are on what the page shows, never on a delay.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleEntry } from '../../scripts/entry.mjs';
import { hold, HOST, LIVE, phonePage, SEL, setup } from './lib/page.mjs';

const env = setup();
const EN = JSON.parse(readFileSync('content/en.json', 'utf8'));
const STUB = fileURLToPath(new URL('./lib/stub-glue.mjs', import.meta.url));

// The entry of the last build (scripts/bundle.mjs keeps it with its values written in, the glue
// not yet bundled) with the stub as its glue: it loads the same start screens, words and wasm
// request from the bundle under test.
let stubbed;
before(async () => {
  stubbed = (await bundleEntry(readFileSync('target/entry.js', 'utf8'), STUB, false)).text;
});

/** A phone page of the test server whose entry script is the stubbed one; `held` lists the route
 *  patterns to hold back (see `hold`). */
async function open(path, held = {}) {
  const p = await phonePage(env.browser);
  await p.page.route('**/leg-pain-map.js', (route) => route.fulfill({ contentType: 'text/javascript', body: stubbed }));
  const gates = {};
  for (const [name, glob] of Object.entries(held)) gates[name] = await hold(p.page, glob);
  await p.page.goto(env.server.url + path);
  return { ...p, ...gates, calls: () => p.page.evaluate(() => window.__glue) };
}
const WASM = '**/*.wasm';
const WORDS = '**/lpm-content-*.json';
const prerendered = (host = HOST) => `${host} .lpm-prerendered .lpm-title`;
/** Waits for the live widget at `host` in place of the start screen. */
async function live(page, host = HOST) {
  await page.locator(`${host} ${LIVE} .lpm-title`).waitFor();
  await page.locator(`${host} .lpm-prerendered`).waitFor({ state: 'detached' });
}

test('hand-over: the start screen until the wasm, then the live widget, handed the view and place chosen meanwhile', async () => {
  const { page, context, errors, wasm, calls, w } = await open('/host/plain.html', { wasm: WASM });
  await page.locator(prerendered()).waitFor();
  assert.deepEqual(await calls(), [], 'no widget before the wasm');
  assert.equal(await page.locator(`${HOST} .lpm-root:not(.lpm-prerendered)`).getAttribute('hidden'), '', 'the live root waits hidden');
  await w.press(w.$(`.lpm-prerendered ${SEL.switchView('back')}`));
  await w.$(`.lpm-prerendered ${SEL.viewShown('back')}`).waitFor();
  await w.press(w.$(`.lpm-prerendered ${SEL.hit('left-calf')}`));
  await w.$(`.lpm-prerendered ${SEL.chosen('left-calf')}`).waitFor();
  wasm.release();
  await live(page);
  assert.deepEqual(await calls(), [
    ['init'],
    ['new', 'pain-map', { id: 'pain-map', 'booking-url': 'https://spa.example/book' }],
    ['setContent', 'pain-map', 'en', 'en', null],
    ['handOver', 'pain-map', 'left-calf'],
  ], 'one widget, its words, then the hand-over: the place chosen (the view never sent as an attribute)');
  assert.equal((await w.$(`${LIVE} .lpm-title`).textContent()).trim(), EN.ui.title);
  assert.deepEqual(errors, []);
  await context.close();

  // Only the view switched: the hand-over gives the view.
  const view = await open('/host/plain.html', { wasm: WASM });
  await view.page.locator(prerendered()).waitFor();
  await view.w.press(view.w.$(`.lpm-prerendered ${SEL.switchView('back')}`));
  await view.w.$(`.lpm-prerendered ${SEL.viewShown('back')}`).waitFor();
  view.wasm.release();
  await live(view.page);
  assert.deepEqual((await view.calls()).at(-1), ['handOver', 'pain-map', 'back']);
  await view.context.close();
});

test('a failed load: the wasm, or the words after it, give the element\'s own text with the safety line', async () => {
  // The wasm fails while the start screen shows: the text in its place, no widget ever made.
  const a = await open('/host/plain.html', { wasm: WASM });
  await a.page.locator(prerendered()).waitFor();
  a.wasm.fail();
  const failed = a.page.locator(`${HOST} ${SEL.failed}`);
  await failed.waitFor();
  assert.equal((await failed.textContent()).trim(), EN.ui.load_failed);
  assert.equal(await a.page.locator(`${HOST} .lpm-prerendered, ${HOST} .lpm-root`).count(), 0, 'nothing else in the element');
  assert.deepEqual(await a.calls(), []);
  assert.ok(a.errors.some((e) => e.startsWith('<leg-pain-map>:')), `the entry says why: ${a.errors}`);
  await a.context.close();

  // The words fail once the widget is made: the widget is dropped, and with no words to take it
  // from, the line is the entry's own.
  const b = await open('/host/plain.html', { words: WORDS });
  await b.page.waitForFunction(() => window.__glue.some(([name]) => name === 'new'));
  b.words.fail();
  await b.page.locator(`${HOST} ${SEL.failed}`).waitFor();
  assert.equal((await b.page.locator(`${HOST} ${SEL.failed}`).textContent()).trim(),
    'The leg pain map could not load. Short of breath or chest pain? Call your emergency number.');
  assert.deepEqual((await b.calls()).map(([name]) => name), ['init', 'new', 'destroy']);
  await b.context.close();
});

test('an element removed mid-load mounts nothing later, and starts again when it is put back', async () => {
  const { page, context, errors, wasm, words, calls } = await open('/host/plain.html', { wasm: WASM, words: WORDS });
  await page.locator(prerendered()).waitFor();
  // A second element, so that the page shows when the wasm has come for everyone.
  await page.evaluate(() => {
    const other = document.createElement('leg-pain-map');
    other.id = 'other';
    document.body.append(other);
    window.__removed = document.getElementById('pain-map');
    window.__removed.remove();
  });
  await page.locator(prerendered('#other')).waitFor();
  wasm.release();
  words.release();
  await live(page, '#other');
  assert.deepEqual((await calls()).filter(([, id]) => id === 'pain-map'), [], 'the removed element made no widget');
  assert.equal(await page.evaluate(() => window.__removed.shadowRoot.querySelector('.lpm-root:not(.lpm-prerendered)').hidden), true,
    'its live root never shown');

  // Put back: a new connection, with a widget of its own.
  await page.evaluate(() => document.body.prepend(window.__removed));
  await live(page);
  assert.deepEqual((await calls()).filter(([, id]) => id === 'pain-map').map(([name]) => name), ['new', 'setContent', 'handOver']);

  assert.deepEqual(errors, []);
  await context.close();

  // Moved while the wasm loads (taken out, then put back once its start screen has shown again):
  // only the newest connection makes a widget.
  const moved = await open('/host/plain.html', { wasm: WASM });
  await moved.page.locator(prerendered()).waitFor();
  await moved.page.evaluate(() => {
    const el = document.getElementById('pain-map');
    el.remove();
    window.__moved = el;
  });
  await moved.page.evaluate(() => document.body.prepend(window.__moved));
  await moved.page.locator(prerendered()).waitFor();
  moved.wasm.release();
  await live(moved.page);
  assert.deepEqual((await moved.calls()).map(([name]) => name), ['init', 'new', 'setContent', 'handOver']);
  assert.equal(await moved.page.locator(`${HOST} .lpm-root`).count(), 1, 'one root in the element');
  assert.deepEqual(moved.errors, []);
  await moved.context.close();

  // Removed while its words load: the widget is destroyed and never given them (a second element,
  // given the same words, shows when they have come).
  const late = await open('/host/plain.html', { words: WORDS });
  await late.page.waitForFunction(() => window.__glue.some(([name]) => name === 'new'));
  await late.page.evaluate(() => {
    const other = document.createElement('leg-pain-map');
    other.id = 'other';
    document.body.append(other);
  });
  await late.page.waitForFunction(() => window.__glue.some(([name, id]) => name === 'new' && id === 'other'));
  await late.page.evaluate(() => document.getElementById('pain-map').remove());
  late.words.release();
  await live(late.page, '#other');
  assert.deepEqual((await late.calls()).filter(([, id]) => id === 'pain-map').map(([name]) => name), ['new', 'destroy']);
  assert.deepEqual(late.errors, []);
  await late.context.close();
});

test('attributes set before the element is connected, while the start screen shows, and after the hand-over', async () => {
  const { page, context, errors, wasm, words, calls } = await open('/host/plain.html', { wasm: WASM, words: WORDS });
  await page.evaluate(() => {
    const el = document.createElement('leg-pain-map');
    el.id = 'set';
    for (const [name, value] of [['lang', 'es'], ['theme', 'dark'], ['view', 'back']]) el.setAttribute(name, value);
    document.body.prepend(el);
  });
  // Before: the start screen in the element's language, theme and view.
  await page.locator(prerendered('#set')).waitFor();
  const screen = page.locator('#set .lpm-prerendered > .lpm');
  assert.deepEqual([await screen.getAttribute('lang'), await screen.getAttribute('data-theme')], ['es', 'dark']);
  assert.equal(await page.locator(`#set .lpm-prerendered ${SEL.currentView}`).getAttribute('data-view'), 'back');
  // While it shows and before the wasm: the widget reads them when it is made.
  await page.evaluate(() => document.getElementById('set').setAttribute('booking-label', 'Reservar'));
  wasm.release();
  await page.waitForFunction(() => window.__glue.some(([name, id]) => name === 'new' && id === 'set'));
  // Made but waiting for its words, behind the start screen: handed on as they change.
  await page.evaluate(() => document.getElementById('set').setAttribute('emergency-number', '112'));
  const set = async () => (await calls()).filter(([, id]) => id === 'set');
  assert.deepEqual(await set(), [
    ['new', 'set', { id: 'set', lang: 'es', theme: 'dark', view: 'back', 'booking-label': 'Reservar' }],
    ['attributeChanged', 'set', 'emergency-number', '112'],
  ]);
  words.release();
  await live(page, '#set');
  // After: each change once; the same value again is no change; a new language loads its words.
  await page.evaluate(() => {
    const el = document.getElementById('set');
    el.setAttribute('theme', 'light');
    el.setAttribute('theme', 'light');
    el.removeAttribute('view');
    el.setAttribute('lang', 'en');
  });
  await page.locator(`#set ${LIVE} .lpm[lang="en"]`).waitFor();
  assert.deepEqual((await set()).slice(2), [
    ['setContent', 'set', 'es', 'es', null],
    ['handOver', 'set', ''],
    ['attributeChanged', 'set', 'theme', 'light'],
    ['attributeChanged', 'set', 'view', null],
    ['attributeChanged', 'set', 'lang', 'en'],
    ['setContent', 'set', 'en', 'en', null],
  ]);
  assert.deepEqual(errors, []);
  await context.close();
});
