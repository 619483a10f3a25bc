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
  /** A step's section: where, feel, when, signs, facts. */
  step: (name) => `.lpm-step-${name}`,
  pain: (id) => `input[name="lpm-pain"][value="${id}"]`,
  pains: 'input[name="lpm-pain"]',
  timing: (id) => `input[name="lpm-timing"][value="${id}"]`,
  sign: (id) => `input[name="lpm-sign"][value="${id}"]`,
  signs: 'input[name="lpm-sign"]',
  fact: (id) => `input[name="lpm-fact"][value="${id}"]`,
  facts: 'input[name="lpm-fact"]',
  /** A button by what it does: no-signs, signs-done, no-facts, show-answer, start-over, … */
  action: (name) => `[data-action="${name}"]`,
  button: (name) => `button[data-action="${name}"]`,
  /** The answer card (its data attributes: region, pain, cause, tier). */
  answer: '.lpm-answer',
  tier: (tier) => `.lpm-answer[data-tier="${tier}"]`,
  /** The polite live region (the legends share the `.lpm-sr` class). */
  announcer: '.lpm-sr[aria-live]',
  faq: '.lpm-faq summary',
  failed: '.lpm-failed',
};
