// The snippet a spa pastes into its page, written in one place: the settings page (configure.js),
// the pack script (target/snippet.html), the README's example and the end-to-end suites' fallback
// checks all take it from here. Its fallback is plain text directly inside the element, never a
// `<p>`: WordPress's auto-paragraph filter (classic content) wraps the element in a `<p>`, and a
// `<p>` inside it would then be pushed out of the element by the HTML parser and show under a
// working widget; text stays inside and is hidden by the shadow root once the widget runs.

/** What the element shows where the script cannot run (an old browser, a script blocked). */
export const FALLBACK = 'The leg pain map needs a current browser with JavaScript. Short of breath or chest pain? Call your emergency number.';
/** Reserves the widget's height before its script has loaded, so the page does not move. */
export const MIN_HEIGHT_RULE = 'leg-pain-map:not(:defined) { display: block; min-height: 1840px; }';

const esc = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The snippet: the entry as a module with its Subresource Integrity hash, the style that keeps the
 * page still (and any custom properties, e.g. `--lpm-accent: #7c3aed;`), the spa's words as inline
 * JSON when given, and the element with `attrs` in the order given (`deep-link` written bare).
 */
export function snippet({ src, integrity, attrs = {}, props = [], json = '' }) {
  const lines = [`<script type="module" src="${esc(src)}"`, `        integrity="${esc(integrity)}" crossorigin="anonymous"></script>`];
  lines.push('<style>', `  ${MIN_HEIGHT_RULE} /* keeps your page still while it loads */`);
  if (props.length) lines.push(`  leg-pain-map { ${props.join(' ')} }`);
  lines.push('</style>');
  const list = Object.entries(attrs).filter(([, v]) => v != null && v !== '' && v !== false)
    .map(([n, v]) => (n === 'deep-link' ? ' deep-link' : ` ${n}="${esc(v)}"`));
  if (json) {
    lines.push(`<script type="application/json" id="leg-pain-map-words">${json.replace(/</g, '\\u003c')}</script>`);
    list.push(' content-src="#leg-pain-map-words"');
  }
  lines.push(`<leg-pain-map${list.join('')}>${FALLBACK}</leg-pain-map>`);
  return lines.join('\n');
}
