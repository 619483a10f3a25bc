// Prints the bytes a visitor's phone downloads for the widget (raw, gzip -9, brotli -q 11) and,
// with --budget, fails when the brotli total is over the ceiling or when the size block README.md
// and docs/size.md show is not the one these bytes give; --write-docs writes that block into both.
// A visitor loads the entry (with the wasm-bindgen glue and the stylesheet inside), the wasm, ONE
// language's words and that language's prerendered start screen: the budget counts the largest of
// each, so every language fits. The goal, the ceiling and the floor are in scripts/sizes.mjs.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sizes, sum, GOAL, CEILING, FLOOR } from './sizes.mjs';

const dist = process.argv.find((a) => !a.startsWith('-') && a !== process.argv[0] && a !== process.argv[1]) || 'dist';
const files = readdirSync(dist);
const sizeOf = (name) => sizes(name, readFileSync(join(dist, name)));
const wasm = files.find((f) => f.endsWith('_bg.wasm'));
const largestFirst = (prefix) => files.filter((f) => f.startsWith(prefix)).map(sizeOf).sort((a, b) => b.brotli - a.brotli);
const content = largestFirst('lpm-content-');
const start = largestFirst('lpm-start-');
const loaded = [sizeOf('leg-pain-map.js'), sizeOf(wasm), content[0], ...start.slice(0, 1)];
const total = sum(loaded);

const row = (f) => `${f.name.padEnd(44)} ${String(f.raw).padStart(9)} ${String(f.gzip).padStart(9)} ${String(f.brotli).padStart(9)}`;
console.log(`${'file the widget loads'.padEnd(44)} ${'raw'.padStart(9)} ${'gzip -9'.padStart(9)} ${'brotli 11'.padStart(9)}`);
loaded.forEach((f) => console.log(row(f)));
console.log(row({ name: 'total', ...total }));
console.log('\nother languages (a visitor loads one):');
[...content.slice(1), ...start.slice(1)].forEach((f) => console.log(row(f)));
const withoutStart = total.brotli - (start[0]?.brotli ?? 0);
console.log(`\nwithout the prerendered start screen: ${withoutStart} bytes brotli = ${(withoutStart / 1024).toFixed(1)} KB`);
mkdirSync('target', { recursive: true });
writeFileSync('target/bytes.json', JSON.stringify({ loaded, total, content, start, withoutStart, ceiling: CEILING, goal: GOAL, floor: FLOOR }, null, 2));

const kb = (n) => (n / 1024).toFixed(1) + ' KB';
const range = (files) => [...new Set([files.at(-1), files[0]].map((f) => kb(f.brotli).replace(' KB', '')))].join('–') + ' KB';

// The size block, the one place README.md and docs/size.md take their figures from.
const MARK = '<!-- size: written by `node scripts/bytes.mjs --write-docs` from the release bundle; checked by the test command -->\n';
const END = '<!-- end of size -->';
const block = [
  `A visitor downloads **${kb(total.brotli)}** brotli: the wasm ${kb(sizeOf(wasm).brotli)}, the entry with the`,
  `wasm-bindgen glue and the stylesheet ${kb(sizeOf('leg-pain-map.js').brotli)}, one language's words ${range(content)} and its`,
  `prerendered start screen ${range(start)} (${kb(withoutStart)} without the start screen). The test command`,
  `fails above a **${kb(CEILING)}** ceiling. The goal is **${kb(GOAL)}** and is ${total.brotli <= GOAL ? 'met' : `**not met** (${kb(total.brotli - GOAL)} over)`}:`,
  `the smallest Yew app that answers a tap, built exactly like the widget (\`bench/yew-floor\`), is`,
  `already ${kb(FLOOR)}, which leaves ${kb(GOAL - FLOOR)} of it for this widget's code, styles and words.`,
].join('\n') + '\n';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DOCS = ['README.md', 'docs/size.md'];
const stale = [];
for (const file of DOCS) {
  const text = readFileSync(join(root, file), 'utf8');
  const [before, rest] = text.split(MARK);
  if (rest === undefined || !rest.includes(END)) { stale.push(`${file} (no size block)`); continue; }
  const after = rest.slice(rest.indexOf(END));
  const fresh = before + MARK + block + after;
  if (fresh === text) continue;
  if (process.argv.includes('--write-docs')) writeFileSync(join(root, file), fresh);
  else stale.push(file);
}

if (process.argv.includes('--budget')) {
  const ok = total.brotli <= CEILING;
  console.log(`\nbyte budget: ${total.brotli} bytes brotli = ${kb(total.brotli)}; ceiling ${kb(CEILING)} ${ok ? 'ok' : 'OVER THE CEILING'}; goal ${kb(GOAL)} ${total.brotli <= GOAL ? 'met' : 'not met (' + kb(total.brotli - GOAL) + ' over)'}`);
  if (stale.length) console.log(`size figures out of date in ${stale.join(', ')}: run node scripts/bytes.mjs --write-docs`);
  process.exit(ok && !stale.length ? 0 : 1);
}
