//! Attribute values from a host page: valid ones are honoured, anything else warns and defaults.
#![cfg(not(target_arch = "wasm32"))]
use leg_pain_map::config::{Config, Theme};
use leg_pain_map::content::View;
use leg_pain_map::embed::attributes::apply;

#[test]
fn valid_values_are_honoured_and_removal_restores_the_default() {
    let mut c = Config::default();
    for (name, value) in [
        ("booking-url", "https://spa.example/book"),
        ("booking-label", "Book now"),
        ("emergency-number", "112"),
        ("view", "back"),
        ("deep-link", ""),
        ("theme", "dark"),
    ] {
        assert_eq!(apply(&mut c, name, Some(value)), Ok(()), "{name}");
    }
    assert_eq!(c.booking_url.as_deref(), Some("https://spa.example/book"));
    assert_eq!(c.booking_label.as_deref(), Some("Book now"));
    assert_eq!(c.emergency_number.as_deref(), Some("112"));
    assert_eq!(
        (c.start_view, c.deep_link, c.theme),
        (View::Back, true, Theme::Dark)
    );
    for name in [
        "booking-url",
        "booking-label",
        "emergency-number",
        "view",
        "deep-link",
        "theme",
    ] {
        assert_eq!(apply(&mut c, name, None), Ok(()));
    }
    assert_eq!(c, Config::default());
}

#[test]
fn malformed_values_warn_and_fall_back() {
    let mut c = Config::default();
    for (name, value) in [
        ("booking-url", "javascript:alert(1)"),
        ("booking-url", "data:text/html,hi"),
        ("booking-url", "//evil.example"),
        ("emergency-number", "call me"),
        ("emergency-number", "<b>112</b>"),
        ("view", "side"),
        ("theme", "neon"),
        ("booking-label", &"x".repeat(61)),
        ("colour", "red"),
    ] {
        let warning = apply(&mut c, name, Some(value)).expect_err(name);
        assert!(warning.contains(name), "{warning}");
    }
    assert_eq!(
        c,
        Config::default(),
        "every malformed value left the default"
    );
    assert_eq!(apply(&mut c, "deep-link", Some("false")), Ok(()));
    assert!(!c.deep_link);
    assert_eq!(apply(&mut c, "theme", Some("auto")), Ok(()));
    assert_eq!(c.theme, Theme::Auto);
}

/// The one table of attribute values and their readings (`tests/e2e/lib/readings.json`), which the
/// end-to-end suite checks against the JS entry too (`prerender.test.mjs`): both read a value the
/// same way (trimmed, case kept).
#[test]
fn the_readings_table_is_how_apply_reads() {
    let table: serde_json::Value = serde_json::from_str(include_str!("../e2e/lib/readings.json"))
        .expect("readings.json is JSON");
    let rows = table["rows"].as_array().expect("rows");
    assert!(rows.len() >= 10);
    for row in rows {
        let name = row["attribute"].as_str().expect("attribute");
        let value = row["value"].as_str();
        let mut c = Config::default();
        let _ = apply(&mut c, name, value);
        let reads = match name {
            "theme" => serde_json::Value::from(c.theme.id()),
            "view" => serde_json::Value::from(c.start_view.id()),
            "deep-link" => serde_json::Value::from(c.deep_link),
            _ => panic!("no reading for {name}"),
        };
        assert_eq!(reads, row["reads"], "{name}={value:?}");
    }
}
