//! The built-in content: complete, consistent across languages, specific, safe, phone-sized;
#![cfg(not(target_arch = "wasm32"))]
//! and spa overrides: merged over it, with every mistake reported by path and none fatal.
use crate::common;

use std::collections::BTreeSet;

use common::{builtin, parse, LANGS};
use leg_pain_map::content::merge::{Fields, MAX_TIPS};
use leg_pain_map::content::{
    self, apply_overrides, table, Cause, Lang, Pain, Part, Problem, Sign, Tier, Timing,
};

fn texts(lang: &Lang) -> Vec<(String, String)> {
    let mut out = Vec::new();
    lang.each_text("", &mut |path, text| {
        out.push((path.to_owned(), text.to_owned()))
    });
    out
}

#[test]
fn both_languages_read_without_a_problem_and_have_no_empty_field() {
    for (code, _) in LANGS {
        let lang = builtin(code);
        let all = texts(&lang);
        assert!(all.len() > 250, "{code}: {} texts", all.len());
        for (path, text) in &all {
            assert!(!text.trim().is_empty(), "{code}{path} is empty");
            assert!(
                !text.contains('<') && !text.contains('>'),
                "{code}{path}: plain text only"
            );
        }
    }
}

/// Every object key, with arrays seen as one shape, so list lengths may differ.
fn shape(value: &serde_json::Value, path: String, out: &mut BTreeSet<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                shape(v, format!("{path}.{k}"), out)
            }
        }
        serde_json::Value::Array(items) => {
            out.insert(format!("{path}[]"));
            items
                .iter()
                .for_each(|v| shape(v, format!("{path}[]"), out));
        }
        _ => {
            out.insert(path);
        }
    }
}

#[test]
fn english_and_spanish_have_exactly_the_same_structure() {
    let shapes: Vec<BTreeSet<String>> = LANGS
        .iter()
        .map(|(_, text)| {
            let mut out = BTreeSet::new();
            shape(
                &serde_json::from_str(text).unwrap(),
                String::new(),
                &mut out,
            );
            out
        })
        .collect();
    let missing_es: Vec<_> = shapes[0].difference(&shapes[1]).collect();
    let missing_en: Vec<_> = shapes[1].difference(&shapes[0]).collect();
    assert!(
        missing_es.is_empty() && missing_en.is_empty(),
        "only in en: {missing_es:?}; only in es: {missing_en:?}"
    );
    let (en, es) = (builtin("en"), builtin("es"));
    for cause in Cause::ALL {
        assert_eq!(
            en.causes[*cause].self_care.len(),
            es.causes[*cause].self_care.len(),
            "{cause:?} tips"
        );
    }
    assert_ne!(
        en.ui.title, es.ui.title,
        "Spanish is translated, not copied"
    );
}

#[test]
fn the_serde_model_reads_the_same_files_the_same_way() {
    for (code, text) in LANGS {
        let via_serde: Lang =
            serde_json::from_str(text).unwrap_or_else(|e| panic!("{code}.json: {e}"));
        assert_eq!(via_serde, builtin(code), "{code}");
    }
}

#[test]
fn field_lengths_fit_a_phone() {
    for (code, _) in LANGS {
        let lang = builtin(code);
        for (path, text) in texts(&lang) {
            let cap = match path.split('.').nth(1) {
                _ if path == ".ui.before_massage" => 300,
                // Two lines on a phone: the title carries what makes the sign a red flag.
                Some("signs") if path.ends_with(".title") => 75,
                Some("notes") => 200,
                Some("causes") if path.contains(".self_care.") => 120,
                Some("ui") | Some("pains") => 170,
                Some("regions") => 180,
                _ => 320,
            };
            assert!(
                text.chars().count() <= cap,
                "{code}{path}: {} chars > {cap}",
                text.chars().count()
            );
        }
        // Written over each leg on the drawing, centred 136 units apart: one short word each.
        for side in [&lang.ui.left, &lang.ui.right] {
            assert!(
                !side.contains(' ') && side.chars().count() <= 12,
                "{code}: side word {side:?} does not fit over a leg"
            );
        }
        for cause in Cause::ALL {
            let tips = &lang.causes[*cause].self_care;
            assert!(
                (1..=MAX_TIPS).contains(&tips.len()),
                "{code} {cause:?}: {} tips",
                tips.len()
            );
        }
    }
}

#[test]
fn every_region_and_pain_has_its_own_answer() {
    for (code, _) in LANGS {
        let lang = builtin(code);
        let mut answers = BTreeSet::new();
        let mut notes = BTreeSet::new();
        for part in Part::ALL {
            for pain in Pain::ALL {
                let entry = table::entry(*part, *pain, Timing::After, false);
                let note = &lang.notes[*part][*pain];
                assert!(
                    notes.insert(note.clone()),
                    "{code}: note for {part:?}/{pain:?} repeats another"
                );
                let answer = format!(
                    "{}|{}|{}",
                    note, lang.causes[entry.cause].title, lang.regions[*part].caution
                );
                assert!(answers.insert(answer), "{code}: {part:?}/{pain:?}");
                assert!(!entry.also.contains(&entry.cause) && !entry.also.is_empty());
            }
        }
        assert_eq!(answers.len(), Part::COUNT * Pain::COUNT);
    }
}

#[test]
fn english_says_what_the_article_and_the_nhs_say() {
    let en = builtin("en");
    let lower = |s: &str| s.to_lowercase();
    let clot = lower(&[&en.signs[Sign::Clot].title, " ", &en.signs[Sign::Clot].text].concat());
    for word in [
        "swollen",
        "warm",
        "red",
        "darker",
        "brown or black skin",
        "calf",
        "veins",
        "other leg",
    ] {
        assert!(
            clot.contains(word) || lower(&en.ui.signs_intro).contains(word),
            "clot sign lacks {word:?}"
        );
    }
    let breathless = lower(
        &[
            &en.signs[Sign::Breathless].title,
            " ",
            &en.signs[Sign::Breathless].text,
        ]
        .concat(),
    );
    for word in ["breath", "chest", "blood"] {
        assert!(breathless.contains(word), "{breathless}");
    }
    let nerve = lower(
        &[
            &en.signs[Sign::NerveSudden].title,
            " ",
            &en.signs[Sign::NerveSudden].text,
        ]
        .concat(),
    );
    for word in [
        "between the legs",
        "back passage",
        "peeing",
        "both legs",
        "suddenly",
    ] {
        assert!(nerve.contains(word), "{nerve}");
    }
    // "Bottom" reads as the buttocks: a numb buttock after deep glute work is no emergency.
    assert!(!nerve.contains("bottom"), "{nerve}");
    assert!(
        lower(&en.ui.signs_intro).contains("not sure"),
        "not sure counts as yes"
    );
    assert!(lower(&en.ui.lasting_rule).contains("day"));
    let net = lower(&en.ui.net_weeks);
    for word in ["2 weeks", "worse", "night", "doctor"] {
        assert!(net.contains(word), "the safety net lacks {word:?}");
    }
    assert!(en.tiers[Tier::Emergency].text.contains("{number}"));
    assert!(
        en.tiers[Tier::Urgent].text.contains("{service}")
            && lower(&en.tiers[Tier::Urgent].text).contains("no massage")
    );
    assert!(
        lower(&en.ui.load_failed).contains("chest pain"),
        "the failure text keeps the safety line"
    );
    for part in [Part::KneeBack, Part::InnerThigh] {
        let caution = lower(&en.regions[part].caution);
        assert!(
            caution.contains("nerve") || caution.contains("vessel") || caution.contains("vein"),
            "{part:?}: {caution}"
        );
    }
    let care: String = Cause::ALL
        .iter()
        .flat_map(|c| en.causes[*c].self_care.clone())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    for word in ["heat", "ice", "stretch", "bath", "water", "rest"] {
        assert!(care.contains(word), "self-care never mentions {word}");
    }
    assert!(lower(&en.ui.disclaimer).contains("diagnos"));
}

/// Worried people tick what they are "not sure about": each sign's bold title carries what makes
/// it a red flag (sudden, new, one leg, both legs…), in both languages.
#[test]
fn every_sign_title_carries_what_makes_it_a_red_flag() {
    let qualifiers: [(Sign, &[&str], &[&str]); 15] = [
        (
            Sign::Breathless,
            &["new", "sudden"],
            &["nuevo", "repentina"],
        ),
        (
            Sign::NerveSudden,
            &["new", "between the legs", "suddenly weak"],
            &["nuevo", "entre las piernas", "débil de repente"],
        ),
        (
            Sign::ColdFoot,
            &["one", "suddenly"],
            &["un pie", "de repente"],
        ),
        (
            Sign::Compartment,
            &["severe", "worsening"],
            &["intenso", "creciente"],
        ),
        (Sign::Sepsis, &["fever", "sepsis"], &["fiebre", "sepsis"]),
        (
            Sign::DarkPee,
            &["dark brown", "severe"],
            &["marrón oscura", "intenso"],
        ),
        (Sign::Fall, &["65", "after a fall"], &["65", "tras caer"]),
        (Sign::Clot, &["one leg", "newly"], &["una pierna", "recién"]),
        (Sign::Redness, &["spreading"], &["se extiende"]),
        (
            Sign::FootDrop,
            &["slowly", "drag"],
            &["poco a poco", "arrastra"],
        ),
        (
            Sign::Fracture,
            &["4 steps", "out of shape"],
            &["4 pasos", "deformada"],
        ),
        (
            Sign::Kicked,
            &["sudden", "kicked"],
            &["de repente", "patada"],
        ),
        (
            Sign::Bruise,
            &["spreading", "blood thinners"],
            &["crece", "anticoagulantes"],
        ),
        (
            Sign::DiabeticFoot,
            &["diabetes", "new"],
            &["diabetes", "nuevos"],
        ),
        (
            Sign::Worse,
            &["worse each day", "at night"],
            &["cada día", "por la noche"],
        ),
    ];
    let (en, es) = (builtin("en"), builtin("es"));
    for (sign, en_words, es_words) in qualifiers {
        for (lang, words) in [(&en, en_words), (&es, es_words)] {
            let title = lang.signs[sign].title.to_lowercase();
            for word in words {
                assert!(title.contains(word), "{sign:?}: {title:?} lacks {word:?}");
            }
        }
    }
    // Numb "around the bottom" reads as the buttocks; a cold foot needs "one" and "suddenly".
    assert!(!en.signs[Sign::NerveSudden]
        .title
        .to_lowercase()
        .contains("bottom"));
    assert!(!es.signs[Sign::NerveSudden].text.contains("nalgas"));
    // Throbbing is how many people describe ordinary soreness: it is not the swollen feeling.
    assert!(!en.pains[Pain::Swollen]
        .label
        .to_lowercase()
        .contains("throb"));
    assert!(!es.pains[Pain::Swollen]
        .label
        .to_lowercase()
        .contains("palpit"));
}

/// Spanish syllables: vowel groups, with a hiatus between two strong vowels (a, e, o) and at an
/// accented í or ú. Regular enough to count by rule.
fn spanish_syllables(word: &str) -> usize {
    let strong = |c: char| "aeoáéó".contains(c);
    let vowel = |c: char| "aeiouáéíóúü".contains(c);
    let mut count = 0;
    let mut prev: Option<char> = None;
    for c in word.to_lowercase().chars() {
        if vowel(c) {
            let joins = prev.is_some_and(|p| {
                // A hiatus: two strong vowels, or an accented í or ú on either side.
                let hiatus = (strong(p) && strong(c)) || "íú".contains(c) || "íú".contains(p);
                !hiatus
            });
            if !joins {
                count += 1;
            }
            prev = Some(c);
        } else {
            prev = None;
        }
    }
    count.max(1)
}

/// Fernández-Huerta reading ease for Spanish (the Flesch formula refitted for Spanish: 206.84 −
/// 0.60 × syllables per 100 words − 1.02 × words per sentence). 70 or more is "fairly easy",
/// about age 11–12.
fn fernandez_huerta(text: &str) -> f64 {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let sentences = text.matches(['.', '?', '!', ':']).count().max(1);
    let syllables: usize = words.iter().map(|w| spanish_syllables(w)).sum();
    let per_100 = syllables as f64 * 100.0 / words.len() as f64;
    206.84 - 0.60 * per_100 - 1.02 * (words.len() as f64 / sentences as f64)
}

/// The signs screen in plain words: English at a reading age of about 11 (Flesch-Kincaid grade
/// ≤ 6 over the screen, no single sign above grade 8), Spanish likewise (Fernández-Huerta ≥ 70
/// over the screen, no sign under 60). `textstat` scores the English.
#[test]
fn warning_signs_read_at_about_age_eleven() {
    let (en, es) = (builtin("en"), builtin("es"));
    let sentence = |t: &str| {
        if t.ends_with('.') {
            t.to_owned()
        } else {
            [t, "."].concat()
        }
    };
    let mut all_en = String::new();
    let mut all_es = String::new();
    for &sign in Sign::ALL {
        let text_en = [sentence(&en.signs[sign].title), en.signs[sign].text.clone()].join(" ");
        let text_es = [sentence(&es.signs[sign].title), es.signs[sign].text.clone()].join(" ");
        let grade = textstat::flesch_kincaid_grade(&text_en);
        let ease = fernandez_huerta(&text_es);
        println!(
            "{:<14} en grade {grade:>5.1}   es ease {ease:>5.1}",
            sign.id()
        );
        assert!(grade <= 8.0, "{sign:?}: grade {grade:.1}: {text_en}");
        assert!(ease >= 60.0, "{sign:?}: ease {ease:.1}: {text_es}");
        all_en += &text_en;
        all_en.push(' ');
        all_es += &text_es;
        all_es.push(' ');
    }
    let (grade, ease) = (
        textstat::flesch_kincaid_grade(&all_en),
        fernandez_huerta(&all_es),
    );
    println!("signs screen: en grade {grade:.1}, es ease {ease:.1}");
    assert!(grade <= 6.0, "English signs: grade {grade:.1}");
    assert!(ease >= 70.0, "Spanish signs: ease {ease:.1}");
    assert_eq!(spanish_syllables("pantorrilla"), 4);
    assert_eq!(spanish_syllables("día"), 2);
    assert_eq!(spanish_syllables("pierna"), 2);
}

// ---- Spa overrides ----

/// WordPress writes `<html lang="en-US">`: a spa's words keyed `en` still apply there, and
/// words keyed by the exact regional code win over them, whatever their order in the JSON.
#[test]
fn words_for_the_primary_language_apply_to_a_regional_page() {
    for json in [
        r#"{"en": {"ui": {"title": "Ours", "intro": "Our intro."}}, "en-us": {"ui": {"title": "Ours, US"}}}"#,
        r#"{"en-us": {"ui": {"title": "Ours, US"}}, "en": {"ui": {"title": "Ours", "intro": "Our intro."}}}"#,
    ] {
        let (lang, problems) = en_with(json, "en-us");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            (lang.ui.title.as_str(), lang.ui.intro.as_str()),
            ("Ours, US", "Our intro.")
        );
    }
    let (lang, _) = en_with(r#"{"en": {"ui": {"title": "Ours"}}}"#, "en-gb");
    assert_eq!(lang.ui.title, "Ours");
    let (lang, _) = en_with(r#"{"en-gb": {"ui": {"title": "British"}}}"#, "en-us");
    assert_eq!(
        lang.ui.title,
        builtin("en").ui.title,
        "another region's words stay out"
    );
}

/// Signs that mixed urgencies were split under new ids. A spa's words for a retired id are
/// reported (a `content-error`), never put on the sign that replaced it.
#[test]
fn words_for_a_retired_sign_are_reported_not_applied() {
    let (lang, problems) = en_with(
        r#"{"en": {"signs": {
            "nerve": {"title": "Numb bottom"},
            "infection": {"title": "Redness"},
            "injury": {"title": "Hurt"},
            "clot-risk": {"title": "Risky"}
        }}}"#,
        "en",
    );
    let got: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        got,
        [
            "en.signs.nerve",
            "en.signs.infection",
            "en.signs.injury",
            "en.signs.clot-risk"
        ]
    );
    assert!(problems.iter().all(|p| p.expected == "a known key"));
    assert_eq!(lang, builtin("en"), "nothing applied");
}

fn en_with(override_json: &str, code: &str) -> (Lang, Vec<Problem>) {
    let mut lang = builtin("en");
    let problems = apply_overrides(&mut lang, code, &parse(override_json));
    (lang, problems)
}

#[test]
fn an_override_replaces_only_what_it_names() {
    let (lang, problems) = en_with(
        r#"{"en": {"causes": {"knots": {"title": "Our words for knots", "self_care": ["Rest"]}}}}"#,
        "en",
    );
    assert_eq!(problems, vec![]);
    assert_eq!(lang.causes[Cause::Knots].title, "Our words for knots");
    assert_eq!(
        lang.causes[Cause::Knots].self_care,
        vec!["Rest".to_string()]
    );
    let en = builtin("en");
    assert_eq!(lang.causes[Cause::Knots].why, en.causes[Cause::Knots].why);
    assert_eq!(lang.causes[Cause::Fascia], en.causes[Cause::Fascia]);
}

#[test]
fn a_third_language_falls_back_to_english_field_by_field() {
    let (lang, problems) = en_with(
        r#"{"fr": {"ui": {"title": "Où avez-vous mal ?"}}, "es": {"ui": {"title": "Otro"}}}"#,
        "fr",
    );
    assert_eq!(problems, vec![]);
    assert_eq!(lang.ui.title, "Où avez-vous mal ?");
    assert_eq!(lang.ui.intro, builtin("en").ui.intro);
}

#[test]
fn mistakes_are_reported_by_path_and_skipped() {
    let (lang, problems) = en_with(
        r#"{
            "en": {
                "causes": {"knots": {"title": 42, "why": "Fine words."}, "gremlins": {"title": "x"}},
                "regions": {"calf": {"name": ["calf"]}},
                "notes": {"calf": {"itchy": "x"}},
                "ui": {"title": ""},
                "faq": {"worse": {"a": "Short."}},
                "colour": "red"
            },
            "xx-not a language": {},
            "es": {"pains": {"knot": {"label": null}}}
        }"#,
        "en",
    );
    let got: Vec<(String, String)> = problems
        .iter()
        .map(|p| (p.path.clone(), p.expected.clone()))
        .collect();
    let want = [
        ("en.causes.knots.title", "text"),
        ("en.causes.gremlins", "a known key"),
        ("en.regions.calf.name", "text"),
        ("en.notes.calf.itchy", "a known key"),
        ("en.ui.title", "text"),
        ("en.colour", "a known key"),
        ("xx-not a language", "a known key"),
        ("es.pains.knot.label", "text"),
    ];
    assert_eq!(
        got,
        want.map(|(p, e)| (p.to_string(), e.to_string())).to_vec()
    );
    assert_eq!(
        problems[0].to_string(),
        "en.causes.knots.title: expected text, found a number"
    );
    let en = builtin("en");
    assert_eq!(
        lang.causes[Cause::Knots].title,
        en.causes[Cause::Knots].title,
        "a wrong type keeps the built-in words"
    );
    assert_eq!(
        lang.causes[Cause::Knots].why,
        "Fine words.",
        "the good fields of the same object still apply"
    );
    assert_eq!(lang.faq[leg_pain_map::content::Faq::Worse].a, "Short.");
    assert_eq!(lang.ui.title, en.ui.title);
}

#[test]
fn wrong_shapes_at_the_top_never_panic() {
    for bad in [
        "[]",
        "42",
        "\"text\"",
        "null",
        r#"{"en": []}"#,
        r#"{"en": {"causes": []}}"#,
        r#"{"en": {"causes": {"knots": {"self_care": [1, 2]}}}}"#,
        r#"{"en": {"causes": {"knots": {"self_care": ["a","b","c","d","e","f"]}}}}"#,
    ] {
        let (lang, problems) = en_with(bad, "en");
        assert!(!problems.is_empty(), "{bad}");
        assert_eq!(lang, builtin("en"), "{bad} changed nothing");
    }
}

#[test]
fn markup_in_an_override_stays_text() {
    let evil = r#"<img src=x onerror="alert(1)">"#;
    let (lang, problems) = en_with(
        &format!(
            r#"{{"en": {{"causes": {{"knots": {{"title": {}}}}}}}}}"#,
            serde_json::to_string(evil).unwrap()
        ),
        "en",
    );
    assert_eq!(problems, vec![]);
    assert_eq!(
        lang.causes[Cause::Knots].title,
        evil,
        "kept as the text it is; components render text, never HTML"
    );
}

#[test]
fn the_documented_example_applies_cleanly() {
    let example = include_str!("../../docs/content-example.json");
    for code in ["en", "fr"] {
        let (lang, problems) = en_with(example, code);
        assert_eq!(problems, vec![], "{code}");
        assert_ne!(
            lang,
            builtin("en"),
            "the example changes something in {code}"
        );
    }
    let (_, problems) = content::read(&parse(include_str!("../../content/en.json")), "en");
    assert!(problems.is_empty());
}

#[test]
fn a_spa_names_one_service_per_cause_with_a_safe_link_only() {
    let (lang, problems) = en_with(
        r#"{"en": {"services": {"knots": {"label": "Sports massage", "url": "https://spa.example/sports"},
            "fascia": {"label": "Stretch session", "url": "javascript:alert(1)"},
            "cramp": {"label": "", "url": "/book"}}}}"#,
        "en",
    );
    assert_eq!(lang.services[Cause::Knots].label.0, "Sports massage");
    assert_eq!(
        lang.services[Cause::Knots].url.0,
        "https://spa.example/sports"
    );
    assert_eq!(
        lang.services[Cause::Fascia].url.0,
        "",
        "a javascript: link is refused"
    );
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["en.services.fascia.url", "en.services.cramp.label"]);
}

#[test]
fn an_override_cannot_drop_the_marks_the_widget_fills() {
    let (lang, problems) = en_with(
        r#"{"en": {"tiers": {"emergency": {"text": "Call an ambulance."}}, "ui": {"urgent_service": "NHS 111"}}}"#,
        "en",
    );
    assert!(
        lang.tiers[Tier::Emergency].text.contains("{number}"),
        "the built-in text stays"
    );
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].path, "en.tiers.emergency.text");
    assert_eq!(problems[0].expected, "text keeping {number}");
    assert_eq!(
        lang.ui.urgent_service, "NHS 111",
        "a spa names its own urgent-care service"
    );
}
