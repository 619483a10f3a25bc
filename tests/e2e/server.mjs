// A static server for the end-to-end tests, on 127.0.0.1 and a free port, started and stopped by
// each test file. It serves the release bundle the way spas would host it:
//   /                        dist/ (the demo page)
//   /cdn/leg-pain-map/…      dist/ again, under a sub-path (a spa's CDN folder)
//   /broken/…                dist/ with the wasm missing (the fallback test)
//   /host/<name>.html        test host pages from tests/e2e/pages; names starting with `csp`
//                            are sent with the strict Content-Security-Policy header
// Like a CDN, it compresses: brotli -q 11 where the browser accepts it (Chromium offers it over
// HTTPS only), else gzip -9 — the two sizes the byte table reports. With `cors`, it also answers
// as an npm CDN does for another origin (`Access-Control-Allow-Origin: *`).
import { createServer } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml', '.txt': 'text/plain',
};

const compressed = new Map(); // "encoding file" -> body: each file is compressed once
const ENCODERS = {
  br: (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: (body) => gzipSync(body, { level: 9 }),
};
const compress = (encoding, file, body) => {
  const key = `${encoding} ${file}`;
  if (!compressed.has(key)) compressed.set(key, ENCODERS[encoding](body));
  return compressed.get(key);
};

export async function serve({ dist = process.env.LPM_DIST || 'dist', pages = 'tests/e2e/pages', cors = false } = {}) {
  const log = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    log.push(path);
    if (path === '/favicon.ico') return res.writeHead(204).end(); // browsers ask; test pages have none
    let file;
    const headers = cors ? { 'access-control-allow-origin': '*' } : {};
    if (path.startsWith('/cdn/leg-pain-map/')) file = join(dist, path.slice('/cdn/leg-pain-map/'.length));
    else if (path.startsWith('/broken/')) file = path.endsWith('.wasm') ? null : join(dist, path.slice('/broken/'.length));
    else if (path.startsWith('/host/')) {
      const name = path.slice('/host/'.length);
      file = join(pages, name);
      if (name.startsWith('csp')) headers['content-security-policy'] = CSP;
    } else file = join(dist, path === '/' ? 'index.html' : path.slice(1));
    if (file && normalize(file).includes('..')) file = null;
    try {
      if (!file) throw new Error('missing');
      let body = await readFile(file);
      const type = TYPES[extname(file)];
      const accepted = req.headers['accept-encoding'] || '';
      const encoding = ['br', 'gzip'].find((name) => new RegExp(`\\b${name}\\b`).test(accepted));
      if (type && encoding) {
        body = compress(encoding, file, body);
        Object.assign(headers, { 'content-encoding': encoding, vary: 'accept-encoding' });
      }
      res.writeHead(200, { 'content-type': type || 'application/octet-stream', 'cache-control': 'no-store', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, log, close: () => new Promise((resolve) => server.close(resolve)) };
}
