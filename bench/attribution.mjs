// Where the wasm's bytes go: every item of `twiggy top --format json` over the names build (the
// widget's wasm through the shipped pipeline, wasm-opt -Oz --debuginfo: the name section kept),
// grouped into parts by its name. Imported by bench/run.mjs; alone, for a look at one build:
//   node bench/attribution.mjs target/bench/names/twiggy.json [shipped.wasm]
//
// Rules, in order (names demangled by wasm-bindgen, crate hashes `[…]` and legacy `::h…` dropped):
// - custom sections (the names themselves, section headers of custom sections): not shipped, left out
// - data segments: static data; types, table, globals, elem, section headers: module structure;
//   imports, exports and wasm-bindgen's shims: glue; `code[N]`: a function without a name
// - the #[wasm_bindgen] Widget's exports (`widget_*`): embed::element, whose methods are inlined there
// - `<T as leg_pain_map::…::Trait>::f`: the trait's module (the Merge impls: the content walker)
// - a name with a widget path in it: that module; the first one, so a monomorphised Yew or std
//   function (`CompStateInner<leg_pain_map::app::App>::view`) goes to the widget module in its type
//   parameters: its code is the widget's views and closures inlined into the generic shell
// - otherwise the crate: a std/core/alloc generic goes to the first other crate in its parameters
//   (`HashMap<yew::…>::entry` is Yew's), then the crate's part below.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sizes } from '../scripts/sizes.mjs';

const CRATE = 'leg_pain_map';
const STD = new Set(['core', 'alloc', 'std', 'compiler_builtins', 'lol_alloc', 'dlmalloc', 'talc']);
const PARTS = [
  ['yew', 'Yew runtime (yew, implicit_clone, indexmap, hashbrown, panic hook)',
    /^(yew|yew_macro|implicit_clone|slab|hashbrown|indexmap|console_error_panic_hook|prokio|pinned|tracing\w*|bumpalo|futures\w*|once_cell|anymap2|pin_project\w*)$/],
  ['glue', 'wasm-bindgen glue (wasm_bindgen, js_sys, web_sys, gloo, imports, exports)', /^(wasm_bindgen\w*|js_sys|web_sys|gloo\w*)$/],
  ['std', 'Rust core, alloc, std (fmt, panics, str, collections), the allocator (talc)', /^(core|alloc|std|compiler_builtins|lol_alloc|dlmalloc|talc)$/],
];
const LABELS = {
  data: 'static data (strings, geometry numbers, tables)',
  module: 'module structure (types, function table, globals, section headers)',
  other: 'other (unnamed/inlined)',
};
// What a few of the widget's modules are, for the reader of the table.
const ABOUT = {
  app: 'root component', 'content::merge': 'the content walker', 'content::model': 'content types',
  'diagram::geometry': 'the map\'s shapes', 'diagram::leg_map': 'map view', 'embed::element': 'the custom element\'s exports',
};

/** The widget's module files: `src/<dir>/<file>.rs` is `dir::file`, anything else its top module. */
function modules(src) {
  const dirs = new Map();
  for (const e of readdirSync(src, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const files = readdirSync(join(src, e.name)).filter((f) => f.endsWith('.rs') && f !== 'mod.rs').map((f) => f.slice(0, -3));
    if (files.length) dirs.set(e.name, new Set(files));
  }
  return (path) => {
    const [top, sub] = path.split('::');
    if (!/^[a-z_][a-z0-9_]*$/.test(top ?? '')) return 'lib';
    return dirs.get(top)?.has(sub) ? `${top}::${sub}` : top;
  };
}

/** `<Self as Trait>::rest` → { self, trait }; null for any other shape. Skips the `>` of `->`. */
function qualified(name) {
  if (!name.startsWith('<')) return null;
  let depth = 0, as = -1;
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === '<') depth++;
    else if (c === '>' && name[i - 1] !== '-') {
      if (--depth === 0) return as < 0 ? { self: name.slice(1, i), trait: null } : { self: name.slice(1, as), trait: name.slice(as + 4, i) };
    } else if (depth === 1 && as < 0 && name.startsWith(' as ', i)) as = i;
  }
  return null;
}

// The heads of the paths in a name (where a path can start: not after `::` or a letter).
const heads = (name) => [...name.matchAll(/(?:^|[<\s(\[&,*])([a-z_][a-z0-9_]*)::/g)].map((m) => ({ crate: m[1], at: m.index + m[0].length - m[1].length - 2 }));

/** The part of one twiggy item, by its name; null: not shipped (custom sections). */
export function partOf(rawName, moduleOf) {
  const name = rawName.replace(/\[[0-9a-f]{16}\]/g, '').replace(/::h[0-9a-f]{16}$/, '');
  if (/" subsection$|^custom section /.test(name)) return null;
  if (name.startsWith('data segment ') || /^data\[\d+\]$/.test(name)) return 'data';
  if (/^(type\[\d+\]|table\[\d+\]|memory\[\d+\]|global\[\d+\]|elem\[\d+\]|wasm magic bytes$|.* section headers$)/.test(name)) return 'module';
  if (/^code\[\d+\]$/.test(name)) return 'other';
  if (/^widget_[A-Za-z]+( externref shim)?$/.test(name)) return `${CRATE}::embed::element`;
  if (/^(import |export |__wbg|__wbindgen|__externref|__instance_terminated|__abort_handler|Closure\(|Ref\(|.* externref shim$)/.test(name)) return 'glue';
  if (/^(memcmp|memcpy|memmove|memset|__rust|__rdl|__rg)/.test(name)) return 'std';
  const widgetAt = (s) => { const i = s.indexOf(`${CRATE}::`); return i < 0 ? null : `${CRATE}::${moduleOf(s.slice(i + CRATE.length + 2))}`; };
  const q = qualified(name);
  if (q?.trait?.startsWith(`${CRATE}::`)) return widgetAt(q.trait);
  const widget = widgetAt(name);
  if (widget) return widget;
  const crates = heads(name).map((h) => h.crate);
  if (!crates.length) return 'std'; // methods of primitives: `<str>::contains`, `<char as …>`
  const crate = STD.has(crates[0]) ? (crates.find((c) => !STD.has(c)) ?? crates[0]) : crates[0];
  return PARTS.find(([, , re]) => re.test(crate))?.[0] ?? `crate ${crate}`;
}

/**
 * Groups the twiggy items into parts. `shipped` ({ raw, brotli } of the wasm the page loads)
 * turns each part's share into an estimate of its brotli bytes.
 */
export function attribute(items, { src = 'src', shipped = null } = {}) {
  const moduleOf = modules(src);
  const parts = new Map();
  let excluded = 0;
  for (const { name, shallow_size: size } of items) {
    const part = partOf(name, moduleOf);
    if (part === null) { excluded += size; continue; }
    const p = parts.get(part) ?? { part, raw: 0, items: 0, largest: null };
    p.raw += size; p.items++;
    if (!p.largest || size > p.largest.size) p.largest = { name, size };
    parts.set(part, p);
  }
  const total = [...parts.values()].reduce((t, p) => t + p.raw, 0);
  const rows = [...parts.values()].sort((a, b) => b.raw - a.raw).map((p) => {
    const module = p.part.startsWith(`${CRATE}::`) ? p.part.slice(CRATE.length + 2) : null;
    const label = module ? `widget: ${module}${ABOUT[module] ? ` (${ABOUT[module]})` : ''}` : (LABELS[p.part] ?? PARTS.find(([k]) => k === p.part)?.[1] ?? p.part);
    return { ...p, label, widget: !!module, share: p.raw / total, brotli: shipped ? Math.round((p.raw / total) * shipped.brotli) : null };
  });
  // Legacy mangling (a `::h<hash>` on every Rust function) drops the type parameters of generics.
  const legacy = items.some((i) => /^<?yew::.*::h[0-9a-f]{16}$/.test(i.name));
  return { total, excluded, mangling: legacy ? 'legacy' : 'v0', shipped, parts: rows };
}

/** The section for the benchmark's output, as lines. */
export function section(a) {
  const kb = (n) => (n == null ? '—' : n >= 10240 ? `${(n / 1024).toFixed(1)} KB` : `${n} B`);
  const pad = (s, n) => String(s).padEnd(n), padL = (s, n) => String(s).padStart(n);
  const lines = ['Where the wasm\'s bytes go (twiggy top over the names build, grouped by name)'];
  const head = `  ${pad('part', 76)} ${padL('raw', 9)} ${padL('share', 7)} ${padL('≈ brotli', 9)}`;
  lines.push(head, `  ${'-'.repeat(head.length - 2)}`);
  const row = (label, raw, share, brotli) => lines.push(`  ${pad(label, 76)} ${padL(raw, 9)} ${padL(`${(share * 100).toFixed(1)}%`, 7)} ${padL(kb(brotli), 9)}`);
  for (const p of a.parts) row(p.label, p.raw, p.share, p.brotli);
  lines.push(`  ${'-'.repeat(head.length - 2)}`);
  const own = a.parts.filter((p) => p.widget);
  const sum = (list, k) => list.reduce((t, p) => t + p[k], 0);
  row('the widget\'s own modules (the rows "widget: …" above)', sum(own, 'raw'), sum(own, 'share'), a.shipped ? sum(own, 'brotli') : null);
  row('total (names build without its name section)', a.total, 1, a.shipped?.brotli);
  if (a.shipped) {
    const d = a.total - a.shipped.raw;
    lines.push(`  the shipped wasm: ${a.shipped.raw} B raw, ${kb(a.shipped.brotli)} brotli (names build ${d >= 0 ? '+' : ''}${d} B, ${(d / a.shipped.raw * 100).toFixed(2)}%).`);
    lines.push('  ≈ brotli is a proportional estimate (share × the shipped wasm\'s brotli size): parts do not compress alike.');
  }
  lines.push(a.mangling === 'v0'
    ? '  names build: v0 symbol mangling, so generics carry their type parameters (legacy names say CompStateInner<COMP>);\n  its inlining differs slightly from the shipped build\'s, hence the difference in size.'
    : '  names build: legacy mangling, the same code as shipped; generics without their type parameters stay with their crate.');
  lines.push('  a monomorphised Yew/std function goes to the widget module in its type parameters (its views and closures are');
  lines.push('  inlined there); the <T as Merge> impls to content::merge; widget_* exports to embed::element; imports/exports to glue.');
  return lines;
}

/** Reads the twiggy JSON; `shippedWasm` (a path) or `shipped` ({ raw, brotli }) for the estimates. */
export function fromFile(path, { src = 'src', shipped = null, shippedWasm = null } = {}) {
  if (!shipped && shippedWasm) { const s = sizes(shippedWasm, readFileSync(shippedWasm)); shipped = { raw: s.raw, brotli: s.brotli }; }
  return attribute(JSON.parse(readFileSync(path, 'utf8')), { src, shipped });
}

if (process.argv[1] && resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  const [json, wasm] = process.argv.slice(2);
  if (!json || !existsSync(json)) {
    console.error('usage: node bench/attribution.mjs <twiggy top --format json output> [shipped.wasm]');
    process.exit(1);
  }
  console.log(section(fromFile(json, { shippedWasm: wasm })).join('\n'));
}
