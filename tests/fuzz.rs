//! The fuzz layer: what a hostile host page can hand the widget — override JSON of any shape and
//! depth, attribute values, URL hashes — thrown at the same Rust that runs in the browser. Each
//! property prints how many inputs it tried. (`tests/e2e/fuzz.test.mjs` does the browser half.)
#![cfg(not(target_arch = "wasm32"))]
mod common;

use common::builtin;
use leg_pain_map::config::Config;
use leg_pain_map::content::merge::{char_count, Fields, Json, MAX_TEXT};
use leg_pain_map::content::{apply_overrides, Lang, Pain, RegionId, Tier};
use leg_pain_map::embed::attributes::{apply, OBSERVED};
use leg_pain_map::journey::{Action, Journey, Step};
use proptest::prelude::*;

const CASES: u32 = 3000;

/// Keys a spa would write, keys it might mistype, and hostile ones.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "en",
            "es",
            "fr",
            "ui",
            "regions",
            "pains",
            "timings",
            "signs",
            "tiers",
            "causes",
            "notes",
            "faq",
            "title",
            "text",
            "why",
            "self_care",
            "tell_therapist",
            "calf",
            "knot",
            "clot",
            "emergency",
            "urgent",
            "call_emergency",
            "quiet_emergency",
            "urgent_service",
            "book",
            "label",
            "description",
            "q",
            "a",
            "__proto__",
            "constructor",
            "",
            "EN",
            "en-US",
        ])
        .prop_map(str::to_owned),
        ".{0,12}",
    ]
}

/// Text: ordinary, empty, huge, markup, marks, odd Unicode.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,40}",
        Just(String::new()),
        Just("   ".to_owned()),
        Just("<img src=x onerror=alert(1)>".to_owned()),
        Just("{number} {service} {summary}".to_owned()),
        (0usize..2000).prop_map(|n| "é".repeat(n)),
        Just("\u{0}\u{202e}🦵".to_owned()),
    ]
}

fn json() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        any::<f64>().prop_map(Json::Number),
        text().prop_map(Json::Text),
    ];
    leaf.prop_recursive(8, 96, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Json::Array),
            prop::collection::vec((key(), inner), 0..8).prop_map(Json::Object),
        ]
    })
}

/// A whole override: language codes at the top, then content-shaped or random values.
fn override_json() -> impl Strategy<Value = Json> {
    prop::collection::vec((key(), json()), 0..4).prop_map(Json::Object)
}

fn checked(lang: &Lang, before: &Lang) {
    lang.each_text("", &mut |path, text| {
        assert!(!text.trim().is_empty(), "{path} became empty");
        assert!(char_count(text) <= MAX_TEXT, "{path} too long");
    });
    // The safety texts keep what the widget fills in.
    assert!(lang.ui.call_emergency.contains("{number}"));
    assert!(lang.tiers[Tier::Emergency].text.contains("{number}"));
    assert!(lang.tiers[Tier::Urgent].text.contains("{service}"));
    assert_eq!(
        lang.ui.summary.contains("{signs}"),
        before.ui.summary.contains("{signs}")
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn fuzz_override_json_of_any_shape_never_breaks_the_words(json in override_json()) {
        let before = builtin("en");
        for code in ["en", "es", "fr"] {
            let mut lang = before.clone();
            let problems = apply_overrides(&mut lang, code, &json);
            checked(&lang, &before);
            let Json::Object(top) = &json else { unreachable!() };
            for problem in problems {
                prop_assert!(!problem.expected.is_empty() && !problem.found.is_empty());
                // Every problem names the field it is about, from the top of the JSON.
                prop_assert!(top.iter().any(|(k, _)| problem.path.starts_with(k.as_str())), "{}", problem.path);
            }
        }
    }

    #[test]
    fn fuzz_attribute_values_of_any_kind_give_a_safe_config(
        name in prop_oneof![prop::sample::select(OBSERVED.to_vec()).prop_map(str::to_owned), ".{0,12}"],
        value in prop::option::of(prop_oneof![text(), "(javascript|data|https?|//|/)[:/]?.{0,30}"]),
    ) {
        let mut config = Config::default();
        let _ = apply(&mut config, &name, value.as_deref());
        if let Some(url) = &config.booking_url {
            let lower = url.to_ascii_lowercase();
            prop_assert!(lower.starts_with("https://") || lower.starts_with("http://") || (url.starts_with('/') && !url.starts_with("//")), "{url}");
        }
        if let Some(number) = &config.emergency_number {
            prop_assert!(number.bytes().all(|b| b.is_ascii_digit() || b" +-()".contains(&b)), "{number}");
        }
        if let Some(label) = &config.booking_label {
            prop_assert!(char_count(label) <= 60);
        }
    }

    #[test]
    fn fuzz_drawing_hashes_are_read_as_far_as_they_are_valid(items in prop::collection::vec((
        prop::sample::select(RegionId::all().map(RegionId::id).chain(["left-elbow", ""]).collect::<Vec<_>>()),
        prop::sample::select(Pain::ALL.iter().map(|p| p.id()).chain(["", "itchy"]).collect::<Vec<_>>()),
        prop::sample::select(vec!["", "0", "1", "5", "8", "10", "11", "x"]),
    ), 0..9)) {
        // Drawing-shaped hashes with real ids, repeats, bad feelings and ratings, up to eight places.
        let hash: String = ["#".to_string(), items.iter()
            .map(|(r, p, n)| [*r, "/", p, "/", n].concat())
            .collect::<Vec<_>>().join(",")].concat();
        let j = Journey::default().next(Action::FollowHash(hash));
        prop_assert!(j.step() <= Step::When, "a hash never skips the timing and the signs");
        prop_assert!(j.count() <= 5);
        let regions: Vec<_> = j.marks().map(|m| m.region).collect();
        for (i, r) in regions.iter().enumerate() {
            prop_assert!(!regions[..i].contains(r), "a place twice");
        }
        // What it wrote back reads as the same drawing.
        let again = Journey::default().next(Action::FollowHash(j.to_hash()));
        prop_assert_eq!(again.marks().collect::<Vec<_>>(), j.marks().collect::<Vec<_>>());
    }

    #[test]
    fn fuzz_any_hash_opens_the_start_or_a_place_never_an_answer(hash in prop_oneof![".{0,40}", "#(left|right)-[a-z-]{0,12}(/[a-z-]{0,12}){0,2}"]) {
        let j = Journey::default().next(Action::FollowHash(hash));
        prop_assert!(j.step() <= Step::When, "a hash never skips the timing and the signs");
    }
}

#[test]
fn fuzz_json_nested_thousands_deep_is_reported_not_followed() {
    for depth in [5_000usize, 50_000] {
        let mut object = Json::Text("x".into());
        let mut array = Json::Text("x".into());
        for _ in 0..depth {
            object = Json::Object(vec![("title".into(), object)]);
            array = Json::Array(vec![array]);
        }
        for deep in [object, array] {
            let json = Json::Object(vec![("en".into(), Json::Object(vec![("ui".into(), deep)]))]);
            let mut lang = builtin("en");
            let problems = apply_overrides(&mut lang, "en", &json);
            assert_eq!(problems.len(), 1, "{problems:?}");
            assert!(problems[0].path.starts_with("en.ui"), "{problems:?}");
            // Not dropped: freeing a tree this deep recurses in the test, not in the widget (the
            // browser's tree is cut at MAX_DEPTH as it is read, in embed::element).
            std::mem::forget(json);
        }
    }
}

/// The count for the test command's summary line (each property runs `CASES` inputs).
#[test]
fn fuzz_how_many_inputs() {
    println!(
        "fuzz: {} random inputs (3 properties x {CASES}) + 4 nested 5,000 and 50,000 deep",
        3 * CASES
    );
}
