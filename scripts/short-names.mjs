// Shortens the wasm's hashed import names (`__wbg_setAttribute_f75317b2b5cabfb4`) and the glue's
// matching keys to a few letters (`a`, `b`, … `a0`): wasm-bindgen's 16 hex digits per import do
// not compress, and the phone downloads each name twice, in the wasm and in the entry. Only the
// names change: the same imports, in the same order, bound to the same glue functions.
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

/** Renames the hashed imports of the wasm at `wasmPath` and their keys in the glue at `gluePath`. */
export function shortenImports(wasmPath, gluePath) {
  const bytes = readFileSync(wasmPath);
  let glue = readFileSync(gluePath, 'utf8');
  const decoder = new TextDecoder();
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    if (id !== 2) {
      at = start + size;
      continue;
    }
    const out = [];
    let [count, p] = leb(bytes, start);
    out.push(...toLeb(count));
    const renamed = new Map();
    for (let i = 0; i < count; i++) {
      const [moduleLength, moduleStart] = leb(bytes, p);
      const moduleEnd = moduleStart + moduleLength;
      const [fieldLength, fieldStart] = leb(bytes, moduleEnd);
      const field = decoder.decode(bytes.subarray(fieldStart, fieldStart + fieldLength));
      const end = descriptionEnd(bytes, fieldStart + fieldLength);
      let name = field;
      // Only hashed names: each is unique in the glue, where it is the import object's key.
      if (/_[0-9a-f]{16}$/.test(field) && glue.split(field).length === 2 && glue.includes(`${field}:`)) {
        name = renamed.get(field) ?? shortName(renamed.size);
        renamed.set(field, name);
      }
      out.push(...bytes.subarray(p, moduleEnd), ...toLeb(Buffer.byteLength(name)), ...Buffer.from(name), ...bytes.subarray(fieldStart + fieldLength, end));
      p = end;
    }
    if (p !== start + size) throw new Error('short-names: the import section did not read to its end');
    for (const [field, name] of renamed) glue = glue.replace(`${field}:`, `${name}:`);
    const section = [2, ...toLeb(out.length), ...out];
    writeFileSync(wasmPath, Buffer.concat([bytes.subarray(0, at), Buffer.from(section), bytes.subarray(start + size)]));
    writeFileSync(gluePath, glue);
    return renamed.size;
  }
  return 0;
}
