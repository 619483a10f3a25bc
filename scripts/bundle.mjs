// Trunk post_build hook: turns Trunk's output into the embeddable bundle.
// Writes the stable entry `leg-pain-map.js` (the custom element with the wasm-bindgen glue bundled
// in by esbuild, the stylesheet inlined as text for a constructable stylesheet) pointing at the
// hashed wasm and one JSON content file per language, each with its Subresource Integrity hash,
// which the entry checks when it fetches them. In release builds the JS is minified (esbuild).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContract } from './contract.mjs';
import { bundleEntry } from './entry.mjs';

const source = process.env.TRUNK_SOURCE_DIR || process.cwd();
const staging = process.env.TRUNK_STAGING_DIR || join(source, 'dist');
const release = process.env.TRUNK_PROFILE === 'release';

const files = readdirSync(staging);
const wasm = files.find((f) => f.endsWith('_bg.wasm'));
if (!wasm) throw new Error(`no wasm in ${staging}: ${files.join(', ')}`);
const glue = wasm.replace(/_bg\.wasm$/, '.js');
if (!files.includes(glue)) throw new Error(`no wasm-bindgen glue ${glue} in ${staging}`);

const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const integrity = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');

// The widget's stylesheet, minified by esbuild (a real CSS minifier: 42 bytes brotli smaller than
// the regex it replaced, and it cannot change what a rule means).
const { transform } = await import('esbuild');
const css = (await transform(
  readdirSync(join(source, 'styles/widget')).filter((f) => f.endsWith('.css')).sort()
    .map((f) => readFileSync(join(source, 'styles/widget', f), 'utf8')).join('\n'),
  { loader: 'css', minify: true, target: ['chrome111', 'safari16.4', 'firefox128'] },
)).code.trim();

// Two native programs, run without the wasm build's RUSTFLAGS so the native build the tests made
// is reused: first the contract file (examples/contract.rs: what the Rust decides that the entry,
// the site/ pages and the tests read), then the start screen of each built-in language, rendered
// by the widget's own components (examples/prerender.rs).
const prerendered = mkdtempSync(join(tmpdir(), 'lpm-start-'));
const { RUSTFLAGS, CARGO_ENCODED_RUSTFLAGS, ...nativeEnv } = process.env;
const cargoRun = (example, ...args) => execFileSync('cargo', ['run', '--quiet', '--example', example, '--', ...args],
  { cwd: source, env: nativeEnv, stdio: ['ignore', 'inherit', 'inherit'] });
const contractFile = join(source, 'target', 'contract.json');
cargoRun('contract', contractFile);
cargoRun('prerender', prerendered);

const content = {};
for (const file of readdirSync(join(source, 'content')).filter((f) => /^[a-z-]+\.json$/.test(f)).sort()) {
  const code = file.replace(/\.json$/, '');
  const json = JSON.stringify(JSON.parse(readFileSync(join(source, 'content', file), 'utf8')));
  const name = `lpm-content-${code}-${hash(json)}.json`;
  writeFileSync(join(staging, name), json);
  const start = readFileSync(join(prerendered, `${code}.html`), 'utf8');
  const startName = `lpm-start-${code}-${hash(start)}.html`;
  writeFileSync(join(staging, startName), start);
  content[code] = [`./${name}`, integrity(json), `./${startName}`, integrity(start)];
}
rmSync(prerendered, { recursive: true });

// The values of the contract that the entry and the site/ pages use, written in as literals (the
// entry never fetches the contract file). Lists of values go default first.
const contract = readContract(contractFile);
const attribute = (name) => contract.attributes.find((a) => a.name === name) ?? fail(`no attribute ${name} in the contract`);
function fail(message) { throw new Error(message); }
const defaultFirst = (name) => {
  const { values, default: first } = attribute(name);
  if (values?.[0] !== first) fail(`the contract's ${name} values do not start with the default`);
  return values;
};
const inlined = {
  __OBSERVED__: contract.attributes.map((a) => a.name),
  __THEMES__: defaultFirst('theme'),
  __VIEWS__: defaultFirst('view'),
  // A regex literal: the same rule as `new RegExp(pattern)` when the pattern has no slash.
  __LANG_PATTERN__: new RegExp(contract.lang_pattern),
};
if (contract.lang_pattern.includes('/')) fail('lang_pattern cannot be written as a regex literal');
const fill = (text) => text.replace(/__(OBSERVED|THEMES|VIEWS|LANG_PATTERN)__/g,
  (mark) => (inlined[mark] instanceof RegExp ? String(inlined[mark]) : JSON.stringify(inlined[mark])));

const entry = fill(readFileSync(join(source, 'src/embed/leg-pain-map.js'), 'utf8'))
  .replace('__WASM__', () => JSON.stringify([`./${wasm}`, integrity(readFileSync(join(staging, wasm)))]))
  .replace('__CSS__', () => JSON.stringify(css))
  .replace('__CONTENT__', () => JSON.stringify(content));
// The entry with every value written in but the glue not yet: tests/e2e/entry.test.mjs bundles it
// with a stub in the glue's place.
writeFileSync(join(source, 'target', 'entry.js'), entry);

// The glue goes inside the entry: one file, one integrity hash for everything that runs.
const bundled = await bundleEntry(entry, join(staging, glue), release);
writeFileSync(join(staging, 'leg-pain-map.js'), bundled.contents);
unlinkSync(join(staging, glue));

// The spa's pages beside the entry: the settings page and the iframe fallback (site/), with the
// same contract lists written in, and the entry's integrity hash for the settings page's snippet.
const entryIntegrity = integrity(bundled.contents);
for (const file of readdirSync(join(source, 'site'))) {
  const text = fill(readFileSync(join(source, 'site', file), 'utf8'))
    .replace('__ENTRY_INTEGRITY__', entryIntegrity);
  writeFileSync(join(staging, file), text);
}
console.log(`bundle: leg-pain-map.js (with ${glue}) -> ${wasm}, content ${Object.keys(content).join(', ')}`);
