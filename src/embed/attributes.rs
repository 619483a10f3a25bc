//! Attribute values in, a valid [`Config`] out. A malformed value never breaks the widget:
//! the attribute falls back to its default and the caller logs the returned warning.

use crate::config::{Config, Theme, THEMES};
use crate::content::View;
use crate::text::concat;

/// Attributes the element watches: the one list. `scripts/bundle.mjs` writes it into the JS
/// entry's `observedAttributes` at build time and `tests/native/contract.rs` checks the README's table.
/// `lang` and `content-src` are also watched by the entry itself, which loads content for them.
pub const OBSERVED: [&str; 8] = [
    "lang",             // the words' language: en, es, or a spa's own code (default: the page's)
    "booking-url", // the Book link, with {summary} {region} {regions} {feeling} {tier} {lang} placeholders
    "booking-label", // the Book button's words, up to 60 characters
    "emergency-number", // the number emergency answers call (tel: link)
    "content-src", // a spa's words: a JSON URL, or #id of an inline application/json script
    "view",        // front or back: the view a phone starts on
    "deep-link",   // present: place and feeling live in the URL hash
    "theme",       // light, dark or auto
];

/// The language-code rule as the entry script's regex (written into it at build time);
/// [`crate::content::is_lang_code`] is the same rule without a regex engine in the wasm, and
/// `tests/native/contract.rs` proves the two agree.
pub const LANG_PATTERN: &str = "^[a-z]{2,3}(-[a-z0-9]{2,8})*$";

/// Applies one attribute (`None` = removed) to `config`; `Err` is a warning for the console.
pub fn apply(config: &mut Config, name: &str, value: Option<&str>) -> Result<(), String> {
    let value = value.map(str::trim);
    let invalid = |expected: &str| {
        Err(concat(&[
            "ignoring ",
            name,
            "=\"",
            value.unwrap_or(""),
            "\": expected ",
            expected,
        ]))
    };
    match name {
        "booking-url" => {
            config.booking_url = None;
            match value {
                None | Some("") => Ok(()),
                Some(url) if crate::content::merge::is_safe_link(url) => {
                    config.booking_url = Some(url.to_owned());
                    Ok(())
                }
                Some(_) => invalid("an http(s) address or a path on this site"),
            }
        }
        "booking-label" => {
            config.booking_label = value
                .filter(|v| !v.is_empty() && crate::content::merge::char_count(v) <= 60)
                .map(str::to_owned);
            match value {
                Some(v) if !v.is_empty() && config.booking_label.is_none() => {
                    invalid("up to 60 characters")
                }
                _ => Ok(()),
            }
        }
        "emergency-number" => {
            let valid = |v: &&str| {
                !v.is_empty()
                    && v.len() <= 20
                    && v.bytes().any(|b| b.is_ascii_digit())
                    && v.bytes().all(|b| {
                        b.is_ascii_digit() || matches!(b, b' ' | b'+' | b'-' | b'(' | b')')
                    })
            };
            config.emergency_number = value.filter(valid).map(str::to_owned);
            match value {
                Some(v) if !v.is_empty() && config.emergency_number.is_none() => {
                    invalid("a phone number, e.g. 112")
                }
                _ => Ok(()),
            }
        }
        "view" => {
            config.start_view = View::Front;
            match value.map(View::from_id) {
                None | Some(Some(View::Front)) => Ok(()),
                Some(Some(view)) => {
                    config.start_view = view;
                    Ok(())
                }
                Some(None) => invalid("front or back"),
            }
        }
        "deep-link" => {
            config.deep_link = matches!(value, Some(v) if v != "false");
            Ok(())
        }
        "theme" => {
            let found = value
                .filter(|v| !v.is_empty())
                .map(|v| THEMES.iter().position(|t| *t == v));
            let (theme, result) = match found {
                None => (Theme::Light, Ok(())),
                Some(Some(i)) => ([Theme::Light, Theme::Dark, Theme::Auto][i], Ok(())),
                Some(None) => (Theme::Light, invalid("light, dark or auto")),
            };
            config.theme = theme;
            result
        }
        // Loaded by the entry script, which hands the content over once it has it.
        "lang" | "content-src" => Ok(()),
        _ => Err(concat(&["unknown attribute ", name])),
    }
}
