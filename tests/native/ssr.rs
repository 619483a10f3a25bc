//! Server-side rendered markup: what a visitor's browser would receive from each component.
#![cfg(not(target_arch = "wasm32"))]
use crate::common;

use std::rc::Rc;

use common::builtin;
use leg_pain_map::config::Config;
use leg_pain_map::content::rules::{FactSet, SignSet};
use leg_pain_map::content::{Pain, Part, RegionId, Side, Sign, Timing};
use leg_pain_map::{App, AppProps};
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

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
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
    assert_eq!(count(&html, r#"role="button""#), 28, "28 regions");
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
    assert!(count(&html, r#"tabindex="0""#) + count(&html, r#"tabindex="-1""#) >= 28);
    assert!(html.contains("<select"), "the list mirrors the map");
    assert_eq!(count(&html, "<option"), 29, "an empty choice and 28 places");
    assert!(
        html.contains(r#"aria-live="polite""#),
        "answers are announced"
    );
    assert!(!html.contains("style="), "no inline styles (strict CSP)");
    assert!(!html.contains("lpm-answer\""), "no answer before a choice");
    assert!(html.contains("Good to know"));
    assert_eq!(
        count(&html, "<details"),
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
fn test_lang() -> Lang {
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
    LocalServerRenderer::<LegMap>::with_props(LegMapProps {
        lang: Rc::new(test_lang()),
        view,
        selected,
        on_select: Callback::noop(),
    })
    .hydratable(false)
    .render()
    .await
}

/// The opening tag of the element carrying `data-region="{id}"`.
fn region_tag<'a>(html: &'a str, id: &str) -> &'a str {
    let needle = format!("data-region=\"{id}\"");
    let at = html
        .find(&needle)
        .unwrap_or_else(|| panic!("{id} rendered"));
    assert_eq!(html.matches(&needle).count(), 1, "{id} rendered once");
    let start = html[..at].rfind('<').unwrap();
    let end = at + html[at..].find('>').unwrap();
    &html[start..=end]
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let needle = format!(" {name}=\"");
    let at = tag.find(&needle)? + needle.len();
    Some(&tag[at..at + tag[at..].find('"')?])
}

#[tokio::test]
async fn every_region_is_a_labelled_button() {
    let html = render_map(View::Front, None).await;
    assert!(!html.contains("style="), "no inline styles (strict CSP)");
    assert!(html.contains("part=\"map\""));
    assert_eq!(html.matches("<svg").count(), 2, "both views rendered");
    for region in RegionId::all() {
        let tag = region_tag(&html, region.id());
        assert!(tag.starts_with("<g"), "{tag}");
        assert_eq!(attr(tag, "role"), Some("button"), "{tag}");
        assert!(matches!(attr(tag, "tabindex"), Some("0" | "-1")), "{tag}");
        assert_eq!(attr(tag, "aria-pressed"), Some("false"), "{tag}");
        let label = attr(tag, "aria-label").expect("aria-label");
        let side = if region.side == Side::Left {
            "Left"
        } else {
            "Right"
        };
        let view = if region.view() == View::Front {
            "front of leg"
        } else {
            "back of leg"
        };
        assert!(
            label.starts_with(side) && label.contains(view),
            "{}: {label}",
            region.id()
        );
        assert!(attr(tag, "class")
            .unwrap()
            .split(' ')
            .any(|c| c == "lpm-region"));
    }
    // One tab stop per view: the first region of each.
    assert_eq!(html.matches("tabindex=\"0\"").count(), 2);
    assert_eq!(attr(region_tag(&html, "left-hip"), "tabindex"), Some("0"));
    assert_eq!(
        attr(region_tag(&html, "left-buttock"), "tabindex"),
        Some("0")
    );
    assert_eq!(
        html.matches("class=\"lpm-shape\"").count(),
        RegionId::all().count()
    );
    assert_eq!(
        html.matches("class=\"lpm-hit\"").count(),
        RegionId::all().count()
    );
    // Views: groups named Front and Back, the phone's one marked current.
    assert!(html.contains("aria-label=\"Front\"") && html.contains("aria-label=\"Back\""));
    assert_eq!(html.matches("data-current=\"true\"").count(), 1);
    let front_svg = &html[html.find("<svg").unwrap()..];
    assert!(front_svg[..front_svg.find('>').unwrap()].contains("data-current=\"true\""));
    // Decoration is hidden from screen readers; the side words too.
    assert!(
        html.contains("class=\"lpm-figure\" aria-hidden=\"true\"")
            || html.contains("aria-hidden=\"true\" class=\"lpm-figure\"")
    );
    assert!(html.contains(">Left</text>") && html.contains(">Right</text>"));
}

#[tokio::test]
async fn the_selected_region_is_pressed_hatched_and_the_tab_stop() {
    let calf = RegionId::new(Side::Left, Part::Calf);
    let html = render_map(View::Back, Some(calf)).await;
    let tag = region_tag(&html, "left-calf");
    assert_eq!(attr(tag, "aria-pressed"), Some("true"));
    assert_eq!(attr(tag, "tabindex"), Some("0"));
    assert_eq!(html.matches("aria-pressed=\"true\"").count(), 1);
    assert_eq!(html.matches("tabindex=\"0\"").count(), 2);
    assert_eq!(
        attr(region_tag(&html, "left-hip"), "tabindex"),
        Some("0"),
        "the front view keeps its own tab stop"
    );
    assert!(
        html.contains("fill=\"url(#lpm-hatch-back)\""),
        "selected region is hatched, not only coloured"
    );
    assert!(html.contains("id=\"lpm-hatch-back\""));
    assert!(html.contains("lpm-selection-outline"));
    // The back view is the current one.
    let back_svg = &html[html.rfind("<svg").unwrap()..];
    assert!(back_svg[..back_svg.find('>').unwrap()].contains("data-current=\"true\""));
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
    assert!(!html.contains("style="));
    assert!(
        html.contains("role=\"group\"") && html.contains("aria-label=\"Which side of the legs\"")
    );
    assert_eq!(html.matches("<button").count(), 2);
    assert_eq!(html.matches("part=\"button\"").count(), 2);
    assert_eq!(html.matches("aria-pressed=\"true\"").count(), 1);
    let back = &html[html
        .find(">Back<")
        .map(|i| html[..i].rfind("<button").unwrap())
        .unwrap()..];
    assert!(back[..back.find('>').unwrap()].contains("aria-pressed=\"true\""));
    assert!(html.contains(">Front<"));
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
