// A tiny W3C WebDriver client over fetch (no npm package), for the engines Playwright does not
// drive from Debian's packages: WebKitGTK (MiniBrowser through WebKitWebDriver) and Firefox ESR
// (through geckodriver), plus Debian's Chromium through chromedriver. What it starts (a driver
// with its browser, an Xvfb display) listens on loopback or a local socket only, on a free port or
// display; each `stop()` ends it by its process group id, and leftovers die with this process.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
export const SHADOW = 'shadow-6066-11e4-a52e-4f735466cecf';
export const KEY = { Tab: '\uE004', Enter: '\uE007', Space: '\uE00D', ArrowDown: '\uE015' };

/** A port nobody listens on right now, on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// Process groups still running; killed if this process ends before their `stop()` (a crash,
// Ctrl-C, the test runner's timeout), since a detached group would outlive it.
const live = new Set();
let guarded = false;
function guard() {
  if (guarded) return;
  guarded = true;
  const killAll = () => { for (const pid of live) { try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } } live.clear(); };
  process.once('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => { killAll(); process.exit(128 + (signal === 'SIGINT' ? 2 : 15)); });
}

/** Starts a process in its own process group, so `stop()` also ends what it started (a driver's
 *  browser), by that group's id. */
function start(command, args, options = {}) {
  guard();
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  if (child.pid) live.add(child.pid);
  let output = '';
  const keep = (chunk) => { output = (output + chunk).slice(-4000); };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let done = false;
  child.once('exit', () => { done = true; });
  child.once('error', (error) => { keep(String(error)); done = true; });
  const group = (name) => {
    try { process.kill(-child.pid, name); return true; } catch { return false; } // false: the group is gone
  };
  return {
    child,
    output: () => output,
    exited: () => done,
    async stop() {
      if (!child.pid) return;
      try {
        if (!group('SIGTERM')) return;
        for (let i = 0; i < 30; i++) {
          await sleep(100);
          if (!group(0)) return;
        }
        group('SIGKILL');
        for (let i = 0; i < 20 && group(0); i++) await sleep(100);
      } finally {
        live.delete(child.pid);
      }
    },
  };
}

/** A private X display for MiniBrowser (it has no headless mode); Xvfb picks a free number. */
export async function startXvfb() {
  const proc = start('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp', '-noreset'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  const display = await new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start: ${proc.output()}`)), 10000);
    proc.child.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) { clearTimeout(timer); resolve(':' + text.trim()); }
    });
    proc.child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`Xvfb exited (${code}): ${proc.output()}`)); });
  }).catch(async (error) => { await proc.stop(); throw error; });
  return { display, stop: () => proc.stop() };
}

/** Starts a WebDriver server (`args(port, spare)` gives its arguments: the port to listen on, and
 *  another free port for a driver that wants a second one) and waits until it is ready. */
export async function startDriver(command, args, env = {}) {
  const port = await freePort();
  const proc = start(command, args(port, await freePort()), { env: { ...process.env, ...env } });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15000;
  for (;;) {
    if (proc.exited()) throw new Error(`${command} exited at start: ${proc.output()}`);
    try {
      const status = await (await fetch(`${url}/status`)).json();
      if (status.value?.ready !== false) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) { await proc.stop(); throw new Error(`${command} did not answer on ${url}: ${proc.output()}`); }
    await sleep(100);
  }
  return { url, output: proc.output, stop: () => proc.stop() };
}

export class WebDriverError extends Error {
  constructor(method, path, status, value) {
    super(`${method} ${path} -> ${status} ${value?.error ?? ''}: ${String(value?.message ?? JSON.stringify(value)).split('\n')[0]}`);
    this.error = value?.error;
  }
}

async function call(base, method, path, body) {
  if (method === 'POST' && body === undefined) body = {}; // chromedriver wants a JSON body on every POST
  const response = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json;
  try { json = JSON.parse(text); } catch { json = { value: { error: 'not json', message: text } }; }
  if (!response.ok || json.value?.error) throw new WebDriverError(method, path, response.status, json.value);
  return json.value;
}

export class Session {
  static async create(driverUrl, capabilities) {
    const value = await call(driverUrl, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    return new Session(driverUrl, value.sessionId, value.capabilities);
  }

  constructor(driverUrl, id, capabilities) {
    this.base = `${driverUrl}/session/${id}`;
    this.capabilities = capabilities;
  }

  cmd(method, path, body) { return call(this.base, method, path, body); }
  close() { return this.cmd('DELETE', ''); }
  go(url) { return this.cmd('POST', '/url', { url }); }
  setTimeouts(t) { return this.cmd('POST', '/timeouts', t); }
  execute(script, ...args) { return this.cmd('POST', '/execute/sync', { script, args }); }
  click(element) { return this.cmd('POST', `/element/${element[ELEMENT]}/click`); }
  attribute(element, name) { return this.cmd('GET', `/element/${element[ELEMENT]}/attribute/${encodeURIComponent(name)}`); }
  displayed(element) { return this.cmd('GET', `/element/${element[ELEMENT]}/displayed`); }
  text(element) { return this.cmd('GET', `/element/${element[ELEMENT]}/text`); }
  actions(actions) { return this.cmd('POST', '/actions', { actions }); }
  screenshot() { return this.cmd('GET', '/screenshot'); }

  /** The open shadow root of `element` (W3C "Get Element Shadow Root"). */
  shadowRoot(element) { return this.cmd('GET', `/element/${element[ELEMENT]}/shadow`); }
  /** `selector` inside a shadow root (W3C "Find Element From Shadow Root"). */
  findInShadow(root, selector) {
    return this.cmd('POST', `/shadow/${root[SHADOW]}/element`, { using: 'css selector', value: selector });
  }
  findElement(selector) { return this.cmd('POST', '/element', { using: 'css selector', value: selector }); }

  /** Presses and releases each key in turn, as the keyboard would (Actions API). */
  keys(...keys) {
    return this.actions([{ type: 'key', id: 'keyboard', actions: keys.flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]) }]);
  }

  /** A mouse moved onto the centre of `element`, pressed and released (Actions API). */
  pointerClick(element) {
    return this.actions([{
      type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' },
      actions: [
        { type: 'pointerMove', duration: 0, origin: element, x: 0, y: 0 },
        { type: 'pointerDown', button: 0 },
        { type: 'pointerUp', button: 0 },
      ],
    }]);
  }

  /** Polls `script` (a function body returning a value) until it returns something truthy. */
  async waitFor(script, { timeout = 10000, interval = 100, message = script } = {}, ...args) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await this.execute(script, ...args);
        if (last) return last;
      } catch (error) {
        last = error;
      }
      if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for: ${message} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
      await sleep(interval);
    }
  }
}
