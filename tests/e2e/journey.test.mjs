// The visitor's journey on a phone, against the release bundle: tap every region in both views,
// pick every pain type, read an answer each time; keyboard only; axe at each step; screenshots.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { launch, phonePage, ready, SHOTS } from './browser.mjs';
import { serve } from './server.mjs';

const PAINS = ['knot', 'tight', 'ache', 'sore-after', 'sharp', 'cramp', 'tingling'];
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const W = '#pain-map'; // the first widget on every page used here
async function open(options = {}, path = '/host/plain.html') {
  const p = await phonePage(browser, options);
  await p.page.goto(server.url + path);
  await ready(p.page, W);
  return p;
}
async function axe(page, label) {
  const result = await new AxeBuilder({ page }).analyze();
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  assert.deepEqual(found, [], `axe at ${label}`);
}

test('every region in both views answers, and every pain type is read at least once', async () => {
  const { page, context, errors } = await open();
  const regions = await page.locator(`${W} [data-region]`).evaluateAll((els) => els.map((e) => e.dataset.region));
  assert.equal(regions.length, 28);
  let i = 0;
  for (const region of regions) {
    const pain = PAINS[i++ % PAINS.length];
    const view = (await page.locator(`${W} [data-region="${region}"]`).evaluate((e) => e.closest('svg').dataset.view === 'back')) ? 'back' : 'front';
    const current = await page.locator(`${W} .lpm-view[data-current="true"]`).evaluate((e) => e.dataset.view === 'back' ? 'back' : 'front');
    if (current !== view) await page.locator(`${W} .lpm-switch-btn`).nth(view === 'back' ? 1 : 0).tap();
    // A real tap at the centre of the region's hit area, as a thumb would.
    await page.locator(`${W} [data-region="${region}"] .lpm-hit`).tap();
    await page.locator(`${W} input[value="${pain}"]`).tap();
    const card = page.locator(`${W} .lpm-answer`);
    await card.waitFor();
    assert.equal(await card.getAttribute('data-region'), region);
    assert.equal(await card.getAttribute('data-pain'), pain);
    const note = (await card.locator('.lpm-note').textContent()).trim();
    assert.ok(note.length > 20, `${region}/${pain}: ${note}`);
    assert.ok((await card.locator('.lpm-tips li').count()) >= 1);
    await card.locator('[data-action="start-over"]').tap();
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard only: Tab to the map, arrows, Enter, Space on a feeling, answer announced', async () => {
  const { page, context, errors } = await open({ isMobile: false, hasTouch: false });
  // Tab from the top of the page until focus is on a map region.
  let onRegion = false;
  for (let tabs = 0; tabs < 12 && !onRegion; tabs++) {
    await page.keyboard.press('Tab');
    onRegion = await page.evaluate(() => !!document.getElementById('pain-map').shadowRoot.activeElement?.dataset?.region);
  }
  assert.ok(onRegion, 'Tab reaches the map');
  const first = await page.evaluate(() => document.getElementById('pain-map').shadowRoot.activeElement.dataset.region);
  await page.keyboard.press('ArrowDown');
  const second = await page.evaluate(() => document.getElementById('pain-map').shadowRoot.activeElement.dataset.region);
  assert.notEqual(first, second, 'arrows move between regions');
  await page.keyboard.press('Enter');
  await page.locator(`${W} .lpm-pains`).waitFor();
  // Focus moved to step 2; Tab into the radio group and choose with Space.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  const card = page.locator(`${W} .lpm-answer`);
  await card.waitFor();
  assert.equal(await card.getAttribute('data-region'), second);
  const live = await page.locator(`${W} .lpm-sr[aria-live]`).textContent();
  assert.match(live, /\S/, 'the answer is announced');
  const focused = await page.evaluate(() => document.getElementById('pain-map').shadowRoot.activeElement?.id);
  assert.equal(focused, 'lpm-answer-title', 'focus moves to the answer');
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe finds no violation at the start, the pain step and the answer; screenshots at 320, 390, 768', async () => {
  for (const width of [320, 390, 768]) {
    const { page, context, errors } = await open({ viewport: { width, height: 900 } }, '/');
    if (width === 390) await axe(page, 'start');
    await page.screenshot({ path: `${SHOTS}/start-${width}.png`, fullPage: false });
    await page.locator(`${W} [data-region="left-knee"] .lpm-hit`).tap();
    if (width === 390) await axe(page, 'pain step');
    await page.locator(`${W} input[value="ache"]`).tap();
    await page.locator(`${W} .lpm-answer`).waitFor();
    await page.waitForTimeout(400); // let the answer's fade-in finish before measuring contrast
    if (width === 390) await axe(page, 'answer');
    await page.locator(`${W} .lpm-answer`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/answer-${width}.png`, fullPage: false });
    await page.locator(W).screenshot({ path: `${SHOTS}/widget-full-${width}.png` });
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('deep link: a hash opens the answer and Back steps back through the journey', async () => {
  const { page, context, errors } = await open({}, '/host/deep-link.html#right-calf/cramp');
  const card = page.locator(`${W} .lpm-answer`);
  await card.waitFor();
  assert.equal(await card.getAttribute('data-region'), 'right-calf');
  assert.equal(await card.getAttribute('data-pain'), 'cramp');
  await card.locator('[data-action="change-feeling"]').tap();
  await page.waitForFunction(() => location.hash === '#right-calf');
  await page.locator(`${W} input[value="tight"]`).tap();
  await page.waitForFunction(() => location.hash === '#right-calf/tight');
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#right-calf');
  assert.equal(await card.count(), 0, 'Back returns to the feeling step');
  await page.goto(server.url + '/host/deep-link.html#left-nowhere/itchy');
  await ready(page, W);
  assert.equal(await page.locator(`${W} .lpm-answer`).count(), 0, 'a bad hash opens the start');
  assert.equal(await page.locator(`${W} .lpm-region[aria-pressed="true"]`).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('every hit area is at least 44x44 px at 360 px wide, and its centre lands on its own region', async () => {
  const { page, context } = await open({ viewport: { width: 360, height: 800 } });
  for (const view of ['front', 'back']) {
    await page.locator(`${W} .lpm-switch-btn`).nth(view === 'back' ? 1 : 0).tap();
    const boxes = await page.locator(`${W} .lpm-view[data-view="${view}"] [data-region]`).evaluateAll((els) => els.map((region) => {
      const el = region.querySelector('.lpm-hit');
      el.scrollIntoView({ block: 'center' }); // elementFromPoint only sees the viewport
      const r = el.getBoundingClientRect();
      const root = el.getRootNode();
      const hit = root.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return { region: el.closest('[data-region]').dataset.region, w: r.width, h: r.height, lands: hit?.closest('[data-region]')?.dataset.region };
    }));
    assert.equal(boxes.length, view === 'front' ? 16 : 12, '8 front and 6 back parts on each leg');
    for (const b of boxes) {
      assert.ok(b.w >= 44 && b.h >= 44, `${b.region}: ${b.w.toFixed(1)}x${b.h.toFixed(1)}`);
      assert.equal(b.lands, b.region, `the centre of ${b.region}'s hit area`);
    }
  }
  const touchAction = await page.locator(`${W} .lpm-view[data-current="true"]`).evaluate((e) => getComputedStyle(e).touchAction);
  assert.notEqual(touchAction, 'none', 'a thumb drag across the map still scrolls the page');
  await context.close();
});

test('Copy puts the therapist summary on the clipboard', async () => {
  const { page, context, errors } = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
  await page.locator(`${W} [data-region="right-calf"] .lpm-hit`).tap().catch(async () => {
    await page.locator(`${W} .lpm-switch-btn`).nth(1).tap();
    await page.locator(`${W} [data-region="right-calf"] .lpm-hit`).tap();
  });
  await page.locator(`${W} input[value="knot"]`).tap();
  const summary = (await page.locator(`${W} .lpm-summary`).textContent()).trim();
  assert.match(summary, /^Right calf, back of leg: tender knot/);
  const copy = page.locator(`${W} .lpm-therapist .lpm-btn`).first();
  await copy.tap();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), summary);
  assert.equal((await copy.textContent()).trim(), 'Copied');
  assert.deepEqual(errors, []);
  await context.close();
});

test('320 px wide: nothing overflows sideways; reduced motion: no animation; forced colours: selection still shows', async () => {
  const { page, context } = await open({ viewport: { width: 320, height: 700 }, reducedMotion: 'reduce' });
  await page.locator(`${W} [data-region="left-shin"] .lpm-hit`).tap();
  await page.locator(`${W} input[value="sharp"]`).tap();
  await page.locator(`${W} .lpm-answer`).waitFor();
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no sideways scrolling at 320 px');
  assert.equal(await page.locator(`${W} .lpm-answer`).evaluate((e) => getComputedStyle(e).animationName), 'none');
  await page.emulateMedia({ forcedColors: 'active' });
  await page.locator(`${W} .lpm-region[data-region="left-shin"]`).scrollIntoViewIfNeeded();
  const outline = await page.locator(`${W} .lpm-selection-outline`).evaluate((e) => getComputedStyle(e).stroke);
  assert.notEqual(outline, 'none', 'the selected region keeps its outline in forced colours');
  await page.locator(`${W} .lpm-map`).screenshot({ path: `${SHOTS}/forced-colors-320.png` });
  await context.close();
});

test('the words over each leg fit apart, in English and Spanish, at 320 and 768 px', async () => {
  for (const width of [320, 768]) {
    const { page, context, errors } = await open({ viewport: { width, height: 900 } }, '/');
    await ready(page, 'leg-pain-map.sea');
    for (const host of [W, 'leg-pain-map.sea']) {
      // The views on screen (a narrow widget shows one at a time).
      const views = await page.locator(`${host} svg.lpm-view`).evaluateAll((svgs) => svgs.filter((svg) => svg.getBoundingClientRect().width > 0).map((svg) => {
        const [a, b] = [...svg.querySelectorAll('.lpm-side-label')].map((t) => t.getBBox());
        return { view: svg.dataset.view, words: [...svg.querySelectorAll('.lpm-side-label')].map((t) => t.textContent), gap: Math.max(a.x, b.x) - Math.min(a.x + a.width, b.x + b.width) };
      }));
      assert.ok(views.length >= 1, `${host} shows a view at ${width} px`);
      for (const v of views) assert.ok(v.gap >= 8, `${host} ${v.view} at ${width} px: ${v.words.join(' | ')} only ${v.gap.toFixed(1)} units apart`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('region borders keep 3:1 against the skin in the light and the dark theme', async () => {
  const { page, context, errors } = await open({}, '/');
  await ready(page, 'leg-pain-map.sea');
  for (const host of [W, 'leg-pain-map.sea']) {
    const { theme, stroke, fill } = await page.locator(`${host} .lpm-region .lpm-shape`).first().evaluate((shape) => ({
      theme: shape.closest('.lpm').dataset.theme, stroke: getComputedStyle(shape).stroke, fill: getComputedStyle(shape).fill,
    }));
    // rgb(…) or color(srgb …) as Chromium computes colour-mixes: relative luminance, then WCAG contrast.
    const luminance = (css) => {
      const srgb = css.startsWith('color(') ? css.match(/[\d.]+/g).slice(0, 3).map(Number) : css.match(/[\d.]+/g).slice(0, 3).map((v) => v / 255);
      const [r, g, b] = srgb.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [hi, lo] = [luminance(stroke), luminance(fill)].sort((a, b) => b - a);
    const contrast = (hi + 0.05) / (lo + 0.05);
    assert.ok(contrast >= 3, `${host} (${theme}): border ${stroke} on skin ${fill} is ${contrast.toFixed(2)}:1`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
