// The visitor's journey in each browser engine a spa's visitors use: WebKit (MiniBrowser, the
// WebKitGTK build of Safari's engine, under a private Xvfb display), Gecko (Firefox ESR, headless)
// and Chromium (through chromedriver; Playwright covers it in depth in journey.test.mjs). Driven
// over W3C WebDriver with real input: element clicks and Actions API key presses, never a
// synthetic dispatchEvent. One test per engine, so a failure names the engine; its steps are
// subtests. The engines-*.html host pages load engines-trap.js before the entry script, which
// records console errors and uncaught exceptions in window.__errors; each step asserts it empty.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { answerRegions, CARE_TIERS, CHROMIUM, CHROMIUM_FLAGS, IN_ROOT, SEL, setup, SHOTS, wdWidget } from './lib/page.mjs';
import { KEY, Session, startDriver, startXvfb } from './webdriver.mjs';

const ES = JSON.parse(readFileSync('content/es.json', 'utf8'));
const EN = JSON.parse(readFileSync('content/en.json', 'utf8'));
/** Down the back of the left leg, all tingling, rated 6, 5, 4: a drawing of three places. */
const DOWN_THE_LEG = [['left-buttock', 'tingling', 6], ['left-thigh-back', 'tingling', 5], ['left-calf', 'tingling', 4]];
const REGIONS = DOWN_THE_LEG.map(([region]) => region);


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
        binary: CHROMIUM,
        args: ['--headless=new', ...CHROMIUM_FLAGS],
      },
    }),
  },
];

const suite = setup({ browser: false });

const ACTIVE_REGION = IN_ROOT + 'return root?.activeElement?.dataset?.region || null;';
const ACTIVE = IN_ROOT + 'const e = root?.activeElement; return e ? { id: e.id, name: e.getAttribute("name"), value: e.value, action: e.dataset.action } : null;';

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
      const w = wdWidget(s, suite.server.url);
      const server = suite.server;

      // Each step is a subtest; on failure it leaves a screenshot named after engine and step.
      const step = (name, body, options = {}) => t.test(name, options, async () => {
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

      await step('mouse: region, feeling, rating, timing, "None of these", answer; Back switch, a sign ticked, Show my answer', async () => {
        await w.open('engines-en.html');
        // Container query on .lpm: a phone-wide widget shows one view and the switch.
        assert.equal(await w.displayed('.lpm-switch-btn[data-view="back"]'), true, 'the Front/Back switch is shown');
        assert.equal(await w.displayed('.lpm-view[data-view="back"] [data-region="left-calf"]'), false, 'the back view is hidden at first');
        assert.equal(await w.exists('.lpm-step-feel'), false);

        await w.region('right-knee');
        assert.equal(await w.attr('[data-region="right-knee"]', 'aria-pressed'), 'true');
        await w.feel('knot');
        assert.equal(await w.exists('.lpm-step-when'), false, 'the timing comes after the rating');
        await w.rate(4);
        assert.equal(await w.exists('.lpm-step-signs'), false, 'the signs come after the timing');
        await w.when('during');
        assert.equal(await w.exists('.lpm-answer'), false, 'no answer before the signs are answered');
        const shown = await s.execute(IN_ROOT + 'return [...root.querySelectorAll(\'input[name="lpm-sign"]\')].map((e) => e.value);');
        assert.ok(shown.length >= 5 && shown.length <= 10, `the signs that apply to the knee: ${shown}`);
        const data = await w.noSigns();
        assert.deepEqual({ region: data.region, pain: data.pain, tier: data.tier }, { region: 'right-knee', pain: 'knot', tier: 'therapist' });
        assert.ok((await w.shownText('.lpm-answer .lpm-note')).length > 20, 'the answer has a note');
        assert.ok((await w.shownText('.lpm-answer .lpm-tier')).length > 5, 'and its tier title');

        await w.click('[data-action="start-over"]');
        await s.waitFor(IN_ROOT + "return !root.querySelector('.lpm-answer') && !root.querySelector('.lpm-step-feel');",
          { message: 'start over clears the answer' });
        await w.click('.lpm-switch-btn[data-view="back"]');
        await w.waitFor('.lpm-view[data-view="back"][data-current="true"]');
        assert.equal(await w.displayed('.lpm-view[data-view="back"] [data-region="left-calf"]'), true, 'the back view is shown');
        assert.equal(await w.displayed('.lpm-view[data-view="front"] [data-region="right-knee"]'), false, 'the front view is hidden');
        await w.region('left-calf');
        assert.equal(await w.exists('.lpm-answer'), false);
        await w.feel('cramp');
        await w.rate(7);
        await w.when('after');
        await w.tick('clot');
        assert.equal(await s.execute(IN_ROOT + 'return root.querySelector(\'input[name="lpm-sign"][value="clot"]\').checked;'), true, 'the click ticks the box');
        const urgent = await w.showAnswer();
        assert.deepEqual({ region: urgent.region, pain: urgent.pain, tier: urgent.tier }, { region: 'left-calf', pain: 'cramp', tier: 'urgent' });
        assert.equal(await w.exists('.lpm-answer .lpm-told li[data-sign="clot"]'), true, 'the ticked sign is repeated');
        assert.equal(await w.exists('.lpm-answer .lpm-book'), false, 'no booking on an urgent answer');
        // Unticked on the answer: the card updates in place.
        await w.tick('clot');
        await w.waitFor('.lpm-answer:not([data-tier="urgent"])');
        assert.equal(await w.exists('.lpm-answer .lpm-told'), false, 'no sign repeated once it is unticked');
        await w.noErrors();
      });

      await step('keyboard: Tab reaches the map, arrows move, Enter selects, Space through feeling, rating, timing and a sign, Enter shows the answer', async () => {
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
        await w.waitFor('.lpm-step-feel');
        assert.equal(await w.attr(`[data-region="${second}"]`, 'aria-pressed'), 'true', 'Enter selected the focused region');
        await s.waitFor(IN_ROOT + "return root.activeElement?.id === 'lpm-feel';", { timeout: 3000, message: 'focus on the feeling step' });
        await s.keys(KEY.Tab, KEY.Space);
        await w.waitFor('.lpm-step-rate');
        await s.waitFor(IN_ROOT + "return root.activeElement?.id === 'lpm-rate';", { timeout: 3000, message: 'focus on the rating step' });
        await s.keys(KEY.Tab);
        const rating = await s.execute(ACTIVE);
        assert.equal(rating?.name, 'lpm-rating', `Tab reaches the first rating (${JSON.stringify(rating)})`);
        await s.keys(KEY.Space);
        await w.waitFor(`${SEL.rating(rating.value)}:checked`);
        await w.waitFor('.lpm-step-when');
        await s.waitFor(IN_ROOT + "return root.activeElement?.id === 'lpm-when';", { timeout: 3000, message: 'focus on the timing step' });
        await s.keys(KEY.Tab, KEY.Space);
        await w.waitFor('.lpm-step-signs');
        await s.waitFor(IN_ROOT + "return root.activeElement?.id === 'lpm-signs';", { timeout: 3000, message: 'focus on the signs step' });
        await s.keys(KEY.Tab);
        const sign = await s.execute(ACTIVE);
        assert.equal(sign?.name, 'lpm-sign', `Tab reaches the first warning sign (${JSON.stringify(sign)})`);
        await s.keys(KEY.Space);
        assert.equal(await s.execute(IN_ROOT + 'return root.activeElement.checked;'), true, 'Space ticks it');
        let onShow = false;
        for (let tabs = 0; tabs < 14 && !onShow; tabs++) {
          await s.keys(KEY.Tab);
          onShow = (await s.execute(ACTIVE))?.action === 'signs-done';
        }
        assert.ok(onShow, 'Tab reaches Next');
        // The first sign is an emergency one: no health-facts step, the answer at once.
        assert.equal(sign.value, 'breathless');
        await s.keys(KEY.Enter);
        await w.waitFor('.lpm-answer');
        assert.equal(await w.attr('.lpm-answer', 'data-region'), second);
        assert.equal(await w.exists(`.lpm-answer .lpm-told li[data-sign="${sign.value}"]`), true, 'the ticked sign is on the answer');
        await s.waitFor(IN_ROOT + "return root.activeElement?.id === 'lpm-answer-title';", { timeout: 3000, message: 'focus moves to the answer' });
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
        await w.waitFor('.lpm-step-feel');
        await w.feel('knot');
        assert.ok((await w.shownText('.lpm-step-rate .lpm-step-title')).endsWith(ES.ui.step_rate), 'the rating step in Spanish');
        await w.rate(3);
        await w.when('after');
        const data = await w.noSigns();
        assert.deepEqual({ region: data.region, pain: data.pain, tier: data.tier }, { region: 'left-calf', pain: 'knot', tier: 'self-care' });
        assert.equal(await w.shownText('.lpm-answer .lpm-tier'), ES.tiers['self-care'].title);
        assert.equal(await w.shownText('.lpm-answer .lpm-note'), ES.notes.calf.knot);
        await w.noErrors();
      });

      await step('a drawing by clicks: three places rated 6, 5, 4; Remove and Undo; "Did they all start then?"; answer-show names every place', async () => {
        await w.open('engines-drawing.html');
        await s.execute("window.__shown = []; document.addEventListener('answer-show', (e) => window.__shown.push(e.detail));");
        const count = () => s.execute(IN_ROOT + 'return root.querySelectorAll(arguments[0]).length;', SEL.placeItems);
        for (const [i, [region, pain, rating]] of DOWN_THE_LEG.entries()) {
          if (i === 1) await w.addPlace(); // the third by a click on the map alone
          await w.place(region, pain, rating);
          assert.equal(await s.execute(IN_ROOT + 'return root.querySelector(arguments[0])?.checked;', SEL.rating(rating)), true, `${region} rated ${rating}`);
          assert.equal(await count(), i + 1, 'each place listed under the map');
        }
        await w.click(`${SEL.placeItems}:nth-child(2) ${SEL.removePlace}`);
        await w.waitFor(SEL.removed);
        assert.equal(await count(), 2, 'Remove takes the place off the list');
        assert.match(await w.shownText(SEL.removed), new RegExp(EN.regions['thigh-back'].name, 'i'));
        await w.click(`${SEL.removed} ${SEL.undo}`);
        await s.waitFor(IN_ROOT + 'return root.querySelectorAll(arguments[0]).length === 3 && !root.querySelector(arguments[1]);',
          { message: 'Undo puts the place back' }, SEL.placeItems, `${SEL.removed} ${SEL.undo}`);
        await w.click(SEL.timing('after'));
        await w.waitFor(SEL.same('yes'));
        assert.equal(await w.exists(SEL.step('signs')), false, 'several places: "Did they all start then?" before the signs');
        await w.click(SEL.same('yes'));
        await w.waitFor(SEL.step('signs'));
        await w.click(SEL.button('no-signs'));
        await w.waitFor(SEL.step('facts'));
        await w.click(SEL.button('no-facts'));
        const shown = await s.waitFor('return window.__shown.length && window.__shown;', { message: 'answer-show' });
        assert.equal(shown.length, 1, 'answer-show once');
        assert.deepEqual({ ...shown[0], cause: undefined },
          { region: 'left-buttock', pain: 'tingling', regions: REGIONS.join(','), pains: 'tingling,tingling,tingling', cause: undefined });
        await w.noErrors();
      });

      await step('the drawing\'s answer names all three places, and Book carries each with its rating and {regions}', async () => {
        await w.waitFor(SEL.answer, 10000);
        const data = await w.shown();
        assert.deepEqual(answerRegions(data), REGIONS, 'the answer names all three places');
        assert.ok(CARE_TIERS.includes(data.tier), `a travelling tingle after a massage: ${data.tier}`);
        const link = new URL(await w.attr('a.lpm-book', 'href'));
        assert.equal(link.searchParams.get('places'), REGIONS.join(','));
        const summary = link.searchParams.get('note');
        for (const [region, , rating] of DOWN_THE_LEG) assert.ok(summary.includes(`${rating}/10`), `${region}: ${rating}/10 in ${summary}`);
        await w.noErrors();
      });
    } finally {
      await s?.close().catch(() => {});
      await driver?.stop();
      await xvfb?.stop();
    }
  });
}
