//! The drawing's card (`DrawingCard`) draws its `DrawingView` and nothing else, as the one-place
//! card does (`card.rs`): a sample of drawings in both languages, rendered with Yew's SSR, parsed
//! with `scraper` and compared with the view's texts, in order; Book exactly when the view books.
//! A drawing of one place is the one-place card: its `AnswerView` (`answer::rated`, which its
//! `DrawingView` matches), its heading and its Change buttons.
#![cfg(not(target_arch = "wasm32"))]
use crate::card::{attr, select, shows_exactly};
use crate::common::{self, builtin};

use std::rc::Rc;

use leg_pain_map::answer::{heading, rated, Spa};
use leg_pain_map::config::Config;
use leg_pain_map::content::rules::{FactSet, SignSet};
use leg_pain_map::content::{Fact, Lang, Pain, Part, RegionId, Side, Sign, Tier, Timing};
use leg_pain_map::drawing::{answer, Place};
use scraper::Html;

const URL: &str = "https://spa.example/book?note={summary}&r={regions}&at={region}";

fn spa(code: &str) -> Spa<'_> {
    Spa {
        lang: code,
        emergency_number: Some("112"),
        booking_url: Some(URL),
    }
}

/// A drawing as the card's props take it.
struct Input {
    places: Vec<Place>,
    same_time: bool,
    signs: SignSet,
    facts: FactSet,
}

async fn render(lang: &Rc<Lang>, code: &str, input: &Input) -> String {
    let config = Config {
        lang: code.into(),
        booking_url: Some(URL.into()),
        emergency_number: Some("112".into()),
        ..Config::default()
    };
    let Input {
        places,
        same_time,
        signs,
        facts,
    } = input;
    common::render_card(
        lang.clone(),
        places.clone(),
        *same_time,
        *signs,
        *facts,
        config,
    )
    .await
}

fn place(side: Side, part: Part, pain: Pain, rating: u8, timing: Timing) -> Place {
    Place {
        region: RegionId::new(side, part),
        pain,
        rating,
        timing,
    }
}

fn one_time(places: Vec<Place>, signs: SignSet, facts: FactSet) -> Input {
    Input {
        places,
        same_time: true,
        signs,
        facts,
    }
}

/// Tingling down the left leg (buttock, back of the thigh, calf) started with a timing.
fn sciatica(side: Side, timing: Timing) -> Vec<Place> {
    [(Part::Buttock, 6), (Part::ThighBack, 5), (Part::Calf, 4)]
        .iter()
        .map(|&(part, rating)| place(side, part, Pain::Tingling, rating, timing))
        .collect()
}

/// Sciatica down one leg after a massage and out of the blue; down both legs; a calm pair; five
/// places with their own timings, a sign and facts; a severe rating.
fn sample() -> Vec<Input> {
    let none = (SignSet::NONE, FactSet::NONE);
    let both = [
        sciatica(Side::Left, Timing::Unrelated),
        sciatica(Side::Right, Timing::Unrelated)[..2].to_vec(),
    ]
    .concat();
    let five = vec![
        place(Side::Left, Part::Hip, Pain::Ache, 5, Timing::Unrelated),
        place(Side::Right, Part::Knee, Pain::Sharp, 3, Timing::During),
        place(Side::Left, Part::Calf, Pain::Cramp, 7, Timing::After),
        place(Side::Right, Part::Achilles, Pain::Tight, 4, Timing::Lasting),
        place(Side::Left, Part::Sole, Pain::Knot, 2, Timing::After),
    ];
    vec![
        one_time(sciatica(Side::Left, Timing::After), none.0, none.1),
        one_time(sciatica(Side::Left, Timing::Unrelated), none.0, none.1),
        one_time(both.clone(), none.0, none.1),
        one_time(
            [
                sciatica(Side::Left, Timing::After),
                sciatica(Side::Right, Timing::After)[..2].to_vec(),
            ]
            .concat(),
            none.0,
            none.1,
        ),
        one_time(
            vec![
                place(Side::Left, Part::Calf, Pain::Knot, 4, Timing::After),
                place(Side::Right, Part::ThighFront, Pain::Tight, 3, Timing::After),
            ],
            SignSet::NONE,
            FactSet::of(&[Fact::Hormones]),
        ),
        Input {
            places: five.clone(),
            same_time: false,
            signs: SignSet::NONE,
            facts: FactSet::of(&[Fact::BloodThinners]),
        },
        Input {
            places: five,
            same_time: false,
            signs: SignSet::of(&[Sign::Worse]),
            facts: FactSet::NONE,
        },
        one_time(
            vec![
                place(
                    Side::Left,
                    Part::ThighFront,
                    Pain::Ache,
                    9,
                    Timing::Unrelated,
                ),
                place(Side::Left, Part::Knee, Pain::Ache, 3, Timing::Unrelated),
            ],
            none.0,
            none.1,
        ),
        one_time(
            vec![place(
                Side::Right,
                Part::Calf,
                Pain::Cramp,
                5,
                Timing::After,
            )],
            SignSet::of(&[Sign::Breathless]),
            none.1,
        ),
    ]
}

#[tokio::test]
async fn every_sampled_drawing_card_draws_its_view_in_order_and_nothing_else() {
    let mut tiers = Vec::new();
    let (mut books, mut severe, mut both) = (0, 0, 0);
    for code in ["en", "es"] {
        let lang = Rc::new(builtin(code));
        for input in sample() {
            let v = answer(
                &lang,
                spa(code),
                &input.places,
                input.same_time,
                input.signs,
                input.facts,
            );
            let html = Html::parse_fragment(&render(&lang, code, &input).await);
            let what = format!("{code} {:?} {:?}", input.places, input.signs);
            let one = match input.places[..] {
                [place] => Some(rated(&lang, spa(code), place, input.signs, input.facts)),
                _ => None,
            };
            match &one {
                Some(a) => {
                    let heading = heading(&lang, a.region, a.pain);
                    shows_exactly(&html, &a.texts(&lang, None), &[&heading], &what);
                    // What the card is drawn from says the same.
                    shows_exactly(&html, &v.texts(&lang, None), &[&heading], &what);
                    assert_eq!(a.tier, v.tier, "{what}");
                }
                None => shows_exactly(&html, &v.texts(&lang, None), &[], &what),
            }

            let card = &select(&html, "section.lpm-answer")[0];
            assert_eq!(attr(card, "part"), Some("answer"), "{what}");
            assert_eq!(attr(card, "data-tier"), Some(v.tier.id()), "{what}");
            let ids: Vec<&str> = input.places.iter().map(|p| p.region.id()).collect();
            let regions = ids.join(",");
            let (data_regions, data_region) = match &one {
                Some(_) => (None, Some(ids[0])),
                None => (Some(regions.as_str()), None),
            };
            assert_eq!(attr(card, "data-regions"), data_regions, "{what}");
            assert_eq!(attr(card, "data-region"), data_region, "{what}");
            assert_eq!(select(&html, ".lpm-outcome").len(), 1, "{what}");
            let book: Vec<_> = select(&html, "a.lpm-book")
                .iter()
                .map(|a| (attr(a, "href").unwrap().to_owned(), attr(a, "part")))
                .collect();
            let booked = one.as_ref().map_or(&v.book, |a| &a.book);
            assert_eq!(
                book,
                (booked.iter())
                    .map(|b| (b.href.clone(), Some("button book")))
                    .collect::<Vec<_>>(),
                "{what}: Book"
            );
            if let Some(b) = booked {
                assert!(b
                    .href
                    .contains(&["&r=", &ids.join(","), "&at=", ids[0]].concat()));
            }
            let actions: Vec<_> = select(&html, "section > .lpm-actions button")
                .iter()
                .map(|b| attr(b, "data-action").unwrap())
                .collect();
            // Five places is the most a drawing holds: no "Add another place" then.
            // One place: its Change buttons, as the one-place card has them.
            let expected: &[&str] = if one.is_some() {
                &["change-region", "change-feeling", "start-over"]
            } else if input.places.len() < 5 {
                &["add-place", "start-over"]
            } else {
                &["start-over"]
            };
            assert_eq!(actions, expected, "{what}");
            assert_eq!(select(&html, ".lpm-therapist").len(), 1, "{what}");
            assert_eq!(
                select(&html, ".lpm-saddle").len(),
                usize::from(v.saddle.is_some()),
                "{what}"
            );
            tiers.push(v.tier);
            books += usize::from(booked.is_some());
            severe += usize::from(v.severe);
            both += usize::from(v.saddle.is_some());
        }
    }
    assert!(
        Tier::ALL.iter().all(|t| tiers.contains(t)),
        "the sample has every tier: {tiers:?}"
    );
    assert!(
        books > 0 && severe > 0 && both > 0,
        "{books} {severe} {both}"
    );
}
