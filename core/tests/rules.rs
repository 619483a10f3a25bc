//! The safety rules, swept exhaustively: every place × feeling × timing × every set of the
//! warning signs asked there (up to 2^10) × health facts through `rules::outcome`; then every
//! card with no sign, each single sign, each pair and a strong clot risk, as the data a card
//! shows (`answer::view`), in both languages. No Yew, no HTML: the card's drawing of that data
//! is checked by the widget's snapshot tests (`tests/native/ssr.rs`).

use lpm_core::answer::{net_text, rated, view, Spa};
use lpm_core::content::rules::{
    asks, base_tier, is_clot_risk, is_gentle, outcome, risk_tier, sign_tier, FactSet, SignSet,
    CLOT_PARTS,
};
use lpm_core::content::{
    builtin, table, Cause, Fact, Pain, Part, RegionId, Side, Sign, Tier, Timing,
};
use lpm_core::docs::{asked, every_input, every_set, fact_sets, no_sign_counts};
use lpm_core::drawing::{answer as drawn, Place, SEVERE};

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
            let out = outcome(part, pain, timing, SignSet::of(&[sign]), FactSet::NONE);
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
    let strong = FactSet::of(&[Fact::Surgery]);
    for (part, pain, timing) in every_input() {
        let with = outcome(part, pain, timing, SignSet::NONE, strong).tier;
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
        let caution = FactSet::of(&[Fact::Hormones, Fact::BloodThinners]);
        assert_eq!(
            outcome(part, pain, timing, SignSet::NONE, caution).tier,
            base,
            "{part:?} {pain:?} {timing:?}"
        );
    }
    // A woman on the pill with a calf knot after her massage is not sent to a doctor.
    let pill = outcome(
        Part::Calf,
        Pain::Knot,
        Timing::After,
        SignSet::NONE,
        FactSet::of(&[Fact::Hormones]),
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
    // The travelling pattern is a drawing's cause, never one place's (`core/tests/drawing.rs`).
    for cause in Cause::ALL.iter().filter(|c| **c != Cause::TravelsDown) {
        let reached = every_input().any(|(part, pain, timing)| {
            outcome(part, pain, timing, SignSet::NONE, FactSet::NONE).cause == *cause
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
            outcome(part, pain, timing, SignSet::NONE, FactSet::NONE).tier == Tier::Urgent,
            urgent,
            "{part:?} {pain:?} {timing:?}"
        );
    }
}

/// The signs and facts a card is read with: no sign, every single sign and every pair of the
/// signs asked here, with no fact; and no sign with one strong clot risk and both cautions.
fn card_sets(part: Part, pain: Pain) -> Vec<(SignSet, FactSet)> {
    let asked = asked(part, pain);
    let mut sets = vec![(SignSet::NONE, FactSet::NONE)];
    sets.push((
        SignSet::NONE,
        FactSet::of(&[Fact::Pregnancy, Fact::Hormones, Fact::BloodThinners]),
    ));
    for (i, a) in asked.iter().enumerate() {
        sets.push((SignSet::of(&[*a]), FactSet::NONE));
        sets.extend(
            asked[i + 1..]
                .iter()
                .map(|b| (SignSet::of(&[*a, *b]), FactSet::NONE)),
        );
    }
    sets
}

/// What the visitor reads, as data: tiers agree across languages, urgent cards carry no
/// self-care, no "normal" and no booking link, danger zones and joints never call it usual,
/// see-doctor cards speak to the doctor, every calm card has its safety net.
#[test]
fn every_card_with_no_sign_one_sign_or_a_pair_says_only_what_the_rules_allow() {
    let langs = [("en", builtin("en")), ("es", builtin("es"))];
    let spa = Spa {
        lang: "en",
        emergency_number: Some("112"),
        booking_url: Some("https://spa.example/book?notes={summary}"),
    };
    let mut cards = 0;
    for (part, pain, timing) in every_input() {
        let region = RegionId::new(Side::Left, part);
        for (signs, facts) in card_sets(part, pain) {
            let out = outcome(part, pain, timing, signs, facts);
            for (code, lang) in &langs {
                let v = view(lang, spa, region, pain, timing, signs, facts, out.clone());
                cards += 1;
                let what = format!("{code} {part:?} {pain:?} {timing:?} {signs:?} {facts:?}");
                let texts = v.texts(lang, None);
                let text = texts.join("\n");
                let lower = text.to_lowercase();
                let shows = |words: &str| texts.contains(&words);
                assert_eq!(v.tier, out.tier, "{what}");
                assert_eq!(
                    texts[0], lang.tiers[out.tier].title,
                    "{what}: the tier first"
                );
                if out.tier <= Tier::Urgent {
                    assert!(
                        !v.explains && !shows(&lang.ui.likely_cause),
                        "{what}: explains"
                    );
                    assert!(v.book.is_none(), "{what}: urgent card books");
                    assert!(!lower.contains("normal"), "{what}: urgent card says normal");
                    assert!(!shows(&lang.ui.usual_soreness), "{what}");
                    for tip in &lang.causes[out.cause].self_care {
                        assert!(!shows(tip), "{what}: self-care {tip:?}");
                    }
                }
                assert_eq!(shows(&lang.notes[part][pain]), out.note, "{what}: the note");
                if out.calm {
                    let net = v.net.map(|net| net_text(lang, net)).expect("a safety net");
                    for words in [
                        &lang.ui.do_now,
                        &lang.ui.caution,
                        net,
                        &lang.ui.tell_therapist,
                    ] {
                        assert!(shows(words), "{what}: {words:?}");
                    }
                    // Nothing on a calm card asks for the same day.
                    assert!(
                        !lower.contains(" today") && !lower.contains(" hoy"),
                        "{what}"
                    );
                    assert!(v.book.as_ref().is_some_and(|b| b.note), "{what}: Book");
                } else {
                    // "Show this to the doctor", never advice for the therapist.
                    assert!(v.net.is_none() && !shows(&lang.ui.do_now), "{what}");
                    assert!(shows(&lang.ui.tell_doctor), "{what}");
                    assert!(!shows(&lang.ui.tell_therapist), "{what}");
                    assert!(!shows(&lang.causes[out.cause].tell_therapist), "{what}");
                    assert!(!shows(&lang.ui.before_massage), "{what}");
                    assert!(v.book.is_none() && !v.suggest, "{what}: no booking");
                    assert!(v.cautions.is_empty(), "{what}");
                }
                if out.note && out.tier != Tier::Emergency {
                    // "At once" is an emergency's word: never in a note under a lesser tier.
                    let note = lang.notes[part][pain].to_lowercase();
                    for word in ["at once", "enseguida", "de inmediato"] {
                        assert!(!note.contains(word), "{what}: {word:?} in the note");
                    }
                }
                // "You told us" lists only what the visitor ticked.
                assert_eq!(v.told, signs, "{what}");
                assert_eq!(shows(&lang.ui.you_told_us), !signs.is_empty(), "{what}");
                if is_gentle(part) {
                    assert!(
                        !lower.contains("normal") && !shows(&lang.ui.usual_soreness),
                        "{what}: danger zone or joint"
                    );
                }
                let emergency = out.tier == Tier::Emergency;
                assert_eq!(
                    v.call.as_ref().and_then(|c| c.href.as_deref()),
                    emergency.then_some("tel:112"),
                    "{what}: the call link"
                );
                assert_eq!(v.quiet.is_some(), !emergency, "{what}: the quiet line");
                assert_eq!(shows(&lang.ui.usual_soreness), out.usual, "{what}");
            }
        }
    }
    println!("cards checked: {cards}");
}

/// The card on the phone is drawn from one model, the drawing's (`drawing::DrawingView`); for one
/// place it must say exactly what the one-place view swept above says: every sentence in order,
/// the tier, the call, Book, the summary and the cause, for every card that sweep reads, with a
/// mild and a severe rating and with and without the spa's settings.
#[test]
fn one_place_drawn_as_a_drawing_says_what_its_answer_view_says() {
    let langs = [("en", builtin("en")), ("es", builtin("es"))];
    let spas = [
        Spa {
            lang: "en",
            emergency_number: Some("112"),
            booking_url: Some("https://spa.example/book?notes={summary}&r={regions}&at={region}"),
        },
        Spa {
            lang: "es",
            emergency_number: None,
            booking_url: None,
        },
    ];
    let mut cards = 0;
    for (part, pain, timing) in every_input() {
        let sets = card_sets(part, pain);
        for side in [Side::Left, Side::Right] {
            for &(signs, facts) in &sets {
                for rating in [1, SEVERE] {
                    let place = Place {
                        region: RegionId::new(side, part),
                        pain,
                        rating,
                        timing,
                    };
                    for ((code, lang), spa) in langs.iter().flat_map(|l| spas.map(|s| (l, s))) {
                        let a = rated(lang, spa, place, signs, facts);
                        let d = drawn(lang, spa, &[place], true, signs, facts);
                        cards += 1;
                        let what = format!("{code} {place:?} {signs:?} {facts:?} {spa:?}");
                        assert_eq!(d.texts(lang, None), a.texts(lang, None), "{what}");
                        assert_eq!(
                            d.texts(lang, Some("Reserve")),
                            a.texts(lang, Some("Reserve")),
                            "{what}"
                        );
                        let one = d.one.as_ref().expect("one place");
                        assert_eq!(
                            (d.tier, &d.call, &d.book, &d.summary, d.cautions, d.told),
                            (a.tier, &a.call, &a.book, &a.summary, a.cautions, a.told),
                            "{what}"
                        );
                        assert_eq!(
                            (one.cause, &one.also, one.lasting, one.suggest, d.explains),
                            (a.cause, &a.also, a.lasting, a.suggest, a.explains),
                            "{what}"
                        );
                        assert_eq!(
                            (d.severe, d.usual, d.calm),
                            (a.rated, a.usual, a.calm),
                            "{what}"
                        );
                    }
                }
            }
        }
    }
    println!("one-place cards compared: {cards}");
}
