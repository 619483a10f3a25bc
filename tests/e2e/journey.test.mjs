// The visitor's journey on a phone, against the release bundle: tap every region in both views,
// pick every feeling, rate it, say when it started, answer the warning signs, read an answer each time; the
// safety check by touch and by keyboard; axe at each step; each step brought to the top; the
// live region; screenshots in English and Spanish.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { axe, CARE_TIERS, HOST as W, PAINS, ready, SEL, settled, setup, SHOTS, TIERS } from './lib/page.mjs';

/** A sign's title as the summary writes it, inside a sentence: first letter in lower case. */
const inSentence = (title) => title[0].toLowerCase() + title.slice(1);

const content = (code) => JSON.parse(readFileSync(new URL(`../../content/${code}.json`, import.meta.url), 'utf8'));
const EN = content('en');
const env = setup();
const open = (path = '/host/plain.html', options = {}) => env.open(path, { options });

/** The top of the step heading `id` once focus and scrolling have settled: near the viewport's top. */
async function headingTop(page, id) {
  await page.waitForFunction((id) => document.getElementById('pain-map').shadowRoot.activeElement?.id === id, id, { timeout: 5000 });
  await settled(page);
  const top = await page.locator(`${W} #${id}`).evaluate((h) => h.getBoundingClientRect().top);
  assert.ok(top >= -2 && top <= 120, `#${id} is ${top.toFixed(1)} px from the top of the viewport`);
  return top;
}

test('every region in both views answers, and every feeling is read at least once', async () => {
  const { page, context, errors, w } = await open();
  const regions = await page.locator(`${W} [data-region]`).evaluateAll((els) => els.map((e) => e.dataset.region));
  assert.equal(regions.length, 28);
  const pains = await w.$('input[name="lpm-pain"]').evaluateAll((els) => els.map((e) => e.value));
  assert.equal(pains.length, 0, 'no feeling before a place');
  let i = 0;
  const tiers = new Set();
  for (const region of regions) {
    const pain = PAINS[i++ % PAINS.length];
    // A real tap at the centre of the region's hit area, as a thumb would (switching view first).
    await w.region(region);
    if (i === 1) assert.deepEqual(await w.$('input[name="lpm-pain"]').evaluateAll((els) => els.map((e) => e.value)), PAINS);
    await w.feel(pain);
    // Ratings 1–7: below the severe ratings (8–10) that may raise a tier on their own.
    await w.rate(String(((i - 1) % 7) + 1));
    await w.when('after');
    const data = await w.noSigns();
    assert.deepEqual({ region: data.region, pain: data.pain }, { region, pain });
    assert.ok(TIERS.includes(data.tier), `${region}/${pain}: tier ${data.tier}`);
    tiers.add(data.tier);
    const card = w.card();
    assert.equal(await card.locator('.lpm-outcome').getAttribute('data-tier'), data.tier);
    assert.ok((await card.locator('.lpm-outcome h4.lpm-tier').textContent()).trim().length > 5);
    const care = CARE_TIERS.includes(data.tier);
    if (care) {
      const note = (await card.locator('.lpm-note').textContent()).trim();
      assert.ok(note.length > 20, `${region}/${pain}: ${note}`);
      assert.ok((await card.locator('.lpm-tips li').count()) >= 1, `${region}/${pain}: self-care tips`);
      assert.equal(await card.locator('.lpm-book').count(), 1, `${region}/${pain}: booking link on a ${data.tier} card`);
    } else {
      assert.equal(await card.locator('.lpm-tips li').count(), 0, `${region}/${pain}: no self-care tips on a ${data.tier} card`);
      assert.equal(await card.locator('.lpm-book').count(), 0, `${region}/${pain}: no booking on a ${data.tier} card`);
    }
    assert.equal(await card.locator('.lpm-quiet').count(), 1, `${region}/${pain}: the quiet safety line`);
    if (/knee-back/.test(region)) assert.notEqual(data.tier, 'self-care', `${region}: never self-care at the back of the knee`);
    // "Swollen" counts as the clot sign, but the summary repeats only what the visitor ticked.
    assert.match(await card.locator('.lpm-summary').textContent(), new RegExp(`Started: ${EN.timings.after.label.toLowerCase()}\\. Warning signs: none\\.$`));
    await w.press(card.locator('[data-action="start-over"]'));
    await card.waitFor({ state: 'detached' });
  }
  assert.ok(tiers.size >= 2, `more than one tier over 28 places: ${[...tiers]}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the rules the cards rest on: timing and signs decide the tier', async () => {
  const { context, errors, w } = await open();
  const cases = [
    ['left-calf', 'knot', { timing: 'after' }, 'self-care'],
    ['left-calf', 'swollen', { timing: 'after' }, 'urgent'],
    ['left-calf', 'sharp', { timing: 'after' }, 'see-doctor'],
    ['left-calf', 'sharp', { timing: 'unrelated' }, 'urgent'],
    ['left-thigh-front', 'knot', { timing: 'lasting' }, 'therapist'],
    ['left-calf', 'knot', { timing: 'after', facts: ['hormones'] }, 'self-care'],
    ['left-calf', 'knot', { timing: 'after', facts: ['surgery'] }, 'see-doctor'],
    ['left-calf', 'knot', { timing: 'unrelated', facts: ['surgery'] }, 'urgent'],
    ['left-calf', 'knot', { timing: 'after', signs: ['worse'] }, 'see-doctor'],
    ['left-calf', 'knot', { timing: 'during' }, 'therapist'],
    ['left-calf', 'knot', { timing: 'lasting' }, 'see-doctor'],
    ['left-knee-back', 'sore-after', { timing: 'after' }, 'therapist'],
    ['right-thigh-front', 'ache', { timing: 'after', signs: ['breathless'] }, 'emergency'],
  ];
  for (const [region, pain, options, tier] of cases) {
    const data = await w.answer(region, pain, options);
    assert.equal(data.tier, tier, `${region} × ${pain} × ${JSON.stringify(options)}`);
    await w.press(w.$('[data-action="start-over"]'));
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('safety check by touch: "None of these" is one tap on the signs and one on the facts; ticking a sign on the answer updates it live', async () => {
  const { page, context, errors, w } = await open('/host/safety-en.html');
  await w.region('left-calf');
  await w.feel('knot');
  await w.rate(4);
  await w.when('after');
  assert.equal(await w.card().count(), 0, 'no answer before the signs are answered');
  const shown = await w.$('input[name="lpm-sign"]').evaluateAll((els) => els.map((e) => e.value));
  assert.ok(shown.length >= 5 && shown.length <= 10, `the signs that apply to the calf: ${shown}`);
  assert.ok(shown.includes('clot') && shown.includes('breathless') && shown.includes('worse'), `${shown}`);
  // One tap, then the health facts (yes/no, their own group), one tap, then the answer.
  await w.press(w.$('button[data-action="no-signs"]'));
  await w.step('facts').waitFor({ timeout: 3000 });
  assert.equal(await w.card().count(), 0, 'the facts before the answer');
  assert.equal(await w.$('input[name="lpm-fact"]').count(), 8);
  await w.press(w.$('button[data-action="no-facts"]'));
  await w.card().waitFor({ timeout: 3000 });
  const card = w.card();
  assert.equal(await card.getAttribute('data-tier'), 'self-care');
  assert.ok((await card.locator('.lpm-tips li').count()) >= 1);
  const book = card.locator('a.lpm-book');
  assert.equal(await book.count(), 1);
  const summary = (await card.locator('.lpm-summary').textContent()).trim();
  assert.equal(await book.getAttribute('href'), 'https://spa.example/book?note=' + encodeURIComponent(summary)
    + '&place=left-calf&feel=knot&tier=self-care&lang=en', 'booking-url placeholders filled, URL-encoded');
  assert.ok((await card.locator('.lpm-book-note').textContent()).trim().length > 5, 'a short note under the booking link');
  // The order of the card: the outcome first.
  assert.equal(await card.evaluate((e) => [...e.children].findIndex((c) => c.matches('.lpm-outcome')) < [...e.children].findIndex((c) => c.matches('.lpm-cause'))), true, 'the outcome comes before the cause');

  await w.tick('clot');
  await w.tier('urgent');
  assert.equal(await card.locator('.lpm-outcome').getAttribute('data-tier'), 'urgent');
  assert.equal(await card.locator('.lpm-tips').count(), 0, 'no self-care tips once a clot sign is ticked');
  assert.equal(await card.locator('.lpm-book').count(), 0, 'no booking link once a clot sign is ticked');
  assert.equal(await card.locator('.lpm-cause').count(), 0);
  assert.equal(await card.locator('.lpm-told li[data-sign="clot"]').count(), 1, 'the ticked sign is repeated');
  assert.equal(await card.locator('.lpm-quiet').count(), 1);
  assert.match(await card.locator('.lpm-summary').textContent(), new RegExp(`Warning signs: ${inSentence(EN.signs.clot.title)}\\.`));
  // Unticked: the usual answer again.
  await w.tick('clot');
  await w.tier('self-care');
  assert.equal(await card.locator('.lpm-book').count(), 1);
  assert.equal(await card.locator('.lpm-told').count(), 0);
  assert.equal(page.url().includes('#'), false, 'no hash without deep-link');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a swollen calf: urgent already, so only emergency signs are asked and none is put in the visitor\'s mouth', async () => {
  const { context, errors, w } = await open('/host/safety-en.html');
  await w.region('left-calf');
  await w.feel('swollen');
  await w.rate(4);
  await w.when('after');
  const asked = await w.$('input[name="lpm-sign"]').evaluateAll((els) => els.map((e) => e.value));
  assert.ok(!asked.includes('clot') && asked.includes('breathless'), `${asked}`);
  const data = await w.noSigns();
  assert.equal(data.tier, 'urgent');
  const card = w.card();
  assert.equal(await card.locator('.lpm-told').count(), 0, '"You told us" lists only what was ticked');
  assert.equal(await card.locator('.lpm-tips').count(), 0);
  assert.equal(await card.locator('.lpm-book').count(), 0);
  assert.ok((await card.locator('.lpm-note').textContent()).trim().length > 20, 'a note on a swollen urgent card');
  assert.match(await card.locator('.lpm-tier').textContent(), new RegExp(EN.tiers.urgent.title));
  assert.deepEqual(errors, []);
  await context.close();
});

test('emergency: breathless ticked shows the call link (or the words, with no number), never booking', async () => {
  for (const [path, call] of [['/host/safety-en.html', 'a.lpm-call[href="tel:999"]'], ['/host/plain.html', 'strong.lpm-call']]) {
    const { context, errors, w } = await open(path);
    const data = await w.answer('left-calf', 'knot', { signs: ['breathless'] });
    assert.equal(data.tier, 'emergency', path);
    const card = w.card();
    assert.equal(await card.locator(`.lpm-outcome ${call}`).count(), 1, `${path}: ${call}`);
    assert.equal(await card.locator('.lpm-book').count(), 0, `${path}: no booking on an emergency`);
    assert.equal(await card.locator('.lpm-tips').count(), 0);
    assert.equal(await card.locator('.lpm-quiet').count(), 0, 'the quiet line is for non-emergency cards');
    assert.equal(await card.locator('.lpm-told li[data-sign="breathless"]').count(), 1);
    assert.match(await w.live(), new RegExp(EN.tiers.emergency.title));
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('keyboard only: Tab to the map, arrows, Enter, Space through feeling, rating, timing and a sign, Enter on Show my answer', async () => {
  const { page, context, errors, w } = await open('/host/plain.html', { isMobile: false, hasTouch: false });
  const active = () => page.evaluate(() => {
    const e = document.getElementById('pain-map').shadowRoot.activeElement;
    return e ? { id: e.id, region: e.dataset?.region, action: e.dataset?.action, value: e.value, name: e.getAttribute('name') } : {};
  });
  // Tab from the top of the page until focus is on a map region.
  let onRegion = false;
  for (let tabs = 0; tabs < 12 && !onRegion; tabs++) {
    await page.keyboard.press('Tab');
    onRegion = !!(await active()).region;
  }
  assert.ok(onRegion, 'Tab reaches the map');
  const first = (await active()).region;
  await page.keyboard.press('ArrowDown');
  const second = (await active()).region;
  assert.ok(second && second !== first, 'arrows move between regions');
  await page.keyboard.press('Enter');
  await w.step('feel').waitFor();
  await page.waitForFunction(() => document.getElementById('pain-map').shadowRoot.activeElement?.id === 'lpm-feel');
  assert.equal((await active()).id, 'lpm-feel', 'focus moves to the feeling step');
  // Tab into the radio group and choose with Space.
  await page.keyboard.press('Tab');
  assert.equal((await active()).name, 'lpm-pain');
  await page.keyboard.press('Space');
  await w.step('rate').waitFor();
  await page.waitForFunction(() => document.getElementById('pain-map').shadowRoot.activeElement?.id === 'lpm-rate');
  assert.equal((await active()).id, 'lpm-rate', 'focus moves to the rating step');
  await page.keyboard.press('Tab');
  assert.equal((await active()).name, 'lpm-rating');
  await page.keyboard.press('Space');
  await w.step('when').waitFor();
  await page.waitForFunction(() => document.getElementById('pain-map').shadowRoot.activeElement?.id === 'lpm-when');
  assert.equal((await active()).id, 'lpm-when', 'focus moves to the timing step');
  await page.keyboard.press('Tab');
  assert.equal((await active()).name, 'lpm-timing');
  await page.keyboard.press('Space');
  await w.step('signs').waitFor();
  await page.waitForFunction(() => document.getElementById('pain-map').shadowRoot.activeElement?.id === 'lpm-signs');
  assert.equal((await active()).id, 'lpm-signs', 'focus moves to the signs step');
  await page.keyboard.press('Tab');
  const sign = await active();
  assert.equal(sign.name, 'lpm-sign', 'Tab reaches the first warning sign');
  await page.keyboard.press('Space');
  assert.equal(await w.$(`input[name="lpm-sign"][value="${sign.value}"]`).isChecked(), true, 'Space ticks it');
  assert.equal(await w.card().count(), 0, 'ticking alone does not show the answer');
  let onShow = false;
  for (let tabs = 0; tabs < 14 && !onShow; tabs++) {
    await page.keyboard.press('Tab');
    onShow = (await active()).action === 'signs-done';
  }
  assert.ok(onShow, 'Tab reaches Next');
  // The first sign is an emergency one: no facts step, the answer at once.
  assert.equal(sign.value, 'breathless');
  await page.keyboard.press('Enter');
  const card = w.card();
  await card.waitFor();
  assert.equal(await card.getAttribute('data-region'), second);
  assert.equal(await card.locator(`.lpm-told li[data-sign="${sign.value}"]`).count(), 1, 'the ticked sign is on the answer');
  assert.ok(!CARE_TIERS.includes(await card.getAttribute('data-tier')), 'a warning sign is never a self-care answer');
  assert.match(await w.live(), /\S/, 'the answer is announced');
  await page.waitForFunction(() => document.getElementById('pain-map').shadowRoot.activeElement?.id === 'lpm-answer-title');
  assert.equal(await w.focused(), 'lpm-answer-title', 'focus moves to the answer heading');
  assert.deepEqual(errors, []);
  await context.close();
});

test('each step, once open, is brought to the top of a phone screen, its heading focused', async () => {
  const { page, context, errors, w } = await open('/host/safety-en.html');
  await w.region('left-calf');
  await headingTop(page, 'lpm-feel');
  await w.feel('knot');
  await headingTop(page, 'lpm-rate');
  await w.rate(4);
  await headingTop(page, 'lpm-when');
  await w.when('after');
  await headingTop(page, 'lpm-signs');
  await w.press(w.$('button[data-action="no-signs"]'));
  await headingTop(page, 'lpm-facts');
  await w.press(w.$('button[data-action="no-facts"]'));
  await headingTop(page, 'lpm-answer-title');
  // And again from the answer: Change the feeling goes back up to step 2.
  await w.press(w.$('[data-action="change-feeling"]'));
  await headingTop(page, 'lpm-feel');
  await w.feel('tight');
  await headingTop(page, 'lpm-rate'); // a new feeling is rated again
  await w.rate(6);
  await headingTop(page, 'lpm-signs'); // the timing is kept: straight on to the signs
  await w.tick('worse');
  await w.press(w.$('button[data-action="signs-done"]'));
  await headingTop(page, 'lpm-facts');
  await w.fact('long-journey');
  await w.press(w.$('button[data-action="show-answer"]'));
  await headingTop(page, 'lpm-answer-title');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the live region reads the tier after the answer, and again when a sign changes it', async () => {
  const { context, errors, w } = await open('/host/safety-en.html');
  await w.answer('left-calf', 'knot');
  const live = await w.live();
  assert.ok(live.includes(EN.tiers['self-care'].title), `"${live}"`);
  assert.equal(live, (await w.$('.lpm-outcome h4.lpm-tier').textContent()).trim() + '. ' + EN.tiers['self-care'].text);
  await w.tick('clot');
  await w.tier('urgent');
  const urgent = await w.live();
  assert.ok(urgent.includes(EN.tiers.urgent.title), `"${urgent}"`);
  assert.equal(await w.$('.lpm-sr[aria-live="polite"]').count(), 1, 'one polite live region');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the therapist summary says when it started, the ticked signs and the health facts; the cautions show on a calm card', async () => {
  const { context, errors, w } = await open('/host/safety-en.html');
  const data = await w.answer('left-calf', 'knot', { timing: 'during', facts: ['pregnancy', 'blood-thinners'] });
  assert.equal(data.tier, 'therapist', 'a strong clot risk during a massage: the therapist, with the caution');
  const summary = (await w.$('.lpm-summary').textContent()).trim();
  assert.match(summary, /^Left calf, back of leg: tender knot, \d+\/10\. Started: /);
  assert.ok(summary.includes(`Started: ${EN.timings.during.label.toLowerCase()}.`), summary);
  assert.ok(summary.endsWith(`Health facts: ${inSentence(EN.facts.pregnancy.title)}; ${inSentence(EN.facts['blood-thinners'].title)}.`), summary);
  assert.deepEqual(await w.$('.lpm-cautions li').allTextContents(), [EN.facts.pregnancy.text, EN.facts['blood-thinners'].text]);
  // At the calf more than two days is already a doctor's question: the net says 2-3 days.
  assert.equal(await w.$('.lpm-net').getAttribute('data-net'), 'days', 'every calm card says when to see a doctor');
  await w.tick('clot');
  await w.tier('urgent');
  const both = (await w.$('.lpm-summary').textContent()).trim();
  assert.ok(both.includes('Started:') && both.includes(inSentence(EN.signs.clot.title)) && both.includes('Health facts:'), both);
  assert.equal(await w.$('.lpm-cautions').count(), 0, 'no massage cautions on a card that says no massage');
  assert.equal((await w.$('.lpm-therapist h4').textContent()).trim(), EN.ui.tell_doctor);
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe finds no violation at the start and at every step (the rating too); screenshots at 320, 390, 768', async () => {
  for (const width of [320, 390, 768]) {
    const { page, context, errors, w } = await open('/', { viewport: { width, height: 900 } });
    const check = (label) => (width === 390 ? axe(page, label) : null);
    await check('start');
    await page.screenshot({ path: `${SHOTS}/start-${width}.png`, fullPage: false });
    await w.region('left-knee');
    await check('feeling step');
    await w.feel('ache');
    await check('rating step');
    await w.rate(4);
    await check('timing step');
    await w.when('after');
    await check('signs step');
    await w.noSigns();
    await check('answer');
    await page.screenshot({ path: `${SHOTS}/answer-${width}.png`, fullPage: false });
    await page.locator(W).screenshot({ path: `${SHOTS}/widget-full-${width}.png` });
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('axe and screenshots, English and Spanish: timing, signs, self-care, urgent and emergency answers', async () => {
  for (const lang of ['en', 'es']) {
    const { page, context, errors, w } = await open(`/host/safety-${lang}.html`);
    assert.equal(await w.root().getAttribute('lang'), lang);
    const shot = async (name) => {
      await settled(page);
      await page.screenshot({ path: `${SHOTS}/journey-${lang}-${name}.png`, fullPage: false });
    };
    await w.region('left-calf');
    await w.feel('knot');
    await w.rate(4);
    await axe(page, `${lang} timing step`);
    await shot('1-timing');
    await w.when('after');
    await axe(page, `${lang} signs step`);
    await shot('2-signs');
    assert.equal((await w.noSigns()).tier, 'self-care');
    await axe(page, `${lang} self-care answer`);
    await shot('3-self-care');
    await w.press(w.$('[data-action="start-over"]'));
    assert.equal((await w.answer('left-calf', 'knot', { signs: ['clot'] })).tier, 'urgent');
    await axe(page, `${lang} urgent answer`);
    await shot('4-urgent');
    await w.press(w.$('[data-action="start-over"]'));
    assert.equal((await w.answer('left-calf', 'knot', { signs: ['breathless'] })).tier, 'emergency');
    await axe(page, `${lang} emergency answer`);
    await shot('5-emergency');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('deep link: a hash reopens at the timing step, never at an answer; Back steps back through the journey', async () => {
  const { page, context, errors, w } = await env.open('/host/deep-link.html#right-calf/cramp/7', {
    init: () => { window.__events = []; document.addEventListener('answer-show', (e) => window.__events.push(e.detail)); },
  });
  await w.step('when').waitFor();
  assert.equal(await w.card().count(), 0, 'no answer straight from a link');
  assert.equal(await w.$('.lpm-region[aria-pressed="true"]').getAttribute('data-region'), 'right-calf');
  assert.equal(await w.$('input[name="lpm-pain"][value="cramp"]').isChecked(), true);
  assert.equal(await w.$('input[name="lpm-rating"][value="7"]').isChecked(), true, 'the rating from the link');
  assert.equal(await w.step('signs').count(), 0);
  await w.when('after');
  const data = await w.noSigns();
  assert.deepEqual({ region: data.region, pain: data.pain }, { region: 'right-calf', pain: 'cramp' });
  assert.deepEqual(await page.evaluate(() => window.__events), [{ region: 'right-calf', pain: 'cramp', regions: 'right-calf', pains: 'cramp', cause: data.cause }],
    'answer-show once the visitor completed timing and signs');
  await w.press(w.card().locator('[data-action="change-feeling"]'));
  await page.waitForFunction(() => location.hash === '#right-calf');
  await w.press(w.$('input[name="lpm-pain"][value="tight"]'));
  await page.waitForFunction(() => location.hash === '#right-calf/tight');
  await w.rate(3);
  await page.waitForFunction(() => location.hash === '#right-calf/tight/3');
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#right-calf/tight');
  await w.step('when').waitFor({ state: 'detached' });
  assert.equal(await w.$('input[name="lpm-rating"]:checked').count(), 0, 'Back returns to the rating step');
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#right-calf');
  assert.equal(await w.card().count(), 0, 'Back returns to the feeling step');
  assert.equal(await w.step('rate').count(), 0);
  assert.equal(await w.step('when').count(), 0);
  // A drawing of two places reopens at the timing step too, both places listed.
  await page.goto(env.server.url + '/host/deep-link.html#left-buttock/tingling/6,left-calf/tingling/5');
  await ready(page, W);
  await w.step('when').waitFor();
  assert.equal(await w.card().count(), 0, 'no answer straight from a link');
  assert.equal(await w.$(SEL.placeItems).count(), 2, 'both places of the link are listed');
  assert.equal(await w.step('signs').count(), 0);
  await page.goto(env.server.url + '/host/deep-link.html#left-nowhere/itchy');
  await ready(page, W);
  assert.equal(await w.card().count(), 0, 'a bad hash opens the start');
  assert.equal(await w.$('.lpm-region[aria-pressed="true"]').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('every hit area is at least 44x44 px at 360 px wide, and its centre lands on its own region', async () => {
  const { page, context, w } = await open('/host/plain.html', { viewport: { width: 360, height: 800 } });
  for (const view of ['front', 'back']) {
    await w.press(w.$(`.lpm-switch-btn[data-view="${view}"]`));
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
  const touchAction = await w.$('.lpm-view[data-current="true"]').evaluate((e) => getComputedStyle(e).touchAction);
  assert.notEqual(touchAction, 'none', 'a thumb drag across the map still scrolls the page');
  await context.close();
});

test('Copy puts the therapist summary on the clipboard', async () => {
  const { page, context, errors, w } = await open('/host/plain.html', { permissions: ['clipboard-read', 'clipboard-write'] });
  await w.answer('right-calf', 'knot');
  const summary = (await w.$('.lpm-summary').textContent()).trim();
  assert.match(summary, /^Right calf, back of leg: tender knot.*Started: .*Warning signs: none\.$/);
  const copy = w.$('.lpm-therapist .lpm-btn').first();
  await copy.tap();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), summary);
  assert.equal((await copy.textContent()).trim(), 'Copied');
  assert.deepEqual(errors, []);
  await context.close();
});

test('320 px wide: nothing overflows sideways; the answer appears at once (no animation, reduced motion or not); forced colours: selection still shows', async () => {
  const { page, context, w } = await open('/host/plain.html', { viewport: { width: 320, height: 700 }, reducedMotion: 'reduce' });
  await w.region('left-shin');
  await w.feel('sharp');
  await w.rate(4);
  await w.when('after');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no sideways scrolling on the signs step at 320 px');
  await w.noSigns();
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no sideways scrolling at 320 px');
  assert.equal(await w.card().evaluate((e) => getComputedStyle(e).animationName), 'none');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  assert.equal(await w.card().evaluate((e) => getComputedStyle(e).animationName), 'none', 'no fade-in: its first frame would be blank');
  await page.emulateMedia({ forcedColors: 'active' });
  await w.$('.lpm-region[data-region="left-shin"]').scrollIntoViewIfNeeded();
  const outline = await w.$('.lpm-selection-outline').evaluate((e) => getComputedStyle(e).stroke);
  assert.notEqual(outline, 'none', 'the selected region keeps its outline in forced colours');
  await w.$('.lpm-map').screenshot({ path: `${SHOTS}/forced-colors-320.png` });
  await context.close();
});

test('the words over each leg fit apart, in English and Spanish, at 320 and 768 px', async () => {
  for (const width of [320, 768]) {
    const { page, context, errors } = await open('/', { viewport: { width, height: 900 } });
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
  const { page, context, errors } = await open('/');
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

test('the signs screen stays short on a phone: at 390x844 "None of these" starts within 844 px of the first sign (en, es)', async () => {
  // The place × feeling pairs with the most signs (ten each), the longest titles among them.
  const tallest = [['left-calf', 'sharp'], ['left-calf', 'ache'], ['left-calf', 'sore-after'], ['left-thigh-front', 'ache'], ['left-hip', 'sharp'], ['left-knee', 'sharp']];
  for (const lang of ['en', 'es']) {
    const { page, context, errors, w } = await open(`/host/safety-${lang}.html`);
    let most = { height: 0 };
    for (const [region, pain] of tallest) {
      await w.region(region);
      await w.feel(pain);
      await w.rate(4);
      await w.when('after');
      assert.equal(await w.$('input[name="lpm-sign"]').count(), 10, `${region} × ${pain}`);
      const first = await w.$('.lpm-check[data-list="lpm-sign"]').first().evaluate((e) => e.getBoundingClientRect().top);
      const none = await w.$('button[data-action="no-signs"]').evaluate((e) => e.getBoundingClientRect().top);
      if (none - first > most.height) {
        most = { height: none - first, region, pain };
        await w.step('signs').screenshot({ path: `${SHOTS}/signs-${lang}-390.png` });
      }
      await w.press(w.$('button[data-action="no-signs"]'));
      await w.step('facts').waitFor();
      if (region === 'left-calf' && pain === 'sharp') {
        await settled(page);
        await w.step('facts').screenshot({ path: `${SHOTS}/facts-${lang}-390.png` });
      }
      await w.press(w.$('button[data-action="no-facts"]'));
      await w.press(w.card().locator('[data-action="start-over"]'));
      await w.card().waitFor({ state: 'detached' });
    }
    console.log(`signs screen (${lang}): "None of these" ${most.height.toFixed(0)} px below the first sign, at ${most.region} × ${most.pain}`);
    assert.ok(most.height <= 844, `${lang}: ${most.height.toFixed(0)} px at ${most.region} × ${most.pain}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the steps are numbered 1 to 7, the rating third, each heading labelling its section', async () => {
  const { context, errors, w } = await open('/host/safety-en.html');
  await w.answer('left-calf', 'knot', { rating: 5 });
  const numbered = await w.$('.lpm-step-title').evaluateAll((hs) => hs.map((h) => ({
    number: h.querySelector('.lpm-step-num')?.textContent.trim(),
    id: h.id,
    labels: h.closest('section')?.getAttribute('aria-labelledby') === h.id,
  })));
  assert.deepEqual(numbered, [
    ['1', 'lpm-where'], ['2', 'lpm-feel'], ['3', 'lpm-rate'], ['4', 'lpm-when'], ['5', 'lpm-signs'], ['6', 'lpm-facts'], ['7', 'lpm-answer-title'],
  ].map(([number, id]) => ({ number, id, labels: true })));
  assert.equal((await w.step('rate').locator('.lpm-step-title').textContent()).trim(), '3' + EN.ui.step_rate);
  assert.deepEqual(errors, []);
  await context.close();
});
