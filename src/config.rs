//! What a host page sets through attributes, already validated. Parsing lives in
//! `embed::attributes` (pure, tested natively); components only read this.

use crate::content::View;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    /// Follows the visitor's system setting.
    Auto,
}

impl Theme {
    pub const fn class(self) -> &'static str {
        match self {
            Theme::Light => "lpm theme-light",
            Theme::Dark => "lpm theme-dark",
            Theme::Auto => "lpm theme-auto",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Config {
    /// The language code the content is in (`en`, `es`, or a spa's own): set on the root as `lang`.
    pub lang: String,
    pub booking_url: Option<String>,
    pub booking_label: Option<String>,
    pub emergency_number: Option<String>,
    pub start_view: View,
    pub deep_link: bool,
    pub theme: Theme,
}

impl Default for View {
    fn default() -> Self {
        View::Front
    }
}
