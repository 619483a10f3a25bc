// The entry's state machine (src/embed/lifecycle.mjs), in Node, no browser: every state against
// every event, written out here as the table it must be; every sequence of up to seven events from
// a new element, against what a visitor may see; and the events the entry sends are those tested.
// The browser half (a stub in place of the wasm glue) is tests/e2e/entry.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { next, PRERENDERED } from '../src/embed/lifecycle.mjs';

const [DETACHED, PLACEHOLDER, LIVE, FAILED] = ['detached', 'placeholder', 'live', 'failed'];
const STATES = [DETACHED, PLACEHOLDER, PRERENDERED, LIVE, FAILED];
const EVENTS = ['connect', 'start', 'wasm', 'words', 'fail', 'disconnect'];

// One row a state, one column an event; '-' is an event the state refuses.
const EXPECTED = `
              connect      start        wasm         words  fail    disconnect
detached      placeholder  -            -            -      -       -
placeholder   -            prerendered  placeholder  live   failed  detached
prerendered   -            -            prerendered  live   failed  detached
live          -            -            -            live   -       detached
failed        -            -            -            -      -       detached
`;

test('every state against every event is the table written here', () => {
  const [head, ...rows] = EXPECTED.trim().split('\n').map((line) => line.trim().split(/\s+/));
  assert.deepEqual(head, EVENTS);
  assert.deepEqual(rows.map((row) => row[0]), STATES);
  for (const [state, ...cells] of rows) {
    EVENTS.forEach((event, i) => {
      const expected = cells[i] === '-' ? undefined : cells[i];
      assert.equal(next(state, event), expected, `${state} + ${event}`);
    });
  }
});

test('every sequence of up to seven events from a new element keeps what a visitor sees in order', () => {
  // A refused event leaves the state as it was (the entry does nothing), so sequences go on
  // through it: 6^7 sequences of seven, as the entry may meet them in any order.
  let sequences = 0;
  // `path` is the events so far, newest first, as a linked list: a message is written only on a failure.
  const where = (path, state) => {
    const events = [];
    for (let p = path; p; p = p.before) events.unshift(p.event);
    return `${events.join(' ')} -> ${state}`;
  };
  const check = (ok, why, path, state) => ok || assert.fail(`${why}: ${where(path, state)}`);
  const walk = (state, path, depth, live, failed) => {
    sequences++;
    if (depth === 7) return;
    for (const event of EVENTS) {
      const to = next(state, event);
      const here = { event, before: path };
      if (!to) {
        walk(state, here, depth + 1, live, failed);
        continue;
      }
      check(STATES.includes(to), 'an unknown state', here, to);
      // Removed, an element shows nothing new until it is connected again.
      check(state !== DETACHED || event === 'connect', 'a detached element moved', here, to);
      // Since the last connect: the start screen never comes back once the live widget or the
      // failure text is there, and those two never follow each other.
      if (event === 'connect') [live, failed] = [false, false];
      check(to !== PRERENDERED || state === PRERENDERED || (!live && !failed), 'a start screen over what replaced it', here, to);
      check(to !== LIVE || !failed, 'live after failing', here, to);
      check(to !== FAILED || !live, 'the failure text over a live widget', here, to);
      walk(to, here, depth + 1, live || to === LIVE, failed || to === FAILED);
    }
  };
  walk(DETACHED, null, 0, false, false);
  assert.equal(sequences, (6 ** 8 - 1) / 5, 'every sequence of 0 to 7 events');
});

test('the issue\'s paths: placeholder -> prerendered -> live | failed, and without a start screen', () => {
  const run = (...events) => events.reduce((state, event) => next(state, event), DETACHED);
  assert.equal(run('connect'), PLACEHOLDER);
  assert.equal(run('connect', 'start', 'wasm', 'words'), LIVE);
  assert.equal(run('connect', 'start', 'fail'), FAILED);
  assert.equal(run('connect', 'wasm', 'words'), LIVE, 'a spa\'s own words: no start screen');
  assert.equal(run('connect', 'fail'), FAILED);
  assert.equal(run('connect', 'start', 'wasm', 'words', 'words'), LIVE, 'a change of language');
  assert.equal(run('connect', 'start', 'disconnect', 'connect', 'start'), PRERENDERED, 'moved: it starts again');
  assert.equal(run('connect', 'start', 'wasm', 'words', 'disconnect', 'connect'), PLACEHOLDER);
});

test('the entry sends only the events tested here', () => {
  const entry = readFileSync(new URL('../src/embed/leg-pain-map.js', import.meta.url), 'utf8');
  const sent = new Set([...entry.matchAll(/#to\('([a-z]+)'/g)].map((m) => m[1]));
  assert.deepEqual([...sent].sort(), [...EVENTS].sort());
});
