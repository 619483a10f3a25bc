// The contract file, target/contract.json: what the Rust decides and the JS side and the tests
// read (src/embed/contract.rs; written by `cargo run --example contract -- target/contract.json`,
// which scripts/bundle.mjs runs before it bundles, so every build writes it). Read by bundle.mjs
// (the values the entry and the site/ pages get, inlined), the end-to-end page object and the
// benchmark. target/ is not in git: whatever reads it runs after a build.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CONTRACT_FILE = fileURLToPath(new URL('../target/contract.json', import.meta.url));

export function readContract(file = CONTRACT_FILE) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
    throw new Error(`${file} is missing: scripts/build.sh writes it (or cargo run --example contract -- ${file})`);
  }
  return JSON.parse(text);
}
