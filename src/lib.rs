//! Leg Pain Map: the widget as a library, so the same components render natively (SSR tests)
//! and in the browser (the `<leg-pain-map>` custom element in `embed`).
pub mod app;
pub mod components;
pub mod config;
pub mod content;
pub mod diagram;
pub mod embed;
pub mod events;
pub mod journey;
pub mod text;

pub use app::{App, AppProps};
