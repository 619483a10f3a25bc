//! The embed boundary: everything a host page can set or hear. The public contract (attributes,
//! events, CSS custom properties, `::part` names) is documented in the README's "Embedding"
//! section and nowhere else invented.
//!
//! - `leg-pain-map.js` (next to this file) is the entry a spa's page loads: it defines the
//!   `<leg-pain-map>` element, attaches an open shadow root with the widget's stylesheet, loads
//!   the wasm and the content of one language, and drives a [`element::Widget`] per element.
//! - `attributes` turns attribute strings into [`crate::config::Config`] (pure, tested natively).
//! - `contract` serialises what the JS side and the tests need (`target/contract.json`).
//! - `element` mounts the Yew app into the shadow root and turns its events into DOM events.
pub mod attributes;
/// The contract file the JS side and the tests read (native only: written at build time).
#[cfg(not(target_arch = "wasm32"))]
pub mod contract;
#[cfg(target_arch = "wasm32")]
pub mod element;
pub mod events;
