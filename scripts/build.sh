#!/usr/bin/env bash
# The release bundle into dist/: `trunk build --release` with the source paths that panic
# messages carry remapped, so the wasm holds no machine's folder names (shorter, and the same
# bytes on every machine: reproducible builds, one integrity hash).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
registry="${CARGO_HOME:-$HOME/.cargo}/registry/src"
rustup_home="${RUSTUP_HOME:-$HOME/.rustup}"
export RUSTFLAGS="--remap-path-prefix=$PWD=lpm --remap-path-prefix=$registry=crates --remap-path-prefix=$rustup_home=rust ${RUSTFLAGS:-}"
exec trunk build --release "$@"
