// The widget's selectors, written once: CSS selectors inside a <leg-pain-map>'s shadow root, for
// the Playwright page object (`widget`), the WebDriver one (`wdWidget`, both in page.mjs), the soak
// and the benchmark. The ids in them come from the contract (page.mjs reads target/contract.json).

/** The live widget's root: not the start screen prerendered at build time, which shows until the
 *  wasm is ready, nor the live root while it is still hidden behind it. */
export const LIVE = '.lpm-root:not(.lpm-prerendered):not([hidden])';

export const SEL = {
  /** The widget's root: the one element that carries the content's `lang`. */
  root: '.lpm[lang]',
  /** A place on the map (its `<g>`), and the area a thumb taps. */
  region: (id) => `[data-region="${id}"]`,
  places: '[data-region]',
  hit: (id) => `[data-region="${id}"] .lpm-hit`,
  /** A place shown as chosen. */
  chosen: (id) => `.lpm-region[data-region="${id}"][aria-pressed="true"]`,
  anyChosen: '.lpm-region[aria-pressed="true"]',
  /** The map's views, and the buttons that switch them on a phone. */
  view: (view) => `.lpm-view[data-view="${view}"]`,
  currentView: '.lpm-view[data-current="true"]',
  viewShown: (view) => `.lpm-view[data-view="${view}"][data-current="true"]`,
  switchView: (view) => `.lpm-switch-btn[data-view="${view}"]`,
  switches: '.lpm-switch-btn',
  /** The region list (a `<select>`). */
  list: '.lpm-select',
  /** A step's section: where, feel, rate, when, signs, facts. */
  step: (name) => `.lpm-step-${name}`,
  pain: (id) => `input[name="lpm-pain"][value="${id}"]`,
  pains: 'input[name="lpm-pain"]',
  /** Step 3: how bad it is at its worst, 1–10. */
  rating: (n) => `input[name="lpm-rating"][value="${n}"]`,
  ratings: 'input[name="lpm-rating"]',
  timing: (id) => `input[name="lpm-timing"][value="${id}"]`,
  timings: 'input[name="lpm-timing"]',
  /** Several places: "Did they all start then?" (`yes` or `no`). */
  same: (answer) => `input[name="lpm-same"][value="${answer}"]`,
  sames: 'input[name="lpm-same"]',
  /** Several places that did not all start then: place `i`'s (1–5) own timing. */
  placeTiming: (i, id) => `input[name="lpm-timing-${i}"][value="${id}"]`,
  placeTimings: (i) => `input[name="lpm-timing-${i}"]`,
  /** The rating step's "Add another place" (once a rating is chosen), or the line that says five are marked. */
  addPlace: 'button[data-action="add-place"]',
  full: '.lpm-full',
  /** The places marked, under the map: one `li` each, with Change and Remove (in that order). */
  placeList: '.lpm-places',
  placeItems: '.lpm-places li',
  changePlace: '[data-action="change-place"]',
  removePlace: '[data-action="remove-place"]',
  /** After a removal: the line that says so, with Undo. */
  removed: '.lpm-removed',
  undo: '[data-action="undo"]',
  sign: (id) => `input[name="lpm-sign"][value="${id}"]`,
  signs: 'input[name="lpm-sign"]',
  fact: (id) => `input[name="lpm-fact"][value="${id}"]`,
  facts: 'input[name="lpm-fact"]',
  /** A button by what it does: no-signs, signs-done, no-facts, show-answer, start-over, … */
  action: (name) => `[data-action="${name}"]`,
  button: (name) => `button[data-action="${name}"]`,
  /** The answer card (its data attributes: region, pain, cause, tier; with several places, regions). */
  answer: '.lpm-answer',
  tier: (tier) => `.lpm-answer[data-tier="${tier}"]`,
  /** The polite live region (the legends share the `.lpm-sr` class). */
  announcer: '.lpm-sr[aria-live]',
  faq: '.lpm-faq summary',
  failed: '.lpm-failed',
};
