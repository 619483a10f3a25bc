//! Shared by the native tests: the built-in content, read the way the browser reads it.
#![allow(dead_code)]

use leg_pain_map::content::{self, Json, Lang};

/// serde_json stands in for the browser's `JSON.parse` (see `Json::from`).
pub fn json(value: serde_json::Value) -> Json {
    Json::from(value)
}

pub fn parse(text: &str) -> Json {
    json(serde_json::from_str(text).expect("valid JSON"))
}

#[allow(unused_imports)]
pub use leg_pain_map::content::BUILTIN as LANGS;

/// A built-in language, which must read without a single problem.
pub fn builtin(code: &str) -> Lang {
    content::builtin(code)
}

/// One place's answer card rendered to HTML, as the SSR and rules tests read it: the one card
/// (`DrawingCard`) with a drawing of one place, as the App draws it.
pub async fn render_answer(
    lang: std::rc::Rc<Lang>,
    region: leg_pain_map::content::RegionId,
    pain: leg_pain_map::content::Pain,
    timing: leg_pain_map::content::Timing,
    signs: leg_pain_map::content::rules::SignSet,
    facts: leg_pain_map::content::rules::FactSet,
    config: leg_pain_map::config::Config,
) -> String {
    let place = leg_pain_map::drawing::Place {
        region,
        pain,
        rating: 1,
        timing,
    };
    render_card(lang, vec![place], true, signs, facts, config).await
}

/// The answer card for a drawing (one place or several) rendered to HTML, with the spa's
/// settings from `config`.
#[allow(dead_code)]
pub async fn render_card(
    lang: std::rc::Rc<Lang>,
    places: Vec<leg_pain_map::drawing::Place>,
    same_time: bool,
    signs: leg_pain_map::content::rules::SignSet,
    facts: leg_pain_map::content::rules::FactSet,
    config: leg_pain_map::config::Config,
) -> String {
    use yew::{Callback, LocalServerRenderer, NodeRef};
    let props = leg_pain_map::components::DrawingCardProps {
        lang,
        code: config.lang,
        booking_url: config.booking_url,
        booking_label: config.booking_label,
        emergency_number: config.emergency_number,
        places,
        same_time,
        signs,
        facts,
        heading: NodeRef::default(),
        on_change_region: Callback::noop(),
        on_change_feeling: Callback::noop(),
        on_add_place: Callback::noop(),
        on_start_over: Callback::noop(),
        on_book: Callback::noop(),
    };
    LocalServerRenderer::<leg_pain_map::components::DrawingCard>::with_props(props)
        .hydratable(false)
        .render()
        .await
}
