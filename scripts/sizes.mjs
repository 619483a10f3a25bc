// Bytes as a phone downloads them: raw, gzip -9 and brotli -q 11 (shared by scripts/bytes.mjs
// and the benchmark).
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const sizes = (name, data) => ({
  name,
  raw: data.length,
  gzip: gzipSync(data, { level: 9 }).length,
  brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }).length,
});

export const sum = (files) => files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
