// The benchmark: the widget and its peer (React 18 + react-body-highlighter), measured in the same
// run on this machine, printed as one table and written to target/bench.json.
// Run through scripts/bench.sh, which builds both first. From the repository root:
//   node bench/run.mjs [--dist DIR] [--peer DIR] [--floor DIR] [--names FILE] [--before DIR] [--lighthouse-runs N] [--taps N] [--taps5 N] [--soak-taps N]
//
// What each number is (see also the notes printed under the table):
// - bytes: every response the page loads in Chromium (HTML, scripts, wasm, content), its body
//   as served, compressed here with gzip -9 and brotli -q 11 (the logic of scripts/bytes.mjs).
// - Lighthouse (npm lighthouse, mobile form factor, simulated throttling, Debian Chromium through
//   CHROME_PATH): the median of N runs for every score and timing (CLS included); a11y and
//   best-practices also keep their lowest score to show whether 100 is stable.
// - loads (5 each over the local network and slow 4G, 4x CPU, empty cache): a rAF loop in the page
//   records the first frame with the map on screen (the widget's prerendered start screen counts)
//   and the first in which it answers taps (the widget: its live root); a layout-shift observer
//   sums CLS until a second after that, so the hand-over to the live widget is in it.
// - where the wasm's bytes go (--names, twiggy's JSON over a build that keeps the names; see
//   bench/attribution.mjs and scripts/bench.sh).
// - tap latency: Playwright on a phone context with 4x CPU slowdown (CDP
//   Emulation.setCPUThrottlingRate); a PerformanceObserver of type 'event' (durationThreshold 16)
//   groups entries by interactionId, and the interaction's duration (pointer event to the next
//   paint after the handlers ran, as INP counts it) is the largest duration in its group, read
//   once the click's entry is in (a touch's pointer events may be reported a frame earlier). The
//   widget's "tap → answer" is its last tap, "None of these" on the health-facts step, to the
//   answer painted; the peer's is its one tap on a muscle to the tip painted. The widget, the
//   peer, the widget's five-place journey and (--before) the widget as it was before the pain
//   drawing take turns (ROUNDS rounds, each a fresh page warmed by one unmeasured journey), so a
//   machine whose speed drifts over minutes slows them all alike: "beside the peer" holds.
// - memory: after 10, 100 and 1,000 taps (the widget's journey is 7 taps: region, feeling, rating,
//   timing, "None of these" twice (signs, health facts), start over; the peer's is 1), after two forced garbage collections (CDP HeapProfiler.collectGarbage):
//   JS heap used (CDP Performance.getMetrics JSHeapUsedSize, which includes JIT code), DOM nodes
//   live and retained (same call), a heap snapshot summed into JS objects, compiled code and
//   Blink's own objects (the DOM), and for the widget the wasm linear memory (the buffers of every
//   WebAssembly.Memory in the page, found through CDP Runtime.queryObjects: nothing in what visitors
//   load keeps it for the benchmark). "memory total" = JS objects + Blink objects + wasm memory;
//   the budget is on it.
// Progress goes to stderr, the table to stdout. Exit code 1 when a gated budget fails.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FLOOR as FLOOR_FIGURE, GOAL, sizes, sum } from '../scripts/sizes.mjs';
import { launch, LIVE, PAINS, phonePage, SEL, serve, TIMINGS } from '../tests/e2e/lib/page.mjs';
import { fromFile as attribution, section as attributionSection } from './attribution.mjs';
import { failing as failingAudits, lighthouse as runLighthouse } from '../tests/e2e/lighthouse.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const DIST = resolve(arg('dist', process.env.LPM_DIST || 'dist'));
const PEER = resolve(arg('peer', 'target/bench/peer'));
// The framework floor (bench/yew-floor, built by `scripts/build.sh floor`): bytes only.
const FLOOR = resolve(arg('floor', 'target/bench/yew-floor/dist'));
// twiggy's items of the widget's wasm with names (`scripts/build.sh names`, then twiggy in scripts/bench.sh): where the bytes go.
const NAMES = resolve(arg('names', 'target/bench/names/twiggy.json'));
// The widget before the pain drawing (issue 22), built by scripts/bench.sh: its answer tap in the
// same rounds. Left out when not given.
const BEFORE = arg('before', null) && resolve(arg('before'));
const LH_RUNS = Number(arg('lighthouse-runs', process.env.BENCH_LH_RUNS || 3));
const TAPS = Number(arg('taps', 100));
// Answers measured with five places (twenty taps each).
const TAPS5 = Number(arg('taps5', 30));
const SOAK_TAPS = Number(arg('soak-taps', 1000));
const CPU_SLOWDOWN = 4;
const CHROME = process.env.CHROME_PATH || process.env.CHROMIUM || '/usr/bin/chromium';
const LIGHTHOUSE = resolve('node_modules/lighthouse/cli/index.js'); // the root lockfile's, as the tests use
const OUT = 'target/bench.json';
// Muscles of the peer's front view, tapped in turn (legs first: the peer's equivalent of the map).
const PEER_MUSCLES = ['quadriceps', 'calves', 'abductors', 'knees', 'obliques', 'abs', 'biceps', 'chest'];

const MAIN = !!process.argv[1] && resolve(process.argv[1]) === new URL(import.meta.url).pathname; // run, not imported
for (const [what, path] of [['the release bundle', join(DIST, 'leg-pain-map.js')], ['the peer page', join(PEER, 'app.js')], ['Lighthouse', LIGHTHOUSE], ...(BEFORE ? [['the build before the drawing', join(BEFORE, 'leg-pain-map.js')]] : [])]) {
  if (MAIN && !existsSync(path)) {
    console.error(`bench: ${what} is missing (${path}): run scripts/bench.sh`);
    process.exit(1);
  }
}
// The hashed wasm-bindgen glue the entry imports, recorded in the JSON (null: the glue is bundled
// into the entry).
const GLUE = readFileSync(join(DIST, 'leg-pain-map.js'), 'utf8').match(/["']\.\/(leg-pain-map-[0-9a-f]+\.js)["']/)?.[1] ?? null;

const log = (...a) => console.error('bench:', ...a); // progress on stderr, the table on stdout
const servers = [];
let browser, lighthouseChild;
async function cleanup() {
  lighthouseChild?.kill('SIGTERM'); // its launcher closes its Chromium on the way out
  await browser?.close().catch(() => {});
  await Promise.all(servers.map((s) => s.close().catch(() => {})));
}
if (MAIN) for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => cleanup().finally(() => process.exit(130)));

// ---------------------------------------------------------------------------------------------
// statistics
const quantile = (values, q) => {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return null;
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1)); // nearest rank
  return s[i];
};
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// ---------------------------------------------------------------------------------------------
// bytes, as in scripts/bytes.mjs

const phone = (options = {}) => phonePage(browser, options);

async function bytes(target) {
  const { context, page, errors } = await phone();
  const bodies = [];
  page.on('response', (r) => bodies.push(r.body().then((b) => ({ url: r.url(), status: r.status(), body: b })).catch(() => null)));
  await page.goto(target.url, { waitUntil: 'load' });
  await target.ready(page);
  await page.waitForLoadState('networkidle');
  const files = (await Promise.all(bodies)).filter((r) => r && r.url.startsWith('http') && r.status === 200)
    .map((r) => sizes(new URL(r.url).pathname, r.body));
  await context.close();
  if (errors.length) throw new Error(`${target.name}: console errors while loading: ${errors.join(' | ')}`);
  return { files, total: sum(files) };
}

// ---------------------------------------------------------------------------------------------
// Lighthouse, mobile, through its CLI in a Chromium of its own
async function lighthouseOnce(url) {
  const categories = ['performance', 'accessibility', 'best-practices'];
  const r = await runLighthouse(url, categories, { onChild: (child) => { lighthouseChild = child; } });
  return {
    performance: Math.round(r.categories.performance.score * 100),
    accessibility: Math.round(r.categories.accessibility.score * 100),
    bestPractices: Math.round(r.categories['best-practices'].score * 100),
    fcp: r.audits['first-contentful-paint'].numericValue,
    lcp: r.audits['largest-contentful-paint'].numericValue,
    tbt: r.audits['total-blocking-time'].numericValue,
    si: r.audits['speed-index'].numericValue,
    cls: r.audits['cumulative-layout-shift'].numericValue,
    failing: categories.flatMap((category) => failingAudits(r, category)),
    warnings: r.runWarnings,
    lighthouseVersion: r.lighthouseVersion,
    userAgent: r.environment?.hostUserAgent,
  };
}

async function lighthouse(url, runs) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await lighthouseOnce(url));
  const pick = (k) => median(all.map((r) => r[k]));
  return {
    runs: all,
    performance: pick('performance'), accessibility: pick('accessibility'), bestPractices: pick('bestPractices'),
    accessibilityMin: Math.min(...all.map((r) => r.accessibility)), bestPracticesMin: Math.min(...all.map((r) => r.bestPractices)),
    fcp: pick('fcp'), lcp: pick('lcp'), tbt: pick('tbt'), si: pick('si'), cls: pick('cls'),
    failing: [...new Map(all.flatMap((r) => r.failing).sort().map((f) => [f.split('=')[0], f])).values()],
  };
}

// ---------------------------------------------------------------------------------------------
// taps: Event Timing in the page, touch taps from the outside
const OBSERVER = () => {
  window.__bench = { entries: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.interactionId) window.__bench.entries.push({ id: e.interactionId, name: e.name, start: e.startTime, duration: e.duration });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
};

/**
 * Scrolls the element that `find` (run in the page) returns into the middle of the viewport and
 * taps a point inside it with the touchscreen, as a thumb would: no actionability round-trips,
 * so the page's own work dominates. Returns when the tap has been dispatched.
 */
async function tap(page, find, arg) {
  const point = await page.evaluate(({ find, arg }) => {
    const el = (0, eval)(`(${find})`)(arg);
    if (!el) return null;
    el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    const r = el.getBoundingClientRect();
    let x = r.x + r.width / 2, y = r.y + r.height / 2;
    if (el instanceof SVGGeometryElement && el.isPointInFill) {
      // a polygon's box centre may lie outside it: take the first point of a grid that is inside
      const m = el.getScreenCTM().inverse();
      const svg = el.ownerSVGElement;
      search: for (let fy = 0.5, step = 0; step < 9; step++, fy = 0.5 + (step % 2 ? 1 : -1) * Math.ceil(step / 2) * 0.1) {
        for (const fx of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
          const p = svg.createSVGPoint();
          p.x = r.x + r.width * fx; p.y = r.y + r.height * fy;
          if (el.isPointInFill(p.matrixTransform(m))) { x = p.x; y = p.y; break search; }
        }
      }
    }
    return { x, y };
  }, { find: String(find), arg });
  if (!point) throw new Error(`nothing to tap for ${arg}`);
  await page.touchscreen.tap(point.x, point.y);
}

/** Waits for the interaction the last tap made and returns its duration (null: under 16 ms). */
async function interaction(page, before) {
  const result = await page.waitForFunction((before) => {
    const count = performance.interactionCount;
    const entries = window.__bench.entries.filter((e) => e.id > before.lastId);
    const ids = [...new Set(entries.map((e) => e.id))];
    const id = ids[ids.length - 1];
    const mine = entries.filter((e) => e.id === id);
    const result = () => ({ id, duration: Math.max(...mine.map((e) => e.duration)), names: [...new Set(mine.map((e) => e.name))] });
    // A tap's pointerdown and pointerup can be painted, and reported, a frame before its click
    // (a touch's click comes with the tap gesture, after touchend): wait for the click's entry,
    // which is the one that covers the answer's frame.
    if (mine.some((e) => e.name === 'click' || e.name === 'keydown')) return result();
    // counted but no click entry of 16 ms or more after twelve more frames: the click was faster
    // than that (the longest of any entries reported, or null when none was)
    if (count > before.count) {
      window.__bench.frames = (window.__bench.frames || 0) + 1;
      if (window.__bench.frames > 12) { window.__bench.frames = 0; return mine.length ? result() : { id: null, duration: null }; }
    }
    return false;
  }, before, { polling: 'raf', timeout: 10_000 });
  return result.jsonValue();
}
const mark = (page) => page.evaluate(() => {
  window.__bench.frames = 0;
  return { count: performance.interactionCount, lastId: Math.max(0, ...window.__bench.entries.map((e) => e.id)) };
});

// The widget's journey, one tap at a time, seven taps an answer: k % 7 = 0 taps a region of the
// front view, 1 a feeling (the rating step opens), 2 a rating (1–7, below the severe ratings that
// may raise a tier; the timing step opens), 3 a timing (the signs step opens), 4 "None of these"
// (the health facts open), 5 "None of these" on the facts (the answer), 6 "Start over". Each step returns its interaction's duration when measured. The timings cycle
// "during" (the therapist tier) and "after" (self-care or therapist, by place and feeling), so the
// answers are the long cards with the cause, tips and booking link.
const shadow = () => document.getElementById('pain-map').shadowRoot;
const BENCH_TIMINGS = TIMINGS.filter((t) => t === 'during' || t === 'after');
const widget = {
  name: 'widget',
  tapsPerAnswer: 7,
  answerStep: 5,
  // Ready: the live widget's regions are in the page and answer taps (the prerendered start screen
  // shows the same map earlier, but a tap there only waits for the live widget).
  readyCheck: `!!document.getElementById('pain-map')?.shadowRoot?.querySelector('${LIVE} ${SEL.places}')`,
  // The map on screen: a view of the prerendered start screen or of the live widget, laid out,
  // in the viewport and not hidden (the other view is display: none on a phone).
  firstMapCheck: `[...(document.getElementById('pain-map')?.shadowRoot?.querySelectorAll('.lpm-root svg.lpm-view') ?? [])].some((svg) => {
    const r = svg.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.top < innerHeight && r.bottom > 0 && !svg.closest('[hidden]') && svg.checkVisibility({ visibilityProperty: true });
  })`,
  async ready(page) { await page.waitForFunction(this.readyCheck, null, { timeout: 30_000 }); },
  async setup(page) { this.regions = await page.evaluate((sel) => [...document.getElementById('pain-map').shadowRoot.querySelectorAll(sel)].map((e) => e.dataset.region), `${SEL.view('front')} ${SEL.places}`); },
  async step(page, k, measure) {
    const n = Math.floor(k / this.tapsPerAnswer);
    const region = this.regions[n % this.regions.length];
    const pain = PAINS[n % PAINS.length];
    const rating = String((n % 7) + 1);
    const timing = BENCH_TIMINGS[n % BENCH_TIMINGS.length];
    const before = measure ? await mark(page) : null;
    switch (k % this.tapsPerAnswer) {
      case 0:
        await tap(page, `(sel) => (${shadow})().querySelector(sel)`, SEL.hit(region));
        await waitFor(page, `(sel) => (${shadow})().querySelector(sel[0])?.dataset.region === sel[2] && (${shadow})().querySelector(sel[1])`, [SEL.anyChosen, SEL.step('feel'), region]);
        break;
      case 1:
        await tap(page, `(sel) => (${shadow})().querySelector(sel).closest('label')`, SEL.pain(pain));
        await waitFor(page, `(sel) => (${shadow})().querySelector(sel)`, SEL.step('rate'));
        break;
      case 2:
        await tap(page, `(sel) => (${shadow})().querySelector(sel).closest('label')`, SEL.rating(rating));
        await waitFor(page, `(sel) => (${shadow})().querySelector(sel)`, SEL.step('when'));
        break;
      case 3:
        await tap(page, `(sel) => (${shadow})().querySelector(sel).closest('label')`, SEL.timing(timing));
        await waitFor(page, `(sel) => (${shadow})().querySelector(sel)`, `${SEL.step('signs')} ${SEL.action('no-signs')}`);
        break;
      case 4:
        await tap(page, `(sel) => (${shadow})().querySelector(sel)`, `${SEL.step('signs')} ${SEL.action('no-signs')}`);
        await waitFor(page, `(sel) => (${shadow})().querySelector(sel)`, `${SEL.step('facts')} ${SEL.action('no-facts')}`);
        break;
      case 5:
        await tap(page, `(sel) => (${shadow})().querySelector(sel)`, `${SEL.step('facts')} ${SEL.action('no-facts')}`);
        await waitFor(page, `([sel, r, p]) => { const a = (${shadow})().querySelector(sel); return a?.dataset.region === r && a?.dataset.pain === p; }`, [SEL.answer, region, pain]);
        break;
      default:
        await tap(page, `(sel) => (${shadow})().querySelector(sel)`, `${SEL.answer} ${SEL.action('start-over')}`);
        await waitFor(page, `(sel) => !(${shadow})().querySelector(sel)`, `${SEL.answer}, ${SEL.step('feel')}, ${SEL.anyChosen}`);
    }
    return measure ? (await interaction(page, before)).duration : null;
  },
};

// The same widget with a five-place drawing per answer, twenty taps: five times a region of the
// front view (five in a row, so all differ), its feeling and its rating; then the timing, "Yes,
// all at about the same time", "None of these" twice (the answer: step 18, measured as "tap →
// answer, five places"), "Start over". Ratings 1–7 and the timings as above.
const widget5 = {
  ...widget,
  name: 'widget, five places',
  tapsPerAnswer: 20,
  answerStep: 18,
  async step(page, k, measure) {
    const n = Math.floor(k / this.tapsPerAnswer);
    const i = k % this.tapsPerAnswer;
    const place = (j) => this.regions[(n * 5 + j) % this.regions.length];
    const before = measure ? await mark(page) : null;
    const q = (sel) => `(sel) => (${shadow})().querySelector(sel)`;
    const label = (sel) => `(sel) => (${shadow})().querySelector(sel).closest('label')`;
    if (i < 15) {
      const j = Math.floor(i / 3);
      const pain = PAINS[(n + j) % PAINS.length];
      if (i % 3 === 0) {
        await tap(page, q(), SEL.hit(place(j)));
        await waitFor(page, `(sel) => (${shadow})().querySelector(sel[0]) && (${shadow})().querySelector(sel[1])`, [SEL.chosen(place(j)), SEL.step('feel')]);
      } else if (i % 3 === 1) {
        await tap(page, label(), SEL.pain(pain));
        await waitFor(page, q(), SEL.step('rate'));
      } else {
        await tap(page, label(), SEL.rating(String(((n + j) % 7) + 1)));
        await waitFor(page, q(), SEL.step('when'));
      }
    } else if (i === 15) {
      await tap(page, label(), SEL.timing(BENCH_TIMINGS[n % BENCH_TIMINGS.length]));
      await waitFor(page, q(), SEL.same('yes'));
    } else if (i === 16) {
      await tap(page, label(), SEL.same('yes'));
      await waitFor(page, q(), `${SEL.step('signs')} ${SEL.action('no-signs')}`);
    } else if (i === 17) {
      await tap(page, q(), `${SEL.step('signs')} ${SEL.action('no-signs')}`);
      await waitFor(page, q(), `${SEL.step('facts')} ${SEL.action('no-facts')}`);
    } else if (i === 18) {
      await tap(page, q(), `${SEL.step('facts')} ${SEL.action('no-facts')}`);
      await waitFor(page, `([sel, ids]) => (${shadow})().querySelector(sel)?.dataset.regions === ids`, [SEL.answer, [0, 1, 2, 3, 4].map(place).join(',')]);
    } else {
      await tap(page, q(), `${SEL.answer} ${SEL.action('start-over')}`);
      await waitFor(page, `(sel) => !(${shadow})().querySelector(sel)`, `${SEL.answer}, ${SEL.step('feel')}, ${SEL.anyChosen}`);
    }
    return measure ? (await interaction(page, before)).duration : null;
  },
};

// The widget as it was before the pain drawing (scripts/bench.sh builds it, --before): its journey
// had no rating, so it is one tap shorter (step 4 is its answer). Beside this build, in the same
// rounds, "tap → answer stays" is measurable on a machine whose speed drifts.
const before = {
  ...widget,
  name: 'widget before the drawing',
  tapsPerAnswer: 6,
  answerStep: 4,
  async step(page, k, measure) {
    const n = Math.floor(k / this.tapsPerAnswer);
    const i = k % this.tapsPerAnswer;
    // Its other steps are the widget's (region; timing, the signs, the facts, start over).
    if (i !== 1) return widget.step.call({ ...this, tapsPerAnswer: widget.tapsPerAnswer }, page, n * widget.tapsPerAnswer + [0, 1, 3, 4, 5, 6][i], measure);
    const mark0 = measure ? await mark(page) : null;
    await tap(page, `(sel) => (${shadow})().querySelector(sel).closest('label')`, SEL.pain(PAINS[n % PAINS.length]));
    await waitFor(page, `(sel) => (${shadow})().querySelector(sel)`, SEL.step('when'));
    return measure ? (await interaction(page, mark0)).duration : null;
  },
};

// The peer: tap a muscle of the front view, its tip appears (consecutive muscles differ).
const peer = {
  name: 'peer',
  tapsPerAnswer: 1,
  answerStep: 0,
  readyCheck: `document.querySelectorAll('.rbh polygon').length > 10`,
  get firstMapCheck() { return this.readyCheck; }, // drawn and tappable in the same render
  async ready(page) { await page.waitForFunction(this.readyCheck, null, { timeout: 30_000 }); },
  async setup() {},
  async step(page, k, measure) {
    const muscle = PEER_MUSCLES[k % PEER_MUSCLES.length];
    const before = measure ? await mark(page) : null;
    // The polygons carry no name: a muscle's first polygon is found by its place in the front
    // view's data (react-body-highlighter 2.0.5 anteriorData); the tip's data-muscle checks it.
    await tap(page, `(m) => {
      const counts = { chest: 2, obliques: 2, abs: 2, biceps: 2, triceps: 2, neck: 2, 'front-deltoids': 2, head: 1, abductors: 2, quadriceps: 6, knees: 2, calves: 4, forearm: 4 };
      let index = 0;
      for (const [name, n] of Object.entries(counts)) { if (name === m) break; index += n; }
      return document.querySelectorAll('.rbh polygon')[index];
    }`, muscle);
    await waitFor(page, `(m) => document.querySelector('.tip')?.dataset.muscle === m`, muscle);
    return measure ? (await interaction(page, before)).duration : null;
  },
};

// The predicate's value is turned into a boolean and the handle disposed: a handle to an element
// (e.g. the pain step) would keep that element, and its whole detached subtree, alive in the page.
const waitFor = async (page, fn, arg) => {
  const handle = await page.waitForFunction(({ fn, arg }) => !!(0, eval)(`(${fn})`)(arg), { fn, arg }, { polling: 'raf', timeout: 10_000 });
  await handle.dispose();
};

async function failure(page, name) {
  mkdirSync('target/bench', { recursive: true });
  await page.screenshot({ path: `target/bench/failure-${name}.png` }).catch(() => {});
}

// Ready to tap: from navigation start to the first frame in which the page's map is there to be
// tapped, on a phone at 4x CPU slowdown, with an empty cache; over the local network and over
// Lighthouse's mobile network (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up). The same loads
// record the first frame with the map on screen, and CLS (layout-shift entries without recent
// input, summed) until a second after ready: the swap from the start screen to the live widget
// happens in that time.
const READY_RUNS = 5;
const CLS_AFTER_READY_MS = 1000;
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
async function readyTimes(target, network) {
  const ready = [], map = [], cls = [];
  for (let i = 0; i < READY_RUNS; i++) {
    const { context, page, errors } = await phone();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (network) await cdp.send('Network.emulateNetworkConditions', network);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(`(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
      const check = () => {
        const now = performance.now();
        if (window.__mapAt === undefined && (${target.firstMapCheck})) window.__mapAt = now;
        if (${target.readyCheck}) window.__readyAt = now; else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    })()`);
    await page.goto(target.url);
    await page.waitForFunction(() => window.__readyAt, null, { timeout: 60_000 });
    await page.waitForTimeout(CLS_AFTER_READY_MS);
    const r = await page.evaluate(() => ({ ready: window.__readyAt, map: window.__mapAt ?? window.__readyAt, cls: window.__cls }));
    ready.push(Math.round(r.ready));
    map.push(Math.round(r.map));
    cls.push(r.cls);
    await context.close();
    if (errors.length) throw new Error(`${target.name}: console errors while loading: ${errors.join(' | ')}`);
  }
  return { median: median(ready), runs: ready, map: { median: median(map), runs: map }, cls: { max: Math.max(...cls), median: median(cls), runs: cls } };
}

/**
 * The taps of one page: `answers` answer taps and every other tap between them, raw, from
 * journey `from` on (so the rounds between them walk different journeys, as one page did).
 */
async function tapRun(target, answers, from) {
  const { context, page, errors } = await phone();
  await context.addInitScript(OBSERVER);
  await page.goto(target.url);
  await target.ready(page);
  await target.setup(page);
  const cdp = await context.newCDPSession(page);
  const answer = [], other = [];
  const first = from * target.tapsPerAnswer;
  try {
    // One whole journey first, not measured: each round's page would otherwise add a cold first
    // answer (code run for the first time) to figures that are otherwise of warm taps.
    for (let k = first - target.tapsPerAnswer; k < first; k++) await target.step(page, k, false);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    for (let k = first; answer.length < answers; k++) {
      const d = await target.step(page, k, true);
      (k % target.tapsPerAnswer === target.answerStep ? answer : other).push(d);
    }
  } catch (e) {
    await failure(page, `${target.name}-latency`);
    throw e;
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => {});
  }
  await context.close();
  if (errors.length) throw new Error(`${target.name}: console errors during the taps: ${errors.slice(0, 5).join(' | ')}`);
  return { answer, other };
}

const ROUNDS = 5;

/**
 * Tap latency of every `[target, answers]`, in ROUNDS rounds that take turns (each round a fresh
 * page per target, `answers / ROUNDS` answers each), so all see the machine at the same times.
 */
async function latencies(runs) {
  const all = runs.map(() => ({ answer: [], other: [], rounds: [] }));
  for (let round = 0; round < ROUNDS; round++) {
    // Each round starts one target later, so none is always the first (or the last) of a round.
    for (let j = 0; j < runs.length; j++) {
      const i = (j + round) % runs.length;
      const [target, answers] = runs[i];
      const share = Math.floor(answers / ROUNDS) + (round < answers % ROUNDS ? 1 : 0);
      if (!share) continue;
      const r = await tapRun(target, share, 1 + all[i].answer.length);
      all[i].answer.push(...r.answer);
      all[i].rounds.push(median(r.answer.map((d) => d ?? 16)));
      all[i].other.push(...r.other);
    }
  }
  const summary = (list) => {
    const values = list.map((d) => d ?? 16); // under the 16 ms threshold: counted as 16 (an upper bound)
    return { n: list.length, under16: list.filter((d) => d === null).length, median: median(values), p95: quantile(values, 0.95), max: Math.max(...values), samples: list };
  };
  return all.map(({ answer, other, rounds }) => ({ answer: { ...summary(answer), rounds }, other: other.length ? summary(other) : null }));
}

/**
 * A heap snapshot of the page (V8 and, through the unified heap, Blink), summed by kind: JS objects;
 * compiled code (grows as the JIT warms up, not a leak); Blink's own objects, DOM nodes included
 * (wasm memory and the compiled wasm module, also listed as native, are taken out).
 */
async function heapSnapshot(cdp) {
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const snap = JSON.parse(chunks.join(''));
  const fields = snap.snapshot.meta.node_fields, width = fields.length;
  const typeAt = fields.indexOf('type'), nameAt = fields.indexOf('name'), sizeAt = fields.indexOf('self_size');
  const types = snap.snapshot.meta.node_types[0];
  const out = { jsObjects: 0, code: 0, blink: 0, wasmNative: 0 };
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + typeAt]], size = snap.nodes[i + sizeAt];
    if (type === 'code') out.code += size;
    else if (type === 'native') {
      const name = snap.strings[snap.nodes[i + nameAt]];
      if (name.startsWith('system / JSArrayBufferData') || name.includes('WasmNativeModule')) out.wasmNative += size;
      else out.blink += size;
    } else if (type !== 'synthetic') out.jsObjects += size;
  }
  return out;
}

/**
 * The page's wasm linear memory in bytes (null when it has none), read through the DevTools
 * protocol, as nothing in what visitors load keeps it for a benchmark: every WebAssembly.Memory
 * object in the page's heap (Runtime.queryObjects on its prototype), their buffers summed.
 */
async function wasmBytes(cdp) {
  const objectGroup = 'bench-wasm-memory';
  try {
    const { result: prototype } = await cdp.send('Runtime.evaluate', { expression: 'WebAssembly.Memory.prototype', objectGroup });
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId, objectGroup });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId, objectGroup, returnByValue: true,
      functionDeclaration: 'function () { return this.length ? this.reduce((sum, memory) => sum + memory.buffer.byteLength, 0) : null; }',
    });
    return result.value;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup }); // the snapshot after this must not count them
  }
}

async function memory(target) {
  const { context, page, errors } = await phone();
  await page.goto(target.url);
  await target.ready(page);
  await target.setup(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const measure = async (taps) => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    const wasm = await wasmBytes(cdp);
    const snap = await heapSnapshot(cdp);
    // total: what the page holds because of the component, in bytes: JS objects, DOM and other
    // Blink objects, wasm linear memory (compiled JS and wasm code are left out: JIT warm-up)
    return { taps, jsHeapUsed: m.JSHeapUsedSize, jsHeapTotal: m.JSHeapTotalSize, nodes: m.Nodes, listeners: m.JSEventListeners, wasm, ...snap, total: snap.jsObjects + snap.blink + (wasm || 0) };
  };
  // 10, 100 and 1,000 are each a multiple of 5: the widget is in the same state (the start, just
  // after "Start over") at every measurement. The one at 100 separates warm-up (JIT code and
  // feedback in the JS heap, first-use allocations) from growth that goes on.
  let k = 0, after10, after100, after1000;
  try {
    for (; k < 10; k++) await target.step(page, k, false);
    after10 = await measure(k);
    for (; k < Math.min(100, SOAK_TAPS); k++) await target.step(page, k, false);
    after100 = await measure(k);
    for (; k < SOAK_TAPS; k++) await target.step(page, k, false);
    after1000 = await measure(k);
  } catch (e) {
    await failure(page, `${target.name}-memory`);
    throw new Error(`${target.name}: memory run stopped at tap ${k}: ${e.message}`);
  }
  await context.close();
  if (errors.length) throw new Error(`${target.name}: console errors during the memory run: ${errors.slice(0, 5).join(' | ')}`);
  const keys = ['total', 'jsHeapUsed', 'jsObjects', 'blink', 'code', 'wasm', 'nodes', 'listeners'];
  const growth = (from) => Object.fromEntries(keys.map((key) => [key, from[key] ? after1000[key] / from[key] - 1 : null]));
  return { after10, after100, after1000, growth: growth(after10), growthFrom100: growth(after100) };
}

// ---------------------------------------------------------------------------------------------
// the table
const kb = (n) => (n == null ? '—' : n >= 10240 ? `${(n / 1024).toFixed(1)} KB` : `${n} B`);
const mb = (n) => (n == null ? '—' : `${(n / 1048576).toFixed(2)} MB`);
const ms = (n) => (n == null ? '—' : `${Math.round(n)} ms`);
const pct = (n) => (n == null ? '—' : `${n >= 0 ? '+' : ''}${(n * 100).toFixed(1)}%`);
const ratio = (a, b) => (a == null || b == null || b === 0 ? '—' : `${(a / b).toFixed(2)}×`);
const cls3 = (n) => (n == null ? '—' : n.toFixed(3));
// The page's bytes without the prerendered start screen (lpm-start-<lang>-<hash>.html): the
// widget as it was before that screen, and what a page that turns it off loads.
const withoutStart = (b) => sum(b.files.filter((f) => !/(^|\/)lpm-start-[^/]*\.html$/.test(f.name)));
// The long-term goal for the widget's own bytes on top of the Yew floor (brotli).
const OVER_FLOOR_GOAL = 21 * 1024;

/** The floor's wasm and glue as the widget's are measured; null when it was not built. */
function floorBytes() {
  if (!existsSync(FLOOR)) return null;
  const files = readdirSync(FLOOR).filter((f) => /\.(js|wasm)$/.test(f)).sort().reverse()
    .map((f) => sizes(f, readFileSync(join(FLOOR, f))));
  return { files, total: sum(files) };
}

/** Where the widget's wasm bytes go, from the names build's twiggy items; null without them. */
function wasmAttribution(bytes) {
  if (!existsSync(NAMES)) return null;
  const wasm = bytes.files.find((f) => f.name.endsWith('.wasm'));
  return attribution(NAMES, { src: 'src', shipped: wasm && { name: wasm.name, raw: wasm.raw, brotli: wasm.brotli } });
}

function table(r) {
  const lines = [];
  const w = r.widget, p = r.peer;
  const pad = (s, n) => String(s).padEnd(n);
  const padL = (s, n) => String(s).padStart(n);
  lines.push(`Leg Pain Map benchmark — ${r.date} — ${r.commit} — Chromium ${r.chromium}, Lighthouse ${r.lighthouse}, ${r.cpus} CPUs`);
  lines.push('');
  lines.push('Bytes per file the page loads (as served, then gzip -9 and brotli -q 11)');
  const fileRow = (page, f) => `  ${pad(page, 7)} ${pad(f.name, 52)} ${padL(f.raw, 9)} ${padL(f.gzip, 9)} ${padL(f.brotli, 9)}`;
  lines.push(`  ${pad('page', 7)} ${pad('file', 52)} ${padL('raw', 9)} ${padL('gzip -9', 9)} ${padL('brotli 11', 9)}`);
  for (const [name, b] of [['widget', w.bytes], ['peer', p.bytes], ['floor', r.floor]]) {
    if (!b) continue;
    for (const f of b.files) lines.push(fileRow(name, f));
    lines.push(fileRow(name, { name: 'total', ...b.total }));
  }
  if (r.floor) {
    lines.push('  floor = bench/yew-floor: a Yew 0.23 app whose one button shows one line, built exactly like the widget');
    lines.push(`  (scripts/build.sh floor: the same Trunk build, rust link and wasm-opt flags, hook and esbuild, Talc, profile, remapping):`);
    lines.push(`  ${kb(r.floor.total.brotli)} brotli, ${ratio(r.floor.total.brotli, p.bytes.total.brotli)} the peer's whole page; the ${kb(GOAL)} goal would leave ${kb(GOAL - r.floor.total.brotli)} for the widget's own code, stylesheet and words (it uses ${kb(w.bytes.total.brotli - r.floor.total.brotli)}).`);
    if (r.floor.total.brotli !== FLOOR_FIGURE) lines.push(`  The floor measured ${r.floor.total.brotli} B; scripts/sizes.mjs says ${FLOOR_FIGURE} B: set FLOOR there, then node scripts/bytes.mjs --write-docs.`);
  }
  lines.push('');
  const head = `  ${pad('metric', 66)} ${padL('widget', 14)} ${padL('peer', 14)} ${padL('widget/peer', 12)}`;
  lines.push(head);
  lines.push(`  ${'-'.repeat(head.length - 2)}`);
  const row = (label, a, b, fmt, withRatio = true) => lines.push(`  ${pad(label, 66)} ${padL(fmt(a), 14)} ${padL(fmt(b), 14)} ${padL(withRatio ? ratio(a, b) : '', 12)}`);
  row('bytes total, raw', w.bytes.total.raw, p.bytes.total.raw, kb);
  row('bytes total, gzip -9', w.bytes.total.gzip, p.bytes.total.gzip, kb);
  row('bytes total, brotli -q 11', w.bytes.total.brotli, p.bytes.total.brotli, kb);
  row('bytes total, brotli, without the prerendered start screen', withoutStart(w.bytes).brotli, withoutStart(p.bytes).brotli, kb);
  if (r.floor) row(`widget over the floor, brotli (long-term goal ≤ ${kb(OVER_FLOOR_GOAL)})`, w.bytes.total.brotli - r.floor.total.brotli, null, kb, false);
  const lh = (label, k, fmt, withRatio) => row(label, w.lighthouse[k], p.lighthouse[k], fmt, withRatio);
  const score = (n) => (n == null ? '—' : String(n));
  lh(`Lighthouse performance (mobile, median of ${r.lighthouseRuns})`, 'performance', score, false);
  lh('Lighthouse accessibility', 'accessibility', score, false);
  lh('Lighthouse best practices', 'bestPractices', score, false);
  lh('First Contentful Paint', 'fcp', ms, true);
  lh('Largest Contentful Paint', 'lcp', ms, true);
  lh('Total Blocking Time', 'tbt', ms, true);
  lh('Speed Index', 'si', ms, true);
  lh('CLS (Lighthouse)', 'cls', cls3, false);
  row(`first map pixels, ${CPU_SLOWDOWN}× CPU, local network (median of ${READY_RUNS})`, w.ready?.local.map?.median, p.ready?.local.map?.median, ms);
  row(`first map pixels, ${CPU_SLOWDOWN}× CPU, slow 4G (median of ${READY_RUNS})`, w.ready?.slow4g.map?.median, p.ready?.slow4g.map?.median, ms);
  row(`ready to tap, ${CPU_SLOWDOWN}× CPU, local network (median of ${READY_RUNS})`, w.ready?.local.median, p.ready?.local.median, ms);
  row(`ready to tap, ${CPU_SLOWDOWN}× CPU, slow 4G (median of ${READY_RUNS})`, w.ready?.slow4g.median, p.ready?.slow4g.median, ms);
  row(`CLS, slow 4G load incl. hand-over to the live widget (max of ${READY_RUNS})`, w.ready?.slow4g.cls?.max, p.ready?.slow4g.cls?.max, cls3, false);
  row(`last tap → answer painted, median (${CPU_SLOWDOWN}× CPU, n=${TAPS})`, w.taps.answer.median, p.taps.answer.median, ms);
  row(`last tap → answer painted, p95`, w.taps.answer.p95, p.taps.answer.p95, ms);
  const rounds = (t) => t?.answer.rounds?.join(' ') ?? '—';
  row(`  the ${ROUNDS} rounds' medians`, rounds(w.taps), rounds(p.taps), String, false);
  if (w.taps5) {
    row(`last tap → answer painted, five places, median (n=${TAPS5}; budget ≤ 45 ms)`, w.taps5.answer.median, null, ms, false);
    row(`last tap → answer painted, five places, p95`, w.taps5.answer.p95, null, ms, false);
    row(`  the ${ROUNDS} rounds' medians`, rounds(w.taps5), '—', String, false);
  }
  if (r.before) {
    row(`before the drawing (${r.before.commit}), tap → answer, median (n=${TAPS})`, r.before.taps.answer.median, null, ms, false);
    row(`  p95`, r.before.taps.answer.p95, null, ms, false);
    row(`  the ${ROUNDS} rounds' medians`, rounds(r.before.taps), '—', String, false);
  }
  row('widget\'s other taps (region, feeling, rating, timing, start over), median', w.taps.other?.median, null, ms, false);
  row('other taps, p95', w.taps.other?.p95, null, ms, false);
  const mem = (label, k, fmt) => {
    for (const at of ['after10', 'after1000']) row(`${label}, after ${w.memory[at].taps} taps`, w.memory[at][k], p.memory[at][k], fmt);
  };
  const count = (n) => (n == null ? '—' : String(n));
  mem('memory total', 'total', mb);
  mem('  JS heap used (CDP)', 'jsHeapUsed', mb);
  mem('  JS objects (snapshot, no code)', 'jsObjects', mb);
  mem('  DOM and Blink objects (snapshot)', 'blink', mb);
  mem('  wasm memory', 'wasm', mb);
  mem('  DOM nodes (live + retained)', 'nodes', count);
  const span = `${w.memory.after10.taps} → ${w.memory.after1000.taps} taps`;
  const span2 = `${w.memory.after100.taps} → ${w.memory.after1000.taps}`;
  const grow = (label, k) => row(label, w.memory.growth[k], p.memory.growth[k], pct, false);
  grow(`memory total growth, ${span}`, 'total');
  row(`memory total growth, ${span2} taps`, w.memory.growthFrom100.total, p.memory.growthFrom100.total, pct, false);
  grow(`  JS heap used (CDP, JIT code in)`, 'jsHeapUsed');
  grow(`  DOM and Blink objects`, 'blink');
  grow(`  wasm memory`, 'wasm');
  grow(`  DOM nodes`, 'nodes');
  lines.push('  last tap: the widget\'s "None of these" on the health-facts step, which opens the answer (the 6th of its 7 taps); the peer\'s one tap on a muscle.');
  lines.push('  memory total = JS objects + DOM and Blink objects (heap snapshot after 2 forced GCs; compiled code left out)');
  lines.push('  + wasm linear memory. JS heap used (CDP) includes JIT code, which grows as the code warms up.');
  lines.push('  first map pixels: the first frame with the map laid out on screen (the widget: its prerendered start screen or the');
  lines.push('  live widget); ready to tap: the first in which taps are answered (the widget: its live root, not hidden).');
  lines.push(`  CLS of the loads: layout shifts without recent input until ${CLS_AFTER_READY_MS / 1000} s after ready to tap.`);
  if (r.floor) lines.push(`  widget over the floor = the widget page's bytes (start screen, words and stylesheet included) − the floor's; goal ≤ ${kb(OVER_FLOOR_GOAL)}.`);
  lines.push('');
  if (r.attribution) lines.push(...attributionSection(r.attribution), '');
  else lines.push('Where the wasm\'s bytes go: not measured (no twiggy JSON; scripts/bench.sh builds it and passes --names)', '');
  lines.push(`Demo page (dist/index.html, two widgets): Lighthouse performance ${r.demo.performance}, accessibility ${r.demo.accessibility}, best practices ${r.demo.bestPractices}; FCP ${ms(r.demo.fcp)}, LCP ${ms(r.demo.lcp)}, TBT ${ms(r.demo.tbt)}, SI ${ms(r.demo.si)}, CLS ${cls3(r.demo.cls)}`);
  lines.push('');
  lines.push('Budgets');
  for (const b of r.budgets) lines.push(`  ${b.ok ? 'ok  ' : (b.gate ? 'FAIL' : 'low ')} ${b.name}: ${b.value}`);
  const notes = [];
  for (const [name, l] of [['widget', w.lighthouse], ['demo', r.demo], ['peer', p.lighthouse]]) {
    if (l.failing.length) notes.push(`Lighthouse audits under 1 on ${name}: ${l.failing.join(', ')}`);
  }
  if (w.taps.answer.under16 || p.taps.answer.under16) notes.push(`taps under the 16 ms Event Timing threshold (counted as 16 ms): widget ${w.taps.answer.under16}, peer ${p.taps.answer.under16}`);
  if (notes.length) { lines.push(''); notes.forEach((n) => lines.push(n)); }
  return lines.join('\n');
}

function latencyBudgets({ widget: w, before: b }) {
  const one = w.taps.answer.median, five = w.taps5?.answer.median;
  const within = (value, limit) => value != null && value <= limit; // no five-place taps: not met
  const list = [
    { name: 'tap → answer, one place, median ≤ 32 ms (issue 22, as written)', value: ms(one), ok: within(one, 32), gate: false },
    { name: 'tap → answer, five places, median ≤ 45 ms (issue 22, as written)', value: ms(five), ok: within(five, 45), gate: false },
  ];
  if (b?.taps) {
    const base = b.taps.answer.median;
    list.push(
      { name: `tap → answer, one place, median no slower than the widget before the drawing (${b.commit}, same rounds)`, value: `${ms(one)} vs ${ms(base)}`, ok: within(one, base), gate: false },
      { name: 'tap → answer, five places, median within 13 ms of the widget before the drawing\'s one place', value: `${ms(five)} vs ${ms(base)}`, ok: within(five, base + 13), gate: false },
    );
  }
  return list;
}

// ---------------------------------------------------------------------------------------------
async function main() {
  const started = Date.now();
  const ws = await serve({ dist: DIST, pages: 'bench/host' });
  servers.push(ws);
  const ps = await serve({ dist: PEER, pages: 'bench/host' });
  servers.push(ps);
  widget.url = `${ws.url}/host/widget.html`;
  peer.url = `${ps.url}/`;
  const demoUrl = `${ws.url}/`;
  log(`widget ${widget.url}, peer ${peer.url}`);

  // Lighthouse first, in its own Chromium, with nothing else running.
  log(`Lighthouse: ${LH_RUNS} run(s) each on the widget, the peer and the demo page`);
  const lhWidget = await lighthouse(widget.url, LH_RUNS);
  const lhPeer = await lighthouse(peer.url, LH_RUNS);
  const demo = await lighthouse(demoUrl, LH_RUNS);

  browser = await launch();
  const chromium = browser.version();
  const result = { widget: { name: 'widget' }, peer: { name: 'peer' } };
  for (const target of [widget, peer]) {
    log(`${target.name}: bytes`);
    result[target.name].bytes = await bytes(target);
    log(`${target.name}: first map pixels, ready to tap and CLS, ${READY_RUNS} loads each over the local network and slow 4G`);
    result[target.name].ready = { local: await readyTimes(target, null), slow4g: await readyTimes(target, SLOW_4G) };
    log(`${target.name}: memory after 10 and ${SOAK_TAPS} taps`);
    result[target.name].memory = await memory(target);
  }
  widget5.url = widget.url;
  const runs = [[widget, TAPS], [peer, TAPS], [widget5, TAPS5]];
  if (BEFORE) {
    const bs = await serve({ dist: BEFORE, pages: 'bench/host' });
    servers.push(bs);
    before.url = `${bs.url}/host/widget.html`;
    runs.push([before, TAPS]);
    const rev = join(BEFORE, '..', '..', 'rev'); // written by scripts/bench.sh beside the build's tree
    result.before = { commit: existsSync(rev) ? readFileSync(rev, 'utf8').trim().slice(0, 7) : BEFORE };
  }
  log(`taps at ${CPU_SLOWDOWN}x CPU slowdown, ${ROUNDS} rounds taking turns: ${runs.map(([t, n]) => `${t.name} ${n}`).join(', ')}`);
  const taps = await latencies(runs);
  [result.widget.taps, result.peer.taps, result.widget.taps5] = taps;
  if (BEFORE) result.before.taps = taps[3];
  result.widget.lighthouse = lhWidget;
  result.peer.lighthouse = lhPeer;

  const commit = await new Promise((done) => {
    const git = spawn('git', ['describe', '--always', '--dirty'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    git.stdout.on('data', (d) => { out += d; });
    git.on('close', () => done(out.trim() || 'unknown'));
    git.on('error', () => done('unknown'));
  });
  const mw = result.widget.memory;
  const budgets = [
    { name: 'widget Lighthouse accessibility = 100 in every run (widget page and demo page)', value: `${lhWidget.accessibilityMin}, ${demo.accessibilityMin}`, ok: lhWidget.accessibilityMin === 100 && demo.accessibilityMin === 100, gate: true },
    { name: 'widget Lighthouse best practices = 100 in every run (widget page and demo page)', value: `${lhWidget.bestPracticesMin}, ${demo.bestPracticesMin}`, ok: lhWidget.bestPracticesMin === 100 && demo.bestPracticesMin === 100, gate: true },
    { name: 'widget Lighthouse performance ≥ 95, mobile (reported, not enforced: timings are noisy)', value: `${lhWidget.performance}, demo ${demo.performance}`, ok: lhWidget.performance >= 95 && demo.performance >= 95, gate: false },
    { name: `widget memory total after ${mw.after1000.taps} taps within 10% of after ${mw.after10.taps}`, value: `${pct(mw.growth.total)} (${mb(mw.after10.total)} → ${mb(mw.after1000.total)}; DOM nodes ${mw.after10.nodes} → ${mw.after1000.nodes})`, ok: mw.growth.total <= 0.10, gate: true },
    { name: `widget wasm memory after ${mw.after1000.taps} taps within 10% of after ${mw.after10.taps}`, value: pct(mw.growth.wasm), ok: mw.growth.wasm <= 0.10, gate: true },
    { name: `widget JS heap used (CDP, JIT code included) after ${mw.after1000.taps} taps within 10% of after ${mw.after10.taps} (reported: the peer's grows as much from JIT warm-up)`, value: pct(mw.growth.jsHeapUsed), ok: mw.growth.jsHeapUsed <= 0.10, gate: false },
    // Issue 22's latency point, reported (timings are noisy): as written, and against the build
    // before the drawing in the same rounds ("stays"; five places may take 45 − 32 = 13 ms more).
    ...latencyBudgets(result),
  ];
  const report = {
    date: new Date().toISOString(), commit, chromium, lighthouse: lhWidget.runs[0]?.lighthouseVersion, cpus: (await import('node:os')).cpus().length,
    node: process.version, cpuSlowdown: CPU_SLOWDOWN, lighthouseRuns: LH_RUNS, taps: TAPS, soakTaps: SOAK_TAPS, glue: GLUE,
    widget: result.widget, peer: result.peer, before: result.before, floor: floorBytes(), attribution: wasmAttribution(result.widget.bytes), demo, budgets,
    seconds: Math.round((Date.now() - started) / 1000),
  };

  // Compare with the previous run, if any, before replacing it.
  let previous = null;
  if (existsSync(OUT)) { try { previous = JSON.parse(readFileSync(OUT, 'utf8')); } catch { previous = null; } }
  const text = table(report);
  console.log(text);
  if (previous?.widget?.bytes) {
    const pw = previous.widget;
    console.log(`\nPrevious run (${previous.date}, ${previous.commit}): widget brotli ${kb(pw.bytes.total.brotli)} → ${kb(report.widget.bytes.total.brotli)}, ` +
      `Lighthouse performance ${pw.lighthouse.performance} → ${lhWidget.performance}, tap → answer median ${ms(pw.taps.answer.median)} → ${ms(report.widget.taps.answer.median)}, ` +
      `JS heap after ${pw.memory.after1000.taps} taps ${mb(pw.memory.after1000.jsHeapUsed)} → ${mb(report.widget.memory.after1000.jsHeapUsed)}`);
  }
  mkdirSync('target/bench/runs', { recursive: true });
  writeFileSync(OUT, JSON.stringify(report, null, 2));
  writeFileSync(`target/bench/runs/${report.date.replace(/[:.]/g, '-')}.json`, JSON.stringify(report, null, 2));
  console.log(`\nwritten: ${OUT} (and target/bench/runs/), ${report.seconds} s`);
  return budgets.every((b) => b.ok || !b.gate);
}

// The journeys and probes, for a quick check of one target without the whole run.
export { before, interaction, mark, OBSERVER, peer, SLOW_4G, table, tap, widget, widget5 };

if (MAIN) {
  let ok = false;
  try {
    ok = await main();
  } catch (e) {
    console.error('bench failed:', e?.stack || e);
  } finally {
    await cleanup();
  }
  process.exit(ok ? 0 : 1);
}
