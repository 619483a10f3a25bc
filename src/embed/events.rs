//! What the widget tells its host page: the journey's events ([`crate::journey::Event`]) and
//! the content's problems, named as DOM events. Ids only: never free text, never the timing or
//! the warning signs a visitor ticked.

use crate::journey::{Drawn, Event};

#[derive(Clone, Debug, PartialEq)]
pub enum WidgetEvent {
    /// A place, a feeling, an answer on screen, the booking link followed.
    Journey(Event),
    /// The words of language `lang` are on screen, after any `ContentError` they had: a settings
    /// page can say "no problems" when it hears this, not after a timer.
    ContentShow { lang: String },
    /// Content (built-in or a spa's override) had a problem; the widget carries on.
    ContentError {
        code: &'static str,
        path: String,
        expected: String,
    },
}

/// Every DOM event name, in [`WidgetEvent`]'s order: the one list (README and tests check it).
pub const EVENTS: [&str; 6] = [
    "region-select",
    "pain-select",
    "answer-show",
    "booking-click",
    "content-error",
    "content-show",
];

impl WidgetEvent {
    /// The DOM event name, as documented in the README.
    pub const fn name(&self) -> &'static str {
        EVENTS[match self {
            WidgetEvent::Journey(Event::RegionSelect(_)) => 0,
            WidgetEvent::Journey(Event::PainSelect(..)) => 1,
            WidgetEvent::Journey(Event::AnswerShow(..)) => 2,
            WidgetEvent::Journey(Event::BookingClick(..)) => 3,
            WidgetEvent::ContentError { .. } => 4,
            WidgetEvent::ContentShow { .. } => 5,
        }]
    }

    /// The event's `detail`, as (key, value) pairs. A drawing's events name its first place as
    /// `region` and `pain` (as with one place) and every place in `regions` and `pains`
    /// (comma-separated ids, in the drawing's order).
    pub fn detail(&self) -> Vec<(&'static str, String)> {
        match self {
            WidgetEvent::Journey(Event::RegionSelect(region)) => {
                vec![
                    ("region", region.id().into()),
                    ("view", region.view().id().into()),
                ]
            }
            WidgetEvent::Journey(Event::PainSelect(region, pain)) => {
                vec![("region", region.id().into()), ("pain", pain.id().into())]
            }
            WidgetEvent::Journey(Event::AnswerShow(drawn, cause)) => {
                let mut out = places(drawn);
                out.push(("cause", cause.id().into()));
                out
            }
            WidgetEvent::Journey(Event::BookingClick(drawn)) => places(drawn),
            WidgetEvent::ContentShow { lang } => vec![("lang", lang.clone())],
            WidgetEvent::ContentError {
                code,
                path,
                expected,
            } => {
                vec![
                    ("code", (*code).into()),
                    ("path", path.clone()),
                    ("expected", expected.clone()),
                ]
            }
        }
    }
}

/// `region` and `pain` of the first place, `regions` and `pains` of every place.
fn places(drawn: &Drawn) -> Vec<(&'static str, String)> {
    let (mut regions, mut pains) = (String::new(), String::new());
    for (region, pain) in drawn.iter().flatten() {
        if !regions.is_empty() {
            regions.push(',');
            pains.push(',');
        }
        regions.push_str(region.id());
        pains.push_str(pain.id());
    }
    let first = drawn[0];
    vec![
        ("region", first.map(|p| p.0.id()).unwrap_or_default().into()),
        ("pain", first.map(|p| p.1.id()).unwrap_or_default().into()),
        ("regions", regions),
        ("pains", pains),
    ]
}
