//! The contract the JS side and the tests read, decided here and nowhere else: the observed
//! attributes (their defaults, the values they take and how a value is read), the themes, the
//! event names, and the ids of places, feelings, timings, signs, health facts, tiers and causes.
//! `examples/contract.rs` writes it as `target/contract.json` at build time (`scripts/bundle.mjs`
//! runs it before bundling); `bundle.mjs` writes the few values the entry and the `site/` pages use
//! into them, and the end-to-end page object and the benchmark read the file. No script reads
//! Rust source as text. Native only (serde never reaches the wasm).

use serde::Serialize;

use crate::config::{Config, THEMES};
use crate::content::{Cause, Fact, Pain, RegionId, Sign, Tier, Timing, View};
use crate::embed::attributes::{LANG_PATTERN, OBSERVED};
use crate::embed::events::EVENTS;

/// One observed attribute, as `attributes::apply` reads it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Attribute {
    pub name: &'static str,
    /// `text` (any text, checked by the widget), `one-of` (`values`), `flag` (on when present
    /// and not `off`), `language` (a code of the `lang_pattern` rule).
    pub kind: &'static str,
    /// The value used when the attribute is absent or not usable (`None`: nothing, e.g. no Book).
    pub default: Option<&'static str>,
    /// For `one-of`: every value, the default first.
    pub values: Option<Vec<&'static str>>,
    /// For `flag`: the one value that leaves it off.
    pub off: Option<&'static str>,
    /// Leading and trailing white space is dropped before the value is read.
    pub trimmed: bool,
    /// Letter case: `kept` (`Dark` is not `dark`) or `lower` (folded before reading).
    pub case: &'static str,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Contract {
    /// In `OBSERVED`'s order: the element's `observedAttributes`.
    pub attributes: Vec<Attribute>,
    /// The language-code rule as a JS regex.
    pub lang_pattern: &'static str,
    pub themes: Vec<&'static str>,
    pub views: Vec<&'static str>,
    /// DOM event names, in `WidgetEvent`'s order.
    pub events: Vec<&'static str>,
    /// Places, in the order a keyboard walks them.
    pub regions: Vec<&'static str>,
    pub pains: Vec<&'static str>,
    pub timings: Vec<&'static str>,
    pub signs: Vec<&'static str>,
    pub facts: Vec<&'static str>,
    /// Most urgent first.
    pub tiers: Vec<&'static str>,
    pub causes: Vec<&'static str>,
}

fn ids<T: Copy>(all: &[T], id: fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|&v| id(v)).collect()
}

/// `list` with `first` moved to the front (the default first).
fn default_first(list: &[&'static str], first: &'static str) -> Vec<&'static str> {
    let mut out = vec![first];
    out.extend(list.iter().filter(|v| **v != first));
    out
}

/// Every observed attribute and how it is read.
fn attribute(name: &'static str) -> Attribute {
    let defaults = Config::default();
    let plain = Attribute {
        name,
        kind: "text",
        default: None,
        values: None,
        off: None,
        // `attributes::apply` trims every value first.
        trimmed: true,
        case: "kept",
    };
    match name {
        "lang" => Attribute {
            kind: "language",
            default: Some("en"),
            case: "lower",
            ..plain
        },
        "view" => Attribute {
            kind: "one-of",
            default: Some(defaults.start_view.id()),
            values: Some(default_first(
                &ids(View::ALL, View::id),
                defaults.start_view.id(),
            )),
            ..plain
        },
        "theme" => Attribute {
            kind: "one-of",
            default: Some(defaults.theme.id()),
            values: Some(default_first(&THEMES, defaults.theme.id())),
            ..plain
        },
        "deep-link" => Attribute {
            kind: "flag",
            default: Some(if defaults.deep_link { "on" } else { "off" }),
            off: Some("false"),
            ..plain
        },
        _ => plain,
    }
}

/// The contract as it stands in this build.
pub fn contract() -> Contract {
    Contract {
        attributes: OBSERVED.iter().map(|name| attribute(name)).collect(),
        lang_pattern: LANG_PATTERN,
        themes: THEMES.to_vec(),
        views: ids(View::ALL, View::id),
        events: EVENTS.to_vec(),
        regions: RegionId::all().map(RegionId::id).collect(),
        pains: ids(Pain::ALL, Pain::id),
        timings: ids(Timing::ALL, Timing::id),
        signs: ids(Sign::ALL, Sign::id),
        facts: ids(Fact::ALL, Fact::id),
        tiers: ids(Tier::ALL, Tier::id),
        causes: ids(Cause::ALL, Cause::id),
    }
}

/// The contract as the JSON text of `target/contract.json`.
pub fn json() -> String {
    let mut text = serde_json::to_string_pretty(&contract()).expect("plain data");
    text.push('\n');
    text
}
