//! The answer card draws its `AnswerView` and nothing else: what a card may say is swept as data
//! in the core (`core/tests/rules.rs`); here a sample of cards (every tier, both languages) is
//! rendered, parsed with a real HTML parser (`scraper`, html5ever) and compared with the view
//! (every sentence, in order, and no other text),
//! and three cards are pinned as snapshots (`cargo insta review`, or `INSTA_UPDATE=always`).
#![cfg(not(target_arch = "wasm32"))]
use crate::common;

use std::rc::Rc;

use common::builtin;
use leg_pain_map::answer::{answer, heading as answer_heading, rated, AnswerView, Spa};
use leg_pain_map::config::Config;
use leg_pain_map::content::rules::{FactSet, SignSet};
use leg_pain_map::content::{Fact, Lang, Pain, Part, RegionId, Side, Sign, Tier, Timing};
use leg_pain_map::drawing::{answer as drawing_answer, Place};
use scraper::{ElementRef, Html, Selector};

const URL: &str = "https://spa.example/book?notes={summary}&place={region}";

fn spa(code: &str) -> Spa<'_> {
    Spa {
        lang: code,
        emergency_number: Some("112"),
        booking_url: Some(URL),
    }
}

async fn render(lang: &Rc<Lang>, code: &str, input: Input) -> String {
    let (part, pain, timing, signs, facts) = input;
    let config = Config {
        lang: code.into(),
        booking_url: Some(URL.into()),
        emergency_number: Some("112".into()),
        ..Config::default()
    };
    let region = RegionId::new(Side::Left, part);
    common::render_answer(lang.clone(), region, pain, timing, signs, facts, config).await
}

type Input = (Part, Pain, Timing, SignSet, FactSet);

/// One card of each tier, with and without signs and facts.
fn sample() -> Vec<Input> {
    vec![
        (
            Part::Calf,
            Pain::Knot,
            Timing::After,
            SignSet::NONE,
            FactSet::NONE,
        ),
        (
            Part::Calf,
            Pain::Knot,
            Timing::After,
            SignSet::NONE,
            FactSet::of(&[Fact::Hormones]),
        ),
        (
            Part::ThighFront,
            Pain::Sharp,
            Timing::During,
            SignSet::NONE,
            FactSet::NONE,
        ),
        (
            Part::KneeBack,
            Pain::Knot,
            Timing::Unrelated,
            SignSet::NONE,
            FactSet::NONE,
        ),
        (
            Part::Calf,
            Pain::Swollen,
            Timing::Unrelated,
            SignSet::NONE,
            FactSet::of(&[Fact::Surgery]),
        ),
        (
            Part::Buttock,
            Pain::Tingling,
            Timing::Lasting,
            SignSet::of(&[Sign::FootDrop]),
            FactSet::NONE,
        ),
        (
            Part::Calf,
            Pain::Cramp,
            Timing::After,
            SignSet::of(&[Sign::Breathless, Sign::Clot]),
            FactSet::NONE,
        ),
    ]
}

pub(crate) fn select<'a>(html: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    html.select(&Selector::parse(css).expect("a selector"))
        .collect()
}

/// The card's text, one entry per text node, trimmed, without the buttons and the step title.
pub(crate) fn card_texts(html: &Html) -> Vec<String> {
    let skip = Selector::parse("button, .lpm-step-title, .lpm-step-number").unwrap();
    let skipped: Vec<_> = html
        .select(&skip)
        .flat_map(|e| e.descendants())
        .map(|n| n.id())
        .collect();
    html.root_element()
        .descendants()
        .filter(|n| !skipped.contains(&n.id()))
        .filter_map(|n| n.value().as_text().map(|t| t.trim().to_owned()))
        .filter(|t| !t.is_empty() && !matches!(t.as_str(), ":" | "."))
        .collect()
}

pub(crate) fn attr<'a>(e: &ElementRef<'a>, name: &str) -> Option<&'a str> {
    e.value().attr(name)
}

/// The card shows every sentence of its view in the view's order (the card may split a sentence
/// into runs, e.g. "Under the skin here" + ": " + the muscles), and nothing else: every run of
/// text is one of them or of `extra` (a heading outside the view).
pub(crate) fn shows_exactly(html: &Html, texts: &[&str], extra: &[&str], what: &str) {
    let runs = card_texts(html);
    let joined = runs.join("\n");
    let mut from = 0;
    for sentence in texts {
        let at = joined[from..]
            .find(sentence.trim())
            .unwrap_or_else(|| panic!("{what}: {sentence:?} is not on the card, in order"));
        from += at + sentence.trim().len();
    }
    let mut sentences: Vec<&str> = texts.iter().chain(extra).copied().collect();
    sentences.sort_by_key(|s| std::cmp::Reverse(s.len()));
    for run in runs {
        // A run may join several (the muscles line: label, ": ", muscles, ". ").
        let rest = sentences
            .iter()
            .fold(run.clone(), |rest, s| rest.replace(*s, ""));
        assert!(
            rest.trim_matches(|c: char| c.is_whitespace() || ":.".contains(c))
                .is_empty(),
            "{what}: {rest:?} (in {run:?}) is on the card but not in its view"
        );
    }
    assert!(
        select(html, "[style]").is_empty(),
        "{what}: strict CSP, no inline style"
    );
    assert!(select(html, "script").is_empty(), "{what}");
}

#[tokio::test]
async fn every_sampled_card_draws_its_view_in_order_and_nothing_else() {
    for code in ["en", "es"] {
        let lang = Rc::new(builtin(code));
        let tiers: Vec<Tier> = sample()
            .into_iter()
            .map(|(part, pain, timing, signs, facts)| {
                answer(
                    &lang,
                    spa(code),
                    RegionId::new(Side::Left, part),
                    pain,
                    timing,
                    signs,
                    facts,
                )
                .tier
            })
            .collect();
        assert!(
            Tier::ALL.iter().all(|t| tiers.contains(t)),
            "the sample has every tier: {tiers:?}"
        );
        for input in sample() {
            let (part, pain, timing, signs, facts) = input;
            let region = RegionId::new(Side::Left, part);
            // As the App asks for it: the place with its rating (1 here), its summary naming it.
            let place = Place {
                region,
                pain,
                rating: 1,
                timing,
            };
            let view: AnswerView = rated(&lang, spa(code), place, signs, facts);
            let html = Html::parse_fragment(&render(&lang, code, input).await);
            let what = format!("{code} {input:?}");

            let heading = select(&html, ".lpm-answer-for")[0]
                .text()
                .collect::<String>();
            assert_eq!(heading, answer_heading(&lang, region, pain), "{what}");
            shows_exactly(&html, &view.texts(&lang, None), &[&heading], &what);
            // The phone's one model, the drawing's, says the same for one place.
            let drawn = drawing_answer(&lang, spa(code), &[place], true, signs, facts);
            shows_exactly(&html, &drawn.texts(&lang, None), &[&heading], &what);

            let card = &select(&html, "section.lpm-answer")[0];
            assert_eq!(attr(card, "data-tier"), Some(view.tier.id()), "{what}");
            assert_eq!(attr(card, "data-cause"), Some(view.cause.id()), "{what}");
            let book: Vec<_> = select(&html, "a.lpm-book")
                .iter()
                .map(|a| attr(a, "href").unwrap().to_owned())
                .collect();
            assert_eq!(
                book,
                view.book.iter().map(|b| b.href.clone()).collect::<Vec<_>>(),
                "{what}: Book"
            );
            let calls: Vec<_> = select(&html, "a.lpm-call")
                .iter()
                .map(|a| attr(a, "href").unwrap().to_owned())
                .collect();
            assert_eq!(
                calls,
                view.call
                    .iter()
                    .flat_map(|c| c.href.clone())
                    .collect::<Vec<_>>(),
                "{what}: the call link"
            );
            let told: Vec<_> = select(&html, ".lpm-told li")
                .iter()
                .map(|li| attr(li, "data-sign").unwrap())
                .collect();
            assert_eq!(
                told,
                signs.iter().map(|s| s.id()).collect::<Vec<_>>(),
                "{what}: you told us"
            );
            let net: Vec<_> = select(&html, ".lpm-net")
                .iter()
                .map(|p| attr(p, "data-net").unwrap())
                .collect();
            assert_eq!(net.len(), usize::from(view.net.is_some()), "{what}: net");
        }
    }
}

/// Three cards as the browser receives them: a calm one in English, an urgent one in Spanish,
/// an emergency in English.
#[tokio::test]
async fn three_cards_as_rendered() {
    for (name, code, input) in [
        ("calm-en", "en", sample()[0]),
        ("urgent-es", "es", sample()[4]),
        ("emergency-en", "en", sample()[6]),
    ] {
        let lang = Rc::new(builtin(code));
        let html = render(&lang, code, input).await;
        // One element per line, so a change reads as a change to that element.
        insta::assert_snapshot!(name, html.replace("><", ">\n<"));
    }
}
