// Where the time of a tap and of a load goes, from Chromium's own trace (not timings to
// compare: tracing slows the page). Run after scripts/bench.sh has built the pages:
//   node bench/trace.mjs tap  [--dist dist] [--answers 12]   the "None of these" → answer tap, at 4x CPU
//   node bench/trace.mjs load [--dist dist] [--loads 3]      a cold load on slow 4G at 4x CPU
// tap: per answer, the main-thread task that handled the tap and drew its frame, split into the
// click handling (the wasm's render and the DOM work it does, with the style and layout that
// focusing the answer's heading forces) and the frame's own style, layout, paint; medians printed.
// load: each request's start, first byte and end, and the first frame with the map on screen.
import { launch, serve } from '../tests/e2e/lib/page.mjs';
import { OBSERVER, SLOW_4G, tap, widget } from './run.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const mode = process.argv[2];
const ws = await serve({ dist: arg('dist', 'dist'), pages: 'bench/host' });
const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const PHASES = ['EventDispatch', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit'];

async function taps(n) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  await context.addInitScript(OBSERVER);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${ws.url}/host/widget.html`);
  await widget.ready(page);
  await widget.setup(page);
  const rows = [];
  for (let a = 0; a < n; a++) {
    const first = a * widget.tapsPerAnswer;
    // place, feeling, rating, timing, no signs: every tap before the answer's
    for (let k = first; k < first + widget.answerStep; k++) await widget.step(page, k, false);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'] });
    await tap(page, `() => document.getElementById('pain-map').shadowRoot.querySelector('.lpm-step-facts [data-action="no-facts"]')`);
    await page.waitForFunction(() => document.getElementById('pain-map').shadowRoot.querySelector('.lpm-answer'));
    await page.waitForTimeout(300);
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents.filter((e) => e.ph === 'X');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const click = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
    const main = events.filter((e) => e.pid === click.pid && e.tid === click.tid);
    // the innermost task around the click: input is handled at the start of the frame it draws
    const task = main.filter((e) => /RunTask$/.test(e.name) && e.ts <= click.ts && e.ts + e.dur >= click.ts + click.dur).sort((x, y) => x.dur - y.dur)[0];
    const inside = (e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur;
    const sum = (name, filter = () => true) => main.filter((e) => e.name === name && inside(e) && filter(e)).reduce((t, e) => t + e.dur / 1000, 0);
    const inClick = (e) => e.ts >= click.ts && e.ts + e.dur <= click.ts + click.dur;
    rows.push({
      task: task.dur / 1000,
      click: click.dur / 1000,
      forced: sum('UpdateLayoutTree', inClick) + sum('Layout', inClick),
      ...Object.fromEntries(PHASES.slice(1).map((p) => [p, sum(p, (e) => !inClick(e))])),
    });
    await widget.step(page, first + widget.tapsPerAnswer - 1, false); // start over
  }
  await context.close();
  const m = (k) => median(rows.map((r) => r[k])).toFixed(1).padStart(6);
  console.log(`The answer tap at 4x CPU, traced (median of ${n} answers, ms):`);
  console.log(`  task that handled the tap and drew its frame  ${m('task')}`);
  console.log(`    click handling (wasm render, DOM work)     ${m('click')}`);
  console.log(`      of which style and layout forced by focus ${m('forced')}`);
  for (const p of PHASES.slice(1)) console.log(`    frame: ${p.padEnd(37)}${m(p)}`);
}

async function loads(n) {
  for (let run = 0; run < n; run++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const requests = new Map();
    let t0;
    cdp.on('Network.requestWillBeSent', (e) => { t0 ??= e.timestamp; requests.set(e.requestId, { file: e.request.url.split('/').pop(), start: e.timestamp }); });
    cdp.on('Network.responseReceived', (e) => { if (requests.has(e.requestId)) requests.get(e.requestId).first = e.timestamp; });
    cdp.on('Network.loadingFinished', (e) => { if (requests.has(e.requestId)) Object.assign(requests.get(e.requestId), { end: e.timestamp, bytes: e.encodedDataLength }); });
    await page.addInitScript(`(() => { const check = () => { if (${widget.firstMapCheck}) window.__map = performance.now(); else requestAnimationFrame(check); }; requestAnimationFrame(check); })()`);
    await page.goto(`${ws.url}/host/widget.html`);
    const map = await (await page.waitForFunction(() => window.__map, null, { timeout: 60_000 })).jsonValue();
    await widget.ready(page);
    await page.waitForTimeout(500);
    const ms = (t) => (t == null ? '—' : String(Math.round((t - t0) * 1000))).padStart(6);
    console.log(`load ${run + 1}: first map pixels at ${Math.round(map)} ms; requests (ms from the page's request: sent, first byte, done; bytes):`);
    for (const r of requests.values()) console.log(`  ${r.file.padEnd(44)}${ms(r.start)}${ms(r.first)}${ms(r.end)}${String(r.bytes ?? '').padStart(8)}`);
    await context.close();
  }
}

try {
  if (mode === 'tap') await taps(Number(arg('answers', 12)));
  else if (mode === 'load') await loads(Number(arg('loads', 3)));
  else console.error('usage: node bench/trace.mjs tap|load [--dist DIR] [--answers N | --loads N]');
} finally {
  await browser.close();
  await ws.close?.();
}
