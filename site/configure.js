// The settings page: a form over the widget's public API (attributes, CSS custom properties, and
// the widget's own `content-error` events for checking a spa's wording with the widget's own
// validator). It writes the snippet and keeps every setting in this page's URL; it stores nothing.
import { ATTRIBUTES, COLOURS, PAIRS, STYLE, apply, contrast, read, write } from './settings.mjs';
import { snippet as writeSnippet } from './snippet.mjs';

const $ = (id) => document.getElementById(id);
const form = $('settings');
const preview = $('preview');
const base = new URL('./', location.href).href.replace(/\/$/, '');
// The entry's Subresource Integrity hash, written in at build time (scripts/bundle.mjs).
const INTEGRITY = '__ENTRY_INTEGRITY__';

// Colour pickers, one per custom property the page offers.
for (const [name, value] of Object.entries(COLOURS)) {
  const label = document.createElement('label');
  label.htmlFor = 'f-' + name;
  label.textContent = name.replace('-', ' ');
  const input = Object.assign(document.createElement('input'), { type: 'color', id: 'f-' + name, name, value });
  $('colours').append(label, input);
}

const EXAMPLES = {
  cause: { en: { causes: { knots: { title: 'A knot (trigger point)', tell_therapist: 'Show us the spot: we will work around it with slower, lighter pressure.' } }, ui: { urgent_service: 'urgent care or your GP' } } },
  language: { fr: { ui: { title: 'Où avez-vous mal aux jambes ?', intro: "Touchez l'endroit douloureux, puis dites ce que vous ressentez.", disclaimer: 'Informations générales, pas un diagnostic. En cas de doute, consultez un médecin.' } } },
};

function settings() {
  const attrs = {};
  for (const name of ATTRIBUTES) {
    const field = form.elements[name];
    if (!field) continue;
    attrs[name] = field.type === 'checkbox' ? (field.checked ? 'true' : '') : field.value.trim();
  }
  const style = {};
  for (const name of [...Object.keys(COLOURS), ...STYLE]) style[name] = form.elements[name].value.trim();
  return { attrs, style, words: form.elements.words.value };
}

function fill({ attrs, style, words }) {
  for (const [name, value] of Object.entries(attrs)) {
    const field = form.elements[name];
    if (!field) continue;
    if (field.type === 'checkbox') field.checked = value !== 'false';
    else field.value = value;
  }
  for (const [name, value] of Object.entries(style)) if (form.elements[name]) form.elements[name].value = value;
  form.elements.words.value = words;
}

/** The snippet (site/snippet.mjs): the script tag with its integrity hash, the styles and the
 *  element with exactly the attributes chosen. */
function snippet({ attrs, style, words }) {
  const props = Object.entries(style).filter(([k, v]) => v && v !== COLOURS[k]).map(([k, v]) => `--lpm-${k}: ${v};`);
  let json = '';
  try { json = words.trim() ? JSON.stringify(JSON.parse(words)) : ''; } catch { json = ''; }
  const chosen = Object.fromEntries(ATTRIBUTES.filter((n) => attrs[n]).map((n) => [n, attrs[n]]));
  return writeSnippet({ src: `${base}/leg-pain-map.js`, integrity: INTEGRITY, attrs: chosen, props, json });
}

function contrastReport(style) {
  const colour = (name) => style[name] || COLOURS[name];
  $('contrast').replaceChildren(...PAIRS.map(([fg, bg, need, what]) => {
    const ratio = contrast(colour(fg), colour(bg));
    const li = document.createElement('li');
    const ok = ratio != null && ratio >= need;
    li.dataset.ok = String(ok);
    li.textContent = `${ok ? 'OK' : 'Too low'}: ${what} ${ratio ? ratio.toFixed(1) : '?'}:1 (needs ${need}:1)`;
    return li;
  }));
}

let problems = [];
let wordsTicket = 0;
function showProblems(text) {
  const box = $('problems');
  if (text) return box.replaceChildren(Object.assign(document.createElement('p'), { textContent: text }));
  if (!problems.length) return box.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'No problems: the preview uses your words.' }));
  const ul = document.createElement('ul');
  for (const p of problems) ul.append(Object.assign(document.createElement('li'), { textContent: `${p.path}: expected ${p.expected}` }));
  box.replaceChildren(Object.assign(document.createElement('p'), { textContent: `${problems.length} problem(s); the built-in words stay for these:` }), ul);
}
preview.addEventListener('content-error', (e) => { problems.push(e.detail); showProblems(); });
// The widget says when the words are on screen, after any problem they had: only then is
// "No problems" true (no timer that a slow phone could beat).
let checking = false;
preview.addEventListener('content-show', () => { if (checking) { checking = false; showProblems(); } });

function update({ wordsChanged = false } = {}) {
  const s = settings();
  let words = s.words;
  if (words.trim()) {
    try { JSON.parse(words); } catch (error) {
      showProblems(`Not valid JSON yet: ${error.message}`);
      words = '';
    }
  } else $('problems').replaceChildren();
  if (wordsChanged && words.trim()) {
    problems = [];
    wordsTicket += 1;
    checking = true;
    showProblems('Checking…');
  }
  // A fresh id each time, so the widget reloads the words even when only their text changed.
  apply(preview, { ...s, words }, words.trim() ? `lpm-words-${wordsTicket}` : null);
  $('snippet').textContent = snippet(s);
  $('csp').textContent = `script-src 'self' ${new URL(base).origin} 'wasm-unsafe-eval'; connect-src 'self' ${new URL(base).origin}`;
  $('w-emergency').textContent = s.attrs['emergency-number'] ? '' : 'Set your emergency number (112, 999, 911…): urgent answers then show it as a tap-to-call button.';
  contrastReport(s.style);
  const query = write(s);
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

form.addEventListener('input', (e) => update({ wordsChanged: e.target.name === 'words' }));
form.addEventListener('change', (e) => update({ wordsChanged: e.target.name === 'words' }));
for (const button of document.querySelectorAll('[data-example]')) {
  button.addEventListener('click', () => {
    form.elements.words.value = JSON.stringify(EXAMPLES[button.dataset.example], null, 2);
    update({ wordsChanged: true });
  });
}
$('copy').addEventListener('click', async () => {
  const text = $('snippet').textContent;
  try { await navigator.clipboard.writeText(text); $('copied').textContent = 'Copied'; } catch {
    getSelection().selectAllChildren($('snippet'));
    $('copied').textContent = 'Selected: press Ctrl+C (or Cmd+C) to copy';
  }
});
$('download').addEventListener('click', () => {
  const words = form.elements.words.value.trim() || '{}';
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(new Blob([words], { type: 'application/json' })), download: 'leg-pain-map-words.json' });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
});

fill(read(location.search));
update({ wordsChanged: true });
