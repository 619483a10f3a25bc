// The page object of the end-to-end suites and the benchmark: shared constants (the widget's
// places, feelings, timings, warning signs, health facts, outcome tiers and causes, read from the
// contract file the Rust writes at build time; Debian Chromium's flags; the phone), the
// test server set-up, opening a host page on a phone, axe-core, and the visitor's journey — tap a
// place (switching view when needed), say how it feels and rate it 1–10 (again for each place of
// a drawing of several), when it started, the warning signs, and read the answer — for Playwright (`widget(page)`) and for W3C WebDriver (`wdWidget(session)`, through selenium-webdriver),
// both through the selectors written once in `selectors.mjs` (`SEL`, shared with the soak and the
// benchmark).
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { serve } from '../server.mjs';
import { readContract } from '../../../scripts/contract.mjs';
import { LIVE, SEL } from './selectors.mjs';

export { LIVE, SEL };

// ---------------------------------------------------------------------------------------------
// constants

/** The steps of the journey, as `.lpm-step-<name>` sections, before the answer. */
export const STEPS = ['where', 'feel', 'rate', 'when', 'signs', 'facts'];
/** What the Rust decides, from target/contract.json (written by every build; scripts/contract.mjs). */
export const CONTRACT = readContract();
/** Every place, in the order a keyboard walks them. */
export const REGIONS = CONTRACT.regions;
/** Step 2, `input[name="lpm-pain"]`, in the order shown. */
export const PAINS = CONTRACT.pains;
/** Step 3, `input[name="lpm-rating"]`: how bad it is at its worst. */
export const RATINGS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
/** Step 4, `input[name="lpm-timing"]` (with several places also `lpm-timing-1`…`lpm-timing-5`). */
export const TIMINGS = CONTRACT.timings;
/** Step 5, `input[type=checkbox][name="lpm-sign"]` (those that apply to the places drawn are shown). */
export const SIGNS = CONTRACT.signs;
/** Step 6, `input[type=checkbox][name="lpm-fact"]`: every health fact (skipped after an emergency sign). */
export const FACTS = CONTRACT.facts;
/** The answer's `data-tier`, most urgent first. */
export const TIERS = CONTRACT.tiers;
/** The answer's `data-cause` (and `cause` in `answer-show`). */
export const CAUSES = CONTRACT.causes;
/** The events a host page hears. */
export const EVENTS = CONTRACT.events;
/** Tiers whose card carries the likely cause, the self-care tips and (with `booking-url`) the booking link. */
export const CARE_TIERS = ['therapist', 'self-care'];
/** A drawing holds at most this many places. */
export const MAX_PLACES = 5;
/** The answer's places: `data-regions` (comma-separated ids; the several-place card) when it is
 *  there, else its one `data-region`. `data` is the card's dataset (`shown()`). */
export const answerRegions = (data) => (data.regions ? data.regions.split(',') : [data.region]);
/** The first widget on every host page used by the suites. */
export const HOST = '#pain-map';
export const SHOTS = 'target/screenshots';
mkdirSync(SHOTS, { recursive: true });

/** Debian's Chromium, whoever starts it (Playwright, chromedriver, Lighthouse): no sandbox (CI
 *  containers), no GPU, and nothing that calls home. Headless mode is added by the caller. */
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-breakpad',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** A phone held upright (an iPhone 12-14 sized viewport), touch. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

// ---------------------------------------------------------------------------------------------
// browser, server, pages

/** Debian's Chromium through playwright-core (never a downloaded browser). */
export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

export { serve };

/**
 * The usual suite set-up, as node:test hooks: the test server (and, unless `browser: false`, one
 * Chromium) started before the file's tests and stopped after them. Returns an object whose
 * `server` and `browser` are set once the hooks ran, and `open(path, …)` bound to both.
 */
export function setup({ browser: withBrowser = true } = {}) {
  const env = {
    server: null,
    browser: null,
    /** Opens `path` of the test server on a phone; see `open`. */
    open: (path, options) => open(env.browser, env.server.url + path, options),
  };
  before(async () => {
    env.server = await serve();
    if (withBrowser) env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** A phone page that records console errors, uncaught exceptions, warnings and dialogs. */
export async function phonePage(browser, options = {}) {
  const context = await browser.newContext({ ...PHONE, ...options });
  const page = await context.newPage();
  const errors = [], warnings = [], dialogs = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  const touch = options.hasTouch ?? PHONE.hasTouch;
  return { context, page, errors, warnings, dialogs, w: widget(page, HOST, { touch }) };
}

/** Holds back the requests that match `glob` (a Playwright route pattern) until `release()`,
 *  or answers them with a 404 on `fail()`. */
export async function hold(page, glob) {
  let answer;
  const gate = new Promise((resolve) => (answer = resolve));
  await page.route(glob, async (route) => ((await gate) ? route.continue() : route.fulfill({ status: 404, body: 'not found' })));
  return { release: () => answer(true), fail: () => answer(false) };
}

/** Waits until the widget at `host` has drawn its map (Playwright's CSS engine pierces open roots). */
export async function ready(page, host = HOST) {
  await page.locator(`${host} ${LIVE} ${SEL.places}`).first().waitFor({ state: 'attached', timeout: 20000 });
}

/**
 * Opens `url` on a phone and waits for the widgets in `wait`; `init(arg)` runs in the page before
 * any of its scripts. Returns the phone page (`page`, `context`, `errors`, `warnings`, `dialogs`)
 * with `w`, the first widget's page object.
 */
export async function open(browser, url, { options = {}, init, arg, wait = [HOST] } = {}) {
  const p = await phonePage(browser, options);
  if (init) await p.page.addInitScript(init, arg);
  await p.page.goto(url);
  for (const host of wait) await ready(p.page, host);
  return p;
}

/** Waits until the page is still: every finite CSS animation and transition ended (in the widgets'
 *  shadow roots too, which `document.getAnimations()` leaves out in Chromium) and the scroll
 *  position (the widget scrolls a step it opens to the top, smoothly) unchanged for 3 frames. */
export async function settled(page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    const roots = () => [document, ...[...document.querySelectorAll('leg-pain-map')].map((el) => el.shadowRoot).filter(Boolean)];
    const running = () => roots().flatMap((r) => r.getAnimations())
      .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity);
    const deadline = performance.now() + 5000;
    let still = 0, last = null;
    while (still < 3 && performance.now() < deadline) {
      await frame();
      const now = `${scrollX},${scrollY}`;
      still = now === last && running().length === 0 ? still + 1 : 0;
      last = now;
    }
  });
}

/** axe-core on the whole page (it enters open shadow roots): fails on any violation. */
export async function axe(page, label) {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  await settled(page); // colour contrast is measured on what is finally painted, not mid-fade
  const result = await new AxeBuilder({ page }).analyze();
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  assert.deepEqual(found, [], `axe at ${label}`);
}

// ---------------------------------------------------------------------------------------------
// the journey, with Playwright

/**
 * The page object of one widget: `host` is a CSS selector for the `<leg-pain-map>` element.
 * Every step uses a real tap on a touch context (`touch: true`), else a mouse click.
 */
export function widget(page, host = HOST, { touch = true } = {}) {
  const $ = (selector) => page.locator(`${host} ${selector}`);
  const press = (locator, options) => (touch ? locator.tap(options) : locator.click(options));
  const w = {
    host,
    page,
    $,
    press,
    /** The widget's root inside the shadow root: the one element that carries the content's `lang`. */
    root: () => $(SEL.root),
    card: () => $(SEL.answer),
    step: (name) => $(SEL.step(name)),
    /** The polite live region's text (the legends share the `.lpm-sr` class). */
    live: async () => (await $(SEL.announcer).textContent()).trim(),
    /** The id of the element focused inside the shadow root. */
    focused: () => page.locator(host).evaluate((el) => el.shadowRoot.activeElement?.id ?? null),
    /** Shows the view (front/back) that holds `region`, when the widget shows one view at a time. */
    async showViewOf(region) {
      const view = await $(SEL.region(region)).evaluate((e) => e.closest('svg').dataset.view);
      const current = await $(SEL.currentView).getAttribute('data-view');
      const button = $(SEL.switchView(view));
      if (current !== view && await button.isVisible()) {
        await press(button);
        await $(SEL.viewShown(view)).waitFor();
      }
    },
    /** Step 1: taps the centre of the region's hit area, as a thumb would; the feeling step opens. */
    async region(region, options) {
      await w.showViewOf(region);
      await press($(SEL.hit(region)), options);
      await $(SEL.chosen(region)).waitFor();
      await w.step('feel').waitFor();
    },
    /** Step 2: a feeling; the rating step opens. */
    async feel(pain) {
      await press($(SEL.pain(pain)));
      await w.step('rate').waitFor();
    },
    /** Step 3: how bad it is, 1–10; the timing step opens (with a timing kept, the signs step too). */
    async rate(n) {
      await press($(SEL.rating(n)));
      await $(SEL.rating(n) + ':checked').waitFor({ state: 'attached' });
      await w.step('when').waitFor();
    },
    /** One place of a drawing: tap it, its feeling, its rating. */
    async place(region, pain, rating) {
      await w.region(region);
      await w.feel(pain);
      await w.rate(rating);
    },
    /** "Add another place" on the rating step: the map waits for a tap. */
    async addPlace() {
      await press($(SEL.addPlace));
    },
    /** The places listed under the map, as their text (empty when none). */
    listed: () => $(SEL.placeItems).allTextContents(),
    /**
     * Step 4: when it started; the signs step opens. With several places "Did they all start
     * then?" follows: "Yes", or with `each` (one timing per place, in order) "No" and each place's.
     */
    async when(timing, { each } = {}) {
      await press($(SEL.timing(timing)));
      await $(SEL.step('signs')).or($(SEL.sames).first()).first().waitFor();
      if (await $(SEL.sames).count()) {
        if (each) {
          await press($(SEL.same('no')));
          for (const [i, t] of each.entries()) await press($(SEL.placeTiming(i + 1, t)));
        } else {
          await press($(SEL.same('yes')));
        }
      }
      await w.step('signs').waitFor();
    },
    /** Step 5: ticks (or unticks) warning signs, in turn. */
    async tick(...signs) {
      for (const sign of signs) await press($(SEL.sign(sign)));
    },
    /** Step 6: ticks (or unticks) health facts, in turn. */
    async fact(...facts) {
      for (const fact of facts) await press($(SEL.fact(fact)));
    },
    /** The facts step, or the answer when an emergency sign skipped it: whichever shows. */
    async afterSigns() {
      await $(SEL.step('facts')).or($(SEL.answer)).first().waitFor();
      return w.step('facts').isVisible();
    },
    /** Then the facts: "None of these", or the facts ticked and "Show my answer". */
    async facts(facts = []) {
      if (!(await w.afterSigns())) return w.shown();
      await w.fact(...facts);
      await press($(SEL.button(facts.length ? 'show-answer' : 'no-facts')));
      return w.shown();
    },
    /** "None of these" on the signs step, then the facts (none unless given); returns the answer's data attributes. */
    async noSigns(facts = []) {
      await press($(SEL.button('no-signs')));
      return w.facts(facts);
    },
    /** "Next" with the ticked signs, then the facts; returns the answer's data attributes. */
    async showAnswer(facts = []) {
      await press($(SEL.button('signs-done')));
      return w.facts(facts);
    },
    /** A drawing of several places ([region, pain, rating] each) to its answer: the first by a
     *  tap, each next one after "Add another place" (`add`, default) or by a tap on the map alone. */
    async draw(places, { add = true, timing = 'after', each, signs = [], facts = [] } = {}) {
      for (const [i, [region, pain, rating]] of places.entries()) {
        if (i > 0 && add) await w.addPlace();
        await w.place(region, pain, rating);
      }
      await w.when(timing, { each });
      await w.tick(...signs);
      return signs.length ? w.showAnswer(facts) : w.noSigns(facts);
    },
    /** The answer's data attributes once it is on screen: { region, pain, cause, tier } (with several places, regions). */
    async shown() {
      await w.card().waitFor();
      return w.card().evaluate((e) => ({ ...e.dataset }));
    },
    /** The whole journey: place, feeling, rating, timing, the signs (or "None of these"), the facts. */
    async answer(region = 'left-knee', pain = 'ache', { rating = 4, timing = 'after', signs = [], facts = [] } = {}) {
      await w.region(region);
      await w.feel(pain);
      await w.rate(rating);
      await w.when(timing);
      await w.tick(...signs);
      const data = await (signs.length ? w.showAnswer(facts) : w.noSigns(facts));
      assert.equal(data.region, region);
      assert.equal(data.pain, pain);
      return data;
    },
    /** Waits until the answer's tier is `tier` (ticking a sign updates the card live). */
    async tier(tier) {
      await $(SEL.tier(tier)).waitFor({ timeout: 5000 });
    },
  };
  return w;
}

// ---------------------------------------------------------------------------------------------
// the journey, over W3C WebDriver (tests/e2e/webdriver.mjs: npm selenium-webdriver on the Debian drivers)

// Scripts run in the page; `arguments[0]` is a CSS selector inside the widget's shadow root.
export const IN_ROOT = "const root = document.getElementById('pain-map')?.shadowRoot; ";
const EXISTS = IN_ROOT + 'return !!root?.querySelector(arguments[0]);';

/** The same page object for a WebDriver `Session` on a host page of the test server at `baseUrl`. */
export function wdWidget(s, baseUrl) {
  const find = async (selector) => {
    // W3C "Get Element Shadow Root" + "Find Element From Shadow Root" (all three drivers have them).
    const root = await s.shadowRoot(await s.findElement(HOST));
    return s.findInShadow(root, selector);
  };
  const w = {
    find,
    /** A real WebDriver element click (scrolled into view, checked for being covered). */
    click: async (selector) => s.click(await find(selector)),
    exists: (selector) => s.execute(EXISTS, selector),
    waitFor: (selector, timeout = 10000) => s.waitFor(EXISTS, { timeout, message: `${selector} in the shadow root` }, selector),
    displayed: async (selector) => s.displayed(await find(selector)),
    attr: async (selector, name) => s.attribute(await find(selector), name),
    activeId: () => s.execute(IN_ROOT + 'return root?.activeElement?.id || null;'),
    /** The text a visitor sees (WebDriver "Get Element Text"), once a fade-in shows it. */
    async shownText(selector, timeout = 5000) {
      const deadline = Date.now() + timeout;
      for (;;) {
        const text = (await s.text(await find(selector))).trim();
        if (text || Date.now() > deadline) return text;
        await sleep(100);
      }
    },
    async open(page) {
      await s.go(`${baseUrl}/host/${page}`);
      // The map, or the entry's fallback message (then fail at once, with the page's errors).
      const state = await s.waitFor(IN_ROOT + `return root?.querySelector('${LIVE} ${SEL.places}') ? 'ready' : root?.querySelector('${SEL.failed}') ? 'failed' : null;`,
        { timeout: 30000, message: `[data-region] in the shadow root of ${page}` });
      assert.equal(state, 'ready', `the widget showed its fallback: ${JSON.stringify(await s.execute('return window.__errors;'))}`);
    },
    async noErrors() {
      assert.deepEqual(await s.execute('return window.__errors;'), [], 'console errors and uncaught exceptions on the page');
    },
    /** Step 1 by an element click on the hit area (switching view first when needed). */
    async region(region) {
      if (!(await w.displayed(SEL.region(region)))) {
        const view = await s.execute(IN_ROOT + 'return root.querySelector(arguments[0]).closest("svg").dataset.view;', SEL.region(region));
        await w.click(SEL.switchView(view));
        await w.waitFor(SEL.viewShown(view));
      }
      await w.click(SEL.hit(region));
      await w.waitFor(SEL.chosen(region));
      await w.waitFor(SEL.step('feel'));
    },
    async feel(pain) {
      await w.click(SEL.pain(pain));
      await w.waitFor(SEL.step('rate'));
    },
    async rate(n) {
      await w.click(SEL.rating(n));
      await w.waitFor(SEL.step('when'));
    },
    async place(region, pain, rating) {
      await w.region(region);
      await w.feel(pain);
      await w.rate(rating);
    },
    async addPlace() {
      await w.click(SEL.addPlace);
    },
    /** The timing; with several places "Yes" (or with `each`, "No" and each place's own timing). */
    async when(timing, { each } = {}) {
      await w.click(SEL.timing(timing));
      await s.waitFor(IN_ROOT + `return !!root.querySelector('${SEL.step('signs')}, ${SEL.sames}');`, { message: 'the signs step or "Did they all start then?"' });
      if (await w.exists(SEL.sames)) {
        if (each) {
          await w.click(SEL.same('no'));
          for (const [i, t] of each.entries()) await w.click(SEL.placeTiming(i + 1, t));
        } else {
          await w.click(SEL.same('yes'));
        }
      }
      await w.waitFor(SEL.step('signs'));
    },
    async tick(...signs) {
      for (const sign of signs) await w.click(SEL.sign(sign));
    },
    /** The facts step ("None of these"), unless an emergency sign skipped it; then the answer. */
    async facts() {
      await s.waitFor(IN_ROOT + `return !!root.querySelector('${SEL.step('facts')}, ${SEL.answer}');`, { message: 'the facts step or the answer' });
      if (!(await w.exists(SEL.answer))) await w.click(SEL.button('no-facts'));
      return w.shown();
    },
    async noSigns() {
      await w.click(SEL.button('no-signs'));
      return w.facts();
    },
    async showAnswer() {
      await w.click(SEL.button('signs-done'));
      return w.facts();
    },
    /** Several places ([region, pain, rating] each), "Add another place" before each next one
     *  (unless `add: false`: a tap on the map alone), to the answer. */
    async draw(places, { add = true, timing = 'after', each, signs = [] } = {}) {
      for (const [i, [region, pain, rating]] of places.entries()) {
        if (i > 0 && add) await w.addPlace();
        await w.place(region, pain, rating);
      }
      await w.when(timing, { each });
      await w.tick(...signs);
      return signs.length ? w.showAnswer() : w.noSigns();
    },
    /** The answer's data attributes once it is there: { region, pain, cause, tier }. */
    async shown() {
      await w.waitFor(SEL.answer);
      return s.execute(IN_ROOT + 'return { ...root.querySelector(arguments[0]).dataset };', SEL.answer);
    },
    async answer(region, pain, { rating = 4, timing = 'after', signs = [] } = {}) {
      await w.region(region);
      await w.feel(pain);
      await w.rate(rating);
      await w.when(timing);
      await w.tick(...signs);
      return signs.length ? w.showAnswer() : w.noSigns();
    },
  };
  return w;
}
