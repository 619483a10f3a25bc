#!/usr/bin/env bash
# Runs every test layer: lint (rustfmt, clippy for native and wasm), native (content, rules sweep,
# journey, SSR markup, contract), fuzz, the entry's state machine (Node), wasm in headless
# Chromium, the release build with its byte budget, and the end-to-end suites (Playwright on a
# phone viewport; WebKit and Gecko through WebDriver). Installs what is missing first. Every layer
# runs even if an earlier one failed, except those that need the release bundle when its build
# failed (reported as not run); the exit code is non-zero if any failed or was not run.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh || { echo "setup failed"; exit 1; }
export PATH="$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver

passed=0 failed=0 skipped=0 failures=()
layer() {
  local name=$1; shift
  printf '\n== test layer: %s\n' "$name"
  local start=$SECONDS
  if "$@"; then
    passed=$((passed + 1)); printf '== %s: ok (%ss)\n' "$name" $((SECONDS - start))
  else
    failed=$((failed + 1)); failures+=("$name"); printf '== %s: FAILED (%ss)\n' "$name" $((SECONDS - start))
  fi
}

lint() {
  cargo fmt --check &&
    cargo clippy --quiet --all-targets -- -D warnings -A clippy::disallowed_macros -A clippy::disallowed_methods &&
    cargo clippy --quiet --lib --target wasm32-unknown-unknown -- -D warnings
}
# House rules (no format!/classes!/std joins in the wasm) are clippy's disallowed-macros and
# -methods (clippy.toml), enforced on the wasm build; native-only code (tests, serde impls, the
# docs tables) may use them.
layer "lint (cargo fmt --check; clippy native and wasm)" lint
layer "native (cargo test)" cargo test --quiet -- --skip fuzz_
layer "fuzz (proptest: override JSON, attributes, hashes)" cargo test --quiet --test fuzz -- --nocapture
# The entry's state machine (src/embed/lifecycle.mjs), every state against every event, in Node:
# milliseconds, no browser and no bundle.
layer "entry (node --test: the entry's state machine)" node --test tests/lifecycle.test.mjs
# The runner's chromedriver can leave a Chromium behind when a test fails: run the layer in a
# session of its own and stop whatever is left of that session afterwards.
in_own_session() {
  local sid_file; sid_file=$(mktemp)
  setsid bash -c 'echo $$ > "$0"; exec "$@"' "$sid_file" "$@"
  local status=$?
  pkill -s "$(cat "$sid_file")" 2>/dev/null || true
  rm -f "$sid_file"
  return $status
}
layer "wasm (wasm-bindgen-test in headless Chromium)" in_own_session cargo test --target wasm32-unknown-unknown --test web
# A failed build must not let the later layers test an old bundle: dist/ is cleared first, and
# the layers that need it are reported as not run.
rm -rf dist
layer "release build (scripts/build.sh: trunk build --release)" scripts/build.sh
needs_bundle() {
  if [ -f dist/leg-pain-map.js ]; then layer "$@"; else
    skipped=$((skipped + 1)); failures+=("$1 (not run: no bundle)"); printf '\n== test layer: %s: NOT RUN (the release build failed)\n' "$1"
  fi
}
needs_bundle "byte budget" node scripts/bytes.mjs --budget
needs_bundle "end-to-end (Playwright on a phone in Chromium; WebKit, Gecko, Chromium via WebDriver)" node --test --test-concurrency=1 tests/e2e/
if ((failed + skipped)); then printf '\nfailed or not run: %s\n' "${failures[*]}"; fi
echo "layers: $passed passed, $failed failed, $skipped skipped"
exit $((failed + skipped > 0))
