//! Leg Pain Map: the widget as a library, so the same components render natively (SSR tests)
//! and in the browser (the `<leg-pain-map>` custom element in `embed`).
pub mod app;
pub mod components;
pub mod config;
pub mod diagram;
pub mod embed;
pub mod hooks;

// The core, under the paths the widget has always used. Natively it is its own crate, so the
// compiler keeps it free of Yew and of the layers above (the sweep builds without them). In the
// wasm the same files are compiled into this crate: across a crate boundary LLVM inlines
// differently even with fat LTO, which cost the phone 0.9 KB brotli (docs/size.md).
#[cfg(not(target_arch = "wasm32"))]
pub use lpm_core::{answer, content, drawing, journey, text};
#[cfg(target_arch = "wasm32")]
#[path = "../core/src/answer.rs"]
pub mod answer;
#[cfg(target_arch = "wasm32")]
#[path = "../core/src/content/mod.rs"]
pub mod content;
#[cfg(target_arch = "wasm32")]
#[path = "../core/src/drawing.rs"]
pub mod drawing;
#[cfg(target_arch = "wasm32")]
#[path = "../core/src/journey.rs"]
pub mod journey;
#[cfg(target_arch = "wasm32")]
#[path = "../core/src/text.rs"]
pub mod text;

pub use app::{App, AppProps};

/// Talc instead of the standard dlmalloc (2.1 KB less brotli wasm) or lol_alloc's free list
/// (355 B less, but its allocations walk a list that grows with every tap: 3.2 ms of each answer
/// tap at 4x CPU, against 0.4 ms with Talc's bins).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
