//! Leg Pain Map: the widget as a library, so the same components render natively (SSR tests)
//! and in the browser (the `<leg-pain-map>` custom element in `embed`).
pub mod app;
pub mod components;
pub mod content;
pub mod diagram;
pub mod embed;
pub mod hooks;
pub mod journey;
pub mod text;

pub use app::{App, AppProps};

/// A free-list allocator (coalescing, single-threaded like the page) instead of the standard
/// dlmalloc: 2.4 KB less brotli wasm. The benchmark's memory and latency rows cover the trade.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: wasm32-unknown-unknown without atomics has one thread; nothing here spawns workers.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
