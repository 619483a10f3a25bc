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
const { build, transform } = await import('esbuild');
const css = (await transform(
  readdirSync(join(source, 'styles/widget')).filter((f) => f.endsWith('.css')).sort()
    .map((f) => readFileSync(join(source, 'styles/widget', f), 'utf8')).join('\n'),
  { loader: 'css', minify: true, target: ['chrome111', 'safari16.4', 'firefox128'] },
)).code.trim();

// The start screen of each built-in language, rendered by the widget's own components natively
// (examples/prerender.rs). Cargo runs without the wasm build's RUSTFLAGS, so the native build
// the tests made is reused.
const prerendered = mkdtempSync(join(tmpdir(), 'lpm-start-'));
const { RUSTFLAGS, CARGO_ENCODED_RUSTFLAGS, ...nativeEnv } = process.env;
execFileSync('cargo', ['run', '--quiet', '--example', 'prerender', '--', prerendered], { cwd: source, env: nativeEnv, stdio: ['ignore', 'inherit', 'inherit'] });

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

// The embed contract is declared once, in Rust (src/embed/): read its lists from there.
function rustConst(file, name) {
  const text = readFileSync(join(source, 'src/embed', file), 'utf8');
  const found = text.match(new RegExp(`pub const ${name}: [^=]+= ([^;]+);`));
  if (!found) throw new Error(`no pub const ${name} in src/embed/${file}`);
  // A Rust string list or literal is valid JSON once its line comments and trailing comma go.
  return found[1].replace(/\/\/[^\n]*/g, '').replace(/,(\s*)\]$/, '$1]');
}
const contract = {
  __OBSERVED__: rustConst('attributes.rs', 'OBSERVED'),
  __THEMES__: rustConst('config.rs', 'THEMES'),
  __LANG_PATTERN__: rustConst('attributes.rs', 'LANG_PATTERN'),
};
for (const [mark, value] of Object.entries(contract)) JSON.parse(value); // fails the build if not plain data

let entry = readFileSync(join(source, 'src/embed/leg-pain-map.js'), 'utf8')
  .replace("'__GLUE__'", JSON.stringify(`./${glue}`))
  .replace('__WASM__', () => JSON.stringify([`./${wasm}`, integrity(readFileSync(join(staging, wasm)))]))
  .replace('__CSS__', () => JSON.stringify(css))
  .replace('__CONTENT__', () => JSON.stringify(content))
  .replace(/__(OBSERVED|THEMES|LANG_PATTERN)__/g, (mark) => contract[mark]);

// The glue goes inside the entry: one file, one integrity hash for everything that runs.
const bundled = await build({
  stdin: { contents: entry, resolveDir: staging, sourcefile: 'leg-pain-map.js', loader: 'js' },
  bundle: true, format: 'esm', target: 'es2022', minify: release, legalComments: 'none', write: false, logLevel: 'warning',
});
writeFileSync(join(staging, 'leg-pain-map.js'), bundled.outputFiles[0].contents);
unlinkSync(join(staging, glue));

// The spa's pages beside the entry: the settings page and the iframe fallback (site/), with the
// same contract lists written in, and the entry's integrity hash for the settings page's snippet.
const entryIntegrity = integrity(bundled.outputFiles[0].contents);
for (const file of readdirSync(join(source, 'site'))) {
  const text = readFileSync(join(source, 'site', file), 'utf8')
    .replace(/__(OBSERVED|THEMES|LANG_PATTERN)__/g, (mark) => contract[mark])
    .replace('__ENTRY_INTEGRITY__', entryIntegrity);
  writeFileSync(join(staging, file), text);
}
console.log(`bundle: leg-pain-map.js (with ${glue}) -> ${wasm}, content ${Object.keys(content).join(', ')}`);
