//! Merging JSON over content, field by field, collecting every problem with its path.
//!
//! The same walk reads the built-in language files and a spa's overrides, so a typo in either
//! is reported as, for example, `es.causes.knots.title: expected text, found a number`.
//! Unknown keys and wrong types are skipped (the built-in value stays): the widget keeps working.

use crate::text::{concat, push_item};

/// A parsed JSON value. The browser parses (`JSON.parse`); native tests go through serde_json.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
    /// Nested deeper than [`MAX_DEPTH`]: not read any further (a hostile page's JSON can be
    /// thousands of levels deep; the content model is four).
    TooDeep,
}

/// How deep override JSON is read. The deepest content field is `en.causes.knots.self_care.0`.
pub const MAX_DEPTH: usize = 8;

impl Json {
    fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "true/false",
            Json::Number(_) => "a number",
            Json::Text(_) => "text",
            Json::Array(_) => "a list",
            Json::Object(_) => "an object",
            Json::TooDeep => "something nested too deeply",
        }
    }
}

/// serde_json stands in for the browser's `JSON.parse` natively (tests, the build-time prerender):
/// both give the same [`Json`] tree.
#[cfg(not(target_arch = "wasm32"))]
impl From<serde_json::Value> for Json {
    fn from(value: serde_json::Value) -> Self {
        match value {
            serde_json::Value::Null => Json::Null,
            serde_json::Value::Bool(b) => Json::Bool(b),
            serde_json::Value::Number(n) => Json::Number(n.as_f64().unwrap_or_default()),
            serde_json::Value::String(s) => Json::Text(s),
            serde_json::Value::Array(items) => {
                Json::Array(items.into_iter().map(Json::from).collect())
            }
            serde_json::Value::Object(map) => {
                Json::Object(map.into_iter().map(|(k, v)| (k, Json::from(v))).collect())
            }
        }
    }
}

/// One thing wrong with a content file, e.g. `es.causes.knots.title` expected `text`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Dotted path of the field, from the root of the JSON.
    pub path: String,
    /// What was expected there, in words.
    pub expected: String,
    /// What was found instead.
    pub found: String,
}

impl Problem {
    /// `es.causes.knots.title: expected text, found a number`. Joined, not `format!`ted: the
    /// formatting machinery would cost the phone more than the message.
    pub fn message(&self) -> String {
        concat(&[
            &self.path,
            ": expected ",
            &self.expected,
            ", found ",
            &self.found,
        ])
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

/// Where the walk is, and what it found wrong so far.
#[derive(Default)]
pub struct Walk {
    path: Vec<String>,
    pub problems: Vec<Problem>,
}

/// The longest text a field may hold, and the most tips a list may hold: phone-sized words.
pub const MAX_TEXT: usize = 600;
pub const MAX_TIPS: usize = 5;

impl Walk {
    pub fn at(root: &str) -> Self {
        Walk {
            path: vec![root.to_owned()],
            problems: Vec::new(),
        }
    }

    pub fn path(&self) -> String {
        let mut path = String::new();
        for (i, key) in self.path.iter().enumerate() {
            push_item(&mut path, i, ".", key);
        }
        path
    }

    pub fn problem(&mut self, expected: &str, found: &str) {
        self.problems.push(Problem {
            path: self.path(),
            expected: expected.to_owned(),
            found: found.to_owned(),
        });
    }

    /// Calls `field(key, value, walk)` for each key of an object; `field` returns false for a
    /// key it does not know, which is reported.
    pub fn fields(&mut self, json: &Json, mut field: impl FnMut(&str, &Json, &mut Walk) -> bool) {
        let Json::Object(entries) = json else {
            return self.problem("an object", json.kind());
        };
        for (key, value) in entries {
            self.path.push(key.clone());
            if !field(key, value, self) {
                self.problem("a known key", "an unknown one");
            }
            self.path.pop();
        }
    }
}

/// Merges an object keyed by `ids` into a table: `item(i, value, at)` merges the `i`th entry.
/// One loop for every id table, not a copy per table on the phone.
#[inline(never)]
pub fn merge_table(
    json: &Json,
    at: &mut Walk,
    ids: &[&str],
    item: &mut dyn FnMut(usize, &Json, &mut Walk),
) {
    at.fields(json, |key, value, at| {
        match super::ids::index_of(ids, key) {
            Some(i) => {
                item(i, value, at);
                true
            }
            None => false,
        }
    });
}

/// Content that JSON can be merged over.
pub trait Merge {
    fn merge(&mut self, json: &Json, at: &mut Walk);
}

/// Characters (not bytes) in `text`: counts the bytes that start a UTF-8 character, which is
/// all a length cap needs, without the standard library's larger counting routine.
pub fn char_count(text: &str) -> usize {
    text.bytes().filter(|byte| byte & 0xC0 != 0x80).count()
}

/// The first `{mark}` of `text` that `other` lacks: a spa's words must keep the marks the widget
/// fills (`{number}` in the emergency line, `{service}` in the urgent one), or the safety text
/// would lose the number to call.
fn missing_mark<'a>(text: &'a str, other: &str) -> Option<&'a str> {
    let mut rest = text;
    while let Some((_, after)) = crate::text::cut(rest, b'{') {
        let (name, tail) = crate::text::cut(after, b'}')?;
        let mark = &rest[rest.len() - after.len() - 1..rest.len() - tail.len()];
        if !name.is_empty() && !crate::text::holds(other, mark) {
            return Some(mark);
        }
        rest = tail;
    }
    None
}

/// Only web links: a `javascript:` or `data:` booking link must never reach an `href`.
pub fn is_safe_link(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    lower.starts_with("https://")
        || lower.starts_with("http://")
        || (url.starts_with('/') && !url.starts_with("//"))
}

/// A link a spa names in its words (a recommended service): only web links, never `javascript:`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
pub struct Link(pub String);

impl Merge for Link {
    fn merge(&mut self, json: &Json, at: &mut Walk) {
        match json {
            Json::Text(url) if is_safe_link(url.trim()) && char_count(url) <= MAX_TEXT => {
                self.0 = url.trim().to_owned()
            }
            _ => at.problem("an http(s) address or a path on this site", json.kind()),
        }
    }
}

/// Words only a spa writes (the built-in files leave them empty): a recommended service's label.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
pub struct SpaText(pub String);

impl Merge for SpaText {
    fn merge(&mut self, json: &Json, at: &mut Walk) {
        self.0.merge(json, at)
    }
}

/// A spa's own words and links: the built-in words leave them empty, so only set ones count.
#[cfg(not(target_arch = "wasm32"))]
macro_rules! spa_fields {
    ($($name:ty),*) => {$(
        impl Fields for $name {
            fn each_text(&self, path: &str, f: &mut dyn FnMut(&str, &str)) {
                if !self.0.is_empty() {
                    f(path, &self.0)
                }
            }
        }
    )*};
}
#[cfg(not(target_arch = "wasm32"))]
spa_fields!(Link, SpaText);

impl Merge for String {
    fn merge(&mut self, json: &Json, at: &mut Walk) {
        match json {
            Json::Text(text) if text.trim().is_empty() => at.problem("text", "empty text"),
            Json::Text(text) if char_count(text) > MAX_TEXT => {
                at.problem("shorter text", "too long")
            }
            Json::Text(text) => match missing_mark(self, text) {
                Some(mark) => at.problem(&concat(&["text keeping ", mark]), "text without it"),
                None => *self = text.clone(),
            },
            other => at.problem("text", other.kind()),
        }
    }
}

impl Merge for Vec<String> {
    /// A list replaces the whole built-in list: tips are written as a set.
    fn merge(&mut self, json: &Json, at: &mut Walk) {
        let Json::Array(items) = json else {
            return at.problem("a list of text", json.kind());
        };
        if items.is_empty() || items.len() > MAX_TIPS {
            return at.problem("a list of 1 to 5 texts", "another count");
        }
        let mut list = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            // One digit: a list holds at most MAX_TIPS (< 10) items, checked above.
            at.path.push(char::from(b'0' + i as u8).into());
            let mut text = String::new();
            let before = at.problems.len();
            text.merge(item, at);
            at.path.pop();
            if at.problems.len() > before {
                return;
            }
            list.push(text);
        }
        *self = list;
    }
}

/// Walks every text of a content value with its path: for tests and the schema (native only).
#[cfg(not(target_arch = "wasm32"))]
pub trait Fields {
    fn each_text(&self, path: &str, f: &mut dyn FnMut(&str, &str));
}

#[cfg(not(target_arch = "wasm32"))]
impl Fields for String {
    fn each_text(&self, path: &str, f: &mut dyn FnMut(&str, &str)) {
        f(path, self)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Fields for Vec<String> {
    fn each_text(&self, path: &str, f: &mut dyn FnMut(&str, &str)) {
        for (i, text) in self.iter().enumerate() {
            f(&format!("{path}.{i}"), text)
        }
    }
}
