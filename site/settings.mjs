// The settings a spa chooses, as one URL query string: read by the settings page (configure.html)
// to fill its form and write the snippet, and by the iframe fallback (frame.html) to set up the
// widget. The attribute list and the themes come from the contract the Rust writes
// (target/contract.json), written in at build time by scripts/bundle.mjs.
export const ATTRIBUTES = __OBSERVED__;
export const THEMES = __THEMES__;
// CSS custom properties a spa sets most (README "Theming"); query keys are the names without `--lpm-`.
export const COLOURS = { accent: '#0f766e', 'on-accent': '#ffffff', text: '#1f2933', bg: '#ffffff', surface: '#f5f2ee', ink: '#1f2933', danger: '#b42318' };
export const STYLE = ['radius', 'font'];

/** Settings from a query string: `{ attrs: {name: value}, style: {name: value}, words }`. */
export function read(search) {
  const q = new URLSearchParams(search);
  const attrs = {};
  for (const name of ATTRIBUTES) if (q.has(name) && name !== 'content-src') attrs[name] = q.get(name);
  const style = {};
  for (const name of [...Object.keys(COLOURS), ...STYLE]) if (q.get(name)) style[name] = q.get(name);
  return { attrs, style, words: q.get('words') || '' };
}

/** The same settings as a query string (only what differs from the defaults). */
export function write({ attrs, style, words }) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(attrs)) if (v !== '' && v != null) q.set(k, v);
  for (const [k, v] of Object.entries(style)) if (v && v !== COLOURS[k]) q.set(k, v);
  if (words.trim()) q.set('words', words);
  return q.toString();
}

/** Applies settings to a `<leg-pain-map>`: attributes as attributes, colours through CSSOM (no
 * inline style attribute: a strict CSP allows CSSOM). Words go through an inline JSON script,
 * which is never executed. */
export function apply(el, { attrs, style, words }, wordsId) {
  for (const name of ATTRIBUTES) {
    if (name === 'content-src') continue;
    if (attrs[name] != null && attrs[name] !== '') el.setAttribute(name, attrs[name]);
    else el.removeAttribute(name);
  }
  for (const name of [...Object.keys(COLOURS), ...STYLE]) {
    if (style[name]) el.style.setProperty(`--lpm-${name}`, style[name]);
    else el.style.removeProperty(`--lpm-${name}`);
  }
  if (words.trim() && wordsId) {
    let script = document.getElementById(wordsId);
    if (!script) {
      script = document.createElement('script');
      script.type = 'application/json';
      script.id = wordsId;
      document.body.append(script);
    }
    script.textContent = words;
    el.setAttribute('content-src', '#' + wordsId);
  } else el.removeAttribute('content-src');
}

// WCAG 2 contrast of two #rrggbb colours.
function luminance(hex) {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(m[1].slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
export function contrast(a, b) {
  const [la, lb] = [luminance(a), luminance(b)];
  if (la == null || lb == null) return null;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
// The widget's own colour pairs and the WCAG AA ratio each needs.
export const PAIRS = [
  ['text', 'bg', 4.5, 'text on the background'],
  ['text', 'surface', 4.5, 'text on panels'],
  ['on-accent', 'accent', 4.5, 'button text on the accent colour'],
  ['accent', 'bg', 3, 'selection and focus rings on the background'],
  ['danger', 'bg', 4.5, 'urgent warnings on the background'],
  ['ink', 'bg', 3, 'the lines of the legs'],
];
