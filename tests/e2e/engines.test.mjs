// The visitor's journey in each browser engine a spa's visitors use: WebKit (MiniBrowser, the
// WebKitGTK build of Safari's engine, under a private Xvfb display), Gecko (Firefox ESR, headless)
// and Chromium (through chromedriver; Playwright covers it in depth in journey.test.mjs). Driven
// over W3C WebDriver with real input: element clicks and Actions API key presses, never a
// synthetic dispatchEvent. One test per engine, so a failure names the engine; its steps are
// subtests. The engines-*.html host pages load engines-trap.js before the entry script, which
// records console errors and uncaught exceptions in window.__errors; each step asserts it empty.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { serve } from './server.mjs';
import { KEY, Session, startDriver, startXvfb } from './webdriver.mjs';

const SHOTS = 'target/screenshots';
const ES = JSON.parse(readFileSync('content/es.json', 'utf8'));

const firstExisting = (...paths) => paths.find((p) => p && existsSync(p));
function miniBrowser() {
  const lib = existsSync('/usr/lib') ? readdirSync('/usr/lib').map((d) => join('/usr/lib', d)) : [];
  return firstExisting(process.env.MINIBROWSER,
    ...lib.map((d) => join(d, 'webkit2gtk-4.1/MiniBrowser')), ...lib.map((d) => join(d, 'webkitgtk-6.0/MiniBrowser')),
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser', '/usr/libexec/webkitgtk-6.0/MiniBrowser');
}

const ENGINES = [
  {
    name: 'WebKit', label: 'WebKitGTK', display: true,
    driver: ['WebKitWebDriver', (port) => [`--port=${port}`, '--host=127.0.0.1']],
    capabilities: () => {
      const binary = miniBrowser();
      assert.ok(binary, 'MiniBrowser not found (Debian package libwebkit2gtk-4.1-0; or set MINIBROWSER)');
      return { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary, args: ['--automation'] } };
    },
  },
  {
    name: 'Gecko', label: 'Firefox',
    driver: [firstExisting(process.env.GECKODRIVER, join(homedir(), '.cargo/bin/geckodriver')) || 'geckodriver',
      (port, spare) => ['--host', '127.0.0.1', '--port', String(port), '--websocket-port', String(spare)]],
    capabilities: () => ({
      browserName: 'firefox',
      'moz:firefoxOptions': { binary: process.env.FIREFOX || '/usr/bin/firefox-esr', args: ['-headless'] },
    }),
  },
  {
    name: 'Chromium', label: 'Chromium',
    // No --allowed-ips: with it chromedriver listens on every interface; without, on loopback only.
    driver: [process.env.CHROMEDRIVER || '/usr/bin/chromedriver', (port) => [`--port=${port}`]],
    capabilities: () => ({
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: process.env.CHROMIUM || '/usr/bin/chromium',
        args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-breakpad', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      },
    }),
  },
];

let server;
before(async () => { server = await serve(); mkdirSync(SHOTS, { recursive: true }); });
after(() => server?.close());

// Scripts run in the page; `arguments[0]` is a CSS selector inside the widget's shadow root.
const IN_ROOT = "const root = document.getElementById('pain-map')?.shadowRoot; ";
const EXISTS = IN_ROOT + 'return !!root?.querySelector(arguments[0]);';
const ACTIVE_REGION = IN_ROOT + 'return root?.activeElement?.dataset?.region || null;';

/** What one engine test needs: a session plus the widget-aware helpers. */
function widget(s) {
  const find = async (selector) => {
    // W3C "Get Element Shadow Root" + "Find Element From Shadow Root" (all three drivers have them).
    const root = await s.shadowRoot(await s.findElement('#pain-map'));
    return s.findInShadow(root, selector);
  };
  return {
    find,
    /** A real WebDriver element click (scrolled into view, checked for being covered). */
    click: async (selector) => s.click(await find(selector)),
    exists: (selector) => s.execute(EXISTS, selector),
    waitFor: (selector, timeout = 10000) => s.waitFor(EXISTS, { timeout, message: `${selector} in the shadow root` }, selector),
    displayed: async (selector) => s.displayed(await find(selector)),
    attr: async (selector, name) => s.attribute(await find(selector), name),
    /** The text a visitor sees (WebDriver "Get Element Text"), once the answer's fade-in shows it. */
    async shownText(selector, timeout = 5000) {
      const deadline = Date.now() + timeout;
      for (;;) {
        const text = (await s.text(await find(selector))).trim();
        if (text || Date.now() > deadline) return text;
        await sleep(100);
      }
    },
    async open(page) {
      await s.go(`${server.url}/host/${page}`);
      // The map, or the entry's fallback message (then fail at once, with the page's errors).
      const state = await s.waitFor(IN_ROOT + "return root?.querySelector('[data-region]') ? 'ready' : root?.querySelector('.lpm-failed') ? 'failed' : null;",
        { timeout: 30000, message: `[data-region] in the shadow root of ${page}` });
      assert.equal(state, 'ready', `the widget showed its fallback: ${JSON.stringify(await s.execute('return window.__errors;'))}`);
    },
    async noErrors() {
      assert.deepEqual(await s.execute('return window.__errors;'), [], 'console errors and uncaught exceptions on the page');
    },
  };
}

for (const engine of ENGINES) {
  test(`${engine.name}: the journey works with real clicks and keys`, { timeout: 180000 }, async (t) => {
    let xvfb, driver, s;
    try {
      const env = {};
      if (engine.display) {
        xvfb = await startXvfb();
        env.DISPLAY = xvfb.display;
      }
      driver = await startDriver(engine.driver[0], engine.driver[1], env);
      s = await Session.create(driver.url, engine.capabilities());
      const version = `${engine.label} ${s.capabilities.browserVersion}`;
      console.log(`${engine.name} engine: ${version}`);
      await s.setTimeouts({ script: 15000, pageLoad: 30000, implicit: 0 });
      const w = widget(s);

      // Each step is a subtest; on failure it leaves a screenshot named after engine and step.
      const step = (name, body) => t.test(name, async () => {
        try {
          await body();
        } catch (error) {
          try {
            const file = `${SHOTS}/engines-${engine.name.toLowerCase()}-${name.replace(/\W+/g, '-').slice(0, 40)}.png`;
            writeFileSync(file, Buffer.from(await s.screenshot(), 'base64'));
            error.message += ` (screenshot: ${file})`;
          } catch { /* no screenshot: keep the first error */ }
          throw error;
        }
      });

      await step('boots from the stable entry into an open shadow root; wide: both views, no switch', async () => {
        const from = server.log.length;
        await w.open('engines-wide.html');
        assert.ok(server.log.slice(from).includes('/cdn/leg-pain-map/leg-pain-map.js'), 'loaded through the stable entry');
        const facts = await s.execute(IN_ROOT + `
          const hit = root.querySelector('[data-region="left-calf"] .lpm-hit');
          return {
            defined: !!customElements.get('leg-pain-map'),
            sheets: root.adoptedStyleSheets.length,
            regions: root.querySelectorAll('[data-region]').length,
            cursor: getComputedStyle(hit).cursor,
            allInitial: getComputedStyle(root.querySelector('.lpm')).fontSize,
          };`);
        assert.equal(facts.defined, true);
        assert.equal(facts.sheets, 1, 'the stylesheet is adopted (constructable stylesheets)');
        assert.equal(facts.regions, 28, '8 front and 6 back parts on each leg');
        assert.equal(facts.cursor, 'pointer', 'SVG hit areas look clickable (iOS Safari sends clicks only then)');
        assert.equal(facts.allInitial, '16px', 'the widget stylesheet applies inside the shadow root');
        // Container query on .lpm: 1000 px wide shows both views side by side and hides the switch.
        assert.equal(await w.displayed('.lpm-view[data-view="front"] [data-region="left-knee"]'), true, 'front view shown');
        assert.equal(await w.displayed('.lpm-view[data-view="back"] [data-region="left-calf"]'), true, 'back view shown too');
        assert.equal(await w.displayed('.lpm-switch-btn[data-view="back"]'), false, 'no Front/Back switch when wide');
        await w.noErrors();
        // The error trap itself works in this engine: a page script (not one run by the driver,
        // whose errors Chromium mutes) throws, rejects a promise and logs an error.
        await s.execute(`const probe = "setTimeout(() => { throw new Error('probe 1'); }); Promise.reject(new Error('probe 2'));"
          + " console.error('probe 3');";
          const script = document.createElement('script');
          script.src = URL.createObjectURL(new Blob([probe], { type: 'text/javascript' }));
          document.head.append(script);`);
        const caught = await s.waitFor('return window.__errors.length >= 3 && window.__errors;', { message: 'the trap records errors' });
        for (const n of [1, 2, 3]) assert.match(caught.join('\n'), new RegExp(`probe ${n}`), `the trap caught probe ${n}`);
      });

      await step('mouse: front region, pain, answer; Back switch, back region, pain, answer', async () => {
        await w.open('engines-en.html');
        // Container query on .lpm: a phone-wide widget shows one view and the switch.
        assert.equal(await w.displayed('.lpm-switch-btn[data-view="back"]'), true, 'the Front/Back switch is shown');
        assert.equal(await w.displayed('.lpm-view[data-view="back"] [data-region="left-calf"]'), false, 'the back view is hidden at first');
        assert.equal(await w.exists('.lpm-pains'), false);

        await w.click('[data-region="right-knee"] .lpm-hit');
        await w.waitFor('.lpm-pains');
        assert.equal(await w.attr('[data-region="right-knee"]', 'aria-pressed'), 'true');
        await w.click('input[value="knot"]');
        await w.waitFor('.lpm-answer');
        assert.equal(await w.attr('.lpm-answer', 'data-region'), 'right-knee');
        assert.equal(await w.attr('.lpm-answer', 'data-pain'), 'knot');
        assert.ok((await w.shownText('.lpm-answer .lpm-note')).length > 20, 'the answer has a note');

        await w.click('[data-action="start-over"]');
        await s.waitFor(IN_ROOT + "return !root.querySelector('.lpm-answer') && !root.querySelector('.lpm-pains');",
          { message: 'start over clears the answer' });
        await w.click('.lpm-switch-btn[data-view="back"]');
        await w.waitFor('.lpm-view[data-view="back"][data-current="true"]');
        assert.equal(await w.displayed('.lpm-view[data-view="back"] [data-region="left-calf"]'), true, 'the back view is shown');
        assert.equal(await w.displayed('.lpm-view[data-view="front"] [data-region="right-knee"]'), false, 'the front view is hidden');
        await w.click('[data-region="left-calf"] .lpm-hit');
        await w.waitFor('.lpm-pains');
        assert.equal(await w.exists('.lpm-answer'), false);
        await w.click('input[value="cramp"]');
        await w.waitFor('.lpm-answer');
        assert.equal(await w.attr('.lpm-answer', 'data-region'), 'left-calf');
        assert.equal(await w.attr('.lpm-answer', 'data-pain'), 'cramp');
        await w.noErrors();
      });

      await step('keyboard: Tab reaches the map, arrows move, Enter selects, Space picks a feeling', async () => {
        await w.open('engines-en.html');
        let first = null;
        for (let tabs = 0; tabs < 15 && !first; tabs++) {
          await s.keys(KEY.Tab);
          first = await s.execute(ACTIVE_REGION);
        }
        assert.ok(first, 'Tab from the top of the page reaches a map region');
        assert.equal(await s.execute(IN_ROOT + "return root.activeElement.matches(':focus-visible');"), true,
          'the focused region matches :focus-visible');
        // Its focus ring: the region's outline thickens to 5 px (after a 0.15 s transition).
        await s.waitFor(IN_ROOT + "return getComputedStyle(root.activeElement.querySelector('.lpm-shape')).strokeWidth === '5px';",
          { timeout: 3000, message: 'the focus ring (a 5 px outline) on the focused region' });
        await s.keys(KEY.ArrowDown);
        const second = await s.execute(ACTIVE_REGION);
        assert.ok(second && second !== first, `ArrowDown moves focus to another region (${first} -> ${second})`);
        await s.keys(KEY.Enter);
        await w.waitFor('.lpm-pains');
        assert.equal(await w.attr(`[data-region="${second}"]`, 'aria-pressed'), 'true', 'Enter selected the focused region');
        await s.keys(KEY.Tab, KEY.Space);
        await w.waitFor('.lpm-answer');
        assert.equal(await w.attr('.lpm-answer', 'data-region'), second);
        assert.equal(await s.execute(IN_ROOT + 'return root.activeElement?.id;'), 'lpm-answer-title', 'focus moves to the answer');
        await w.noErrors();
      });

      await step('lang="es": the answer is in Spanish', async () => {
        await w.open('engines-es.html');
        assert.equal(await w.attr('.lpm[lang]', 'lang'), 'es');
        await w.click('.lpm-switch-btn[data-view="back"]');
        await w.waitFor('.lpm-view[data-view="back"][data-current="true"]');
        // This time a mouse moved onto the hit area, pressed and released (Actions API, which
        // does not scroll: the page is scrolled to the region first, as a visitor would).
        const calf = await w.find('[data-region="left-calf"] .lpm-hit');
        await s.execute("arguments[0].scrollIntoView({ block: 'center' });", calf);
        await s.pointerClick(calf);
        await w.waitFor('.lpm-pains');
        await w.click('input[value="knot"]');
        await w.waitFor('.lpm-answer');
        assert.equal(await w.attr('.lpm-answer', 'data-region'), 'left-calf');
        assert.equal(await w.attr('.lpm-answer', 'data-pain'), 'knot');
        assert.equal(await w.shownText('.lpm-answer .lpm-note'), ES.notes.calf.knot);
        await w.noErrors();
      });
    } finally {
      await s?.close().catch(() => {});
      await driver?.stop();
      await xvfb?.stop();
    }
  });
}
