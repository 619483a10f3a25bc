// Shortens the wasm's hashed import names (`__wbg_setAttribute_f75317b2b5cabfb4`) and the glue's
// matching keys to a few letters (`a`, `b`, … `a1`), and the runtime's exports the glue calls
// (`__wbindgen_malloc`: `$a`): wasm-bindgen's 16 hex digits per name do not compress, and the
// phone downloads each name twice, in the wasm and in the entry. Only the names change: the same
// imports and exports, in the same order, bound to the same functions.
// Not binaryen's `--minify-imports`: it renames only imports from `env` and `wasi_*` modules, and
// wasm-bindgen's come from the glue's module (tried on this wasm, version 132: nothing renamed).
import { readFileSync, writeFileSync } from 'node:fs';

/** Reads an unsigned LEB128 at `at`: [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** An unsigned LEB128's bytes. */
function toLeb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

/** Where an import's description ends: kind, then a type index, table, memory, global or tag. */
function descriptionEnd(bytes, at) {
  const kind = bytes[at++];
  const limits = (at) => {
    const flags = bytes[at++];
    at = leb(bytes, at)[1];
    return flags & 1 ? leb(bytes, at)[1] : at;
  };
  switch (kind) {
    case 0: return leb(bytes, at)[1]; // function: its type
    case 1: return limits(at + 1); // table: element type, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return leb(bytes, at + 1)[1]; // tag: attribute, type
    default: throw new Error(`short-names: unknown import kind ${kind}`);
  }
}

/** The n-th short name: a JS identifier that no wasm-bindgen name can be (none is this short). */
function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = letters[n % letters.length];
  for (n = Math.floor(n / letters.length); n > 0; n = Math.floor(n / 36)) name += (n % 36).toString(36);
  return name;
}

/** A name as it reads in the glue: the whole identifier, not the start of a longer one. */
const word = (name) => new RegExp(`(?<![\\w$])${name.replace(/[.$]/g, '\\$&')}(?![\\w$])`, 'g');

/**
 * Renames, in the wasm at `wasmPath` and the glue at `gluePath`: the hashed imports (each the
 * import object's key, once in the glue) and the exports the glue reads as `wasm.NAME` (the
 * runtime's allocator, closures and tables; not `memory` or the `widget_*` methods, which tools
 * name). Imports get `a`, `b`, …; exports `$a`, `$b`, …
 */
export function shortenNames(wasmPath, gluePath) {
  let bytes = readFileSync(wasmPath);
  let glue = readFileSync(gluePath, 'utf8');
  const decoder = new TextDecoder();
  const read = (p) => {
    const [length, start] = leb(bytes, p);
    return [decoder.decode(bytes.subarray(start, start + length)), start + length];
  };
  const sections = [];
  for (let at = 8; at < bytes.length;) {
    const [size, start] = leb(bytes, at + 1);
    sections.push({ id: bytes[at], at, start, end: start + size });
    at = start + size;
  }
  const renamed = [];
  const rewrite = (section, entries) => {
    const out = [];
    let [count, p] = leb(bytes, section.start);
    out.push(...toLeb(count));
    for (let i = 0; i < count; i++) p = entries(p, out);
    if (p !== section.end) throw new Error(`short-names: section ${section.id} did not read to its end`);
    return Buffer.from([section.id, ...toLeb(out.length), ...out]);
  };
  const named = (name) => [...toLeb(Buffer.byteLength(name)), ...Buffer.from(name)];
  const parts = [];
  let last = 0;
  for (const section of sections) {
    let replacement = null;
    if (section.id === 2) {
      replacement = rewrite(section, (p, out) => {
        const [, moduleEnd] = read(p);
        const [field, fieldEnd] = read(moduleEnd);
        const end = descriptionEnd(bytes, fieldEnd);
        let name = field;
        if (/_[0-9a-f]{16}$/.test(field) && glue.split(field).length === 2 && glue.includes(`${field}:`)) {
          name = shortName(renamed.length);
          renamed.push([field, name]);
          glue = glue.replace(`${field}:`, `${name}:`);
        }
        out.push(...bytes.subarray(p, moduleEnd), ...named(name), ...bytes.subarray(fieldEnd, end));
        return end;
      });
    } else if (section.id === 7) {
      let n = 0;
      replacement = rewrite(section, (p, out) => {
        const [field, fieldEnd] = read(p);
        const end = leb(bytes, fieldEnd + 1)[1];
        let name = field;
        if (field !== 'memory' && !field.startsWith('widget_') && word(`wasm.${field}`).test(glue)) {
          name = `$${shortName(n++)}`;
          glue = glue.replace(word(`wasm.${field}`), `wasm.${name}`);
        }
        out.push(...named(name), ...bytes.subarray(fieldEnd, end));
        return end;
      });
    }
    if (replacement) {
      parts.push(bytes.subarray(last, section.at), replacement);
      last = section.end;
    }
  }
  parts.push(bytes.subarray(last));
  writeFileSync(wasmPath, Buffer.concat(parts));
  writeFileSync(gluePath, glue);
}
