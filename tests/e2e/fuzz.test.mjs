// The browser half of the fuzz layer: a hostile host page creates fresh <leg-pain-map> elements
// with random attribute values and mutated inline overrides (wrong types, odd keys, huge or
// hostile strings, truncated JSON, JSON nested 5,000 levels deep), changes attributes after start,
// and checks that every widget keeps working with words on screen, that no injected markup ever
// runs, and that nothing is thrown. It prints how many inputs it tried.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './lib/page.mjs';

const env = setup();
const ELEMENTS = 200;

test(`${ELEMENTS} hostile elements: random attributes and override JSON never break the widget`, async () => {
  const { page, context, errors } = await env.open('/host/plain.html');
  const result = await page.evaluate(async (count) => {
    window.__ran = 0; // set by any injected markup that runs
    const hostile = ['<img src=x onerror="window.__ran++">', '"><svg onload="window.__ran++">', 'javascript:window.__ran++',
      'x'.repeat(100000), '\u202e\u0000🦵', '{number}', '', ' ', '-1', 'null', '#', '#nope', '../../etc', 'es-MX', 'EN', 'fr'];
    let seed = 12345;
    const rnd = (n) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const pick = (list) => list[rnd(list.length)];
    const deep = (n, array) => { let v = '"x"'; for (let i = 0; i < n; i++) v = array ? `[${v}]` : `{"title":${v}}`; return v; };
    const values = () => pick([...hostile, 'dark', 'auto', 'back', 'front', 'https://spa.example/b?n={summary}', '/book', '112', 'false']);
    const jsonValue = (depth = 0) => {
      const kind = rnd(depth > 3 ? 4 : 7);
      if (kind === 0) return JSON.stringify(pick(hostile));
      if (kind === 1) return String(rnd(1000) - 500);
      if (kind === 2) return pick(['true', 'null', '[]', '{}']);
      if (kind === 3) return JSON.stringify(values());
      if (kind === 4) return `[${[jsonValue(depth + 1), jsonValue(depth + 1)].join(',')}]`;
      const keys = ['en', 'es', 'ui', 'causes', 'knots', 'title', 'signs', 'clot', 'text', 'tiers', 'emergency', 'notes', 'calf', 'knot', '__proto__', 'constructor', pick(hostile)];
      return `{${[0, 1, 2].map(() => `${JSON.stringify(pick(keys))}:${jsonValue(depth + 1)}`).join(',')}}`;
    };
    const override = () => {
      const kind = rnd(6);
      if (kind === 0) return deep(5000, false);
      if (kind === 1) return `{"en":{"ui":${deep(5000, true)}}}`;
      const text = `{"en":${jsonValue()},"es":${jsonValue()},${JSON.stringify(pick(['fr', 'xx', 'EN', '']))}:${jsonValue()}}`;
      return kind === 2 ? text.slice(0, rnd(text.length)) : text; // truncated JSON too
    };
    const names = ['lang', 'booking-url', 'booking-label', 'emergency-number', 'view', 'deep-link', 'theme', 'content-src', 'onclick', 'style'];
    const made = [];
    let inputs = 0;
    for (let i = 0; i < count; i++) {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.id = `words-${i}`;
      script.textContent = override();
      document.body.append(script);
      const el = document.createElement('leg-pain-map');
      for (const name of names) if (rnd(2)) { el.setAttribute(name, values()); inputs++; }
      el.setAttribute('content-src', `#words-${i}`);
      inputs++;
      document.body.append(el);
      made.push(el);
    }
    // Polls a condition every 50 ms (10 s at most), never waits a fixed time.
    const frame = () => new Promise((r) => setTimeout(r, 50));
    for (let t = 0; t < 200 && made.some((el) => !el.shadowRoot?.querySelector('.lpm-title, .lpm-failed')); t++) await frame();
    // Attributes changed after start, on every element (the case that once threw RangeError).
    // Each element then loads its words again and says so (content-show): that is the wait.
    const reloaded = new Set();
    for (const el of made) el.addEventListener('content-show', () => reloaded.add(el));
    for (const el of made) {
      el.setAttribute('theme', values());
      el.setAttribute('lang', pick(['en', 'es', 'fr', '??']));
      document.getElementById(el.getAttribute('content-src').slice(1)).textContent = override();
      el.setAttribute('content-src', el.getAttribute('content-src') === `#${el.id}` ? '' : el.getAttribute('content-src') + ' ');
      inputs += 3;
    }
    const live = made.filter((el) => !el.shadowRoot?.querySelector('.lpm-failed'));
    for (let t = 0; t < 200 && live.some((el) => !reloaded.has(el)); t++) await frame();
    const working = made.filter((el) => el.shadowRoot?.querySelectorAll('[data-region]').length === 28 && el.shadowRoot.querySelector('.lpm-title')?.textContent.trim()).length;
    const failed = made.filter((el) => el.shadowRoot?.querySelector('.lpm-failed')).length;
    return { inputs, working, failed, ran: window.__ran, reloaded: reloaded.size };
  }, ELEMENTS);
  console.log(`fuzz (browser): ${ELEMENTS} elements, ${result.inputs} hostile inputs; ${result.working} working, ${result.failed} showing the failure text, injected markup ran ${result.ran} times`);
  assert.equal(result.ran, 0, 'no injected markup ever runs');
  assert.equal(result.working, ELEMENTS, 'every widget keeps working with its built-in words');
  assert.equal(result.reloaded, ELEMENTS, 'every widget showed its words again after the attributes changed');
  assert.deepEqual(errors.filter((e) => !/content problem|ignoring|no content for/.test(e)), [], 'nothing thrown');
  await context.close();
});
