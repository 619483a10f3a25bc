//! Server-side rendered markup: what a visitor's browser would receive from each component.
#![cfg(not(target_arch = "wasm32"))]
use crate::common;

use std::rc::Rc;

use common::builtin;
use leg_pain_map::config::Config;
use leg_pain_map::content::rules::{FactSet, SignSet};
use leg_pain_map::content::{Pain, Part, RegionId, Side, Sign, Timing};
use leg_pain_map::{App, AppProps};
use scraper::{ElementRef, Html, Selector};
use yew::{Callback, LocalServerRenderer};

async fn app(lang: Option<&str>, config: Config) -> String {
    let props = AppProps {
        lang: lang.map(|c| Rc::new(builtin(c))),
        config,
        on_event: Callback::noop(),
        early: None,
    };
    LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

async fn answer(code: &str, region: RegionId, pain: Pain, config: Config) -> String {
    answer_in(builtin(code), region, pain, config).await
}

async fn answer_in(
    lang: leg_pain_map::content::Lang,
    region: RegionId,
    pain: Pain,
    config: Config,
) -> String {
    answer_with(lang, region, pain, Timing::After, SignSet::NONE, config).await
}

async fn answer_with(
    lang: leg_pain_map::content::Lang,
    region: RegionId,
    pain: Pain,
    timing: Timing,
    signs: SignSet,
    config: Config,
) -> String {
    common::render_answer(
        Rc::new(lang),
        region,
        pain,
        timing,
        signs,
        FactSet::NONE,
        config,
    )
    .await
}

#[tokio::test]
async fn while_loading_a_placeholder_holds_the_place() {
    let html = app(None, Config::default()).await;
    assert!(html.contains("lpm-placeholder"), "{html}");
    assert!(html.contains(r#"aria-busy="true""#));
}

#[tokio::test]
async fn the_start_shows_every_region_as_a_named_focusable_button() {
    let html = app(Some("en"), Config::default()).await;
    let doc = Html::parse_fragment(&html);
    assert_eq!(select(&doc, "[role=button]").len(), 28, "28 regions");
    for region in RegionId::all() {
        assert!(
            html.contains(&format!(r#"data-region="{}""#, region.id())),
            "{}",
            region.id()
        );
    }
    assert!(
        html.contains(r#"aria-label="Left calf, back of leg""#),
        "region names say side and view"
    );
    assert!(
        html.contains(r#"aria-label="Right front of the thigh, front of leg""#)
            || html.contains("Right front of"),
        "front view named"
    );
    assert!(select(&doc, "[tabindex]").len() >= 28);
    one(&doc, "select");
    assert_eq!(
        select(&doc, "select option").len(),
        29,
        "an empty choice and 28 places"
    );
    assert!(
        html.contains(r#"aria-live="polite""#),
        "answers are announced"
    );
    assert!(!html.contains("style="), "no inline styles (strict CSP)");
    assert!(!html.contains("lpm-answer\""), "no answer before a choice");
    assert!(html.contains("Good to know"));
    assert_eq!(
        select(&doc, "details").len(),
        15,
        "the fourteen questions and what to tell before a massage"
    );
}

#[tokio::test]
async fn spanish_renders_in_spanish_with_its_lang() {
    let config = Config {
        lang: "es".into(),
        ..Config::default()
    };
    let html = app(Some("es"), config).await;
    assert!(html.contains(r#"lang="es""#));
    assert!(html.contains(&builtin("es").ui.title));
    assert!(!html.contains(&builtin("en").ui.title));
}

#[tokio::test]
async fn an_answer_names_place_feeling_cause_and_the_tier_first() {
    let en = builtin("en");
    let calf = RegionId::new(Side::Left, Part::Calf);
    let html = answer("en", calf, Pain::Knot, Config::default()).await;
    assert!(html.contains("Left calf, back of leg"));
    assert!(html.contains(&en.notes[Part::Calf][Pain::Knot]));
    assert!(html.contains(r#"data-cause="knots""#));
    assert!(html.contains(r#"data-tier="self-care""#));
    let outcome_at = html.find("lpm-outcome").unwrap();
    assert!(
        outcome_at < html.find("lpm-cause").unwrap(),
        "the tier comes before the cause"
    );
    assert!(
        !html.contains("lpm-call"),
        "no emergency box when no emergency sign was ticked"
    );
    assert!(html.contains(
        &en.ui
            .quiet_emergency
            .replace("{number}", &en.ui.emergency_number_default)
    ));
    assert!(
        html.contains(&en.ui.disclaimer_short),
        "the disclaimer beside the outcome"
    );
    assert!(
        !html.contains("lpm-book"),
        "no booking button unless the spa set a link"
    );
    assert!(!html.contains("style="));
    assert!(
        html.contains("Warning signs: none"),
        "the summary says timing and signs"
    );
    assert!(html.contains(&en.ui.before_massage));
}

#[tokio::test]
async fn a_swollen_warm_calf_is_urgent_and_says_one_thing() {
    let en = builtin("en");
    let calf = RegionId::new(Side::Left, Part::Calf);
    let config = Config {
        booking_url: Some("https://spa.example/book".into()),
        ..Config::default()
    };
    let html = answer_with(
        en.clone(),
        calf,
        Pain::Swollen,
        Timing::Unrelated,
        SignSet::NONE,
        config,
    )
    .await;
    assert!(html.contains(r#"data-tier="urgent""#));
    // The feeling counts as the clot sign (urgent), but "You told us" repeats only what the
    // visitor ticked.
    assert!(
        !html.contains("lpm-told"),
        "nothing put in the visitor's mouth"
    );
    assert!(html.contains(&en.notes[Part::Calf][Pain::Swollen]));
    for absent in ["lpm-tips", "lpm-book", "lpm-cause", "lpm-usual"] {
        assert!(!html.contains(absent), "{absent}");
    }
    assert!(html.contains(&en.ui.tell_doctor));
}

#[tokio::test]
async fn spa_settings_show_in_the_answer() {
    let calf = RegionId::new(Side::Right, Part::Calf);
    let config = Config {
        booking_url: Some(
            "https://spa.example/book?notes={summary}&where={region}&t={tier}&l={lang}&f={feeling}"
                .into(),
        ),
        booking_label: Some("Reserve".into()),
        emergency_number: Some("112".into()),
        lang: "en".into(),
        ..Config::default()
    };
    let html = answer("en", calf, Pain::Cramp, config.clone()).await;
    assert!(html.contains("Reserve") && html.contains("lpm-book-note"));
    assert!(
        html.contains("href=\"https://spa.example/book?notes=Right%20calf%2C%20back%20of%20leg%3A%20cramp%20or%20spasm"),
        "the summary is carried, URL-encoded: {html}"
    );
    assert!(html.contains("&amp;where=right-calf&amp;t=self-care&amp;l=en&amp;f=cramp"));
    let breathless = answer_with(
        builtin("en"),
        calf,
        Pain::Cramp,
        Timing::After,
        SignSet::of(&[Sign::Breathless]),
        config,
    )
    .await;
    assert!(
        breathless.contains(r#"href="tel:112""#),
        "the emergency number is one tap away"
    );
    assert!(!breathless.contains("lpm-book"));
}

#[tokio::test]
async fn markup_in_content_is_shown_as_text() {
    let mut lang = builtin("en");
    lang.causes[leg_pain_map::content::Cause::Knots].title =
        r#"<img src=x onerror="alert(1)">"#.into();
    let html = answer_in(
        lang,
        RegionId::new(Side::Left, Part::Calf),
        Pain::Knot,
        Config::default(),
    )
    .await;
    assert!(html.contains("&lt;img"), "escaped");
    assert!(!html.contains("<img"), "never parsed as markup");
}

// ---------------------------------------------------------------- the leg map and view switch

use leg_pain_map::content::{Lang, View};
use leg_pain_map::diagram::leg_map::LegMapProps;
use leg_pain_map::diagram::view_switch::ViewSwitchProps;
use leg_pain_map::diagram::{LegMap, ViewSwitch};

/// Words by hand: the content JSON is not needed to test the map.
pub fn test_lang() -> Lang {
    let mut lang = Lang::default();
    let ui = &mut lang.ui;
    ui.front = "Front".into();
    ui.back = "Back".into();
    ui.left = "Left".into();
    ui.right = "Right".into();
    ui.front_of_leg = "front of leg".into();
    ui.back_of_leg = "back of leg".into();
    ui.view_switch = "Which side of the legs".into();
    ui.region_label = "{side} {region}, {view}".into();
    for &part in Part::ALL {
        lang.regions.0[part.index()].name = part.id().replace('-', " ");
    }
    lang
}

async fn render_map(view: View, selected: Option<RegionId>) -> String {
    let places = selected.map(|r| vec![(r, None, None)]).unwrap_or_default();
    render_map_with(test_lang(), view, places, selected).await
}

/// The map with `places` marked, `current` the one being edited.
pub async fn render_map_with(
    lang: Lang,
    view: View,
    places: Vec<leg_pain_map::drawing::HashPlace>,
    current: Option<RegionId>,
) -> String {
    LocalServerRenderer::<LegMap>::with_props(LegMapProps {
        lang: Rc::new(lang),
        view,
        places,
        current,
        on_select: Callback::noop(),
    })
    .hydratable(false)
    .render()
    .await
}

/// Every element `css` selects, parsed with a real HTML parser (`scraper`, html5ever).
pub fn select<'a>(doc: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    doc.select(&Selector::parse(css).expect("a selector"))
        .collect()
}

/// The one element `css` selects.
pub fn one<'a>(doc: &'a Html, css: &str) -> ElementRef<'a> {
    let found = select(doc, css);
    assert_eq!(found.len(), 1, "{css} rendered once");
    found[0]
}

/// The element carrying `data-region="{id}"`.
fn region<'a>(doc: &'a Html, id: &str) -> ElementRef<'a> {
    one(doc, &format!("[data-region=\"{id}\"]"))
}

pub fn attr<'a>(el: ElementRef<'a>, name: &str) -> Option<&'a str> {
    el.value().attr(name)
}

#[tokio::test]
async fn every_region_is_a_labelled_button() {
    let doc = Html::parse_fragment(&render_map(View::Front, None).await);
    assert!(
        select(&doc, "[style]").is_empty(),
        "no inline styles (strict CSP)"
    );
    one(&doc, "[part=map]");
    assert_eq!(select(&doc, "svg").len(), 2, "both views rendered");
    for id in RegionId::all() {
        let tag = region(&doc, id.id());
        assert_eq!(tag.value().name(), "g", "{}", id.id());
        assert_eq!(attr(tag, "role"), Some("button"), "{}", id.id());
        assert!(
            matches!(attr(tag, "tabindex"), Some("0" | "-1")),
            "{}",
            id.id()
        );
        assert_eq!(attr(tag, "aria-pressed"), Some("false"), "{}", id.id());
        let label = attr(tag, "aria-label").expect("aria-label");
        let side = if id.side == Side::Left {
            "Left"
        } else {
            "Right"
        };
        let view = if id.view() == View::Front {
            "front of leg"
        } else {
            "back of leg"
        };
        assert!(
            label.starts_with(side) && label.contains(view),
            "{}: {label}",
            id.id()
        );
        assert!(
            tag.value().classes().any(|c| c == "lpm-region"),
            "{}",
            id.id()
        );
    }
    // One tab stop per view: the first region of each.
    assert_eq!(select(&doc, "[tabindex=\"0\"]").len(), 2);
    assert_eq!(attr(region(&doc, "left-hip"), "tabindex"), Some("0"));
    assert_eq!(attr(region(&doc, "left-buttock"), "tabindex"), Some("0"));
    assert_eq!(select(&doc, ".lpm-shape").len(), RegionId::all().count());
    assert_eq!(select(&doc, ".lpm-hit").len(), RegionId::all().count());
    // Views: groups named Front and Back, the phone's one marked current (the front).
    one(&doc, "[aria-label=Front]");
    one(&doc, "[aria-label=Back]");
    assert_eq!(select(&doc, "[data-current=true]").len(), 1);
    assert_eq!(attr(select(&doc, "svg")[0], "data-current"), Some("true"));
    // Decoration is hidden from screen readers; the side words too.
    assert!(select(&doc, ".lpm-figure")
        .iter()
        .all(|f| attr(*f, "aria-hidden") == Some("true")));
    let words: Vec<String> = select(&doc, "text")
        .iter()
        .map(|t| t.text().collect())
        .collect();
    assert!(words.iter().any(|w| w == "Left") && words.iter().any(|w| w == "Right"));
}

#[tokio::test]
async fn the_selected_region_is_pressed_hatched_and_the_tab_stop() {
    let calf = RegionId::new(Side::Left, Part::Calf);
    let doc = Html::parse_fragment(&render_map(View::Back, Some(calf)).await);
    let tag = region(&doc, "left-calf");
    assert_eq!(attr(tag, "aria-pressed"), Some("true"));
    assert_eq!(attr(tag, "tabindex"), Some("0"));
    assert_eq!(select(&doc, "[aria-pressed=true]").len(), 1);
    assert_eq!(select(&doc, "[tabindex=\"0\"]").len(), 2);
    assert_eq!(
        attr(region(&doc, "left-hip"), "tabindex"),
        Some("0"),
        "the front view keeps its own tab stop"
    );
    assert!(
        !select(&doc, "[fill=\"url(#lpm-hatch-back)\"]").is_empty(),
        "selected region is hatched, not only coloured"
    );
    one(&doc, "#lpm-hatch-back");
    assert!(!select(&doc, ".lpm-selection-outline").is_empty());
    // The back view is the current one.
    assert_eq!(attr(select(&doc, "svg")[1], "data-current"), Some("true"));
}

#[tokio::test]
async fn the_view_switch_is_two_pressed_buttons() {
    let html = LocalServerRenderer::<ViewSwitch>::with_props(ViewSwitchProps {
        lang: Rc::new(test_lang()),
        view: View::Back,
        on_show: Callback::noop(),
    })
    .hydratable(false)
    .render()
    .await;
    let doc = Html::parse_fragment(&html);
    assert!(select(&doc, "[style]").is_empty());
    let group = one(&doc, "[role=group]");
    assert_eq!(attr(group, "aria-label"), Some("Which side of the legs"));
    let buttons = select(&doc, "button[part=button]");
    assert_eq!(buttons.len(), 2);
    let pressed: Vec<String> = select(&doc, "button[aria-pressed=true]")
        .iter()
        .map(|b| b.text().collect())
        .collect();
    assert_eq!(pressed, ["Back"]);
    assert!(buttons
        .iter()
        .any(|b| b.text().collect::<String>() == "Front"));
}

#[tokio::test]
async fn a_spas_recommended_service_shows_on_calm_answers_only() {
    let mut lang = builtin("en");
    let calf = RegionId::new(Side::Left, Part::Calf);
    lang.services[leg_pain_map::content::Cause::Knots] = leg_pain_map::content::model::Service {
        label: leg_pain_map::content::merge::SpaText("Sports massage".into()),
        url: leg_pain_map::content::merge::Link("https://spa.example/sports".into()),
    };
    let config = Config {
        booking_url: Some("https://spa.example/book".into()),
        ..Config::default()
    };
    let calm = answer_with(
        lang.clone(),
        calf,
        Pain::Knot,
        Timing::After,
        SignSet::NONE,
        config.clone(),
    )
    .await;
    assert!(calm.contains("We suggest:") && calm.contains(r#"href="https://spa.example/sports""#));
    let urgent = answer_with(
        lang,
        calf,
        Pain::Knot,
        Timing::After,
        SignSet::of(&[Sign::Clot]),
        config,
    )
    .await;
    assert!(!urgent.contains("We suggest:"), "never on an urgent answer");
}
