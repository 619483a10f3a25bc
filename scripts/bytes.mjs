// Prints the bytes a visitor's phone downloads for the widget (raw, gzip -9, brotli -q 11) and,
// with --budget, fails when the brotli total is over the budget. A visitor loads the entry
// (with the wasm-bindgen glue and the stylesheet inside), the wasm, ONE language's words and that
// language's prerendered start screen: the budget counts the largest of each, so every language
// fits.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sizes, sum } from './sizes.mjs';

// The goal (issue: "lighter than a React body map") is 64 KB. The smallest Yew app built the same
// way (bench/yew-floor, printed by scripts/bench.sh) is already 43 KB, as much as the whole React
// peer, so 64 KB would leave 21 KB for this widget's code, stylesheet and words. With the safety
// check (timing, warning signs, outcome tiers: +6 KB of wasm, +2 KB of words), the spa features,
// the prerendered start screen (+4.6 KB) and the calibrated triage (+5.7 KB) it measures 115.2 KB (docs/size.md says where it goes). The enforced ceiling is a
// regression guard a little above that, set last as the size issue asks, and the goal is printed
// beside it. See the README and docs/size.md.
const GOAL = 64 * 1024;
const BUDGET = 116 * 1024;
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
writeFileSync('target/bytes.json', JSON.stringify({ loaded, total, content, start, withoutStart, ceiling: BUDGET, goal: GOAL }, null, 2));

if (process.argv.includes('--budget')) {
  const ok = total.brotli <= BUDGET;
  const kb = (n) => (n / 1024).toFixed(1) + ' KB';
  console.log(`\nbyte budget: ${total.brotli} bytes brotli = ${kb(total.brotli)}; ceiling ${kb(BUDGET)} ${ok ? 'ok' : 'OVER THE CEILING'}; goal ${kb(GOAL)} ${total.brotli <= GOAL ? 'met' : 'not met (' + kb(total.brotli - GOAL) + ' over)'}`);
  process.exit(ok ? 0 : 1);
}
