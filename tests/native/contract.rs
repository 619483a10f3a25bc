//! The embed contract is declared once, in Rust (`src/embed/`), and serialised into
//! `target/contract.json` at build time (`embed::contract`, written by `examples/contract.rs`);
//! the README documents it, and the JS entry, the `site/` pages, the end-to-end page object and the
//! benchmark read that file (`scripts/bundle.mjs` writes the entry's few values in). This test
//! fails when any of README, JS or the contract gains an attribute, event, theme, custom property
//! or part the others lack, and when a script reads the Rust source as text again.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use leg_pain_map::content::is_lang_code;
use leg_pain_map::embed::contract;
use serde_json::Value;

/// The contract exactly as `target/contract.json` holds it after a build.
fn generated() -> Value {
    serde_json::from_str(&contract::json()).expect("the contract is JSON")
}

/// A list of strings in the generated contract.
fn list(contract: &Value, key: &str) -> Vec<String> {
    contract[key]
        .as_array()
        .unwrap_or_else(|| panic!("the contract has {key}"))
        .iter()
        .map(|v| v.as_str().expect("a string").to_owned())
        .collect()
}

/// The observed attributes' names, in order.
fn observed(contract: &Value) -> Vec<String> {
    contract["attributes"]
        .as_array()
        .expect("attributes")
        .iter()
        .map(|a| a["name"].as_str().expect("a name").to_owned())
        .collect()
}

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
        observed(&generated()),
        "README's attribute table vs the contract's attributes"
    );
}

#[test]
fn readme_events_are_the_event_list() {
    assert_eq!(
        readme_column("### Events"),
        list(&generated(), "events"),
        "README's event table vs the contract's events"
    );
}

#[test]
fn readme_themes_are_the_theme_list() {
    let readme = read("README.md");
    let row = readme
        .lines()
        .find(|l| l.starts_with("| `theme`"))
        .expect("a theme row");
    let documented: Vec<String> = row
        .split('|')
        .nth(2)
        .unwrap()
        .split(',')
        .map(|v| v.trim().trim_matches('`').to_owned())
        .collect();
    let contract = generated();
    assert_eq!(documented, list(&contract, "themes"));
    let theme = &contract["attributes"][observed(&contract)
        .iter()
        .position(|n| n == "theme")
        .expect("theme is observed")];
    assert_eq!(
        theme["values"][0], theme["default"],
        "the default theme goes first"
    );
}

#[test]
fn the_js_entry_takes_its_values_from_the_contract() {
    let contract = generated();
    let js = read("src/embed/leg-pain-map.js");
    for mark in [
        "__OBSERVED__",
        "__THEMES__",
        "__VIEWS__",
        "__LANG_PATTERN__",
    ] {
        assert!(
            js.contains(mark),
            "the entry gets {mark} from the contract at build time"
        );
    }
    // The entry reads a few attributes itself (the words' language and source, and the theme,
    // view and deep link the prerendered start screen must match), but never lists them all.
    let read_by_entry = ["lang", "content-src", "theme", "view", "deep-link"];
    for name in observed(&contract)
        .iter()
        .filter(|n| !read_by_entry.contains(&n.as_str()))
    {
        assert!(
            !js.contains(&format!("'{name}'")),
            "the entry writes {name} itself"
        );
    }
    for value in list(&contract, "themes")
        .iter()
        .chain(&list(&contract, "views"))
    {
        assert!(
            !js.contains(&format!("'{value}'")),
            "the entry writes the value {value} itself"
        );
    }
    assert!(
        !js.contains("[a-z]{2,3}"),
        "the language rule is written once"
    );
    assert!(
        !js.lines()
            .any(|l| l.split("//").next().unwrap().contains("contract")),
        "the entry never fetches or imports the contract (only comments name it)"
    );
    // It hands attribute changes on as they come, never one of its own making (the start screen's
    // view and place go through the widget's `handOver`), and keeps nothing for a benchmark.
    assert!(
        !js.contains("attributeChanged('") && !js.contains("attributeChanged(\""),
        "the entry sends an attribute change the page never made"
    );
    assert!(
        !js.contains("_wasm"),
        "the entry keeps the wasm's exports for a benchmark (it reads memory through CDP)"
    );
    let bundle = read("scripts/bundle.mjs");
    for key in ["theme", "view", "lang_pattern", "attributes"] {
        assert!(bundle.contains(key), "bundle.mjs fills the entry's {key}");
    }
    for name in ["OBSERVED", "THEMES", "VIEWS", "LANG_PATTERN"] {
        assert!(bundle.contains(name), "bundle.mjs fills __{name}__");
    }
}

/// Scripts read the contract file, never the Rust source as text (as `bundle.mjs` once
/// regex-parsed `pub const … = [...]` out of `src/embed/`).
#[test]
fn no_script_reads_the_rust_source() {
    let mut scripts = BTreeSet::new();
    for dir in ["scripts", "site", "bench", "tests/e2e", "tests/e2e/lib"] {
        for entry in
            std::fs::read_dir(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)).unwrap()
        {
            let path = entry.unwrap().path();
            let name = path.to_string_lossy().into_owned();
            if [".mjs", ".js", ".sh"].iter().any(|e| name.ends_with(e)) {
                scripts.insert(path);
            }
        }
    }
    assert!(scripts.len() > 10, "{scripts:?}");
    for path in scripts {
        let text = std::fs::read_to_string(&path).unwrap();
        for sign in ["pub const", "'src/embed'", "src/embed', ", "rustConst"] {
            assert!(
                !text.contains(sign),
                "{} reads Rust source as text ({sign})",
                path.display()
            );
        }
    }
}

#[test]
fn the_contract_lists_every_id() {
    let contract = generated();
    for (key, at_least) in [
        ("regions", 28),
        ("pains", 8),
        ("timings", 4),
        ("signs", 10),
        ("facts", 8),
        ("tiers", 5),
        ("causes", 9),
        ("views", 2),
    ] {
        let ids = list(&contract, key);
        assert!(ids.len() >= at_least, "{key}: {ids:?}");
        let unique: BTreeSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{key} has no repeated id");
    }
    for attribute in contract["attributes"].as_array().unwrap() {
        assert_eq!(attribute["trimmed"], true, "{attribute}");
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
    let pattern =
        regex::Regex::new(generated()["lang_pattern"].as_str().expect("lang_pattern")).unwrap();
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

/// The text between `start` and `end` in `path`.
fn between(path: &str, start: &str, end: &str) -> String {
    let text = read(path);
    let rest = text
        .split_once(start)
        .unwrap_or_else(|| panic!("{path} has {start}"))
        .1;
    rest.split_once(end)
        .unwrap_or_else(|| panic!("{path} has {end} after {start}"))
        .0
        .to_owned()
}

/// The size figures are written once: README and docs/size.md show the same block, which
/// `node scripts/bytes.mjs --write-docs` writes from the bundle (and `--budget` checks).
#[test]
fn readme_and_the_size_page_show_the_same_figures() {
    let block = |path| between(path, "<!-- size: ", "<!-- end of size -->");
    assert_eq!(
        block("README.md"),
        block("docs/size.md"),
        "run node scripts/bytes.mjs --write-docs"
    );
}

/// The framework floor is built exactly like the widget (`scripts/build.sh floor`): its page's
/// rust link (wasm-opt level and flags) and its release profile are the widget's, letter for letter.
#[test]
fn the_floor_is_built_like_the_widget() {
    let link = |path| between(path, "<link data-trunk rel=\"rust\"", ">");
    assert_eq!(link("index.html"), link("bench/yew-floor/index.html"));
    assert!(link("index.html").contains("data-wasm-opt="));
    let profile = |path| {
        let text = read(path);
        let rest = text
            .split_once("[profile.release]")
            .expect("a release profile")
            .1;
        rest.split("\n\n").next().unwrap().trim().to_owned()
    };
    assert_eq!(profile("Cargo.toml"), profile("bench/yew-floor/Cargo.toml"));
    assert!(profile("Cargo.toml").contains("opt-level"));
}
