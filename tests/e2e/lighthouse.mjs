// Lighthouse (npm, from the root lockfile) in mobile mode, on Debian's Chromium: shared by the
// Lighthouse test and the benchmark.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { CHROMIUM, CHROMIUM_FLAGS } from './lib/page.mjs';

const CLI = resolve('node_modules/lighthouse/cli/index.js');
const FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

/** Runs one Lighthouse pass over `url` for `categories`; resolves with its JSON report. */
export function lighthouse(url, categories, { timeoutMs = 180_000, onChild = () => {} } = {}) {
  const args = [CLI, url, '--output=json', '--output-path=stdout', '--quiet', '--form-factor=mobile',
    `--only-categories=${categories.join(',')}`, `--chrome-flags=${FLAGS.join(' ')}`];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || CHROMIUM },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    onChild(child);
    let out = '', err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      onChild(undefined);
      if (code !== 0) return fail(new Error(`lighthouse ${url} exited ${code}: ${err.slice(-2000)}`));
      try {
        const report = JSON.parse(out);
        if (report.runtimeError) return fail(new Error(`lighthouse ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`));
        done(report);
      } catch (e) { fail(e); }
    });
  });
}

/** The weighted audits of `category` that did not score full marks, as short lines. */
export function failing(report, category) {
  return report.categories[category].auditRefs
    .map((ref) => ({ ref, audit: report.audits[ref.id] }))
    .filter(({ ref, audit }) => ref.weight > 0 && audit.score !== null && audit.score < 1)
    .map(({ audit }) => `${category}/${audit.id}=${audit.score}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
}
