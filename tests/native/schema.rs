//! `docs/content.schema.json` is generated from the content model, so the schema a spa's web
//! person reads can never drift from what the widget accepts. Regenerate with
//! `UPDATE_SCHEMA=1 cargo test --test native schema`.
#![cfg(not(target_arch = "wasm32"))]
use crate::common;

use leg_pain_map::content::merge::{MAX_TEXT, MAX_TIPS};
use leg_pain_map::content::Lang;
use leg_pain_map::embed::attributes::LANG_PATTERN;
use serde_json::{json, Map, Value};

/// The schema of one value of the model, every key optional (an override names only what it changes).
fn schema_of(value: &Value) -> Value {
    match value {
        Value::Object(fields) => {
            let properties: Map<String, Value> = fields
                .iter()
                .map(|(k, v)| (k.clone(), schema_of(v)))
                .collect();
            json!({ "type": "object", "properties": properties, "additionalProperties": false })
        }
        Value::Array(_) => json!({
            "type": "array", "minItems": 1, "maxItems": MAX_TIPS,
            "items": { "type": "string", "minLength": 1, "maxLength": MAX_TEXT }
        }),
        _ => json!({ "type": "string", "minLength": 1, "maxLength": MAX_TEXT }),
    }
}

fn schema() -> Value {
    let model = serde_json::to_value(common::builtin("en")).unwrap();
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "leg-pain-map/content.schema.json",
        "title": "Leg Pain Map content override",
        "description": "Keys are language codes (en, es, or a spa's own such as fr or pt-br); each holds any part of that language's content. Every field is optional: what is not named keeps the built-in words (English for a language the widget does not ship).",
        "type": "object",
        "patternProperties": { (LANG_PATTERN): schema_of(&model) },
        "additionalProperties": false
    })
}

#[test]
fn the_published_schema_matches_the_model() {
    let _: Lang = Lang::default();
    let text = serde_json::to_string_pretty(&schema()).unwrap() + "\n";
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/content.schema.json");
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(path, &text).unwrap();
    }
    let published = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        published == text,
        "docs/content.schema.json is out of date: run UPDATE_SCHEMA=1 cargo test --test native schema"
    );
}
