#!/usr/bin/env bash
# Installs everything the build and the tests need, from crates.io, npm and Debian only (never
# GitHub, never a tool's own browser download). Each step is skipped when already in place, so a
# warm run takes seconds. Versions are pinned here and in Cargo.lock / package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen the crate links: the `=` pin in Cargo.toml, the one
# place it is written (Trunk reads it from Cargo.lock too); cargo names it (…#wasm-bindgen@0.2.130).
WASM_BINDGEN_VERSION=$(cargo pkgid --offline wasm-bindgen 2>/dev/null || cargo pkgid wasm-bindgen)
WASM_BINDGEN_VERSION=${WASM_BINDGEN_VERSION##*@}
APT_PACKAGES=(chromium chromium-driver xvfb webkit2gtk-driver firefox-esr)
WP_PACKAGES=(wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql php-xml php-mbstring)
GECKODRIVER_VERSION=0.36.0

step() { printf '\n== setup: %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
for pkg in "${APT_PACKAGES[@]}"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
if ((${#missing[@]})); then
  step "Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The WordPress suite (tests/e2e/wordpress.test.mjs) runs Debian's WordPress 6.1 with its own
# MariaDB and `php -S`, started by the test: the packages' services must not start here (Apache
# comes in as a dependency and would listen on every address), so a policy-rc.d forbids it while
# they install, unless one already does. Cold: about 75 s.
missing=()
for pkg in "${WP_PACKAGES[@]}"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
if ((${#missing[@]})); then
  step "Debian packages for the WordPress suite: ${missing[*]}"
  added_policy=
  if ! [ -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null && as_root chmod +x /usr/sbin/policy-rc.d && added_policy=1
  fi
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  if [ -n "$added_policy" ]; then as_root rm -f /usr/sbin/policy-rc.d; fi
fi

rustup target list --installed | grep -qx wasm32-unknown-unknown || { step "wasm32 target"; rustup target add wasm32-unknown-unknown; }
# The lint layer: rustfmt and clippy come with rustup's default profile; add them where missing.
{ cargo fmt --version && cargo clippy --version; } >/dev/null 2>&1 || { step "rustfmt, clippy"; rustup component add rustfmt clippy; }

if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  step "trunk $TRUNK_VERSION (cold: about 9 minutes)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "^wasm-bindgen $WASM_BINDGEN_VERSION\b"; then
  step "wasm-bindgen-cli $WASM_BINDGEN_VERSION (cold: about 3 minutes)"
  # Its published lockfile may name a dependency version the registry does not serve: 0.2.130
  # pins webpki-roots 1.0.11, which this machine's registry lacks ("failed to select a version for
  # the requirement `webpki-roots = "^1.0.10"` (locked to 1.0.11)", checked again 2026-12-05).
  # Then build from the crate's own source with that one dependency moved to 1.0.10.
  if ! cargo install --locked wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"; then
    src=$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/wasm-bindgen-cli-"$WASM_BINDGEN_VERSION" | head -n 1)
    work=$(mktemp -d)
    cp -r "$src"/. "$work"
    (cd "$work" && cargo update -p webpki-roots --precise 1.0.10 && cargo install --locked --path .)
    rm -rf "$work"
  fi
fi

if ! geckodriver --version 2>/dev/null | grep -q "^geckodriver $GECKODRIVER_VERSION"; then
  step "geckodriver $GECKODRIVER_VERSION"
  cargo install --locked geckodriver --version "$GECKODRIVER_VERSION"
fi

# npm tools (wasm-opt from binaryen, esbuild, Playwright, axe) from the committed lockfile.
if ! [ node_modules/.package-lock.json -nt package-lock.json ]; then
  step "npm ci"
  npm ci --no-audit --no-fund
fi

# Trunk builds with `offline = true`: every crate must already be in cargo's cache.
cargo fetch --quiet
