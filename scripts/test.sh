#!/usr/bin/env bash
# Runs every test layer: native (content, journey, SSR markup), wasm in headless Chromium,
# the release build with its byte budget, and the end-to-end suites (Playwright on a phone
# viewport; WebKit and Gecko through WebDriver). Installs what is missing first. Every layer
# runs even if an earlier one failed; the exit code is non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh || { echo "setup failed"; exit 1; }
export PATH="$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver

passed=0 failed=0 failures=()
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

layer "native (cargo test)" cargo test --quiet
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
layer "release build (trunk build --release)" trunk build --release
layer "byte budget" node scripts/bytes.mjs --budget
layer "end-to-end (Playwright on a phone in Chromium; WebKit, Gecko, Chromium via WebDriver)" node --test --test-concurrency=1 tests/e2e/
if ((failed)); then printf '\nfailed layers: %s\n' "${failures[*]}"; fi
echo "layers: $passed passed, $failed failed"
exit $((failed > 0))
