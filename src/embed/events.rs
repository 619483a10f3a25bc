//! What the widget tells its host page: the journey's events ([`crate::journey::Event`]) and
//! the content's problems, named as DOM events. Ids only: never free text, never the timing or
//! the warning signs a visitor ticked.

use crate::journey::Event;

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

    /// The event's `detail`, as (key, value) pairs.
    pub fn detail(&self) -> Vec<(&'static str, &str)> {
        match self {
            WidgetEvent::Journey(Event::RegionSelect(region)) => {
                vec![("region", region.id()), ("view", region.view().id())]
            }
            WidgetEvent::Journey(Event::PainSelect(region, pain)) => {
                vec![("region", region.id()), ("pain", pain.id())]
            }
            WidgetEvent::Journey(Event::AnswerShow(region, pain, cause)) => {
                vec![
                    ("region", region.id()),
                    ("pain", pain.id()),
                    ("cause", cause.id()),
                ]
            }
            WidgetEvent::Journey(Event::BookingClick(region, pain)) => {
                vec![("region", region.id()), ("pain", pain.id())]
            }
            WidgetEvent::ContentShow { lang } => vec![("lang", lang)],
            WidgetEvent::ContentError {
                code,
                path,
                expected,
            } => {
                vec![("code", code), ("path", path), ("expected", expected)]
            }
        }
    }
}
