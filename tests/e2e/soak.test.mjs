// Soak: 1,000 random visitor actions on a phone against the release bundle — taps on regions of
// both views and view switches (which add places to a drawing of up to five), feelings, ratings,
// timings (and with several places "Did they all start then?" and each place's own timing), the
// list of places (Change, Remove, Undo) and "Add another place", warning signs ticked and unticked (before and
// on the answer), "None of these" and "Show my answer", the answer's buttons, the place list, "Good to know",
// key presses, resizes between 320 and 900 px wide and orientation changes — with no console
// error, no uncaught exception (a Rust panic logs "panicked at" / "unreachable") and the widget
// still answering at the end. The actions come from a seeded PRNG: the seed is printed, and
// SOAK_SEED=<seed> replays the same run (SOAK_ACTIONS=<n> changes the count).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HOST as W, PAINS, phonePage, RATINGS, ready, SEL, setup, SHOTS, TIMINGS, widget } from './lib/page.mjs';

const SEED = Number(process.env.SOAK_SEED) || Math.floor(Math.random() * 2 ** 31);
const ACTIONS = Number(process.env.SOAK_ACTIONS) || 1000;
const KEYS = ['Tab', 'Shift+Tab', 'ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Enter', 'Space', 'Escape', 'Home', 'End'];

// mulberry32: small, fast and good enough to pick actions reproducibly
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const env = setup();

test(`soak: ${ACTIONS} random taps, keys, view switches, resizes and rotations (seed ${SEED})`, { timeout: 600_000 }, async () => {
  console.log(`soak seed ${SEED} (replay: SOAK_SEED=${SEED} node --test tests/e2e/soak.test.mjs)`);
  const random = prng(SEED);
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];

  const { page, context, errors } = await phonePage(env.browser);
  page.on('crash', () => errors.push('the page crashed'));
  // "Book a massage" opens the spa's site in a new tab: answer it locally and close the tab.
  await context.route(/^https:\/\/spa\.example\//, (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: 'booking' }));
  context.on('page', (p) => { if (p !== page) p.close().catch(() => {}); });
  await page.goto(env.server.url + '/host/plain.html');
  await ready(page, W);

  let viewport = { width: 390, height: 844 };
  const counts = {};
  const trail = []; // the last actions, printed on failure
  const state = () => page.locator(W).evaluate((el, SEL) => {
    const root = el.shadowRoot;
    const visible = (e) => !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
    return {
      regions: [...root.querySelectorAll(SEL.mapPlaces)].filter((r) => visible(r.closest('svg'))).map((r) => r.dataset.region),
      switches: [...root.querySelectorAll(SEL.switches)].filter(visible).length,
      feel: !!root.querySelector(SEL.feel),
      rate: !!root.querySelector(SEL.rate),
      when: !!root.querySelector(SEL.when),
      same: !!root.querySelector(SEL.same),
      // Each place's own timing group (1–5) on screen.
      own: [1, 2, 3, 4, 5].filter((i) => root.querySelector(`input[name="lpm-timing-${i}"]`)),
      // The place list's and the rating step's buttons there now.
      place: [...root.querySelectorAll(SEL.placeButtons)].map((b) => b.dataset.action),
      signs: [...root.querySelectorAll(`${SEL.signs}:not(:disabled)`)].map((e) => e.value),
      facts: [...root.querySelectorAll(SEL.facts)].map((e) => e.value),
      answer: !!root.querySelector(SEL.answer),
      faq: root.querySelectorAll(SEL.faq).length,
      select: visible(root.querySelector(SEL.list)),
    };
  }, { mapPlaces: `.lpm-view ${SEL.places}`, switches: SEL.switches, feel: SEL.step('feel'), rate: SEL.step('rate'), when: SEL.step('when'),
    same: SEL.sames, placeButtons: `${SEL.placeList} button, ${SEL.removed} button, ${SEL.addPlace}`, signs: SEL.signs,
    facts: SEL.facts, answer: SEL.answer, faq: SEL.faq, list: SEL.list });

  const actions = {
    async region(s) {
      if (!s.regions.length) return 'no region visible';
      const region = pick(s.regions);
      await page.locator(`${W} ${SEL.hit(region)}`).tap({ timeout: 5000 });
      return region;
    },
    async view(s) {
      if (!s.switches) return 'both views shown';
      const n = int(0, 1);
      await page.locator(`${W} ${SEL.switches}`).nth(n).tap({ timeout: 5000 });
      return n ? 'back' : 'front';
    },
    async pain(s) {
      if (!s.feel) return actions.region(s);
      const pain = pick(PAINS);
      await page.locator(`${W} ${SEL.pain(pain)}`).tap({ timeout: 5000 });
      return pain;
    },
    async rating(s) {
      if (!s.rate) return actions.pain(s);
      const rating = pick(RATINGS);
      await page.locator(`${W} ${SEL.rating(rating)}`).tap({ timeout: 5000 });
      return rating;
    },
    async timing(s) {
      if (!s.when) return actions.rating(s);
      const timing = pick(TIMINGS);
      await page.locator(`${W} ${SEL.timing(timing)}`).tap({ timeout: 5000 });
      return timing;
    },
    async same(s) {
      if (!s.same) return actions.timing(s);
      if (s.own.length && random() < 0.6) {
        const i = pick(s.own), timing = pick(TIMINGS);
        await page.locator(`${W} ${SEL.placeTiming(i, timing)}`).tap({ timeout: 5000 });
        return `place ${i}: ${timing}`;
      }
      const answer = pick(['yes', 'no']);
      await page.locator(`${W} ${SEL.same(answer)}`).tap({ timeout: 5000 });
      return answer;
    },
    /** The place list (Change, Remove, Undo) and "Add another place". */
    async places(s) {
      if (!s.place.length) return actions.region(s);
      const action = pick(s.place);
      const n = await page.locator(`${W} ${SEL.action(action)}`).count();
      const i = int(0, n - 1);
      await page.locator(`${W} ${SEL.action(action)}`).nth(i).tap({ timeout: 5000 });
      return `${action} ${i}`;
    },
    async sign(s) {
      if (!s.signs.length) return actions.timing(s);
      const sign = pick(s.signs); // ticked or unticked, before the answer or on it (which updates live)
      await page.locator(`${W} ${SEL.sign(sign)}`).tap({ timeout: 5000 });
      return sign;
    },
    async show(s) {
      if (!s.signs.length) return actions.timing(s);
      // The facts step's buttons once it is open, else the signs step's.
      const action = s.facts.length ? pick(['no-facts', 'no-facts', 'show-answer']) : pick(['no-signs', 'no-signs', 'signs-done']);
      await page.locator(`${W} ${SEL.button(action)}`).tap({ timeout: 5000 });
      return action;
    },
    async fact(s) {
      if (!s.facts.length) return actions.show(s);
      const fact = pick(s.facts);
      await page.locator(`${W} ${SEL.fact(fact)}`).tap({ timeout: 5000 });
      return fact;
    },
    async answer(s) {
      if (!s.answer) return actions.pain(s);
      // What this card offers: one place's Change the place / the feeling, a drawing's Add another place; Start over.
      const offered = await page.locator(`${W} ${SEL.answer} > .lpm-actions [data-action]`).evaluateAll((bs) => bs.map((b) => b.dataset.action));
      const action = pick([...offered, 'start-over', 'copy']);
      if (action === 'copy') await page.locator(`${W} .lpm-therapist button`).tap({ timeout: 5000 });
      // The card's own button: the rating step of the place being rated can show an "Add another place" too.
      else if (offered.includes(action)) await page.locator(`${W} ${SEL.answer} > .lpm-actions ${SEL.action(action)}`).tap({ timeout: 5000 });
      else await page.locator(`${W} ${SEL.action(action)}`).tap({ timeout: 5000 });
      return action;
    },
    async list(s) {
      if (!s.select) return 'no list';
      const values = await page.locator(`${W} ${SEL.list} option`).evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
      const value = pick(values);
      await page.locator(`${W} ${SEL.list}`).selectOption(value, { timeout: 5000 });
      return value;
    },
    async faq(s) {
      if (!s.faq) return 'no faq';
      const n = int(0, s.faq - 1);
      await page.locator(`${W} ${SEL.faq}`).nth(n).tap({ timeout: 5000 });
      return `summary ${n}`;
    },
    async key() {
      const key = pick(KEYS);
      await page.keyboard.press(key);
      return key;
    },
    async resize() {
      viewport = { width: int(320, 900), height: int(480, 1000) };
      await page.setViewportSize(viewport);
      return `${viewport.width}x${viewport.height}`;
    },
    async rotate() {
      viewport = { width: viewport.height, height: viewport.width };
      await page.setViewportSize(viewport);
      return `${viewport.width}x${viewport.height}`;
    },
  };
  // weights: mostly taps, as a visitor would; then keys; now and then the phone turns or resizes
  const weighted = [['region', 18], ['view', 6], ['pain', 12], ['rating', 10], ['timing', 9], ['same', 4], ['places', 6], ['sign', 8], ['show', 8],
    ['fact', 4], ['answer', 10], ['list', 3], ['faq', 3], ['key', 18], ['resize', 6], ['rotate', 4]]
    .flatMap(([name, w]) => Array(w).fill(name));

  // The same known state before and after the soak (upright phone, left knee, deep ache), so the
  // DOM node count after garbage collection can be compared: flat memory, not just no errors.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // A leak is DOM that script still holds after it left the page: counted in a heap snapshot
  // (nodes whose detachedness is "detached"), beside the live shadow DOM. Chromium's own Nodes
  // counter is printed too, but not asserted: with some seeds it grew 11% while the live DOM was
  // identical and the snapshot showed nothing retained (one cached element per tag, Yew's).
  const detached = async () => {
    const chunks = [];
    const take = (e) => chunks.push(e.chunk);
    cdp.on('HeapProfiler.addHeapSnapshotChunk', take);
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    cdp.off('HeapProfiler.addHeapSnapshotChunk', take);
    const { snapshot: { meta }, nodes } = JSON.parse(chunks.join(''));
    const width = meta.node_fields.length;
    const at = meta.node_fields.indexOf('detachedness');
    let count = 0;
    for (let i = at; i < nodes.length; i += width) if (nodes[i] === 2) count++;
    const live = await page.locator(W).evaluate((el) => el.shadowRoot.querySelectorAll('*').length);
    return { count, live };
  };
  const liveNodes = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'Nodes').value;
  };
  const w = widget(page, W);
  const kneeAche = async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    if ((await state()).answer) await page.locator(`${W} ${SEL.action('start-over')}`).tap();
    await page.locator(`${W} ${SEL.answer}`).waitFor({ state: 'detached', timeout: 5000 });
    // Whatever drawing the soak left (with no answer to start over from), every place removed.
    for (let n = await w.$(SEL.placeItems).count(); n > 0; n--) {
      await w.press(w.$(SEL.removePlace).first());
      await page.waitForFunction(([host, sel, n]) => document.querySelector(host).shadowRoot.querySelectorAll(sel).length === n - 1, [W, SEL.placeItems, n]);
    }
    if (!(await state()).regions.includes('left-knee')) await page.locator(`${W} ${SEL.switchView('front')}`).tap();
    // Whatever step the soak left open, the knee starts the journey again.
    await w.region('left-knee');
    await w.feel('ache');
    await w.rate(4);
    await w.when('during');
    await w.noSigns();
    return w.card();
  };
  // Measured after the first tenth of the soak (one-off caches filled) and at the end: a leak grows
  // with the number of actions, a cache does not.
  const WARM_UP = Math.floor(ACTIONS / 10);
  let nodesBefore, heldBefore;

  const started = Date.now();
  for (let i = 0; i < ACTIONS; i++) {
    if (i === WARM_UP) {
      await kneeAche();
      nodesBefore = await liveNodes();
      heldBefore = await detached();
    }
    const name = pick(weighted);
    let detail;
    try {
      detail = await actions[name](await state());
    } catch (e) {
      await page.screenshot({ path: `${SHOTS}/soak-failure.png` }).catch(() => {});
      throw new Error(`action ${i} (${name}) failed, seed ${SEED}: ${e.message}\nlast actions: ${trail.slice(-15).join(' | ')}`);
    }
    counts[name] = (counts[name] || 0) + 1;
    trail.push(`${i}:${name}:${detail}`);
    if (errors.length) {
      assert.fail(`console error or exception after action ${i} (${name} ${detail}), seed ${SEED}: ${errors.join(' | ')}\nlast actions: ${trail.slice(-15).join(' | ')}`);
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`soak: ${ACTIONS} actions in ${seconds} s: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);

  // Still answering: back to a phone held upright, a clean start, then a region and a feeling.
  const card = await kneeAche();
  assert.equal(await card.getAttribute('data-region'), 'left-knee');
  assert.equal(await card.getAttribute('data-pain'), 'ache');
  assert.ok((await card.locator('.lpm-note').textContent()).trim().length > 20, 'the answer has its note');
  assert.deepEqual(errors, [], `seed ${SEED}`);
  const nodesAfter = await liveNodes();
  const heldAfter = await detached();
  console.log(`soak: Chromium's Nodes counter ${nodesBefore} after ${WARM_UP} actions, ${nodesAfter} after ${ACTIONS}; live shadow DOM ${heldBefore.live} -> ${heldAfter.live} elements; detached nodes held by script ${heldBefore.count} -> ${heldAfter.count}`);
  assert.equal(heldAfter.live, heldBefore.live, 'the same screen has the same DOM');
  assert.ok(heldAfter.count <= heldBefore.count + 10, `detached DOM held by script grew from ${heldBefore.count} to ${heldAfter.count}: a leak`);
  await context.close();
});
