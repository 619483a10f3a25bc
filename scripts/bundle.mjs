// Trunk post_build hook: turns Trunk's output into the embeddable bundle.
// Writes the stable entry `leg-pain-map.js` (the custom element with the wasm-bindgen glue bundled
// in by esbuild, the stylesheet inlined as text for a constructable stylesheet) pointing at the
// hashed wasm and one JSON content file per language, each with its Subresource Integrity hash,
// which the entry checks when it fetches them. In release builds the JS is minified (esbuild).
// Every build goes through it (scripts/build.sh: the release, the benchmark's names build, and the
// framework floor, bench/yew-floor, whose entry only boots its wasm: the same esbuild call bundles
// and minifies its glue). It writes only into Trunk's staging folder, a temporary folder and the
// target folder, none of which `trunk serve` watches.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readContract } from './contract.mjs';
import { bundleEntry } from './entry.mjs';
import { shortenNames } from './short-names.mjs';

// Trunk runs hooks in the project (where Trunk.toml is); the page it built is in TRUNK_SOURCE_DIR.
const source = process.cwd();
const page = process.env.TRUNK_SOURCE_DIR || source;
const staging = process.env.TRUNK_STAGING_DIR || join(source, 'dist');
const release = process.env.TRUNK_PROFILE === 'release';

const files = readdirSync(staging);
const wasm = files.find((f) => f.endsWith('_bg.wasm'));
if (!wasm) throw new Error(`no wasm in ${staging}: ${files.join(', ')}`);
const glue = wasm.replace(/_bg\.wasm$/, '.js');
if (!files.includes(glue)) throw new Error(`no wasm-bindgen glue ${glue} in ${staging}`);

// The wasm's hashed import names and the runtime exports the glue calls, shortened in the wasm
// and the glue alike (scripts/short-names.mjs), before anything hashes the wasm.
shortenNames(join(staging, wasm), join(staging, glue));

const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const integrity = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');

const { transform } = await import('esbuild');
// The one JS step of every build: an entry with the glue bundled in (scripts/entry.mjs: one file,
// one integrity hash for everything that runs), minified in release builds; the glue file itself
// is dropped.
async function writeEntry(name, text) {
  const bundled = await bundleEntry(text, join(staging, glue), release);
  writeFileSync(join(staging, name), bundled.contents);
  unlinkSync(join(staging, glue));
  return bundled.contents;
}

// The framework floor (bench/yew-floor/index.html): its entry, bundled like the widget's; nothing else.
if (resolve(page) !== resolve(source)) {
  await writeEntry('yew-floor.js', readFileSync(join(page, 'entry.js'), 'utf8').replace('__WASM__', JSON.stringify(`./${wasm}`)));
  console.log(`bundle: yew-floor.js (with ${glue}) -> ${wasm}`);
  process.exit(0);
}

// The widget's stylesheet, minified by esbuild (a real CSS minifier: 42 bytes brotli smaller than
// the regex it replaced, and it cannot change what a rule means).
const css = (await transform(
  readdirSync(join(source, 'styles/widget')).filter((f) => f.endsWith('.css')).sort()
    .map((f) => readFileSync(join(source, 'styles/widget', f), 'utf8')).join('\n'),
  { loader: 'css', minify: true, target: ['chrome111', 'safari16.4', 'firefox128'] },
)).code.trim();

// Two native programs, run without the wasm build's RUSTFLAGS so the native build the tests made
// is reused: first the contract file (examples/contract.rs: what the Rust decides that the entry,
// the site/ pages and the tests read), then the start screen of each built-in language, rendered
// by the widget's own components (examples/prerender.rs).
// They build in the project's own target folder (LPM_TARGET_DIR, set by scripts/build.sh when the
// wasm goes to a folder of its own), so the names build reuses the native build too.
const prerendered = mkdtempSync(join(tmpdir(), 'lpm-start-'));
const { RUSTFLAGS, CARGO_ENCODED_RUSTFLAGS, ...nativeEnv } = process.env;
if (process.env.LPM_TARGET_DIR) nativeEnv.CARGO_TARGET_DIR = process.env.LPM_TARGET_DIR;
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

const bundled = await writeEntry('leg-pain-map.js', entry);

// The spa's pages beside the entry: the settings page and the iframe fallback (site/), with the
// same contract lists written in, and the entry's integrity hash for the settings page's snippet.
const entryIntegrity = integrity(bundled);
for (const file of readdirSync(join(source, 'site'))) {
  const text = fill(readFileSync(join(source, 'site', file), 'utf8'))
    .replace('__ENTRY_INTEGRITY__', entryIntegrity);
  writeFileSync(join(staging, file), text);
}
console.log(`bundle: leg-pain-map.js (with ${glue}) -> ${wasm}, content ${Object.keys(content).join(', ')}`);
