//! The safety rules, swept exhaustively: every place × feeling × timing × every set of the
//! warning signs asked there (up to 2^10) × health facts through `rules::outcome`, then every
//! place × feeling × timing with no sign, each single sign and each pair rendered to HTML in both
//! languages.
#![cfg(not(target_arch = "wasm32"))]
mod common;

use std::collections::BTreeMap;
use std::rc::Rc;

use common::builtin;
use leg_pain_map::content::rules::{
    asks, base_tier, is_clot_risk, is_gentle, outcome, risk_tier, sign_tier, Facts, Signs,
    CLOT_PARTS,
};
use leg_pain_map::content::{
    table, Cause, Fact, Lang, Pain, Part, RegionId, Side, Sign, Tier, Timing,
};
use leg_pain_map::embed::config::Config;

/// The signs asked at a place × feeling.
fn asked(part: Part, pain: Pain) -> Vec<Sign> {
    Sign::ALL
        .iter()
        .copied()
        .filter(|s| asks(part, pain, *s))
        .collect()
}

/// Every set of the signs asked at a place × feeling.
fn every_set(part: Part, pain: Pain) -> impl Iterator<Item = Signs> {
    let asked = asked(part, pain);
    (0u32..1 << asked.len()).map(move |bits| {
        Signs::of(
            &asked
                .iter()
                .enumerate()
                .filter(|(i, _)| bits & 1 << i != 0)
                .map(|(_, s)| *s)
                .collect::<Vec<_>>(),
        )
    })
}

/// Facts matter only as "a strong clot risk or not" and as cautions: none, each caution alone,
/// one strong risk, and all of them.
fn fact_sets() -> [Facts; 5] {
    [
        Facts::NONE,
        Facts::of(&[Fact::Hormones]),
        Facts::of(&[Fact::BloodThinners]),
        Facts::of(&[Fact::Journey]),
        Facts::of(Fact::ALL),
    ]
}

fn every_input() -> impl Iterator<Item = (Part, Pain, Timing)> {
    Part::ALL.iter().flat_map(|&part| {
        Pain::ALL
            .iter()
            .flat_map(move |&pain| Timing::ALL.iter().map(move |&timing| (part, pain, timing)))
    })
}

const MUSCLE_SORENESS: [Pain; 5] = [
    Pain::Knot,
    Pain::Tight,
    Pain::Ache,
    Pain::SoreAfter,
    Pain::Cramp,
];

#[test]
fn the_whole_product_keeps_every_safety_rule() {
    let mut checked = 0usize;
    for (part, pain, timing) in every_input() {
        for signs in every_set(part, pain) {
            for facts in fact_sets() {
                let out = outcome(part, pain, timing, signs, facts);
                checked += 1;
                let what = format!("{part:?} {pain:?} {timing:?} {signs:?} {facts:?}");
                let strong = facts.iter().any(is_clot_risk);
                // The tier is the most urgent of the base, the risk and every sign that counts.
                let risk = if strong {
                    risk_tier(part, timing)
                } else {
                    Tier::SelfCare
                };
                let expected = out
                    .signs
                    .iter()
                    .map(sign_tier)
                    .fold(base_tier(part, pain, timing).min(risk), Tier::min);
                assert_eq!(out.tier, expected, "{what}");
                for sign in asked(part, pain) {
                    let more = outcome(part, pain, timing, signs.with(sign), facts);
                    assert!(more.tier <= out.tier, "{what}: adding {sign:?} lowered it");
                }
                for fact in Fact::ALL {
                    let more = outcome(part, pain, timing, signs, facts.with(*fact));
                    assert!(more.tier <= out.tier, "{what}: adding {fact:?} lowered it");
                }
                if out.tier <= Tier::Urgent {
                    assert!(
                        !out.explains && !out.calm && !out.usual && !out.fades,
                        "{what}: urgent says one thing"
                    );
                }
                assert_eq!(out.calm, out.tier >= Tier::Therapist, "{what}");
                // Every calm card says when to see a doctor after all; no other card needs to.
                assert_eq!(out.net.is_some(), out.calm, "{what}: the safety net");
                if is_gentle(part) {
                    assert!(!out.usual, "{what}: never usual at a danger zone or joint");
                    assert_ne!(out.cause, Cause::DeepPressure, "{what}");
                    assert!(!out.also.contains(&Cause::DeepPressure), "{what}");
                }
                // The cause fits the timing and the card.
                let shown = || std::iter::once(out.cause).chain(out.also.iter().copied());
                if out.calm {
                    assert!(
                        shown().all(|c| c != Cause::Injury),
                        "{what}: an injury on a card that offers a massage"
                    );
                }
                if matches!(timing, Timing::Unrelated | Timing::Lasting) {
                    assert!(
                        shown().all(|c| c != Cause::DeepPressure),
                        "{what}: no massage pressure to blame"
                    );
                }
                if timing == Timing::Unrelated {
                    assert!(shown().all(|c| c != Cause::Sensitivity), "{what}");
                }
                assert!(shown().all(|c| table::fits(part, c)), "{what}");
                assert_eq!(
                    out.tier == Tier::Emergency,
                    out.signs.iter().any(|s| sign_tier(s) == Tier::Emergency),
                    "{what}: the emergency box only when an emergency sign is ticked"
                );
                if pain == Pain::Swollen {
                    assert!(
                        out.tier <= Tier::Urgent && out.signs.has(Sign::Clot),
                        "{what}: swollen is the clot sign"
                    );
                }
                // The seed's rule, kept where more than two days is never just a knot: joints,
                // danger zones, the shin and the calf.
                if timing == Timing::Lasting && (is_gentle(part) || part == Part::Calf) {
                    assert!(out.tier <= Tier::SeeDoctor, "{what}: lasting");
                }
                if signs.has(Sign::Worse) {
                    assert!(out.tier <= Tier::SeeDoctor, "{what}: getting worse");
                }
                if pain == Pain::Sharp && [Part::Achilles, Part::Calf, Part::Shin].contains(&part) {
                    let twinge = timing == Timing::During && part != Part::Shin;
                    assert!(
                        twinge || out.tier <= Tier::SeeDoctor,
                        "{what}: a possible tear or fracture"
                    );
                }
                // A risk factor is not a symptom: alone, it never makes soreness after a massage
                // urgent, and never anything an emergency.
                if signs.is_empty() && base_tier(part, pain, timing) > Tier::Urgent {
                    assert!(out.tier >= Tier::Urgent, "{what}");
                    if timing == Timing::After {
                        assert!(out.tier >= Tier::SeeDoctor, "{what}: risk after a massage");
                    }
                }
                if out.usual || out.fades {
                    assert!(MUSCLE_SORENESS.contains(&pain), "{what}");
                }
            }
        }
    }
    println!("rules: {checked} combinations checked");
}

#[test]
fn each_sign_reaches_its_tier_on_every_place_it_is_asked() {
    let mut most = 0;
    for (part, pain, timing) in every_input() {
        for sign in asked(part, pain) {
            let out = outcome(part, pain, timing, Signs::of(&[sign]), Facts::NONE);
            assert!(
                out.tier <= sign_tier(sign),
                "{part:?} {pain:?} {timing:?} {sign:?}"
            );
        }
        let n = asked(part, pain).len();
        most = most.max(n);
        assert!(
            n <= 10,
            "{part:?} {pain:?}: {n} signs (at most ten fit a phone)"
        );
        for sign in [Sign::Breathless, Sign::NerveSudden, Sign::ColdFoot] {
            assert!(asks(part, pain, sign), "emergency signs always reachable");
        }
        if pain != Pain::Swollen {
            assert!(
                asks(part, pain, Sign::Worse),
                "getting worse asked everywhere"
            );
        }
    }
    assert_eq!(most, 10);
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
            Pain::ALL
                .iter()
                .all(|&pain| pain == Pain::Swollen || asks(part, pain, Sign::Clot)),
            "{part:?}"
        );
    }
    // A ruptured Achilles that still walks, whatever the visitor calls the feeling.
    for pain in [
        Pain::Knot,
        Pain::Tight,
        Pain::Ache,
        Pain::Sharp,
        Pain::Cramp,
    ] {
        assert!(asks(Part::Achilles, pain, Sign::Kicked), "{pain:?}");
        assert!(asks(Part::Calf, pain, Sign::Kicked), "{pain:?}");
    }
    // A broken hip hurts in the groin, the thigh or the knee too.
    for part in [Part::Hip, Part::ThighFront, Part::InnerThigh, Part::Knee] {
        assert!(asks(part, Pain::Ache, Sign::Fall), "{part:?}");
    }
}

/// The clot-risk rules: where clots form, the timing decides; elsewhere a caution.
#[test]
fn a_strong_clot_risk_is_weighed_by_place_and_timing() {
    let strong = Facts::of(&[Fact::Surgery]);
    for (part, pain, timing) in every_input() {
        let with = outcome(part, pain, timing, Signs::NONE, strong).tier;
        let base = base_tier(part, pain, timing);
        let expected = if CLOT_PARTS.contains(&part) {
            match timing {
                Timing::During => Tier::Therapist,
                Timing::After => Tier::SeeDoctor,
                _ => Tier::Urgent,
            }
        } else {
            Tier::Therapist
        };
        assert_eq!(with, base.min(expected), "{part:?} {pain:?} {timing:?}");
        // The pill, HRT and blood thinners are cautions: they never move the tier.
        let caution = Facts::of(&[Fact::Hormones, Fact::BloodThinners]);
        assert_eq!(
            outcome(part, pain, timing, Signs::NONE, caution).tier,
            base,
            "{part:?} {pain:?} {timing:?}"
        );
    }
    // A woman on the pill with a calf knot after her massage is not sent to a doctor.
    let pill = outcome(
        Part::Calf,
        Pain::Knot,
        Timing::After,
        Signs::NONE,
        Facts::of(&[Fact::Hormones]),
    );
    assert_eq!(pill.tier, Tier::SelfCare);
}

#[test]
fn causes_fit_the_place_they_are_shown_on() {
    for (part, pain, timing) in every_input() {
        for calm in [true, false] {
            let entry = table::entry(part, pain, timing, calm);
            for cause in std::iter::once(entry.cause).chain(entry.also.iter().copied()) {
                assert!(
                    table::fits(part, cause),
                    "{part:?} {pain:?}: {cause:?} does not fit"
                );
            }
            assert!(
                !entry.also.contains(&entry.cause) && !entry.also.is_empty(),
                "{part:?} {pain:?} {timing:?}"
            );
        }
    }
    for cause in Cause::ALL {
        let reached = every_input().any(|(part, pain, timing)| {
            outcome(part, pain, timing, Signs::NONE, Facts::NONE).cause == *cause
        });
        assert!(reached, "{cause:?} is never the likely cause");
    }
}

/// The tier counts over the sweep with no sign ticked, pinned: any change to a base cell is
/// deliberate, and `docs/safety.md` prints the same figures.
#[test]
fn tier_counts_with_no_sign_ticked() {
    let counts = no_sign_counts();
    println!("tiers with no sign ticked (of 448): {counts:?}");
    let count = |tier| counts.get(&tier).copied().unwrap_or(0);
    assert_eq!(
        count(Tier::Emergency),
        0,
        "no emergency without an emergency sign"
    );
    assert_eq!(count(Tier::Urgent), 60);
    // 172 as the issue counts, plus one cell argued in docs/safety.md: a new lump behind the
    // knee, not after a massage (knee-back × knot × unrelated), is a doctor's question.
    assert_eq!(count(Tier::Urgent) + count(Tier::SeeDoctor), 173);
    assert_eq!(count(Tier::SeeDoctor), 113);
    assert_eq!(count(Tier::Therapist), 176);
    assert_eq!(count(Tier::SelfCare), 99);
    // Urgent with no sign exactly at: every swollen cell, a sharp Achilles other than during a
    // massage, a sharp calf out of the blue.
    for (part, pain, timing) in every_input() {
        let urgent = pain == Pain::Swollen
            || (pain == Pain::Sharp && part == Part::Achilles && timing != Timing::During)
            || (pain == Pain::Sharp && part == Part::Calf && timing == Timing::Unrelated);
        assert_eq!(
            outcome(part, pain, timing, Signs::NONE, Facts::NONE).tier == Tier::Urgent,
            urgent,
            "{part:?} {pain:?} {timing:?}"
        );
    }
}

fn no_sign_counts() -> BTreeMap<Tier, usize> {
    let mut counts: BTreeMap<Tier, usize> = BTreeMap::new();
    for (part, pain, timing) in every_input() {
        *counts
            .entry(outcome(part, pain, timing, Signs::NONE, Facts::NONE).tier)
            .or_default() += 1;
    }
    counts
}

async fn render(
    lang: &Rc<Lang>,
    region: RegionId,
    pain: Pain,
    timing: Timing,
    signs: Signs,
    facts: Facts,
) -> String {
    let config = Config {
        booking_url: Some("https://spa.example/book?notes={summary}".into()),
        emergency_number: Some("112".into()),
        ..Config::default()
    };
    common::render_answer(lang.clone(), region, pain, timing, signs, facts, config).await
}

fn data_tier(html: &str) -> &str {
    let start = html.find("data-tier=\"").expect("a tier") + 11;
    &html[start..start + html[start..].find('"').unwrap()]
}

/// What the visitor reads, rendered: tiers agree across languages, urgent cards carry no
/// self-care, no "normal" and no booking link, danger zones and joints never call it usual,
/// see-doctor cards speak to the doctor, every calm card has its safety net.
#[tokio::test]
async fn every_card_with_no_sign_one_sign_or_a_pair_renders_safely_in_both_languages() {
    let langs = [
        ("en", Rc::new(builtin("en"))),
        ("es", Rc::new(builtin("es"))),
    ];
    let mut rendered = 0;
    for (part, pain, timing) in every_input() {
        let region = RegionId::new(Side::Left, part);
        // No sign, every single sign and every pair of the signs asked here; with no fact, and
        // with no sign but one strong clot risk and both cautions.
        let asked = asked(part, pain);
        let mut sets = vec![(Signs::NONE, Facts::NONE)];
        sets.push((
            Signs::NONE,
            Facts::of(&[Fact::Pregnancy, Fact::Hormones, Fact::BloodThinners]),
        ));
        for (i, a) in asked.iter().enumerate() {
            sets.push((Signs::of(&[*a]), Facts::NONE));
            sets.extend(
                asked[i + 1..]
                    .iter()
                    .map(|b| (Signs::of(&[*a, *b]), Facts::NONE)),
            );
        }
        for (signs, facts) in sets {
            let out = outcome(part, pain, timing, signs, facts);
            let mut tiers = Vec::new();
            for (code, lang) in &langs {
                let html = render(lang, region, pain, timing, signs, facts).await;
                rendered += 1;
                let what = format!("{code} {part:?} {pain:?} {timing:?} {signs:?} {facts:?}");
                let lower = html.to_lowercase();
                let cause = &lang.causes[out.cause];
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
                        ("lpm-net", "a calm card's safety net"),
                    ] {
                        assert!(!html.contains(needle), "{what}: urgent card shows {why}");
                    }
                    assert!(!lower.contains("normal"), "{what}: urgent card says normal");
                    assert!(!html.contains(&lang.ui.usual_soreness), "{what}");
                }
                assert_eq!(
                    html.contains(&lang.notes[part][pain]),
                    out.note,
                    "{what}: the specific note, where it tells the card's story"
                );
                if out.calm {
                    assert!(html.contains("lpm-net"), "{what}: the safety net");
                    // Nothing on a calm card asks for the same day.
                    assert!(
                        !lower.contains(" today") && !lower.contains(" hoy"),
                        "{what}"
                    );
                    assert!(html.contains(&lang.ui.tell_therapist), "{what}");
                    // A calm card's note never asks for the same day.
                    let note = lang.notes[part][pain].to_lowercase();
                    assert!(!note.contains("today") && !note.contains("hoy"), "{what}");
                } else {
                    // "Show this to the doctor", never advice for the therapist.
                    assert!(html.contains(&lang.ui.tell_doctor), "{what}");
                    assert!(!html.contains(&lang.ui.tell_therapist), "{what}");
                    assert!(!html.contains(&cause.tell_therapist), "{what}");
                    assert!(!html.contains(&lang.ui.before_massage), "{what}");
                }
                if out.note && out.tier != Tier::Emergency {
                    // "At once" is an emergency's word: never in a note under a lesser tier.
                    let note = lang.notes[part][pain].to_lowercase();
                    for word in ["at once", "enseguida", "de inmediato"] {
                        assert!(!note.contains(word), "{what}: {word:?} in the note");
                    }
                }
                // "You told us" lists only what the visitor ticked.
                assert_eq!(html.contains("lpm-told"), !signs.is_empty(), "{what}");
                if is_gentle(part) {
                    assert!(
                        !lower.contains("normal") && !html.contains(&lang.ui.usual_soreness),
                        "{what}: danger zone or joint"
                    );
                }
                assert_eq!(
                    html.contains("lpm-book"),
                    out.calm,
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

/// Where a sign is asked, in words: places grouped by the feelings it is asked for there.
fn asked_at(sign: Sign) -> String {
    let mut groups: Vec<(Vec<Pain>, Vec<&str>)> = Vec::new();
    for &part in Part::ALL {
        let pains: Vec<Pain> = Pain::ALL
            .iter()
            .copied()
            .filter(|&p| asks(part, p, sign))
            .collect();
        if pains.is_empty() {
            continue;
        }
        match groups.iter_mut().find(|(p, _)| *p == pains) {
            Some((_, parts)) => parts.push(part.id()),
            None => groups.push((pains, vec![part.id()])),
        }
    }
    groups
        .iter()
        .map(|(pains, parts)| {
            let places = if parts.len() == Part::COUNT {
                "every place".to_owned()
            } else {
                parts.join(", ")
            };
            let missing: Vec<&str> = Pain::ALL
                .iter()
                .filter(|p| !pains.contains(p))
                .map(|p| p.id())
                .collect();
            match missing.len() {
                0 => places,
                n if n <= 3 => format!("{places} (not for {})", missing.join(", ")),
                _ => format!(
                    "{places} (for {})",
                    pains.iter().map(|p| p.id()).collect::<Vec<_>>().join(", ")
                ),
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
    let mut md = String::from(
        "**Warning signs** (yes, or not sure), most urgent first; *asked at* lists the places and, \
         where it is not every feeling, which feelings.\n\n\
         | sign (title — the lines under it) | asked at | tier it sets |\n|---|---|---|\n",
    );
    for &sign in Sign::ALL {
        let mut at = asked_at(sign);
        if sign == Sign::Clot {
            at += "; counts as ticked for *swollen* everywhere";
        }
        md += &format!(
            "| `{}`: **{}** — {} | {} | **{}** |\n",
            sign.id(),
            en.signs[sign].title,
            en.signs[sign].text,
            at,
            sign_tier(sign).id()
        );
    }
    md += "\n**Health facts** (yes only, asked after the signs unless a sign already makes it an \
           emergency; every place):\n\n| fact | what it changes | caution on calm cards |\n|---|---|---|\n";
    for &fact in Fact::ALL {
        let changes = if is_clot_risk(fact) {
            "strong clot risk: the tier in the next table"
        } else {
            "a caution only: the tier never moves"
        };
        md += &format!(
            "| `{}`: {} | {} | {} |\n",
            fact.id(),
            en.facts[fact].title,
            changes,
            en.facts[fact].text
        );
    }
    md += "\n**A strong clot risk** (one or several), with no sign ticked: the tier is the more \
           urgent of this and the base table below.\n\n| place |";
    for t in Timing::ALL {
        md += &format!(" {} |", en.timings[*t].label);
    }
    md += "\n|---|---|---|---|---|\n";
    let clot_parts: Vec<&str> = CLOT_PARTS.iter().map(|p| p.id()).collect();
    for (label, part) in [
        (clot_parts.join(", "), CLOT_PARTS[0]),
        ("elsewhere".to_owned(), Part::Knee),
    ] {
        md += &format!("| {label} |");
        for &timing in Timing::ALL {
            md += &format!(" {} |", risk_tier(part, timing).id());
        }
        md += "\n";
    }
    md += "\n**Base tier** (place × feeling × timing, no sign, no fact):\n\n| feeling \\ timing |";
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
    let counts = no_sign_counts();
    md += &format!(
        "\nWith no sign and no fact, the {} place × feeling × timing inputs land: {} \
         (doctor or above: {}). The rules test pins these figures.\n",
        every_input().count(),
        Tier::ALL
            .iter()
            .map(|t| format!("{} {}", t.id(), counts.get(t).copied().unwrap_or(0)))
            .collect::<Vec<_>>()
            .join(", "),
        counts
            .iter()
            .filter(|(t, _)| **t <= Tier::SeeDoctor)
            .map(|(_, n)| n)
            .sum::<usize>()
    );
    md += "\n| tier | shown first | cause, note, why | self-care tips, booking link, \"Tell your therapist\" | safety net | \"usual soreness\" line | emergency call link |\n|---|---|---|---|---|---|---|\n";
    for &tier in Tier::ALL {
        let samples: Vec<_> = every_input()
            .flat_map(|(part, pain, timing)| {
                every_set(part, pain).flat_map(move |s| {
                    fact_sets()
                        .into_iter()
                        .map(move |f| outcome(part, pain, timing, s, f))
                })
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
            yes(&|o| o.calm),
            yes(&|o| o.net.is_some()),
            yes(&|o| o.usual),
            if tier == Tier::Emergency {
                "always (when the spa set `emergency-number`; else the words)"
            } else {
                "never"
            },
        );
    }
    md += &format!(
        "\nThe safety nets, one on every calm card: *{}* at {}; *{}* elsewhere (where more than two days is already a doctor's question); *{}* for tingling; *{}* for a sharp pain during a massage.\n",
        en.ui.net_weeks,
        leg_pain_map::content::rules::LASTING_MUSCLES.map(|p| p.id()).join(", "),
        en.ui.net_days,
        en.ui.net_tingling,
        en.ui.net_during
    );
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

/// Writes every place × feeling answer at each timing (no sign ticked) and a few others as plain
/// text under `target/answers/`, for people to read as a clinician would:
/// `cargo test --test rules -- --ignored --nocapture read_every_answer`.
#[tokio::test]
#[ignore]
async fn read_every_answer() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/target/answers");
    std::fs::create_dir_all(dir).unwrap();
    for code in ["en", "es"] {
        let lang = Rc::new(builtin(code));
        let mut text = String::new();
        let mut cases: Vec<(Part, Pain, Timing, Signs, Facts)> = every_input()
            .map(|(part, pain, timing)| (part, pain, timing, Signs::NONE, Facts::NONE))
            .collect();
        cases.extend([
            (
                Part::Calf,
                Pain::Swollen,
                Timing::Unrelated,
                Signs::NONE,
                Facts::of(&[Fact::Surgery]),
            ),
            (
                Part::Calf,
                Pain::Knot,
                Timing::After,
                Signs::NONE,
                Facts::of(&[Fact::Hormones]),
            ),
            (
                Part::Calf,
                Pain::Ache,
                Timing::Unrelated,
                Signs::of(&[Sign::Clot]),
                Facts::of(&[Fact::Journey]),
            ),
            (
                Part::Calf,
                Pain::Cramp,
                Timing::After,
                Signs::of(&[Sign::Breathless]),
                Facts::NONE,
            ),
            (
                Part::Buttock,
                Pain::Tingling,
                Timing::Lasting,
                Signs::of(&[Sign::NerveSudden]),
                Facts::NONE,
            ),
            (
                Part::Achilles,
                Pain::Ache,
                Timing::Unrelated,
                Signs::of(&[Sign::Fracture]),
                Facts::NONE,
            ),
        ]);
        for (part, pain, timing, signs, facts) in cases {
            let region = RegionId::new(Side::Left, part);
            let html = render(&lang, region, pain, timing, signs, facts).await;
            text += &format!(
                "\n\n==== {} × {} × {} × {:?} × {:?}\n",
                part.id(),
                pain.id(),
                timing.id(),
                signs.iter().map(|s| s.id()).collect::<Vec<_>>(),
                facts.iter().map(|f| f.id()).collect::<Vec<_>>()
            );
            text += &plain(&html);
        }
        std::fs::write(format!("{dir}/{code}.txt"), text).unwrap();
    }
    println!("answers written to {dir}/en.txt and es.txt");
}
