// <leg-pain-map>: the one file a spa's page loads. scripts/bundle.mjs bundles the wasm-bindgen
// glue into it and fills in the __NAMES__ (the hashed wasm and content files with their integrity
// hashes, the stylesheet) when it writes dist/leg-pain-map.js. Everything is loaded relative to
// this file's own URL, so the bundle can live on any origin or sub-path; the wasm and the words
// are checked against the hashes this file carries, so the page's one integrity hash for this
// file covers everything the widget runs. No inline styles or scripts: it runs under a strict
// Content-Security-Policy.
import init, { Widget } from '__GLUE__';
import { PRERENDERED, next } from './lifecycle.mjs';

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
const ready = () => (wasm ??= init({ module_or_path: checked(...WASM) }));
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

// One element's life is one state of src/embed/lifecycle.mjs (placeholder, prerendered, live,
// failed, detached), moved only by `#to`. Every request a connection makes carries that
// connection's mount `div`: what comes back for an earlier connection is refused.
class LegPainMap extends HTMLElement {
  static observedAttributes = __OBSERVED__;
  #state = 'detached'; // as every element starts in lifecycle.mjs
  #mount; // this connection's `div`, which Yew renders into
  #widget; // the wasm's Widget, once mounted
  #view = ''; // the view and the place chosen on the start screen, handed to the live widget
  #region = '';
  #ticket = 0; // the newest words request

  // Moves to the state `event` leads to, if `mount` is still this connection's and the state
  // takes the event: gives the state it left, or nothing when it did not move.
  #to(event, mount) {
    const from = this.#state;
    const state = mount === this.#mount && next(from, event);
    if (state) return (this.#state = state), from;
  }

  connectedCallback() {
    // The start screen is requested before anything else is done here (the stylesheet takes a
    // while to parse on a slow phone), and the wasm and the words once it is on screen: on a slow
    // network it then has the line to itself (about 5 KB against 97 KB), which costs the live
    // widget one round trip; a place tapped meanwhile is kept.
    const code = builtinCode(this);
    const start = this.#showsStartScreen() && startScreen(code).catch(() => null);
    const root = this.shadowRoot || this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styles()];
    // Yew renders into this div; until the wasm has drawn, a placeholder of the widget's size
    // and theme holds the place (Yew clears it when it mounts).
    const mount = (this.#mount = document.createElement('div'));
    mount.className = 'lpm-root';
    const placeholder = document.createElement('div');
    placeholder.className = 'lpm lpm-placeholder';
    placeholder.dataset.theme = oneOf(__THEMES__, value(this, 'theme'));
    mount.append(placeholder);
    root.replaceChildren(mount);
    this.#view = this.#region = '';
    this.#to('connect', mount);
    this.#prerender(start, root, mount, placeholder.dataset.theme)
      .catch(() => {}) // a start screen that could not show never keeps the widget from loading
      .then(() => {
        builtin(code).catch(() => {});
        return ready();
      })
      .then(() => {
        if (!this.#to('wasm', mount)) return;
        this.#widget = new Widget(this, mount);
        this.#load(mount);
      })
      .catch((error) => this.#fail(error, mount));
  }

  // Logs what failed; while loading, the element shows its own short text with the one safety
  // line instead (never a start screen over it). A live widget keeps what it shows.
  async #fail(error, mount) {
    console.error('<leg-pain-map>:', error);
    if (!this.#to('fail', mount)) return;
    this.#drop();
    const words = await builtin(builtinCode(this)).catch(() => undefined);
    if (mount !== this.#mount) return;
    const text = document.createElement('p');
    text.className = 'lpm-failed';
    text.textContent = words?.ui?.load_failed || FAILED;
    this.shadowRoot.replaceChildren(text);
  }

  // Shows the prerendered start screen until the live widget is there: only with the built-in
  // words (never a spa's: with content-src or a spa's own language the placeholder waits), and
  // not when a deep link is about to open another step. A place tapped (or chosen in the list)
  // meanwhile shows as selected at once and is handed to the live widget.
  #showsStartScreen() {
    const deepLinked = (value(this, 'deep-link') ?? 'false') !== 'false' && location.hash.length > 1;
    return !this.hasAttribute('content-src') && language(this).split('-')[0] === builtinCode(this) && !deepLinked;
  }

  // `start`: the start screen's request, or false when none is to show.
  async #prerender(start, root, mount, theme) {
    const html = await start;
    if (!html || !this.#to('start', mount)) return;
    const screen = document.createElement('div');
    screen.className = 'lpm-root lpm-prerendered';
    // The one place markup is parsed: our own build-time output from the built-in words, with no
    // script and no style attribute in it (examples/prerender.rs checks), so a strict CSP holds.
    screen.innerHTML = html;
    screen.firstElementChild.dataset.theme = theme;
    const show = (view) => {
      for (const el of screen.querySelectorAll('.lpm-view')) el.dataset.current = String(el.dataset.view === view);
      for (const el of screen.querySelectorAll('.lpm-switch-btn')) el.setAttribute('aria-pressed', String(el.dataset.view === view));
    };
    show(oneOf(__VIEWS__, value(this, 'view')));
    const choose = (region) => {
      if (!region) return;
      this.#region = region;
      for (const el of screen.querySelectorAll('.lpm-region')) el.setAttribute('aria-pressed', String(el.dataset.region === region));
    };
    screen.addEventListener('click', (e) => {
      const view = e.target.closest('.lpm-switch-btn')?.dataset.view;
      if (view) show((this.#view = view));
      choose(e.target.closest('[data-region]')?.dataset.region);
    });
    screen.addEventListener('keydown', (e) => {
      const region = (e.key === 'Enter' || e.key === ' ') && e.target.closest('[data-region]');
      if (region) { e.preventDefault(); choose(region.dataset.region); }
    });
    screen.addEventListener('change', (e) => choose(e.target.value));
    // The start screen's questions come without their answers (a smaller first request): one opened
    // takes its answer from the words file, requested by now and long in before the wasm.
    screen.addEventListener('toggle', ({ target: q }) => {
      if (q.open) builtin(builtinCode(this)).then((w) => (q.lastChild.textContent = w.faq[q.dataset.faq]?.a ?? ''), () => {});
    }, true);
    mount.hidden = true;
    root.prepend(screen);
    await presented(performance.now());
  }

  // Live from the prerendered start screen: once the live widget has drawn its words (hidden), it
  // takes the start screen's place in one frame, keeping keyboard focus, and is handed the view
  // and the place chosen meanwhile; a question opened meanwhile stays open.
  #handOver(mount) {
    const swap = () => {
      if (mount !== this.#mount || !this.#widget) return;
      if (!mount.querySelector('.lpm-title')) return requestAnimationFrame(swap);
      const start = mount.previousSibling; // the start screen, put just before it
      const question = (el) => mount.querySelector(`[data-faq="${el.closest('[data-faq]').dataset.faq}"]`);
      for (const el of start.querySelectorAll('[data-faq][open]')) {
        const live = question(el);
        if (live) live.open = true;
      }
      // Keyboard focus on a place, the list or a question moves to the same in the live widget
      // (unless a place was chosen: then the feeling step takes it).
      const focused = this.shadowRoot.activeElement?.closest('[data-region], .lpm-select, summary');
      const region = focused?.dataset.region;
      start.remove();
      mount.hidden = false;
      this.#widget.handOver(this.#region || this.#view);
      if (focused && !this.#region) {
        (region ? mount.querySelector(`[data-region="${region}"]`) : focused.matches('summary') ? question(focused)?.firstElementChild : mount.querySelector('.lpm-select'))?.focus();
      }
    };
    requestAnimationFrame(swap);
  }

  disconnectedCallback() {
    this.#to('disconnect', this.#mount);
    this.#drop();
  }

  #drop() {
    this.#widget?.destroy();
    this.#widget = undefined;
  }

  attributeChangedCallback(name, old, value) {
    if (!this.#widget || old === value) return;
    this.#widget.attributeChanged(name, value);
    if (name === 'lang' || name === 'content-src') this.#load(this.#mount);
  }

  // Loads the built-in words of one language (English for a spa's own language) and the spa's
  // overrides, then hands both to the widget. The newest call wins if attributes change quickly.
  #load(mount) {
    const ticket = ++this.#ticket;
    const code = language(this);
    const base = builtinCode(this);
    Promise.all([
      builtin(base),
      overrides(value(this, 'content-src')).catch(() => this.#widget?.loadFailed('content-src')),
    ]).then(([words, extra]) => {
      if (ticket !== this.#ticket || !this.#widget) return;
      this.#widget.setContent(code, base, words, extra);
      if (this.#to('words', mount) === PRERENDERED) this.#handOver(mount);
    }).catch((error) => this.#fail(error, mount));
  }
}

if (!customElements.get('leg-pain-map')) customElements.define('leg-pain-map', LegPainMap);
