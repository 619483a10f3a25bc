// The pain drawing (issue 22) on a phone, against the release bundle: several places, each with
// its feeling and its rating (1–10, step 3); "Add another place", a tap that adds or moves a
// place, the list under the map with Remove and Undo, five places at most; the timing once, "Did
// they all start then?" and each place's own timing; the answer and the events naming every
// place; the booking link carrying each place with its rating; the keyboard alone through the
// rating step; axe on the rating step, the timing step of a drawing and the answer, in English
// and Spanish. Host pages: tests/e2e/pages/drawing-en.html, drawing-es.html (deep links on, a
// booking link with {summary}, {region} and {regions}).
//
// The answer of several places is its own card, still being built: the tests that read it (the
// places it names, Book) wait for it; every other part of the drawing is tested on its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { answerRegions, axe, CARE_TIERS, CAUSES, EVENTS, HOST, MAX_PLACES, SEL, settled, setup, SHOTS } from './lib/page.mjs';

const content = (code) => JSON.parse(readFileSync(new URL(`../../content/${code}.json`, import.meta.url), 'utf8'));
const WORDS = { en: content('en'), es: content('es') };
const env = setup();

/** Every journey event the widget sends, heard on `document` before it loads. */
function listen(names) {
  window.__events = [];
  for (const name of names) document.addEventListener(name, (e) => window.__events.push({ name, detail: e.detail }));
}
const open = (lang = 'en', options = {}) => env.open(`/host/drawing-${lang}.html`, { options, init: listen, arg: EVENTS });
/** The events heard since the last call, content-show left out. */
const heard = (page) => page.evaluate(() => window.__events.splice(0).filter((e) => e.name !== 'content-show'));
const hash = (page) => page.evaluate(() => location.hash);
/** Waits until the URL hash is `h` (the widget writes it after it draws). */
const hashIs = (page, h) => page.waitForFunction((h) => location.hash === h, h, { timeout: 5000 })
  .catch(async () => assert.equal(await hash(page), h, 'the URL hash'));
/** Two frames: enough for the widget to draw what a tap changed, if anything. */
const frames = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Down the back of the left leg, all tingling: the travelling nerve pain of the drawing's rules. */
const DOWN_THE_LEG = [['left-buttock', 'tingling', 6], ['left-thigh-back', 'tingling', 5], ['left-calf', 'tingling', 4]];
const REGIONS = DOWN_THE_LEG.map(([region]) => region);
const HASH = '#' + DOWN_THE_LEG.map((p) => p.join('/')).join(',');

/** "None of these" on the signs and on the facts, then waits for answer-show (the journey is at its
 *  answer whether or not a card shows it). */
async function noSignsNoFacts(page, w) {
  await w.press(w.$(SEL.button('no-signs')));
  await w.step('facts').waitFor();
  await w.press(w.$(SEL.button('no-facts')));
  await page.waitForFunction(() => window.__events.some((e) => e.name === 'answer-show'), null, { timeout: 10000 });
}

/** The answer card of a drawing of several places, with a message that says what is missing. */
async function card(w) {
  await w.card().waitFor({ timeout: 10000 }).catch(() => {
    throw new Error(`no ${SEL.answer} after the last step of a drawing of several places (the several-place card: data-regions, Book)`);
  });
  return w.card().evaluate((e) => ({ ...e.dataset }));
}

/** Draws the three places down the leg: the first by a tap, the second after "Add another place",
 *  the third by a tap on the map alone. Checks the rating step, the list and the hash on the way. */
async function drawDownTheLeg(page, w) {
  const [[r1, p1, n1], [r2, p2, n2], [r3, p3, n3]] = DOWN_THE_LEG;
  await w.region(r1);
  await w.feel(p1);
  assert.equal(await w.$(SEL.ratings).count(), 10, 'ten ratings, 1 to 10');
  assert.equal(await w.$(SEL.addPlace).count(), 0, '"Add another place" only once a rating is chosen');
  assert.equal(await w.step('when').count(), 0, 'no timing before the rating');
  await w.rate(n1);
  assert.equal(await w.$(SEL.addPlace).count(), 1, '"Add another place" on the rating step');
  await hashIs(page, `#${r1}/${p1}/${n1}`);
  await w.addPlace();
  await w.place(r2, p2, n2);
  assert.equal(await w.$(SEL.placeItems).count(), 2);
  // A tap on an unmarked place adds it too, and opens the feeling step for it.
  await w.place(r3, p3, n3);
  assert.equal(await w.$(SEL.placeItems).count(), 3, 'three places listed under the map');
  await hashIs(page, HASH); // places, feelings and ratings
}

test('three places down the leg, not after a massage: answer-show names every place once; the answer names all three, no Book on a doctor\'s card', async () => {
  const { page, context, errors, w } = await open();
  await drawDownTheLeg(page, w);
  const events = await heard(page);
  assert.deepEqual(events.filter((e) => e.name === 'region-select').map((e) => e.detail.region), REGIONS, 'one region-select per place');
  assert.deepEqual(events.filter((e) => e.name === 'pain-select').map((e) => e.detail), DOWN_THE_LEG.map(([region, pain]) => ({ region, pain })));
  for (const e of events) assert.deepEqual(Object.keys(e.detail).filter((k) => !['region', 'view', 'pain'].includes(k)), [], `ids only, no rating: ${JSON.stringify(e)}`);
  await w.when('unrelated');
  assert.equal(await w.$(SEL.same('yes')).isChecked(), true, '"Did they all start then?" answered yes');
  await noSignsNoFacts(page, w);
  const shown = (await heard(page)).filter((e) => e.name === 'answer-show');
  assert.equal(shown.length, 1, 'answer-show once for the whole drawing');
  const { detail } = shown[0];
  assert.deepEqual({ ...detail, cause: undefined }, {
    region: 'left-buttock', pain: 'tingling', regions: REGIONS.join(','), pains: 'tingling,tingling,tingling', cause: undefined,
  });
  assert.ok(CAUSES.includes(detail.cause), detail.cause);
  assert.equal(await hash(page), HASH, 'the hash holds no timing, sign or fact');
  const data = await card(w);
  assert.deepEqual(answerRegions(data), REGIONS, 'the answer names all three places');
  assert.ok(!CARE_TIERS.includes(data.tier), `tingling down the leg with no massage to explain it is a doctor's question: ${data.tier}`);
  assert.equal(await w.$('.lpm-book').count(), 0, 'no Book when the tier does not allow it');
  await axe(page, 'the answer of three places');
  assert.deepEqual(errors, []);
  await context.close();
});

for (const lang of ['en', 'es']) {
  const words = WORDS[lang];
  test(`${lang}: three places after a massage: Book carries every place with its feeling and its rating, and {regions}; booking-click names them`, async () => {
    const { page, context, errors, w } = await open(lang);
    assert.equal(await w.root().getAttribute('lang'), lang);
    // Keep the booking link from opening the spa's site; the widget's click handler still runs.
    await page.evaluate(() => document.addEventListener('click', (e) => {
      if (e.composedPath().some((n) => n.classList?.contains('lpm-book'))) e.preventDefault();
    }, true));
    await drawDownTheLeg(page, w);
    await w.press(w.$(SEL.timing('after')));
    await w.$(SEL.same('yes')).waitFor();
    await axe(page, `${lang}: the timing step of a drawing, "Did they all start then?"`);
    await w.press(w.$(SEL.same('yes')));
    await w.step('signs').waitFor();
    await noSignsNoFacts(page, w);
    await heard(page);
    const data = await card(w);
    assert.deepEqual(answerRegions(data), REGIONS, 'the answer names all three places');
    assert.ok(CARE_TIERS.includes(data.tier), `a travelling tingle that started with a massage: ${data.tier}`);
    const book = w.$('a.lpm-book');
    assert.equal(await book.count(), 1, 'Book on a calm card of several places');
    const link = new URL(await book.getAttribute('href'));
    const [note, place, places] = lang === 'en' ? ['note', 'place', 'places'] : ['nota', 'zona', 'zonas'];
    assert.equal(link.searchParams.get(places), REGIONS.join(','), '{regions}: every place, in order');
    assert.equal(link.searchParams.get(place), 'left-buttock', '{region}: the first place');
    const summary = link.searchParams.get(note);
    for (const [[region, , rating], part] of DOWN_THE_LEG.map((p, i) => [p, ['buttock', 'thigh-back', 'calf'][i]])) {
      assert.ok(summary.toLowerCase().includes(words.regions[part].name.toLowerCase()), `the summary names ${region}: ${summary}`);
      assert.ok(summary.includes(`${rating}/10`), `the summary carries ${region}'s rating ${rating}/10: ${summary}`);
    }
    assert.ok(summary.toLowerCase().includes(words.pains.tingling.label.toLowerCase()), `the summary names the feeling: ${summary}`);
    assert.ok(summary.indexOf('6/10') < summary.indexOf('5/10') && summary.indexOf('5/10') < summary.indexOf('4/10'), `in the drawing's order: ${summary}`);
    await axe(page, `${lang}: the answer of three places`);
    await settled(page);
    await page.screenshot({ path: `${SHOTS}/drawing-${lang}-answer.png` });
    await w.press(book);
    const clicks = (await heard(page)).filter((e) => e.name === 'booking-click');
    assert.deepEqual(clicks.map((e) => e.detail), [{ region: 'left-buttock', pain: 'tingling', regions: REGIONS.join(','), pains: 'tingling,tingling,tingling' }]);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the rating step and the timing step of a drawing, each place\'s own timing: axe finds nothing, in English and Spanish', async () => {
  for (const lang of ['en', 'es']) {
    const { page, context, errors, w } = await open(lang);
    await w.region('left-calf');
    await w.feel('knot');
    await axe(page, `${lang}: the rating step`);
    await w.rate(7);
    await axe(page, `${lang}: the rating step with a rating and "Add another place"`);
    await settled(page);
    await w.step('rate').screenshot({ path: `${SHOTS}/drawing-${lang}-rate.png` });
    await w.addPlace();
    await w.place('left-thigh-back', 'tight', 3);
    assert.equal((await w.$(`${SEL.step('when')} .lpm-step-title`).textContent()).trim(), '4' + WORDS[lang].ui.step_when_many, 'step 4, about the first of them');
    await w.press(w.$(SEL.timing('lasting')));
    await w.press(w.$(SEL.same('no')));
    for (const i of [1, 2]) await w.$(SEL.placeTimings(i)).first().waitFor();
    assert.equal(await w.$('input[name="lpm-timing-3"]').count(), 0, 'one timing group per place');
    assert.equal(await w.step('signs').count(), 0, 'no signs before each place has its timing');
    await axe(page, `${lang}: the timing step, each place's own timing`);
    await w.press(w.$(SEL.placeTiming(1, 'lasting')));
    assert.equal(await w.step('signs').count(), 0);
    await w.press(w.$(SEL.placeTiming(2, 'after')));
    await w.step('signs').waitFor();
    await settled(page);
    await w.step('when').screenshot({ path: `${SHOTS}/drawing-${lang}-when.png` });
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('Remove takes a place off the list and sends nothing; Undo puts it back where it was; a tap before a feeling moves the place', async () => {
  const { page, context, errors, w } = await open();
  // A tap while the place has no feeling moves it: still one place.
  await w.region('left-knee');
  await w.region('left-shin');
  assert.equal(await w.$(SEL.placeItems).count(), 1, 'the tap moved the place');
  await hashIs(page, '#left-shin');
  await w.press(w.$(SEL.removePlace));
  await w.$(SEL.placeItems).first().waitFor({ state: 'detached' });
  assert.equal(await w.step('feel').count(), 0, 'no place, no feeling step');
  await w.press(w.$(`${SEL.removed} ${SEL.undo}`));
  await w.$(SEL.placeItems).first().waitFor();
  await w.press(w.$(SEL.removePlace));
  await w.$(SEL.placeItems).first().waitFor({ state: 'detached' });
  await heard(page);

  await drawDownTheLeg(page, w);
  await w.when('after');
  await w.press(w.$(SEL.button('no-signs')));
  await w.step('facts').waitFor();
  await heard(page);
  const items = w.$(SEL.placeItems);
  // Each place: its Change, then its Remove.
  assert.deepEqual(await items.evaluateAll((lis) => lis.map((li) => [...li.querySelectorAll('[data-action]')].map((b) => b.dataset.action))),
    [['change-place', 'remove-place'], ['change-place', 'remove-place'], ['change-place', 'remove-place']]);
  // A tap on a place already marked brings its Change (and Remove) to hand: focus moves there.
  await w.press(w.$(SEL.hit('left-thigh-back')));
  await page.waitForFunction((host) => document.querySelector(host).shadowRoot.activeElement?.closest('li')
    ?.parentElement?.children[1] === document.querySelector(host).shadowRoot.activeElement.closest('li')
    && document.querySelector(host).shadowRoot.activeElement.dataset.action === 'change-place', HOST);
  assert.equal(await items.count(), 3, 'the tap added nothing');
  const before = await w.listed();
  await w.press(items.nth(1).locator(SEL.removePlace));
  await w.$(SEL.removed).waitFor();
  assert.equal(await items.count(), 2, 'the list shows two places');
  assert.deepEqual(await w.listed(), [before[0], before[2]]);
  assert.match(await w.$(SEL.removed).textContent(), new RegExp(WORDS.en.regions['thigh-back'].name, 'i'), 'the line says which place went');
  await hashIs(page, '#left-buttock/tingling/6,left-calf/tingling/4');
  await w.step('facts').waitFor({ state: 'detached' }); // the signs are asked again after a change
  assert.equal(await w.$(`${SEL.signs}:checked`).count(), 0);
  assert.deepEqual(await heard(page), [], 'removing a place sends nothing');
  await w.press(w.$(`${SEL.removed} ${SEL.undo}`));
  await w.$(SEL.removed).waitFor({ state: 'hidden' }); // the status line stays (so the next removal is announced), empty
  assert.equal(await items.count(), 3, 'Undo brings it back');
  assert.deepEqual(await w.listed(), before, 'in its place');
  await hashIs(page, HASH);
  assert.equal(await w.$(SEL.timing('after')).isChecked(), true, 'the timing is kept');
  assert.deepEqual(errors, []);
  await context.close();
});

test('five places at most: "Add another place" gives way to a message, a tap on a sixth adds nothing; five timings when they started apart', async () => {
  const { page, context, errors, w } = await open();
  const five = [['left-calf', 'knot'], ['right-calf', 'knot'], ['left-shin', 'ache'], ['right-shin', 'ache'], ['left-knee', 'sore-after']];
  for (const [i, [region, pain]] of five.entries()) {
    if (i) await w.addPlace();
    await w.place(region, pain, 3);
  }
  assert.equal(five.length, MAX_PLACES);
  assert.equal(await w.$(SEL.placeItems).count(), 5);
  await w.$(SEL.full).waitFor();
  assert.equal(await w.$(SEL.addPlace).count(), 0, 'no "Add another place" at five places');
  await w.showViewOf('right-knee');
  await w.press(w.$(SEL.hit('right-knee')));
  await frames(page);
  assert.equal(await w.$(SEL.placeItems).count(), 5, 'a sixth place is not added');
  assert.equal(await w.$(SEL.chosen('right-knee')).count(), 0);
  assert.equal((await hash(page)).split(',').length, 5);
  // Five places that did not start together: five timing groups, then the signs.
  await w.when('after', { each: ['after', 'during', 'after', 'lasting', 'after'] });
  for (const i of [1, 2, 3, 4, 5]) assert.equal(await w.$(`${SEL.placeTimings(i)}:checked`).count(), 1, `place ${i} has its own timing`);
  assert.equal(await w.$(SEL.placeTiming(4, 'lasting')).isChecked(), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Add another place" shows once at an answer: one place\'s on its rating step (its card has Change buttons), several places\' on the card', async () => {
  for (const places of [[['left-calf', 'knot', 4]], [['left-calf', 'knot', 4], ['right-calf', 'knot', 3]]]) {
    const { context, errors, w } = await open('en');
    await w.draw(places);
    assert.equal(await w.$(SEL.addPlace).count(), 1, `${places.length} place(s): one button of that name`);
    const where = places.length > 1 ? SEL.answer : SEL.step('rate');
    assert.equal(await w.$(`${where} ${SEL.addPlace}`).count(), 1, `${places.length} place(s): where it is`);
    await w.addPlace();
    await w.place('right-knee', 'ache', 2);
    await w.$(SEL.step('when')).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('keyboard only: Tab, arrows, Enter and Space through a place, its feeling, its rating, the timing and the signs to the answer', async () => {
  const { page, context, errors, w } = await open('en', { isMobile: false, hasTouch: false });
  const active = () => page.evaluate(() => {
    const e = document.getElementById('pain-map').shadowRoot.activeElement;
    return e ? { id: e.id, region: e.dataset?.region, action: e.dataset?.action, value: e.value, name: e.getAttribute('name'), checked: e.checked } : {};
  });
  const focusOn = (id) => page.waitForFunction((id) => document.getElementById('pain-map').shadowRoot.activeElement?.id === id, id, { timeout: 5000 });
  const tabTo = async (test, max = 20, key = 'Tab') => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press(key);
      if (test(await active())) return true;
    }
    return false;
  };
  assert.ok(await tabTo((a) => !!a.region, 15), 'Tab reaches the map');
  await page.keyboard.press('ArrowDown');
  const region = (await active()).region;
  await page.keyboard.press('Enter');
  await w.step('feel').waitFor();
  await focusOn('lpm-feel');
  await page.keyboard.press('Tab');
  assert.equal((await active()).name, 'lpm-pain');
  await page.keyboard.press('Space');
  await w.step('rate').waitFor();
  await focusOn('lpm-rate');
  // Into the rating group: the arrows walk it and choose as they go; focus stays in the group (so
  // every rating is in reach) while the timing step opens below.
  await page.keyboard.press('Tab');
  assert.deepEqual([(await active()).name, (await active()).value], ['lpm-rating', '1'], 'Tab reaches the first rating');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await w.step('when').waitFor();
  await w.$(`${SEL.rating(6)}:checked`).waitFor({ state: 'attached' });
  assert.deepEqual([(await active()).name, (await active()).value, (await active()).checked], ['lpm-rating', '6', true], 'the arrows reach 6; focus stays');
  await page.keyboard.press('ArrowLeft');
  await w.$(`${SEL.rating(5)}:checked`).waitFor({ state: 'attached' });
  assert.deepEqual([(await active()).value, (await active()).checked], ['5', true], 'and back to 5');
  await page.waitForFunction((re) => new RegExp(re).test(location.hash), `^#${region}/[a-z-]+/5$`, { timeout: 5000 });
  assert.ok(await tabTo((a) => a.name === 'lpm-timing', 6), 'Tab reaches the timing');
  await page.keyboard.press('Space');
  await w.step('signs').waitFor();
  await focusOn('lpm-signs');
  assert.ok(await tabTo((a) => a.action === 'no-signs', 20), 'Tab reaches "None of these"');
  await page.keyboard.press('Enter');
  await w.step('facts').waitFor();
  await focusOn('lpm-facts');
  assert.ok(await tabTo((a) => a.action === 'no-facts', 20), 'Tab reaches "None of these" on the facts');
  await page.keyboard.press('Space');
  await w.card().waitFor();
  await focusOn('lpm-answer-title');
  assert.equal(await w.card().getAttribute('data-region'), region);
  assert.equal(await w.$(`${SEL.rating(5)}:checked`).count(), 1, 'the rating step keeps the rating');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link to a drawing reopens at the timing step with every place, feeling and rating; never at an answer', async () => {
  const { page, context, errors, w } = await env.open(`/host/drawing-en.html${HASH}`);
  await w.step('when').waitFor();
  assert.equal(await w.card().count(), 0);
  assert.equal(await w.step('signs').count(), 0);
  assert.equal(await w.$(SEL.placeItems).count(), 3);
  const rated = await w.$(`${SEL.ratings}:checked`).evaluateAll((els) => els.map((e) => e.value));
  assert.equal(rated.length, 1, 'the rating step shows a place\'s rating');
  assert.ok(['6', '5', '4'].includes(rated[0]), `a rating from the link: ${rated}`);
  await w.when('after');
  assert.equal(await w.card().count(), 0, 'the warning signs first');
  assert.equal(await hash(page), HASH);
  assert.deepEqual(errors, []);
  await context.close();
});
