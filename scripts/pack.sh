#!/usr/bin/env bash
# The package a spa loads from a versioned CDN path (…/leg-pain-map@VERSION/dist/leg-pain-map.js):
# builds the release bundle, packs it with `npm pack` into target/, lists its files and sizes, and
# prints the snippet with the entry's Subresource Integrity hash (builds are reproducible, so
# every machine prints the same hash for the same commit). Then the WordPress plugin: the folder
# wordpress/leg-pain-map with the widget's files in widget/ and their pinned version and hash in
# widget/bundle.php, zipped into target/leg-pain-map-wordpress-VERSION.zip.
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
# The snippet is written by site/snippet.mjs, as the settings page writes it.
node --input-type=module -e "
import { snippet } from './site/snippet.mjs';
console.log(snippet({ src: 'https://cdn.jsdelivr.net/npm/leg-pain-map@$version/dist/leg-pain-map.js', integrity: '$sri',
  attrs: { 'booking-url': 'https://your-spa.example/book?notes={summary}', 'emergency-number': '112' } }));
" > target/snippet.html
echo; echo "integrity of dist/leg-pain-map.js: $sri"; echo "snippet (target/snippet.html):"; cat target/snippet.html

# The WordPress plugin pins the same version: its header, its constant and its readme must agree.
plugin=wordpress/leg-pain-map
for pin in "Version: *$version\$" "define( 'LEG_PAIN_MAP_VERSION', '$version' );" ; do
  grep -q -- "$pin" "$plugin/leg-pain-map.php" || { echo "pack: $plugin/leg-pain-map.php does not pin $version ($pin)" >&2; exit 1; }
done
grep -q "^Stable tag: $version\$" "$plugin/readme.txt" || { echo "pack: $plugin/readme.txt: Stable tag is not $version" >&2; exit 1; }
stage=target/wordpress-plugin
zip=target/leg-pain-map-wordpress-$version.zip
rm -rf "$stage" "$zip"
mkdir -p "$stage"
cp -r "$plugin" "$stage/"
mkdir -p "$stage/leg-pain-map/widget" "$stage/leg-pain-map/languages"
cp dist/leg-pain-map.js dist/*_bg.wasm dist/lpm-content-*.json dist/lpm-start-*.html "$stage/leg-pain-map/widget/"
cat > "$stage/leg-pain-map/widget/bundle.php" <<PHP
<?php
/**
 * The widget this plugin ships (written by scripts/pack.sh): its version and the entry's
 * Subresource Integrity hash, which the browser checks before it runs the entry; the entry
 * carries the hashes of the wasm and the words.
 *
 * @package LegPainMap
 */

defined( 'ABSPATH' ) || exit;

return array(
	'version'   => '$version',
	'integrity' => '$sri',
);
PHP
# The strings to translate (text domain leg-pain-map), where gettext is installed.
if command -v xgettext >/dev/null; then
  (cd "$stage/leg-pain-map" &&
    find . -name '*.php' -not -path './widget/*' | LC_ALL=C sort |
      xgettext --files-from=- --from-code=UTF-8 --language=PHP --package-name=leg-pain-map --package-version="$version" --sort-output --add-comments=translators: \
        --keyword=__ --keyword=_e --keyword=esc_html__ --keyword=esc_html_e --keyword=esc_attr__ --keyword=esc_attr_e \
        --keyword=_x:1,2c --keyword=_n:1,2 -o languages/leg-pain-map.pot &&
    xgettext --join-existing --from-code=UTF-8 --language=JavaScript --sort-output --keyword=__ \
      -o languages/leg-pain-map.pot block/index.js &&
    sed -i -e 's/^"POT-Creation-Date: .*"$/"POT-Creation-Date: 2026-01-01 00:00+0000\\n"/' -e 's/charset=CHARSET/charset=UTF-8/' \
      -e "s/^\"Project-Id-Version: .*\"\$/\"Project-Id-Version: leg-pain-map $version\\\\n\"/" languages/leg-pain-map.pot)
fi
# Fixed dates and sorted names: the same commit gives the same zip.
find "$stage" -exec touch -h -d '2026-01-01 00:00:00 UTC' {} +
(cd "$stage" && find leg-pain-map -print | LC_ALL=C sort | TZ=UTC zip -q -X -D -@ "../$(basename "$zip")")
echo; echo "WordPress plugin $zip: $(stat -c %s "$zip") bytes, $(unzip -Z1 "$zip" | wc -l) files"
unzip -Z1 "$zip" | sed 's/^/  /'
