#!/usr/bin/env bash
# The release bundle into dist/: `trunk build --release` with the source paths that panic
# messages carry remapped (scripts/rustflags.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
source scripts/rustflags.sh
export RUSTFLAGS="$lpm_rustflags ${RUSTFLAGS:-}"
exec trunk build --release "$@"
