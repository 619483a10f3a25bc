// The entry (src/embed/leg-pain-map.js, its build-time values written in) bundled by esbuild with
// the wasm-bindgen glue at `glue` (and src/embed/lifecycle.mjs) into one ES module: by
// scripts/bundle.mjs with the real glue, by tests/e2e/entry.test.mjs with a stub in its place.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export async function bundleEntry(entry, glue, minify = true) {
  const result = await build({
    stdin: {
      contents: entry.replace("'__GLUE__'", () => JSON.stringify(glue)),
      resolveDir: fileURLToPath(new URL('../src/embed/', import.meta.url)),
      sourcefile: 'leg-pain-map.js',
      loader: 'js',
    },
    bundle: true, format: 'esm', target: 'es2022', minify, legalComments: 'none', write: false, logLevel: 'warning',
  });
  return result.outputFiles[0];
}
