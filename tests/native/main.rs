//! The widget's native tests as one test binary: one link instead of nine (measured: a cold
//! `cargo test --no-run` of the widget's tests 6.3 s against 8.4 s with a crate per file). The
//! safety sweep is the core's (`core/tests/`), the fuzz layer and the wasm tests are crates of
//! their own (`tests/fuzz.rs`, `tests/web.rs`), run as layers of their own.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../common/mod.rs"]
mod common;

mod attributes;
mod card;
mod content;
mod contract;
mod drawing_card;
mod geometry;
mod journey;
mod places;
mod schema;
mod ssr;
mod text;
