// Trunk post_build hook: turns Trunk's output into the embeddable bundle.
// Writes the stable entry `leg-pain-map.js` (the custom element, the stylesheet inlined as text
// for a constructable stylesheet) pointing at the hashed wasm, wasm-bindgen glue and one content
// module per language. In release builds the JS is minified with terser.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

// Comments and layout whitespace only: nothing that could change what a rule means.
const css = readdirSync(join(source, 'styles/widget'))
  .filter((f) => f.endsWith('.css'))
  .sort()
  .map((f) => readFileSync(join(source, 'styles/widget', f), 'utf8'))
  .join('\n')
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s+/g, ' ')
  .replace(/\s*([{};,>])\s*/g, '$1')
  .replace(/;}/g, '}')
  .trim();

const content = {};
for (const file of readdirSync(join(source, 'content')).filter((f) => /^[a-z-]+\.json$/.test(f)).sort()) {
  const code = file.replace(/\.json$/, '');
  const module = `export default ${JSON.stringify(JSON.parse(readFileSync(join(source, 'content', file), 'utf8')))};\n`;
  const name = `lpm-content-${code}-${hash(module)}.js`;
  writeFileSync(join(staging, name), module);
  content[code] = `./${name}`;
}

// The embed contract is declared once, in Rust (src/embed/): read its lists from there.
function rustConst(file, name) {
  const text = readFileSync(join(source, 'src/embed', file), 'utf8');
  const found = text.match(new RegExp(`pub const ${name}: [^=]+= ([^;]+);`));
  if (!found) throw new Error(`no pub const ${name} in src/embed/${file}`);
  return found[1].replace(/,(\s*)\]$/, '$1]'); // a Rust string list or literal is valid JSON once a trailing comma goes
}
const contract = {
  __OBSERVED__: rustConst('attributes.rs', 'OBSERVED'),
  __THEMES__: rustConst('config.rs', 'THEMES'),
  __LANG_PATTERN__: rustConst('attributes.rs', 'LANG_PATTERN'),
};
for (const [mark, value] of Object.entries(contract)) JSON.parse(value); // fails the build if not plain data

let entry = readFileSync(join(source, 'src/embed/leg-pain-map.js'), 'utf8')
  .replace("'__GLUE__'", JSON.stringify(`./${glue}`))
  .replace("'__WASM__'", JSON.stringify(`./${wasm}`))
  .replace('__CSS__', () => JSON.stringify(css))
  .replace('__CONTENT__', () => JSON.stringify(content))
  .replace(/__(OBSERVED|THEMES|LANG_PATTERN)__/g, (mark) => contract[mark]);

async function minify(code) {
  const { minify } = await import('terser');
  const out = await minify(code, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  return out.code;
}

// The spa's pages beside the entry: the settings page and the iframe fallback (site/), with the
// same contract lists written in.
for (const file of readdirSync(join(source, 'site'))) {
  const text = readFileSync(join(source, 'site', file), 'utf8').replace(/__(OBSERVED|THEMES|LANG_PATTERN)__/g, (mark) => contract[mark]);
  writeFileSync(join(staging, file), text);
}

if (release) {
  entry = await minify(entry);
  writeFileSync(join(staging, glue), await minify(readFileSync(join(staging, glue), 'utf8')));
}
writeFileSync(join(staging, 'leg-pain-map.js'), entry);
console.log(`bundle: leg-pain-map.js -> ${glue}, ${wasm}, content ${Object.keys(content).join(', ')}`);
