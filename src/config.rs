//! The widget's settings: what a host page set through attributes, already validated. The embed
//! parses them (`embed::attributes`, pure, tested natively); the App only reads them, and hands
//! each component only the setting it needs.

use crate::content::View;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    /// Follows the visitor's system setting.
    Auto,
}

/// The `theme` attribute's values, in [`Theme`]'s order: the one list (the entry script's
/// placeholder reads it, written in at build time).
pub const THEMES: [&str; 3] = ["light", "dark", "auto"];

impl Theme {
    /// `data-theme` on the widget's root. State lives in attributes, not in built class lists:
    /// a computed `class` goes through yew's class-list code (2 KB of brotli wasm).
    pub const fn id(self) -> &'static str {
        THEMES[self as usize]
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Config {
    /// The language code the content is in (`en`, `es`, or a spa's own): set on the root as `lang`.
    pub lang: String,
    /// `booking-url`: a web link or a path, with `{summary}`-style placeholders; `None`, no Book.
    pub booking_url: Option<String>,
    /// `booking-label`: the Book button's words, up to 60 characters.
    pub booking_label: Option<String>,
    /// `emergency-number`: digits, spaces, `+-()`; the tap-to-call link on emergency answers.
    pub emergency_number: Option<String>,
    /// `view`: the view a phone starts on (and moves to when the attribute changes).
    pub start_view: View,
    /// `deep-link`: place and feeling live in the URL hash.
    pub deep_link: bool,
    /// `theme`: light, dark, or the visitor's system setting.
    pub theme: Theme,
}
