#!/usr/bin/env bash
# The benchmark: builds the release bundle and the peer page (React 18 + react-body-highlighter,
# bench/peer, built with esbuild into target/bench/peer — never shipped), serves both on
# 127.0.0.1 and prints one table: bytes per file (raw, gzip -9, brotli -q 11), Lighthouse mobile
# (performance, accessibility, best practices, FCP, LCP, TBT, Speed Index, CLS), first map pixels,
# ready to tap and CLS over 5 loads at 4x CPU (local network and slow 4G), tap-to-answer latency
# at 4x CPU slowdown (median, p95 over 100 taps; beside the widget as it was before the pain
# drawing, built from git), memory after 10 and 1,000 taps, and the ratios
# widget / peer, plus the bytes of the framework floor (bench/yew-floor: the smallest Yew app,
# built exactly like the widget) and where the wasm's bytes go (twiggy over a build that keeps the names:
# Yew, glue, std, each of the widget's modules, data). Writes target/bench.json (and a copy per
# run in target/bench/runs/).
# Exits non-zero when a hard budget fails: Lighthouse accessibility or best practices under 100,
# or memory after 1,000 taps more than 10% over after 10. Performance >= 95 is reported only.
#
#   scripts/bench.sh                      build, then measure (about 6-8 minutes on 2 cores)
#   LPM_DIST=/path/to/dist scripts/bench.sh   measure an existing bundle, skip the Rust build
#   scripts/bench.sh --lighthouse-runs 1 --taps 20 --taps5 5 --soak-taps 100   a quick look
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"

# The bench's own npm project (esbuild, React, the peer component, Lighthouse), from its lockfile.
if ! [ bench/node_modules/.package-lock.json -nt bench/package-lock.json ]; then
  printf '\n== bench: npm ci in bench/\n'
  (cd bench && npm ci --no-audit --no-fund)
fi

if [ -z "${LPM_DIST:-}" ]; then
  printf '\n== bench: trunk build --release\n'
  scripts/build.sh
fi
DIST=${LPM_DIST:-dist}
# The contract file (target/contract.json) the page object reads; the build above wrote it, an
# existing bundle may come without it.
if [ -n "${LPM_DIST:-}" ]; then cargo run --quiet --example contract -- target/contract.json; fi

printf '\n== bench: peer page (esbuild, minified, NODE_ENV=production)\n'
rm -rf target/bench/peer
mkdir -p target/bench/peer
bench/node_modules/.bin/esbuild bench/peer/app.jsx --bundle --minify --format=esm --jsx=automatic \
  --target=es2020 --define:process.env.NODE_ENV='"production"' --log-level=warning \
  --outfile=target/bench/peer/app.js
cp bench/peer/index.html target/bench/peer/index.html

# The widget before the pain drawing (issue 22: "the tap → answer median stays"), measured in the
# same rounds: its tree at BENCH_BEFORE (git archive, so no worktree to clean up) built by its own
# scripts/build.sh in a folder of its own; rebuilt only when the revision changes. Left out, with
# a line saying so, where the history does not have it (a shallow clone).
BEFORE_REV=${BENCH_BEFORE:-bfc2254}
BEFORE=$(realpath -m "${CARGO_TARGET_DIR:-target}")/bench/before # absolute: the build runs in its own tree
before_args=()
if rev=$(git rev-parse --verify --quiet "$BEFORE_REV^{commit}"); then
  printf '\n== bench: the widget before the drawing (%s: scripts/build.sh in its own tree)\n' "${rev:0:7}"
  if [ "$(cat "$BEFORE/rev" 2>/dev/null)" != "$rev" ]; then
    rm -rf "$BEFORE"
    mkdir -p "$BEFORE/src"
    git archive "$rev" | tar -x -C "$BEFORE/src"
    ln -s "$PWD/node_modules" "$BEFORE/src/node_modules"
    (cd "$BEFORE/src" && CARGO_TARGET_DIR="$BEFORE/target" scripts/build.sh --quiet)
    echo "$rev" >"$BEFORE/rev"
  fi
  before_args=(--before "$BEFORE/src/dist")
else
  printf '\n== bench: %s is not in this clone: the widget before the drawing is left out\n' "$BEFORE_REV"
fi

# The framework floor and the names build go through the release build's one path (scripts/build.sh:
# Trunk, its hook, index.html's wasm-opt flags, the RUSTFLAGS remapping). The floor
# (bench/yew-floor) is built exactly like the widget: the same rust link and hook (esbuild bundles
# and minifies its glue), Talc, the same release profile.
printf '\n== bench: framework floor (bench/yew-floor: scripts/build.sh floor)\n'
scripts/build.sh floor --quiet
FLOOR=${CARGO_TARGET_DIR:-target}/bench/yew-floor/dist

# Where the wasm's bytes go: the widget's release build again (scripts/build.sh names) with the
# wasm's names kept (wasm-opt also gets --debuginfo), so twiggy lists every function and data
# segment by name. v0 symbol mangling keeps the type parameters of generics in the names
# (CompStateInner<…::DrawingCard>::view, not CompStateInner<COMP>::view), at a few hundred bytes of
# different inlining; BENCH_NAMES_MANGLING=legacy gives the shipped code exactly, with less of it
# attributed.
printf '\n== bench: names build of the wasm (scripts/build.sh names; twiggy)\n'
command -v twiggy >/dev/null || cargo install --locked twiggy --version 0.8.0
scripts/build.sh names --quiet
NAMES=${CARGO_TARGET_DIR:-target}/bench/names
twiggy top -n 100000 --format json "$NAMES"/dist/*_bg.wasm >"$NAMES/twiggy.json"

printf '\n== bench: measuring (servers on 127.0.0.1, stopped when done)\n'
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
exec node bench/run.mjs --dist "$DIST" --peer target/bench/peer --floor "$FLOOR" --names "$NAMES/twiggy.json" "${before_args[@]}" "$@"
