#!/usr/bin/env bash
# Serves the demo page on http://127.0.0.1:8080 with live reload (trunk serve).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
exec trunk serve "$@"
