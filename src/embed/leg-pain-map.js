// <leg-pain-map>: the one file a spa's page loads. scripts/bundle.mjs bundles the wasm-bindgen
// glue into it and fills in the __NAMES__ (the hashed wasm and content files with their integrity
// hashes, the stylesheet) when it writes dist/leg-pain-map.js. Everything is loaded relative to
// this file's own URL, so the bundle can live on any origin or sub-path; the wasm and the words
// are checked against the hashes this file carries, so the page's one integrity hash for this
// file covers everything the widget runs. No inline styles or scripts: it runs under a strict
// Content-Security-Policy.
import init, { Widget } from '__GLUE__';

const CSS = __CSS__;
const BUILTIN = __CONTENT__; // language code -> [content file, its integrity hash]
const WASM = __WASM__; // [wasm file, its integrity hash]
// The contract's lists, written in at build time from src/embed/ (the Rust declares them once).
const OBSERVED = __OBSERVED__;
const THEMES = __THEMES__;
const LANG_CODE = new RegExp(__LANG_PATTERN__);
// Used only if even the words cannot load; otherwise the failure text is the language's own
// `ui.load_failed`, which keeps the one safety line.
const FAILED = 'The leg pain map could not load. Short of breath or chest pain? Call your emergency number.';

const checked = ([file, integrity]) => fetch(new URL(file, import.meta.url), { integrity });

// One wasm instance for every element on the page, compiled as it streams in.
let wasm;
const ready = () => (wasm ??= init({ module_or_path: checked(WASM) }).then((exports) => {
  LegPainMap._wasm = exports; // for the benchmark's memory probe; not part of the contract
  return Widget;
}));
const modules = {};
const builtin = (code) => (modules[code] ??= checked(BUILTIN[code]).then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.status)))));
let sheet;
const styles = () => {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
};

// "es-MX" -> "es"; the element's own lang, else the page's, else English.
function language(el) {
  const code = (el.getAttribute('lang') || document.documentElement.lang || 'en').trim().toLowerCase();
  return LANG_CODE.test(code) ? code : 'en';
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
  static observedAttributes = OBSERVED;

  connectedCallback() {
    const root = this.shadowRoot || this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styles()];
    // Yew renders into this div; until the wasm has drawn, a placeholder of the widget's size
    // and theme holds the place (Yew clears it when it mounts).
    const mount = (this._mount = document.createElement('div'));
    mount.className = 'lpm-root';
    const placeholder = document.createElement('div');
    const theme = this.getAttribute('theme');
    placeholder.className = 'lpm lpm-placeholder';
    placeholder.dataset.theme = THEMES.includes(theme) ? theme : THEMES[0];
    mount.append(placeholder);
    root.replaceChildren(mount);
    this._alive = true;
    // A page may move the element several times before the wasm has loaded: only the latest
    // connection mounts a widget.
    const current = () => this._alive && this._mount === mount;
    // The words download while the wasm does, not after it.
    builtin(builtinCode(this)).catch(() => {});
    ready()
      .then((Widget) => {
        if (!current()) return;
        this._widget = new Widget(this, mount);
        return this._load();
      })
      .catch(async (error) => {
        console.error('<leg-pain-map>:', error);
        const words = await builtin(builtinCode(this)).catch(() => undefined);
        if (!current()) return;
        const text = document.createElement('p');
        text.className = 'lpm-failed';
        text.textContent = words?.ui?.load_failed || FAILED;
        root.replaceChildren(text);
      });
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
    const src = this.getAttribute('content-src');
    const [words, extra] = await Promise.all([
      builtin(base),
      overrides(src).catch(() => (this._widget?.loadFailed('content-src'), undefined)),
    ]);
    if (ticket === this._ticket && this._widget) this._widget.setContent(code, base, words, extra);
  }
}

if (!customElements.get('leg-pain-map')) customElements.define('leg-pain-map', LegPainMap);
