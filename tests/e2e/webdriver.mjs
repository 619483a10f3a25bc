// The browser engines Playwright does not drive from Debian's packages: WebKitGTK (MiniBrowser
// through WebKitWebDriver) and Firefox ESR (through geckodriver), plus Debian's Chromium through
// chromedriver. The W3C WebDriver protocol is spoken by the maintained npm `selenium-webdriver`
// (protocol only: it connects to a driver started here, so Selenium Manager never runs and nothing
// is downloaded); `Session` below is the few calls the suites use. What this file starts (a driver
// with its browser, an Xvfb display) listens on loopback or a local socket only, on a free port or
// display; each `stop()` ends it by its process group id, and leftovers die with this process.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { By, Key, WebDriver } from 'selenium-webdriver';
import { Executor, HttpClient } from 'selenium-webdriver/http/index.js';

export const KEY = { Tab: Key.TAB, Enter: Key.ENTER, Space: Key.SPACE, ArrowDown: Key.ARROW_DOWN };

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

/** One WebDriver session on a driver started by `startDriver`, through selenium-webdriver. */
export class Session {
  static async create(driverUrl, capabilities) {
    const driver = WebDriver.createSession(new Executor(new HttpClient(driverUrl)), capabilities);
    const caps = await driver.getCapabilities();
    return new Session(driver, { browserVersion: caps.get('browserVersion') ?? caps.get('version') });
  }

  constructor(driver, capabilities) {
    this.driver = driver;
    this.capabilities = capabilities;
  }

  close() { return this.driver.quit(); }
  go(url) { return this.driver.get(url); }
  setTimeouts(t) { return this.driver.manage().setTimeouts(t); }
  execute(script, ...args) { return this.driver.executeScript(script, ...args); }
  click(element) { return element.click(); }
  /** The attribute as the page has it (W3C "Get Element Attribute"). */
  attribute(element, name) { return element.getDomAttribute(name); }
  displayed(element) { return element.isDisplayed(); }
  text(element) { return element.getText(); }
  screenshot() { return this.driver.takeScreenshot(); }

  /** The open shadow root of `element` (W3C "Get Element Shadow Root"). */
  shadowRoot(element) { return element.getShadowRoot(); }
  /** `selector` inside a shadow root (W3C "Find Element From Shadow Root"). */
  findInShadow(root, selector) { return root.findElement(By.css(selector)); }
  findElement(selector) { return this.driver.findElement(By.css(selector)); }

  /** Presses and releases each key in turn, as the keyboard would (Actions API). */
  keys(...keys) {
    const actions = this.driver.actions();
    for (const key of keys) actions.keyDown(key).keyUp(key);
    return actions.perform();
  }

  /** A mouse moved onto the centre of `element`, pressed and released (Actions API). */
  pointerClick(element) {
    return this.driver.actions().move({ origin: element, x: 0, y: 0, duration: 0 }).press().release().perform();
  }

  /** Polls `script` (a function body returning a value) until it returns something truthy. */
  async waitFor(script, { timeout = 10000, message = script } = {}, ...args) {
    let last;
    const value = await this.driver.wait(async () => {
      try {
        last = await this.execute(script, ...args);
      } catch (error) {
        last = error;
        return false;
      }
      return last;
    }, timeout).catch(() => null);
    if (!value) throw new Error(`timed out after ${timeout} ms waiting for: ${message} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    return value;
  }
}
