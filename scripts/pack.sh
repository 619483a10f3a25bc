#!/usr/bin/env bash
# The package a spa loads from a versioned CDN path (…/leg-pain-map@VERSION/dist/leg-pain-map.js):
# builds the release bundle, packs it with `npm pack` into target/, lists its files and sizes, and
# prints the snippet with the entry's Subresource Integrity hash (builds are reproducible, so
# every machine prints the same hash for the same commit).
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${1:-}" = "--no-build" ] || scripts/build.sh >/dev/null
mkdir -p target
version=$(node -p "require('./package.json').version")
node -e '
const { execFileSync } = require("node:child_process");
const [info] = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", "target"], { encoding: "utf8" }));
console.log(`package ${info.filename}: ${info.entryCount} files, ${info.size} bytes packed, ${info.unpackedSize} unpacked`);
for (const f of info.files) console.log(`  ${String(f.size).padStart(8)}  ${f.path}`);
'
sri=$(node -e "console.log('sha384-' + require('node:crypto').createHash('sha384').update(require('node:fs').readFileSync('dist/leg-pain-map.js')).digest('base64'))")
cat > target/snippet.html <<SNIPPET
<script type="module" src="https://cdn.jsdelivr.net/npm/leg-pain-map@$version/dist/leg-pain-map.js"
        integrity="$sri" crossorigin="anonymous"></script>
<leg-pain-map booking-url="https://your-spa.example/book?notes={summary}" emergency-number="112"></leg-pain-map>
SNIPPET
echo; echo "integrity of dist/leg-pain-map.js: $sri"; echo "snippet (target/snippet.html):"; cat target/snippet.html
