//! Leg Pain Map's core: what exists (`content::ids`), what the widget says (`content::model`,
//! walked from JSON by `content::merge`), what an answer may show (`content::rules`), where the
//! visitor is (`journey`) and what a card shows, as data (`answer`). Pure: no Yew, no web-sys.
pub mod answer;
pub mod content;
#[cfg(not(target_arch = "wasm32"))]
pub mod docs;
pub mod drawing;
pub mod journey;
pub mod text;
