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

pub const LANGS: [(&str, &str); 2] = [
    ("en", include_str!("../../content/en.json")),
    ("es", include_str!("../../content/es.json")),
];

/// A built-in language, which must read without a single problem.
pub fn builtin(code: &str) -> Lang {
    let (_, text) = LANGS
        .iter()
        .find(|(c, _)| *c == code)
        .expect("a built-in language");
    let (lang, problems) = content::read(&parse(text), code);
    assert!(problems.is_empty(), "{code}.json: {problems:#?}");
    lang
}

/// One answer card rendered to HTML, as the SSR and rules tests read it.
pub async fn render_answer(
    lang: std::rc::Rc<Lang>,
    region: leg_pain_map::content::RegionId,
    pain: leg_pain_map::content::Pain,
    timing: leg_pain_map::content::Timing,
    signs: leg_pain_map::content::rules::Signs,
    facts: leg_pain_map::content::rules::Facts,
    config: leg_pain_map::embed::config::Config,
) -> String {
    use yew::{Callback, LocalServerRenderer, NodeRef};
    let props = leg_pain_map::components::AnswerCardProps {
        lang,
        config,
        region,
        pain,
        timing,
        signs,
        facts,
        heading: NodeRef::default(),
        on_change_region: Callback::noop(),
        on_change_feeling: Callback::noop(),
        on_start_over: Callback::noop(),
        on_book: Callback::noop(),
    };
    LocalServerRenderer::<leg_pain_map::components::AnswerCard>::with_props(props)
        .hydratable(false)
        .render()
        .await
}
