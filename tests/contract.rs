//! The embed contract is declared once, in `src/embed/`; the README documents it and the JS entry
//! receives its lists at build time (`scripts/bundle.mjs`). This test fails when any of README,
//! JS or Rust gains an attribute, event, theme, custom property or part the others lack.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use leg_pain_map::content::is_lang_code;
use leg_pain_map::embed::attributes::{LANG_PATTERN, OBSERVED};
use leg_pain_map::embed::config::THEMES;
use leg_pain_map::embed::events::EVENTS;

fn read(path: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

/// The first column of the README table under `heading`, back-quotes removed.
fn readme_column(heading: &str) -> Vec<String> {
    let readme = read("README.md");
    let section = readme
        .split_once(heading)
        .unwrap_or_else(|| panic!("README has {heading}"))
        .1;
    section
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .skip(2)
        .map(|row| {
            row.split('|')
                .nth(1)
                .unwrap()
                .trim()
                .trim_matches('`')
                .to_owned()
        })
        .collect()
}

/// Every `needle…"` token in the files under `dir` with one of `endings`.
fn tokens(dir: &str, endings: &[&str], start: &str, stop: char, out: &mut BTreeSet<String>) {
    for entry in
        std::fs::read_dir(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)).unwrap()
    {
        let path = entry.unwrap().path();
        if path.is_dir() {
            tokens(
                &path
                    .strip_prefix(env!("CARGO_MANIFEST_DIR"))
                    .unwrap()
                    .to_string_lossy(),
                endings,
                start,
                stop,
                out,
            );
        } else if endings.iter().any(|e| path.to_string_lossy().ends_with(e)) {
            let text = std::fs::read_to_string(&path).unwrap();
            for piece in text.split(start).skip(1) {
                out.insert(piece.split(stop).next().unwrap().to_owned());
            }
        }
    }
}

#[test]
fn readme_attributes_are_the_observed_list() {
    assert_eq!(
        readme_column("### Attributes"),
        OBSERVED,
        "README's attribute table vs attributes::OBSERVED"
    );
}

#[test]
fn readme_events_are_the_event_list() {
    assert_eq!(
        readme_column("### Events"),
        EVENTS,
        "README's event table vs events::EVENTS"
    );
}

#[test]
fn readme_themes_are_the_theme_list() {
    let readme = read("README.md");
    let row = readme
        .lines()
        .find(|l| l.starts_with("| `theme`"))
        .expect("a theme row");
    let documented: Vec<&str> = row
        .split('|')
        .nth(2)
        .unwrap()
        .split(',')
        .map(|v| v.trim().trim_matches('`'))
        .collect();
    assert_eq!(documented, THEMES);
}

#[test]
fn the_js_entry_takes_its_lists_from_rust() {
    let js = read("src/embed/leg-pain-map.js");
    for mark in ["__OBSERVED__", "__THEMES__", "__LANG_PATTERN__"] {
        assert!(
            js.contains(mark),
            "the entry reads {mark} from the Rust at build time"
        );
    }
    // The entry reads a few attributes itself (the words' language and source, and the theme,
    // view and deep link the prerendered start screen must match), but never lists them all.
    let read_by_entry = ["lang", "content-src", "theme", "view", "deep-link"];
    for name in OBSERVED.iter().filter(|n| !read_by_entry.contains(n)) {
        assert!(
            !js.contains(&format!("'{name}'")),
            "the entry writes {name} itself"
        );
    }
    for theme in THEMES {
        assert!(
            !js.contains(&format!("'{theme}'")),
            "the entry writes the theme {theme} itself"
        );
    }
    assert!(
        !js.contains("[a-z]{2,3}"),
        "the language rule is written once"
    );
    let bundle = read("scripts/bundle.mjs");
    for name in ["OBSERVED", "THEMES", "LANG_PATTERN"] {
        assert!(
            bundle.contains(&format!("'{name}'")),
            "bundle.mjs fills {name}"
        );
    }
}

#[test]
fn readme_custom_properties_and_parts_are_those_the_widget_uses() {
    let readme = read("README.md");
    let theming = readme
        .split_once("### Theming")
        .unwrap()
        .1
        .split_once("```css")
        .unwrap()
        .0;
    let mut documented = BTreeSet::new();
    for piece in theming.split("`--lpm-").skip(1) {
        documented.insert(piece.split('`').next().unwrap().to_owned());
    }
    let mut used = BTreeSet::new();
    tokens("styles/widget", &[".css"], "var(--lpm-", ',', &mut used);
    assert_eq!(
        documented, used,
        "README's custom properties vs styles/widget"
    );

    let parts_line = theming
        .split_once("`::part()` names:")
        .unwrap()
        .1
        .split_once("\n\n")
        .unwrap()
        .0;
    let documented: BTreeSet<String> = parts_line
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect();
    let mut used = BTreeSet::new();
    let mut attrs = BTreeSet::new();
    tokens("src", &[".rs"], "part=\"", '"', &mut attrs);
    for value in attrs {
        used.extend(value.split(' ').map(str::to_owned));
    }
    assert_eq!(
        documented, used,
        "README's ::part names vs part=\"…\" in src"
    );
}

#[test]
fn the_language_rule_is_the_same_in_rust_and_in_the_js_regex() {
    let pattern = regex::Regex::new(LANG_PATTERN).unwrap();
    let samples = [
        "en",
        "es",
        "pt-br",
        "zh-hant-tw",
        "sr-latn",
        "en-US",
        "EN",
        "e",
        "engl",
        "en-",
        "-en",
        "en--us",
        "en-a",
        "en-abcdefghi",
        "en-12345678",
        "en_us",
        "e1",
        "fr-ca",
        "",
        "es-419",
        "de-ch-1901",
        "x-klingon",
        "ñe",
    ];
    for sample in samples {
        assert_eq!(is_lang_code(sample), pattern.is_match(sample), "{sample:?}");
    }
}
