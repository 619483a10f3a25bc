// <leg-pain-map>: the one file a spa's page loads. scripts/bundle.mjs bundles the wasm-bindgen
// glue into it and fills in the __NAMES__ (the hashed wasm and content files with their integrity
// hashes, the stylesheet) when it writes dist/leg-pain-map.js. Everything is loaded relative to
// this file's own URL, so the bundle can live on any origin or sub-path; the wasm and the words
// are checked against the hashes this file carries, so the page's one integrity hash for this
// file covers everything the widget runs. No inline styles or scripts: it runs under a strict
// Content-Security-Policy.
import init, { Widget } from '__GLUE__';

const CSS = __CSS__;
const BUILTIN = __CONTENT__; // language code -> [words file, hash, prerendered start screen, hash]
const WASM = __WASM__; // [wasm file, its integrity hash]
// What the entry needs of the contract is written in where it is used, at build time, from
// target/contract.json (which the Rust writes: src/embed/contract.rs): the observed attributes,
// the values of theme and view (the default first) and the language-code rule (a regex literal).
// Used only if even the words cannot load; otherwise the failure text is the language's own
// `ui.load_failed`, which keeps the one safety line.
const FAILED = 'The leg pain map could not load. Short of breath or chest pain? Call your emergency number.';

// `priority`: the start screen is what a visitor sees first; on a slow network it should not
// share the line with the wasm and the words, which are only needed later.
const checked = (file, integrity, priority = 'low') => fetch(new URL(file, import.meta.url), { integrity, priority });
const body = (kind) => (r) => (r.ok ? r[kind]() : Promise.reject(new Error(r.status)));

// One wasm instance for every element on the page, compiled as it streams in.
let wasm;
const ready = () => (wasm ??= init({ module_or_path: checked(...WASM) }).then((exports) => {
  LegPainMap._wasm = exports; // for the benchmark's memory probe; not part of the contract
  return Widget;
}));
const modules = {};
const builtin = (code) => (modules[code] ??= checked(BUILTIN[code][0], BUILTIN[code][1]).then(body('json')));
// The start screen as the widget's own components rendered it at build time, from the built-in
// words only (examples/prerender.rs).
const starts = {};
const startScreen = (code) => (starts[code] ??= checked(BUILTIN[code][2], BUILTIN[code][3], 'high').then(body('text')));
// Resolves once what was drawn after `since` is on screen. The browser's own signal is a
// largest-contentful-paint entry (in a shadow root it comes without its element): the start
// screen is usually the largest thing on a page at that moment. Where there is none (a larger
// paint came first, the visitor already touched the page, no such entry type), two frames and a
// short wait stand in; in a tab out of sight, where frames wait, a timer.
function presented(since) {
  return new Promise((done) => {
    let observer;
    const finish = () => {
      observer?.disconnect();
      done();
    };
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(finish, 50)));
    setTimeout(finish, 250);
    if (PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
      observer = new PerformanceObserver((list) => list.getEntries().some((e) => e.startTime >= since) && finish());
      observer.observe({ type: 'largest-contentful-paint', buffered: true });
    }
  });
}

let sheet;
const styles = () => {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
};

// An attribute's value read as src/embed/attributes.rs reads it: trimmed, case kept (undefined
// when absent); one of a list's values, else its default.
const value = (el, name) => el.getAttribute(name)?.trim();
const oneOf = (list, v) => (list.includes(v) ? v : list[0]);

// "es-MX" -> "es"; the element's own lang, else the page's, else English.
function language(el) {
  const code = (value(el, 'lang') || document.documentElement.lang || 'en').trim().toLowerCase();
  return __LANG_PATTERN__.test(code) ? code : 'en';
}

// The built-in language shown for the element: its own, else the primary one ("es" for
// "es-MX"), else English (a spa's own language is laid over English).
function builtinCode(el) {
  const code = language(el);
  const primary = code.split('-')[0];
  return BUILTIN[code] ? code : BUILTIN[primary] ? primary : 'en';
}

// A spa's override JSON: "#id" names an inline <script type="application/json"> on the page.
async function overrides(src) {
  if (!src) return undefined;
  if (src.startsWith('#')) {
    const script = document.getElementById(src.slice(1));
    if (!script) throw new Error('no element ' + src);
    return script.textContent;
  }
  const response = await fetch(new URL(src, document.baseURI), { credentials: 'omit' });
  if (!response.ok) throw new Error(response.status);
  return response.text();
}

class LegPainMap extends HTMLElement {
  static observedAttributes = __OBSERVED__;

  connectedCallback() {
    // The start screen is requested before anything else is done here (the stylesheet takes a
    // while to parse on a slow phone), and the wasm and the words once it is on screen: on a slow
    // network it then has the line to itself (about 5 KB against 97 KB), which costs the live
    // widget one round trip; a place tapped meanwhile is kept.
    const prerender = this._showsStartScreen();
    const code = builtinCode(this);
    const start = prerender ? startScreen(code).catch(() => null) : null;
    const root = this.shadowRoot || this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styles()];
    // Yew renders into this div; until the wasm has drawn, a placeholder of the widget's size
    // and theme holds the place (Yew clears it when it mounts).
    const mount = (this._mount = document.createElement('div'));
    mount.className = 'lpm-root';
    const placeholder = document.createElement('div');
    placeholder.className = 'lpm lpm-placeholder';
    placeholder.dataset.theme = oneOf(__THEMES__, value(this, 'theme'));
    mount.append(placeholder);
    root.replaceChildren(mount);
    this._alive = true;
    // A page may move the element several times before the wasm has loaded: only the latest
    // connection mounts a widget.
    const current = () => this._alive && this._mount === mount;
    const shown = prerender ? this._prerender(start, root, mount, placeholder.dataset.theme, current) : Promise.resolve();
    shown
      .catch(() => {}) // a start screen that could not show never keeps the widget from loading
      .then(() => {
        builtin(code).catch(() => {});
        return ready();
      })
      .then((Widget) => {
        if (!current()) return;
        this._widget = new Widget(this, mount);
        return this._load();
      })
      .catch(async (error) => {
        console.error('<leg-pain-map>:', error);
        this._dead = true; // no prerendered screen may appear over the failure text
        const words = await builtin(builtinCode(this)).catch(() => undefined);
        if (!current()) return;
        const text = document.createElement('p');
        text.className = 'lpm-failed';
        text.textContent = words?.ui?.load_failed || FAILED;
        root.replaceChildren(text);
      });
  }

  // Shows the prerendered start screen until the live widget is there: only with the built-in
  // words (never a spa's: with content-src or a spa's own language the placeholder waits), and
  // not when a deep link is about to open another step. A place tapped (or chosen in the list)
  // meanwhile shows as selected at once and is handed to the live widget.
  _showsStartScreen() {
    const deepLinked = (value(this, 'deep-link') ?? 'false') !== 'false' && location.hash.length > 1;
    return !this.hasAttribute('content-src') && language(this).split('-')[0] === builtinCode(this) && !deepLinked;
  }

  async _prerender(start, root, mount, theme, current) {
    const html = await start;
    if (!html || !current() || this._live || this._dead) return;
    const early = document.createElement('div');
    early.className = 'lpm-root lpm-prerendered';
    // The one place markup is parsed: our own build-time output from the built-in words, with no
    // script and no style attribute in it (examples/prerender.rs checks), so a strict CSP holds.
    early.innerHTML = html;
    early.firstElementChild.dataset.theme = theme;
    const show = (view) => {
      for (const el of early.querySelectorAll('.lpm-view')) el.dataset.current = String(el.dataset.view === view);
      for (const el of early.querySelectorAll('.lpm-switch-btn')) el.setAttribute('aria-pressed', String(el.dataset.view === view));
    };
    show(oneOf(__VIEWS__, value(this, 'view')));
    const choose = (region) => {
      if (!region) return;
      this._early = region;
      for (const el of early.querySelectorAll('.lpm-region')) el.setAttribute('aria-pressed', String(el.dataset.region === region));
    };
    early.addEventListener('click', (e) => {
      const view = e.target.closest('.lpm-switch-btn')?.dataset.view;
      if (view) show((this._earlyView = view));
      choose(e.target.closest('[data-region]')?.dataset.region);
    });
    early.addEventListener('keydown', (e) => {
      const region = (e.key === 'Enter' || e.key === ' ') && e.target.closest('[data-region]');
      if (region) { e.preventDefault(); choose(region.dataset.region); }
    });
    early.addEventListener('change', (e) => choose(e.target.value));
    mount.hidden = true;
    root.prepend(early);
    this._early_root = early;
    await presented(performance.now());
  }

  // The live widget has its words: once it has drawn them (hidden), it takes the prerendered
  // screen's place in one frame, keeping keyboard focus and honouring an early tap.
  _reveal() {
    this._live = true;
    const early = this._early_root;
    if (!early) return;
    const swap = () => {
      if (!early.isConnected || !this._widget) return;
      if (!this._mount.querySelector('.lpm-title')) return requestAnimationFrame(swap);
      const focused = this.shadowRoot.activeElement;
      const region = focused?.closest?.('[data-region]')?.dataset.region;
      const inList = focused?.classList?.contains('lpm-select');
      early.remove();
      this._mount.hidden = false;
      this._early_root = null;
      if (this._earlyView && !this._early) this._widget.attributeChanged('view', this._earlyView);
      if (this._early) this._widget.selectRegion(this._early);
      else if (region) this._mount.querySelector(`[data-region="${region}"]`)?.focus();
      else if (inList) this._mount.querySelector('.lpm-select')?.focus();
    };
    requestAnimationFrame(swap);
  }

  disconnectedCallback() {
    this._alive = false;
    this._widget?.destroy();
    this._widget = undefined;
  }

  attributeChangedCallback(name, old, value) {
    if (!this._widget || old === value) return;
    this._widget.attributeChanged(name, value);
    if (name === 'lang' || name === 'content-src') this._load();
  }

  // Loads the built-in words of one language (English for a spa's own language) and the spa's
  // overrides, then hands both to the widget. The newest call wins if attributes change quickly.
  async _load() {
    const ticket = (this._ticket = (this._ticket || 0) + 1);
    const code = language(this);
    const base = builtinCode(this);
    const src = value(this, 'content-src');
    const [words, extra] = await Promise.all([
      builtin(base),
      overrides(src).catch(() => (this._widget?.loadFailed('content-src'), undefined)),
    ]);
    if (ticket === this._ticket && this._widget) {
      this._widget.setContent(code, base, words, extra);
      this._reveal();
    }
  }
}

if (!customElements.get('leg-pain-map')) customElements.define('leg-pain-map', LegPainMap);
