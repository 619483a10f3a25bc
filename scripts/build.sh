#!/usr/bin/env bash
# Every wasm build, one way: `trunk build --release` (Trunk.toml, its post_build hook
# scripts/bundle.mjs, the wasm-opt flags of the rust link in index.html) with the source paths
# that panic messages carry remapped (scripts/rustflags.sh).
#   scripts/build.sh [TRUNK ARGS]   the release bundle into dist/
#   scripts/build.sh floor          the framework floor (bench/yew-floor/index.html, the widget's rust
#                                   link and hook) into target/bench/yew-floor/dist
#   scripts/build.sh names          the release bundle again, with the wasm's function names kept for
#                                   twiggy (wasm-opt also gets --debuginfo; symbols in v0 mangling
#                                   unless BENCH_NAMES_MANGLING=legacy) into target/bench/names/dist
# The floor and names builds compile in folders of their own under target/bench (their flags
# differ); the hook's native programs still build in the project's target folder (LPM_TARGET_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
source scripts/rustflags.sh
export RUSTFLAGS="$lpm_rustflags ${RUSTFLAGS:-}"
mode=release
case "${1:-}" in floor | names) mode=$1; shift ;; esac
export LPM_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}

case $mode in
release) exec trunk build --release "$@" ;;
floor)
  export CARGO_TARGET_DIR=$LPM_TARGET_DIR/bench/yew-floor
  # Trunk builds offline (Trunk.toml): the floor's crates must be in cargo's cache.
  cargo fetch --quiet --manifest-path bench/yew-floor/Cargo.toml --target wasm32-unknown-unknown
  exec trunk build --release --dist "$CARGO_TARGET_DIR/dist" "$@" bench/yew-floor/index.html
  ;;
names)
  export CARGO_TARGET_DIR=$LPM_TARGET_DIR/bench/names
  if [ "${BENCH_NAMES_MANGLING:-v0}" = v0 ]; then RUSTFLAGS+=" -Csymbol-mangling-version=v0"; fi
  # Trunk calls wasm-opt with index.html's flags; this wrapper, first on PATH, adds --debuginfo so
  # the name section survives (and answers Trunk's version check as wasm-opt itself).
  mkdir -p "$CARGO_TARGET_DIR/bin"
  printf '#!/bin/sh\n# written by scripts/build.sh names\ncase "$1" in --version) exec %q "$@" ;; esac\nexec %q "$@" --debuginfo\n' \
    "$(command -v wasm-opt)" "$(command -v wasm-opt)" >"$CARGO_TARGET_DIR/bin/wasm-opt"
  chmod +x "$CARGO_TARGET_DIR/bin/wasm-opt"
  PATH="$CARGO_TARGET_DIR/bin:$PATH" exec trunk build --release --dist "$CARGO_TARGET_DIR/dist" "$@"
  ;;
esac
