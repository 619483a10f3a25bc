// The life of one <leg-pain-map> element, as a pure transition table: the entry
// (leg-pain-map.js, which esbuild bundles this into) keeps one state per element and moves it only
// through `next`; tests/lifecycle.test.mjs checks every state against every event in Node.
//
//   detached --connect--> placeholder --start--> prerendered
//   placeholder | prerendered --words--> live     (the live widget has its words: it takes over)
//   placeholder | prerendered --fail---> failed   (the failure text with the one safety line)
//   any but detached --disconnect--> detached     (a later connect starts again)
//
// `wasm` (the wasm is ready) is taken only while loading, where it mounts the widget; `words`
// again when live is a change of language. Anything else is refused (`next` gives undefined), so a
// start screen never appears over the live widget or the failure text, and nothing that a removed
// element's requests bring back is ever shown. Every element starts detached.

/** The state the entry hands over from, when `words` leaves it. */
export const PRERENDERED = 'prerendered';

const TABLE = {
  detached: { connect: 'placeholder' },
  placeholder: { start: 'prerendered', wasm: 'placeholder', words: 'live', fail: 'failed', disconnect: 'detached' },
  prerendered: { wasm: 'prerendered', words: 'live', fail: 'failed', disconnect: 'detached' },
  live: { words: 'live', disconnect: 'detached' },
  failed: { disconnect: 'detached' },
};

/** The state after `event` in `state`, or undefined when `state` does not take `event`. */
export const next = (state, event) => TABLE[state][event];
