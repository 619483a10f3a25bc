//! The safety rules, swept exhaustively: every place × feeling × timing × set of warning signs
//! (all 2^8 sets, asked or not) through `rules::outcome`, then every place × feeling × timing
//! with no sign, each single sign and each pair rendered to HTML in both languages.
#![cfg(not(target_arch = "wasm32"))]
mod common;

use std::collections::BTreeMap;
use std::rc::Rc;

use common::builtin;
use leg_pain_map::content::rules::{
    asks, base_tier, is_gentle, outcome, sign_tier, Signs, TEAR_PARTS,
};
use leg_pain_map::content::{table, Cause, Lang, Pain, Part, RegionId, Side, Sign, Tier, Timing};
use leg_pain_map::embed::config::Config;

fn every_set() -> impl Iterator<Item = Signs> {
    (0u16..1 << Sign::COUNT).map(|bits| {
        Signs::of(
            &Sign::ALL
                .iter()
                .copied()
                .filter(|s| bits & 1 << s.index() != 0)
                .collect::<Vec<_>>(),
        )
    })
}

fn every_input() -> impl Iterator<Item = (Part, Pain, Timing)> {
    Part::ALL.iter().flat_map(|&part| {
        Pain::ALL
            .iter()
            .flat_map(move |&pain| Timing::ALL.iter().map(move |&timing| (part, pain, timing)))
    })
}

#[test]
fn the_whole_product_keeps_every_safety_rule() {
    let mut checked = 0usize;
    for (part, pain, timing) in every_input() {
        for signs in every_set() {
            let out = outcome(part, pain, timing, signs);
            checked += 1;
            let what = format!("{part:?} {pain:?} {timing:?} {signs:?}");
            // The tier is the most urgent of the base and of every sign that counts.
            let expected = out
                .signs
                .iter()
                .map(|s| sign_tier(s, part, timing))
                .fold(base_tier(part, pain, timing), Tier::min);
            assert_eq!(out.tier, expected, "{what}");
            for sign in Sign::ALL {
                let more = outcome(part, pain, timing, signs.with(*sign));
                assert!(
                    more.tier <= out.tier,
                    "{what}: adding {sign:?} lowered the tier"
                );
            }
            if out.tier <= Tier::Urgent {
                assert!(
                    !out.explains && !out.self_care && !out.usual && !out.book,
                    "{what}: urgent says one thing"
                );
            }
            if out.tier <= Tier::SeeDoctor {
                assert!(!out.book, "{what}: 'no massage' hides Book");
            }
            if is_gentle(part) {
                assert!(!out.usual, "{what}: never usual at a danger zone or joint");
                assert_ne!(out.cause, Cause::DeepPressure, "{what}");
                assert!(!out.also.contains(&Cause::DeepPressure), "{what}");
            }
            assert_eq!(
                out.tier == Tier::Emergency,
                out.signs
                    .iter()
                    .any(|s| sign_tier(s, part, timing) == Tier::Emergency),
                "{what}: the emergency box only when an emergency sign is ticked"
            );
            if pain == Pain::Swollen {
                assert!(
                    out.tier <= Tier::Urgent && out.signs.has(Sign::Clot),
                    "{what}: swollen is the clot sign"
                );
            }
            if timing == Timing::Lasting {
                assert!(
                    out.tier <= Tier::SeeDoctor,
                    "{what}: the seed's rule: longer than two days, a doctor"
                );
            }
            if pain == Pain::Sharp && TEAR_PARTS.contains(&part) {
                assert!(
                    out.tier <= Tier::Urgent,
                    "{what}: a possible tear or fracture is seen today"
                );
            }
        }
    }
    assert_eq!(
        checked,
        Part::COUNT * Pain::COUNT * Timing::COUNT * (1 << Sign::COUNT)
    );
    println!("rules: {checked} combinations checked");
}

#[test]
fn each_sign_reaches_its_tier_on_every_place_it_is_asked() {
    for (part, pain, timing) in every_input() {
        for &sign in Sign::ALL {
            if asks(part, pain, sign) {
                let out = outcome(part, pain, timing, Signs::of(&[sign]));
                assert!(
                    out.tier <= sign_tier(sign, part, timing),
                    "{part:?} {pain:?} {timing:?} {sign:?}"
                );
            }
        }
        let asked = Sign::ALL.iter().filter(|s| asks(part, pain, **s)).count();
        assert!(
            (5..=8).contains(&asked),
            "{part:?} {pain:?}: {asked} signs (a phone shows about eight lines)"
        );
        assert!(
            asks(part, pain, Sign::Breathless) && asks(part, pain, Sign::ColdFoot),
            "emergency signs always reachable"
        );
    }
    // A clot can be anywhere in the calf or thigh, the groin included.
    for part in [
        Part::Calf,
        Part::ThighBack,
        Part::ThighFront,
        Part::InnerThigh,
        Part::OuterThigh,
        Part::Hip,
        Part::KneeBack,
    ] {
        assert!(
            Pain::ALL.iter().all(|&pain| asks(part, pain, Sign::Clot)),
            "{part:?}"
        );
    }
    assert!(
        asks(Part::Buttock, Pain::Knot, Sign::Nerve),
        "nerve emergency signs beside the sciatic nerve"
    );
}

#[test]
fn causes_fit_the_place_they_are_shown_on() {
    for &part in Part::ALL {
        for &pain in Pain::ALL {
            let entry = table::entry(part, pain);
            for cause in std::iter::once(entry.cause).chain(entry.also.iter().copied()) {
                assert!(
                    table::fits(part, cause),
                    "{part:?} {pain:?}: {cause:?} does not fit"
                );
            }
            assert!(
                !entry.also.contains(&entry.cause) && !entry.also.is_empty(),
                "{part:?} {pain:?}"
            );
        }
    }
    for cause in Cause::ALL {
        let reached = Part::ALL.iter().any(|&part| {
            Pain::ALL
                .iter()
                .any(|&pain| table::entry(part, pain).cause == *cause)
        });
        assert!(reached, "{cause:?} is never the likely cause");
    }
}

/// The tier counts over the sweep with no sign ticked (printed for the notes and docs/safety.md).
#[test]
fn tier_counts_with_no_sign_ticked() {
    let mut counts: BTreeMap<Tier, usize> = BTreeMap::new();
    for (part, pain, timing) in every_input() {
        *counts
            .entry(outcome(part, pain, timing, Signs::NONE).tier)
            .or_default() += 1;
    }
    println!(
        "tiers with no sign ticked (of {}): {counts:?}",
        every_input().count()
    );
    assert_eq!(
        counts.get(&Tier::Emergency),
        None,
        "no emergency without an emergency sign"
    );
    assert!(
        counts[&Tier::SelfCare] > 0 && counts[&Tier::Therapist] > 0 && counts[&Tier::Urgent] > 0
    );
}

async fn render(
    lang: &Rc<Lang>,
    region: RegionId,
    pain: Pain,
    timing: Timing,
    signs: Signs,
) -> String {
    let config = Config {
        booking_url: Some("https://spa.example/book?notes={summary}".into()),
        emergency_number: Some("112".into()),
        ..Config::default()
    };
    common::render_answer(lang.clone(), region, pain, timing, signs, config).await
}

fn data_tier(html: &str) -> &str {
    let start = html.find("data-tier=\"").expect("a tier") + 11;
    &html[start..start + html[start..].find('"').unwrap()]
}

/// What the visitor reads, rendered: tiers agree across languages, urgent cards carry no
/// self-care, no "normal" and no booking link, danger zones and joints never call it usual.
#[tokio::test]
async fn every_card_with_no_sign_one_sign_or_a_pair_renders_safely_in_both_languages() {
    let langs = [
        ("en", Rc::new(builtin("en"))),
        ("es", Rc::new(builtin("es"))),
    ];
    let mut rendered = 0;
    for (part, pain, timing) in every_input() {
        let region = RegionId::new(Side::Left, part);
        // No sign, every single sign and every pair of the signs asked here.
        let asked: Vec<Sign> = Sign::ALL
            .iter()
            .copied()
            .filter(|s| asks(part, pain, *s))
            .collect();
        let mut sets = vec![Signs::NONE];
        for (i, a) in asked.iter().enumerate() {
            sets.push(Signs::of(&[*a]));
            sets.extend(asked[i + 1..].iter().map(|b| Signs::of(&[*a, *b])));
        }
        for signs in sets {
            let out = outcome(part, pain, timing, signs);
            let mut tiers = Vec::new();
            for (code, lang) in &langs {
                let html = render(lang, region, pain, timing, signs).await;
                rendered += 1;
                let what = format!("{code} {part:?} {pain:?} {timing:?} {signs:?}");
                let lower = html.to_lowercase();
                tiers.push(data_tier(&html).to_owned());
                assert!(
                    html.contains(&lang.tiers[out.tier].title),
                    "{what}: the tier is shown"
                );
                assert!(!html.contains("style="), "{what}: strict CSP");
                if out.tier <= Tier::Urgent {
                    for (needle, why) in [
                        ("lpm-tips", "self-care"),
                        ("lpm-book", "booking"),
                        ("lpm-usual", "usual"),
                        ("lpm-cause", "cause"),
                    ] {
                        assert!(!html.contains(needle), "{what}: urgent card shows {why}");
                    }
                    assert!(!lower.contains("normal"), "{what}: urgent card says normal");
                    assert!(!html.contains(&lang.ui.usual_soreness), "{what}");
                } else {
                    assert!(
                        html.contains(&lang.notes[part][pain]),
                        "{what}: the specific note"
                    );
                }
                if is_gentle(part) {
                    assert!(
                        !lower.contains("normal") && !html.contains(&lang.ui.usual_soreness),
                        "{what}: danger zone or joint"
                    );
                }
                assert_eq!(
                    html.contains("lpm-book"),
                    out.book,
                    "{what}: Book only when the rules allow"
                );
                assert_eq!(
                    html.contains("href=\"tel:112\""),
                    out.tier == Tier::Emergency,
                    "{what}: the call link"
                );
                assert_eq!(
                    html.contains("lpm-quiet"),
                    out.tier != Tier::Emergency,
                    "{what}: the quiet line"
                );
                assert_eq!(html.contains("lpm-usual"), out.usual, "{what}");
            }
            assert_eq!(tiers[0], tiers[1], "English and Spanish agree on the tier");
            assert_eq!(tiers[0], out.tier.id());
        }
    }
    println!("cards rendered: {rendered}");
}

/// One table cell: the tier that applies most widely "elsewhere", the others with where they apply.
fn where_tiers(by_tier: &BTreeMap<Tier, Vec<String>>) -> String {
    if by_tier.len() == 1 {
        return by_tier.keys().next().unwrap().id().to_owned();
    }
    let common = by_tier
        .iter()
        .max_by_key(|(_, places)| places.len())
        .map(|(t, _)| *t)
        .unwrap();
    by_tier
        .iter()
        .map(|(t, places)| {
            if *t == common {
                format!("{} elsewhere", t.id())
            } else {
                format!("{} at {}", t.id(), places.join(", "))
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// `docs/safety.md` carries these rules as tables for a clinician; this test writes them from the
/// rules themselves (`UPDATE_DOCS=1 cargo test --test rules`) and fails when the page is stale.
#[test]
fn docs_safety_md_shows_the_rules_as_they_are() {
    let en = builtin("en");
    let parts = |f: &dyn Fn(Part) -> bool| -> String {
        let names: Vec<&str> = Part::ALL
            .iter()
            .filter(|p| f(**p))
            .map(|p| p.id())
            .collect();
        if names.len() == Part::COUNT {
            "every place".into()
        } else {
            names.join(", ")
        }
    };
    let mut md =
        String::from("| sign (visitor reads) | asked at | tier it sets |\n|---|---|---|\n");
    for &sign in Sign::ALL {
        let asked = parts(&|p| {
            Pain::ALL
                .iter()
                .filter(|&&f| f != Pain::Tingling && f != Pain::Swollen)
                .all(|&f| asks(p, f, sign))
        });
        // Where each tier applies: a part for every timing, or a part at some timings.
        let mut by_tier: BTreeMap<Tier, Vec<String>> = BTreeMap::new();
        for &part in Part::ALL {
            let mut at: BTreeMap<Tier, Vec<&str>> = BTreeMap::new();
            for &timing in Timing::ALL {
                at.entry(sign_tier(sign, part, timing))
                    .or_default()
                    .push(timing.id());
            }
            for (t, timings) in at {
                let place = if timings.len() == Timing::COUNT {
                    part.id().to_owned()
                } else {
                    format!("{} ({})", part.id(), timings.join(", "))
                };
                by_tier.entry(t).or_default().push(place);
            }
        }
        let tier = where_tiers(&by_tier);
        let mut extra = String::new();
        if sign == Sign::Clot {
            extra = " (and everywhere for *swollen*, where it counts as ticked)".into();
        }
        md += &format!(
            "| `{}`: {} — {} | {}{} | **{}** |\n",
            sign.id(),
            en.signs[sign].title,
            en.signs[sign].text,
            asked,
            extra,
            tier
        );
    }
    md += "\n| feeling \\ timing |";
    for t in Timing::ALL {
        md += &format!(" {} |", en.timings[*t].label);
    }
    md += "\n|---|---|---|---|---|\n";
    for &pain in Pain::ALL {
        md += &format!("| {} |", en.pains[pain].label);
        for &timing in Timing::ALL {
            let mut by_tier: BTreeMap<Tier, Vec<String>> = BTreeMap::new();
            for &part in Part::ALL {
                by_tier
                    .entry(base_tier(part, pain, timing))
                    .or_default()
                    .push(part.id().to_owned());
            }
            md += &format!(" {} |", where_tiers(&by_tier));
        }
        md += "\n";
    }
    md += "\n| tier | shown first | cause, note, why | self-care tips | \"usual soreness\" line | booking link | emergency call link |\n|---|---|---|---|---|---|---|\n";
    for &tier in Tier::ALL {
        let samples: Vec<_> = every_input()
            .flat_map(|(part, pain, timing)| {
                every_set().map(move |s| outcome(part, pain, timing, s))
            })
            .filter(|o| o.tier == tier)
            .collect();
        let yes = |f: &dyn Fn(&leg_pain_map::content::rules::Outcome) -> bool| match (
            samples.iter().all(f),
            samples.iter().any(f),
        ) {
            (true, _) => "always",
            (false, true) => "some",
            _ => "never",
        };
        md += &format!(
            "| `{}` | {} — {} | {} | {} | {} | {} | {} |\n",
            tier.id(),
            en.tiers[tier].title,
            en.tiers[tier].text,
            yes(&|o| o.explains),
            yes(&|o| o.self_care),
            yes(&|o| o.usual),
            yes(&|o| o.book),
            if tier == Tier::Emergency {
                "always (when the spa set `emergency-number`; else the words)"
            } else {
                "never"
            },
        );
    }
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/safety.md");
    let page = std::fs::read_to_string(path).unwrap_or_default();
    let (start, end) = (
        "<!-- rules: generated by tests/rules.rs -->\n",
        "<!-- end of rules -->",
    );
    let (before, rest) = page
        .split_once(start)
        .expect("docs/safety.md has the rules marker");
    let (_, after) = rest
        .split_once(end)
        .expect("docs/safety.md has the end marker");
    let fresh = [before, start, &md, end, after].concat();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(path, &fresh).unwrap();
    }
    assert!(
        page == fresh,
        "docs/safety.md is out of date: run UPDATE_DOCS=1 cargo test --test rules"
    );
}

/// Markup to readable text: tags become line breaks, entities are decoded.
fn plain(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                if !out.ends_with('\n') {
                    out.push('\n');
                }
            }
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'");
    out.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Writes every place × feeling answer (timing "in the day or two after", no sign ticked) and a
/// few others as plain text under `target/answers/`, for people to read as a clinician would:
/// `cargo test --test rules -- --ignored --nocapture read_every_answer`.
#[tokio::test]
#[ignore]
async fn read_every_answer() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/target/answers");
    std::fs::create_dir_all(dir).unwrap();
    for code in ["en", "es"] {
        let lang = Rc::new(builtin(code));
        let mut text = String::new();
        let mut cases: Vec<(Part, Pain, Timing, Signs)> = Part::ALL
            .iter()
            .flat_map(|&part| {
                Pain::ALL
                    .iter()
                    .map(move |&pain| (part, pain, Timing::After, Signs::NONE))
            })
            .collect();
        cases.extend([
            (
                Part::Calf,
                Pain::Swollen,
                Timing::Unrelated,
                Signs::of(&[Sign::Clot]),
            ),
            (Part::ThighFront, Pain::Knot, Timing::During, Signs::NONE),
            (Part::KneeBack, Pain::SoreAfter, Timing::After, Signs::NONE),
            (
                Part::Calf,
                Pain::Cramp,
                Timing::After,
                Signs::of(&[Sign::Breathless]),
            ),
            (
                Part::Buttock,
                Pain::Tingling,
                Timing::Lasting,
                Signs::of(&[Sign::Nerve]),
            ),
            (Part::Achilles, Pain::Sharp, Timing::Unrelated, Signs::NONE),
        ]);
        for (part, pain, timing, signs) in cases {
            let html = render(&lang, RegionId::new(Side::Left, part), pain, timing, signs).await;
            text += &format!(
                "\n\n==== {} × {} × {} × {:?}\n",
                part.id(),
                pain.id(),
                timing.id(),
                signs.iter().map(|s| s.id()).collect::<Vec<_>>()
            );
            text += &plain(&html);
        }
        std::fs::write(format!("{dir}/{code}.txt"), text).unwrap();
    }
    println!("answers written to {dir}/en.txt and es.txt");
}
