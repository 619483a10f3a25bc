//! What the widget says: ids, the content model, the region × pain table, and merging.
pub mod ids;
pub mod merge;
pub mod model;
pub mod rules;
pub mod table;

pub use ids::*;
pub use merge::{Json, Problem};
pub use model::Lang;

use merge::{Merge, Walk};

/// Reads one built-in language file. Problems mean the shipped file is wrong (tests prevent it).
pub fn read(json: &Json, root: &str) -> (Lang, Vec<Problem>) {
    let mut lang = Lang::default();
    let mut walk = Walk::at(root);
    lang.merge(json, &mut walk);
    (lang, walk.problems)
}

/// Is `key` shaped like a language code (`en`, `es`, `pt-br`)? The rule of
/// [`crate::embed::attributes::LANG_PATTERN`], without a regex engine.
pub fn is_lang_code(key: &str) -> bool {
    let mut parts = crate::text::pieces(key, b'-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| {
            (2..=8).contains(&p.len())
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Merges a spa's override JSON (`{ "en": { … }, "fr": { … } }`) over `base`, which holds
/// language `code`. Words keyed by the primary language (`en`) apply to a regional page
/// (`en-us`, as WordPress writes it), then the exact code's words over them. Every language in
/// the override is checked, so a mistake in any of them is reported at once, not the day a
/// visitor switches language. Returns what was wrong; whatever was wrong is skipped and the
/// built-in words stay.
pub fn apply_overrides(base: &mut Lang, code: &str, json: &Json) -> Vec<Problem> {
    let primary = crate::text::primary_lang(code);
    let mut walk = Walk::default();
    walk.fields(json, |key, value, walk| {
        if !is_lang_code(key) {
            return false;
        }
        if key == primary {
            base.merge(value, walk);
        } else {
            Lang::default().merge(value, walk);
        }
        true
    });
    // The exact regional words last, whatever their order in the JSON (already checked above).
    if let (true, Json::Object(langs)) = (primary != code, json) {
        if let Some((_, value)) = langs.iter().find(|(key, _)| key == code) {
            base.merge(value, &mut Walk::default());
        }
    }
    walk.problems
}

/// The built-in languages' files as shipped, for what runs natively (tests, the docs, the
/// build-time prerender); the browser fetches them instead.
#[cfg(not(target_arch = "wasm32"))]
pub const BUILTIN: [(&str, &str); 2] = [
    ("en", include_str!("../../../content/en.json")),
    ("es", include_str!("../../../content/es.json")),
];

/// A built-in language, read the way the browser reads it (serde_json standing in for
/// `JSON.parse`). Panics if the shipped file has a problem: tests prevent that.
#[cfg(not(target_arch = "wasm32"))]
pub fn builtin(code: &str) -> Lang {
    let (_, text) = BUILTIN
        .iter()
        .find(|(c, _)| *c == code)
        .expect("a built-in language");
    let json = Json::from(serde_json::from_str::<serde_json::Value>(text).expect("valid JSON"));
    let (lang, problems) = read(&json, code);
    assert!(problems.is_empty(), "{code}.json: {problems:#?}");
    lang
}
