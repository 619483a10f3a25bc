// Lighthouse (npm lighthouse, mobile form factor) on the demo page and on a plain host page:
// accessibility and best practices must both be 100. These two categories were 100 in every run
// measured (they do not depend on timing); performance is left to the benchmark
// (scripts/bench.sh), where it is reported, because its timings are too noisy to gate on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './lib/page.mjs';
import { failing, lighthouse } from './lighthouse.mjs';

const env = setup({ browser: false });

for (const [name, path] of [['demo page', '/'], ['plain host page', '/host/plain.html']]) {
  test(`Lighthouse mobile on the ${name}: accessibility 100, best practices 100`, { timeout: 150_000 }, async () => {
    const report = await lighthouse(env.server.url + path, ['accessibility', 'best-practices'], { timeoutMs: 120_000 });
    for (const id of ['accessibility', 'best-practices']) {
      assert.equal(Math.round(report.categories[id].score * 100), 100, `${id} on the ${name}: ${failing(report, id).join('; ')}`);
    }
  });
}
