# Sourced by scripts/build.sh (every wasm build: the release, the floor, the names build): the RUSTFLAGS of the wasm. Panic
# messages carry source paths; remapping them keeps every machine's folder names out of the wasm
# (shorter, and the same bytes everywhere: reproducible builds, one integrity hash).
registry="${CARGO_HOME:-$HOME/.cargo}/registry/src"
rustup_home="${RUSTUP_HOME:-$HOME/.rustup}"
lpm_rustflags="--remap-path-prefix=$PWD=lpm --remap-path-prefix=$rustup_home=rust"
for index in "$registry"/*/; do lpm_rustflags+=" --remap-path-prefix=${index%/}=c"; done
# With the rust-src component installed, rustc names the standard library's files by their local
# copy; mapped back to the /rustc/<commit> names a machine without it uses, for the same bytes.
lpm_rustflags+=" --remap-path-prefix=$(rustc --print sysroot)/lib/rustlib/src/rust=/rustc/$(rustc -vV | sed -n 's/^commit-hash: //p')"
