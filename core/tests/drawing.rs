//! Several places (issue 22's rules, `lpm_core::drawing`), swept: every pair of places (two
//! regions, any feelings) × timing × no sign and each sign asked at either place; every place ×
//! feeling × timing × rating; then random drawings of up to five places (proptest, a fixed number
//! of cases). The tier is the most urgent over the places and the pattern, never lowered by a
//! place or a rating; the pattern fires exactly where `docs/safety.md` says; no place's card
//! contradicts the drawing.

use std::sync::OnceLock;

use lpm_core::answer::Spa;
use lpm_core::content::rules::{
    asks, is_gentle, outcome, FactSet, Net, Outcome, SignSet, DANGER_ZONES,
};
use lpm_core::content::{builtin, Fact, Lang, Pain, Part, RegionId, Side, Sign, Tier, Timing};
use lpm_core::drawing::{
    drawing, pattern, pattern_tier, rating_tier, view, DrawingOutcome, DrawingView, Pattern, Place,
    SetBy, MAX_PLACES, NERVE_ROOT_PATH, RATINGS, SEVERE,
};
use lpm_core::text::{region_label, url_encode};
use proptest::prelude::*;

/// The built-in languages, read once for every case.
fn langs() -> &'static [(&'static str, Lang); 2] {
    static LANGS: OnceLock<[(&str, Lang); 2]> = OnceLock::new();
    LANGS.get_or_init(|| [("en", builtin("en")), ("es", builtin("es"))])
}

const BOOK: &str = "https://spa.example/book?note={summary}&r={regions}";

fn spa(code: &str) -> Spa<'_> {
    Spa {
        lang: code,
        emergency_number: Some("112"),
        booking_url: Some(BOOK),
    }
}

/// The card's data in English, for the rules' assertions.
fn view_en(places: &[Place], d: &DrawingOutcome, signs: SignSet, facts: FactSet) -> DrawingView {
    let shared = places.windows(2).all(|w| w[0].timing == w[1].timing);
    let lang = &langs()[0].1;
    view(lang, spa("en"), places, shared, signs, facts, d)
}

/// What no drawing's card may say, in the visitor's words: the tier first; urgent and emergency
/// cards with no self-care, no "usual", no Book and no care at a spot; every place that set the
/// tier named; no sentence twice; a deep-pressure danger zone never "usual"; both legs with the
/// saddle line and no quiet line.
fn card_keeps_its_promises(places: &[Place], d: &DrawingOutcome, signs: SignSet, facts: FactSet) {
    let shared = places.windows(2).all(|w| w[0].timing == w[1].timing);
    for (code, lang) in langs() {
        let ui = &lang.ui;
        let v = view(lang, spa(code), places, shared, signs, facts, d);
        let what = format!("{code} {places:?} {signs:?} {facts:?}");
        let texts = v.texts(lang, None);
        assert_eq!(texts[0], lang.tiers[d.tier].title, "{what}: the tier first");
        if d.tier <= Tier::Urgent {
            let calm_words = [&ui.do_now, &ui.caution, &ui.usual_soreness, &ui.book];
            for words in calm_words {
                assert!(!texts.contains(&words.as_str()), "{what}: {words}");
            }
            assert!(
                v.tips.is_empty() && v.care.is_empty() && v.book.is_none(),
                "{what}"
            );
            for c in lpm_core::content::Cause::ALL {
                for tip in &lang.causes[*c].self_care {
                    assert!(!texts.contains(&tip.as_str()), "{what}: self-care {tip}");
                }
            }
        }
        for by in &d.set_by {
            if let SetBy::Place(i) = by {
                let label = region_label(lang, places[*i].region);
                assert!(v.set_by_text.contains(&label), "{what}: {label} not named");
            }
        }
        // The therapist tier's title is the note's heading too ("Tell your therapist"): a
        // heading again, not a sentence.
        for (i, t) in texts.iter().enumerate().skip(1) {
            let heading = *t == ui.tell_therapist || *t == ui.tell_doctor;
            assert!(
                heading || !texts[..i].contains(t),
                "{what}: said twice: {t}"
            );
        }
        if places.iter().any(|p| DANGER_ZONES.contains(&p.region.part)) {
            assert!(
                !texts.contains(&ui.usual_soreness.as_str()),
                "{what}: usual at a danger zone"
            );
        }
        if places.iter().any(|p| is_gentle(p.region.part)) {
            assert!(!v.usual, "{what}");
        }
        // "You rated it 8 or more" only where a severe rating is what reached the tier.
        let rated = d.set_by.iter().any(|by| match by {
            SetBy::Place(i) => {
                let p = places[*i];
                rating_tier(p.pain, p.rating, p.timing) == d.tier
                    && alone(Place { rating: 1, ..p }, signs, facts) > d.tier
            }
            SetBy::Pattern(_) => false,
        });
        assert_eq!(v.severe, rated, "{what}: rated severe");
        assert_eq!(texts.contains(&ui.rated_severe.as_str()), rated, "{what}");
        let both = d.pattern == Some(Pattern::TravelsDownBoth);
        assert_eq!(v.saddle.is_some(), both, "{what}: the saddle line");
        if both {
            assert!(v.quiet.is_none(), "{what}: the quiet line on both legs");
            assert!(texts.contains(&ui.both_legs.as_str()), "{what}");
        }
        assert_eq!(
            v.quiet.is_some(),
            !both && d.tier != Tier::Emergency,
            "{what}"
        );
        assert_eq!(v.book.is_some(), d.tier >= Tier::Therapist, "{what}: Book");
    }
}

/// A place alone, with its rating: what the drawing of that one place says.
fn alone(place: Place, signs: SignSet, facts: FactSet) -> Tier {
    drawing(&[place], signs, facts).tier
}

/// The segment of the nerve-root path a part is on, written out again here as the table in
/// `docs/safety.md` reads (buttock; back or outer thigh, back of the knee; calf, shin, top of
/// the foot, sole).
fn segment(part: Part) -> Option<usize> {
    match part {
        Part::Buttock => Some(0),
        Part::ThighBack | Part::OuterThigh | Part::KneeBack => Some(1),
        Part::Calf | Part::Shin | Part::FootTop | Part::Sole => Some(2),
        _ => None,
    }
}

/// The pattern of one leg, restated: two segments or more of tingling, sharp or aching places;
/// one of them tingling, or sharp with the buttock marked.
fn travels(places: &[Place], side: Side) -> bool {
    let on: Vec<&Place> = places
        .iter()
        .filter(|p| p.region.side == side && segment(p.region.part).is_some())
        .filter(|p| matches!(p.pain, Pain::Tingling | Pain::Sharp | Pain::Ache))
        .collect();
    let mut segments: Vec<usize> = on.iter().filter_map(|p| segment(p.region.part)).collect();
    segments.sort();
    segments.dedup();
    let buttock = on.iter().any(|p| p.region.part == Part::Buttock);
    segments.len() >= 2
        && on
            .iter()
            .any(|p| p.pain == Pain::Tingling || (p.pain == Pain::Sharp && buttock))
}

/// What no card may say at once: each place told at the drawing's tier, and the single-place
/// card rules (calm cards book and explain; urgent ones say one thing).
fn consistent(tier: Tier, out: &Outcome, what: &str) {
    assert_eq!(out.tier, tier, "{what}: a place calmer than its drawing");
    assert_eq!(out.calm, tier >= Tier::Therapist, "{what}");
    assert_eq!(out.explains, tier > Tier::Urgent, "{what}");
    assert_eq!(out.net.is_some(), out.calm, "{what}: the safety net");
    assert!(
        !out.usual || out.calm,
        "{what}: usual on a card that is not calm"
    );
}

fn all_places(rating: u8, timing: Timing) -> Vec<Place> {
    RegionId::all()
        .flat_map(|region| {
            Pain::ALL.iter().map(move |&pain| Place {
                region,
                pain,
                rating,
                timing,
            })
        })
        .collect()
}

#[test]
fn every_pair_of_places_is_as_urgent_as_its_most_urgent_place_or_pattern() {
    assert_eq!(NERVE_ROOT_PATH.iter().map(|s| s.len()).sum::<usize>(), 8);
    let mut outcomes = 0usize;
    let mut patterns = 0usize;
    for &timing in Timing::ALL {
        let places = all_places(5, timing);
        for (i, &a) in places.iter().enumerate() {
            for &b in &places[i + 1..] {
                if a.region == b.region {
                    continue; // a place is drawn once, with one feeling
                }
                let pair = [a, b];
                let expected_pattern =
                    travels(&pair, a.region.side) || travels(&pair, b.region.side);
                let asked = Sign::ALL
                    .iter()
                    .copied()
                    .filter(|&s| asks(a.region.part, a.pain, s) || asks(b.region.part, b.pain, s));
                for signs in std::iter::once(SignSet::NONE).chain(asked.map(|s| SignSet::of(&[s])))
                {
                    let d = drawing(&pair, signs, FactSet::NONE);
                    outcomes += 1;
                    let what = format!("{a:?} + {b:?} {signs:?}");
                    let (ta, tb) = (
                        alone(a, signs, FactSet::NONE),
                        alone(b, signs, FactSet::NONE),
                    );
                    let tp = d
                        .pattern
                        .map_or(Tier::SelfCare, |p| pattern_tier(p, timing));
                    assert_eq!(d.tier, ta.min(tb).min(tp), "{what}");
                    assert!(d.tier <= ta && d.tier <= tb, "{what}: a place lowered it");
                    assert_eq!(d.pattern.is_some(), expected_pattern, "{what}: the pattern");
                    assert!(
                        !matches!(d.pattern, Some(Pattern::TravelsDownBoth)),
                        "{what}"
                    );
                    patterns += usize::from(d.pattern.is_some());
                    let reversed = drawing(&[b, a], signs, FactSet::NONE);
                    assert_eq!(reversed.tier, d.tier, "{what}: the order matters");
                    let mut named = Vec::new();
                    named.extend((ta == d.tier).then_some(SetBy::Place(0)));
                    named.extend((tb == d.tier).then_some(SetBy::Place(1)));
                    named.extend(d.pattern.filter(|_| tp == d.tier).map(SetBy::Pattern));
                    assert_eq!(d.set_by, named, "{what}: who is named first");
                    for out in &d.places {
                        consistent(d.tier, out, &what);
                    }
                }
            }
        }
    }
    println!("pairs: {outcomes} outcomes, {patterns} with the travelling pattern");
    assert!(outcomes > 800_000, "{outcomes}");
}

#[test]
fn a_rating_raises_only_severe_pain_that_no_massage_explains() {
    for &timing in Timing::ALL {
        for place in all_places(1, timing) {
            let base = outcome(
                place.region.part,
                place.pain,
                timing,
                SignSet::NONE,
                FactSet::NONE,
            );
            let mut last = Tier::SelfCare;
            for rating in RATINGS {
                let d = drawing(&[Place { rating, ..place }], SignSet::NONE, FactSet::NONE);
                let what = format!("{place:?} {rating}");
                assert!(d.tier <= last, "{what}: a higher rating lowered it");
                let counts = rating >= SEVERE
                    && matches!(
                        place.pain,
                        Pain::Knot | Pain::Tight | Pain::Ache | Pain::SoreAfter
                    );
                let floor = match timing {
                    _ if !counts => Tier::SelfCare,
                    Timing::Unrelated | Timing::Lasting => Tier::SeeDoctor,
                    _ => Tier::Therapist,
                };
                assert_eq!(d.tier, base.tier.min(floor), "{what}");
                assert_eq!(rating_tier(place.pain, rating, timing), floor, "{what}");
                // Severe soreness is never "usual", whatever else the card says.
                assert!(!(counts && d.places[0].usual), "{what}");
                consistent(d.tier, &d.places[0], &what);
                last = d.tier;
            }
        }
    }
}

fn any_timing() -> impl Strategy<Value = Timing> {
    (0..Timing::COUNT).prop_map(|i| Timing::ALL[i])
}

fn any_place() -> impl Strategy<Value = Place> {
    (
        0..RegionId::all().count(),
        0..Pain::COUNT,
        RATINGS,
        any_timing(),
    )
        .prop_map(|(r, p, rating, timing)| Place {
            region: RegionId::all().nth(r).unwrap(),
            pain: Pain::ALL[p],
            rating,
            timing,
        })
}

/// Up to five places, each region once; mostly one timing for all (as the journey asks), some
/// with a place of its own timing.
fn any_drawing() -> impl Strategy<Value = Vec<Place>> {
    (
        proptest::collection::vec(any_place(), 1..=MAX_PLACES),
        any_timing(),
        proptest::bool::weighted(0.8),
    )
        .prop_map(|(mut places, timing, shared)| {
            if shared {
                places.iter_mut().for_each(|p| p.timing = timing);
            }
            let mut seen = Vec::new();
            places.retain(|p| {
                let new = !seen.contains(&p.region);
                seen.push(p.region);
                new
            });
            places
        })
}

fn any_signs() -> impl Strategy<Value = SignSet> {
    proptest::collection::vec(0..Sign::COUNT, 0..3)
        .prop_map(|s| SignSet::of(&s.into_iter().map(|i| Sign::ALL[i]).collect::<Vec<_>>()))
}

fn any_facts() -> impl Strategy<Value = FactSet> {
    proptest::collection::vec(0..Fact::COUNT, 0..3)
        .prop_map(|f| FactSet::of(&f.into_iter().map(|i| Fact::ALL[i]).collect::<Vec<_>>()))
}

/// A fixed number of random drawings, so the layer's time is known.
const CASES: u32 = 20_000;

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_drawings_keep_every_rule(
        places in any_drawing(),
        extra in any_place(),
        signs in any_signs(),
        facts in any_facts(),
        rotate in 0..MAX_PLACES,
    ) {
        let d = drawing(&places, signs, facts);
        let singles: Vec<Tier> = places.iter().map(|&p| alone(p, signs, facts)).collect();
        let expected_pattern = match (travels(&places, Side::Left), travels(&places, Side::Right)) {
            (true, true) => Some(Pattern::TravelsDownBoth),
            (true, false) => Some(Pattern::TravelsDown(Side::Left)),
            (false, true) => Some(Pattern::TravelsDown(Side::Right)),
            (false, false) => None,
        };
        prop_assert_eq!(d.pattern, expected_pattern);
        let tp = pattern(&places).map_or(Tier::SelfCare, |(_, tier)| tier);
        prop_assert_eq!(d.tier, singles.iter().copied().fold(tp, Tier::min));
        if let Some(p) = d.pattern {
            // Read with the most urgent timing of the places on the path.
            let worst = places.iter().map(|place| pattern_tier(p, place.timing)).min().unwrap();
            prop_assert!(tp >= worst);
        }
        if d.pattern == Some(Pattern::TravelsDownBoth) {
            prop_assert!(d.tier <= Tier::Urgent);
        }
        prop_assert!(!d.set_by.is_empty());
        for out in &d.places {
            consistent(d.tier, out, "random drawing");
        }
        // The card, as data: one tier, each cause once, each place explained once, Book only
        // when every place allows it, nothing calm on a card that is not.
        let v = view_en(&places, &d, signs, facts);
        prop_assert_eq!(v.tier, d.tier);
        prop_assert_eq!(&v.set_by, &d.set_by);
        let calm = d.tier >= Tier::Therapist;
        prop_assert_eq!(v.book.is_some(), calm);
        prop_assert_eq!(v.book.is_some(), singles.iter().all(|t| *t >= Tier::Therapist) && tp >= Tier::Therapist);
        card_keeps_its_promises(&places, &d, signs, facts);
        if d.tier <= Tier::Urgent {
            prop_assert!(v.causes.is_empty() && v.pattern.is_none() && v.self_care.is_empty());
            prop_assert!(v.care.is_empty() && v.nets.is_empty() && !v.usual);
        } else {
            let mut told: Vec<usize> = v.causes.iter().flat_map(|(_, at)| at.clone()).collect();
            told.extend(v.pattern.iter().flat_map(|(_, at)| at.clone()));
            told.sort();
            prop_assert_eq!(told, (0..places.len()).collect::<Vec<_>>(), "each place explained once");
        }
        let causes: Vec<_> = v.causes.iter().map(|(c, _)| *c).collect();
        for (i, c) in causes.iter().enumerate() {
            prop_assert!(!causes[..i].contains(c), "a cause twice");
        }
        prop_assert_eq!(calm, !v.nets.is_empty());
        prop_assert!(
            !(v.nets.contains(&Net::Days) && v.nets.contains(&Net::Weeks)),
            "one deadline per card"
        );
        prop_assert!(!v.usual || (calm && d.places.iter().all(|o| o.usual)));
        for (i, &n) in v.notes.iter().enumerate() {
            prop_assert!(d.places[n].note);
            let (part, pain) = (places[n].region.part, places[n].pain);
            prop_assert!(v.notes[..i].iter().all(|&m| (places[m].region.part, places[m].pain) != (part, pain)));
        }
        // The order the places were drawn in changes nothing but the order they are named in.
        let mut turned = places.clone();
        turned.rotate_left(rotate % places.len());
        prop_assert_eq!(drawing(&turned, signs, facts).tier, d.tier);
        // Another place never lowers it.
        if places.len() < MAX_PLACES && places.iter().all(|p| p.region != extra.region) {
            let mut more = places.clone();
            more.push(extra);
            prop_assert!(drawing(&more, signs, facts).tier <= d.tier);
        }
        // Nor does a higher rating.
        let mut worse = places.clone();
        worse[0].rating = (worse[0].rating + 3).min(10);
        prop_assert!(drawing(&worse, signs, facts).tier <= d.tier);
    }
}

#[test]
fn the_hash_holds_places_feelings_and_ratings_and_reads_as_far_as_valid() {
    use lpm_core::drawing::{from_hash, to_hash};
    let calf = RegionId::new(Side::Left, Part::Calf);
    let buttock = RegionId::new(Side::Left, Part::Buttock);
    let drawn = vec![
        (buttock, Some(Pain::Tingling), Some(6)),
        (calf, Some(Pain::Tingling), Some(10)),
        (
            RegionId::new(Side::Right, Part::Knee),
            Some(Pain::Ache),
            None,
        ),
        (RegionId::new(Side::Right, Part::Hip), None, None),
    ];
    let hash = to_hash(&drawn);
    assert_eq!(
        hash,
        "#left-buttock/tingling/6,left-calf/tingling/10,right-knee/ache,right-hip"
    );
    assert_eq!(from_hash(&hash), drawn);
    assert_eq!(to_hash(&[]), "");
    assert_eq!(from_hash(""), vec![]);
    // As far as it is valid: an unknown place ends it, a repeated one too; a bad rating or feeling
    // ends that place there; more than five places are read as the first five.
    assert_eq!(
        from_hash("#left-calf/knot/3,nowhere,right-calf"),
        vec![(calf, Some(Pain::Knot), Some(3))]
    );
    assert_eq!(
        from_hash("#left-calf,left-calf/knot"),
        vec![(calf, None, None)]
    );
    assert_eq!(
        from_hash("#left-calf/knot/11"),
        vec![(calf, Some(Pain::Knot), None)]
    );
    assert_eq!(
        from_hash("#left-calf/knot/0"),
        vec![(calf, Some(Pain::Knot), None)]
    );
    assert_eq!(from_hash("#left-calf/itchy/5"), vec![(calf, None, None)]);
    let six: Vec<String> = RegionId::all().take(6).map(|r| r.id().to_owned()).collect();
    assert_eq!(from_hash(&six.join(",")).len(), MAX_PLACES);
    // Never the timing, the signs or the facts: a hash cannot hold them.
    for t in Timing::ALL {
        assert!(!hash.contains(t.id()));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// Any text a URL hash can hold reads without a panic into at most five distinct places, and
    /// what a drawing writes reads back as it was.
    #[test]
    fn any_hash_reads_safely_and_a_drawing_round_trips(text in "\\PC{0,200}", places in any_drawing()) {
        use lpm_core::drawing::{from_hash, to_hash};
        let read = from_hash(&text);
        prop_assert!(read.len() <= MAX_PLACES);
        for (i, (region, ..)) in read.iter().enumerate() {
            prop_assert!(read[..i].iter().all(|(r, ..)| r != region));
        }
        let drawn: Vec<_> = places.iter().map(|p| (p.region, Some(p.pain), Some(p.rating))).collect();
        prop_assert_eq!(from_hash(&to_hash(&drawn)), drawn);
    }
}

/// The three-place drawing: buttock, back of the thigh and calf on one leg, tingling.
#[test]
fn sciatica_down_one_leg_is_one_paragraph_and_on_both_legs_is_urgent_or_an_emergency() {
    use lpm_core::content::Cause;
    let place = |side, part, rating, timing| Place {
        region: RegionId::new(side, part),
        pain: Pain::Tingling,
        rating,
        timing,
    };
    let leg = |side, timing| {
        vec![
            place(side, Part::Buttock, 6, timing),
            place(side, Part::ThighBack, 5, timing),
            place(side, Part::Calf, 4, timing),
        ]
    };
    let none = (SignSet::NONE, FactSet::NONE);

    let after = leg(Side::Left, Timing::During);
    let d = drawing(&after, none.0, none.1);
    assert_eq!(d.tier, Tier::Therapist);
    let v = view_en(&after, &d, none.0, none.1);
    assert_eq!(
        v.pattern,
        Some((Pattern::TravelsDown(Side::Left), vec![0, 1, 2]))
    );
    assert!(
        v.causes.is_empty(),
        "the pattern tells all three: {:?}",
        v.causes
    );
    assert_eq!(v.self_care, [Cause::TravelsDown, Cause::Nerve]);
    let care: Vec<Part> = v.care.iter().map(|(part, _)| *part).collect();
    assert_eq!(care, [Part::Buttock, Part::ThighBack, Part::Calf]);
    assert_eq!(v.nets, [Net::Tingling]);
    assert!(v.book.is_some() && v.during);

    let out_of_the_blue = leg(Side::Left, Timing::Unrelated);
    let d = drawing(&out_of_the_blue, none.0, none.1);
    assert_eq!(d.tier, Tier::SeeDoctor);
    assert!(view_en(&out_of_the_blue, &d, none.0, none.1).book.is_none());

    let both = [
        leg(Side::Left, Timing::Unrelated),
        leg(Side::Right, Timing::Unrelated),
    ]
    .concat();
    let d = drawing(&both[..5], none.0, none.1);
    assert_eq!(
        (d.tier, d.pattern),
        (Tier::Emergency, Some(Pattern::TravelsDownBoth))
    );
    assert_eq!(d.set_by, [SetBy::Pattern(Pattern::TravelsDownBoth)]);
    let both_after = [
        leg(Side::Left, Timing::After),
        leg(Side::Right, Timing::After),
    ]
    .concat();
    assert_eq!(drawing(&both_after[..5], none.0, none.1).tier, Tier::Urgent);
    // The saddle-numbness sign makes it an emergency whatever the timing.
    let saddle = SignSet::of(&[Sign::NerveSudden]);
    assert_eq!(
        drawing(&both_after[..5], saddle, FactSet::NONE).tier,
        Tier::Emergency
    );
}

/// The drawing's summary names every place with its feeling and rating, the timing once when
/// shared (each place's own otherwise), the signs and the facts; and stays short enough for a
/// booking link: five places in Spanish with the longest labels, each with its own timing and
/// every health fact ticked, under 2,000 characters once URL-encoded. (Every sign ticked is
/// longer, but then no card offers Book: every sign is urgent or more.)
#[test]
fn the_summary_of_five_places_keeps_the_booking_link_under_2000_characters() {
    use lpm_core::drawing::answer;
    use lpm_core::text::drawing_summary;
    let (_, en) = &langs()[0];
    let place = |side, part, pain, rating, timing| Place {
        region: RegionId::new(side, part),
        pain,
        rating,
        timing,
    };
    let sciatica = [
        place(Side::Left, Part::Buttock, Pain::Tingling, 6, Timing::After),
        place(Side::Left, Part::Calf, Pain::Tingling, 4, Timing::After),
    ];
    assert_eq!(
        drawing_summary(en, &sciatica, true, SignSet::NONE, FactSet::NONE),
        "Left buttock, back of leg: tingling or numb, 6/10; Left calf, back of leg: tingling or \
         numb, 4/10. Started: in the day or two after a massage. Warning signs: none."
    );
    let apart = [
        sciatica[0],
        Place {
            timing: Timing::Unrelated,
            ..sciatica[1]
        },
    ];
    let text = drawing_summary(
        en,
        &apart,
        false,
        SignSet::of(&[Sign::Worse]),
        FactSet::of(&[Fact::Pregnancy]),
    );
    // The first place's timing is "Started"; the calf names its own.
    for t in [Timing::After, Timing::Unrelated] {
        assert_eq!(
            text.matches(&en.timings[t].label.to_lowercase()).count(),
            1,
            "{text}"
        );
    }
    assert!(
        text.contains(
            &[
                "4/10, ",
                &en.timings[Timing::Unrelated].label.to_lowercase()
            ]
            .concat()
        ),
        "{text}"
    );
    assert!(
        text.contains(&en.signs[Sign::Worse].title.to_lowercase()[..10]),
        "{text}"
    );

    for (code, lang) in langs() {
        // The five longest places, with the longest feeling, each its own timing.
        let mut regions: Vec<RegionId> = RegionId::all().collect();
        regions.sort_by_key(|r| std::cmp::Reverse(url_encode(&region_label(lang, *r)).len()));
        let pain = *Pain::ALL
            .iter()
            .max_by_key(|p| url_encode(&lang.pains[**p].label).len())
            .unwrap();
        let timings = [
            Timing::During,
            Timing::After,
            Timing::Lasting,
            Timing::Unrelated,
        ];
        let mut by_timing = timings.to_vec();
        by_timing.sort_by_key(|t| std::cmp::Reverse(url_encode(&lang.timings[*t].label).len()));
        let places: Vec<Place> = (0..MAX_PLACES)
            .map(|i| place(regions[i].side, regions[i].part, pain, 10, by_timing[i % 4]))
            .collect();
        // Every sign ticked: no card books (each sign is urgent or more), so only its length is
        // said; every health fact, which a calm card can carry: the longest link there can be.
        for (what, signs, facts) in [
            ("every sign", SignSet::of(Sign::ALL), FactSet::NONE),
            ("every fact", SignSet::NONE, FactSet::of(Fact::ALL)),
        ] {
            let summary = drawing_summary(lang, &places, false, signs, facts);
            // Measured as the link would be, whatever the tier.
            let d = drawing(&places, SignSet::NONE, FactSet::NONE);
            let calm = DrawingOutcome {
                tier: Tier::SelfCare,
                ..d
            };
            let v = view(lang, spa(code), &places, false, signs, facts, &calm);
            let href = v.book.expect("Book on a calm card").href;
            assert_eq!(v.summary, summary);
            assert!(href.contains(&url_encode(&summary)), "{code}");
            let ids: Vec<&str> = places.iter().map(|p| p.region.id()).collect();
            assert!(href.ends_with(&["&r=", &ids.join(",")].concat()), "{href}");
            println!(
                "{code}: five places, {what}: summary {} characters, booking link {} characters",
                summary.chars().count(),
                href.len()
            );
            if facts != FactSet::NONE {
                assert!(
                    href.len() < 2_000,
                    "{code} {what}: {} characters: {href}",
                    href.len()
                );
            }
        }
        let signs = SignSet::of(Sign::ALL);
        assert!(
            answer(lang, spa(code), &places, false, signs, FactSet::NONE)
                .book
                .is_none()
        );
    }
}
