//! What the widget tells its host page. Ids only: never free text, never the timing or the
//! warning signs a visitor ticked.

use crate::content::{Cause, Pain, RegionId};

#[derive(Clone, Debug, PartialEq)]
pub enum WidgetEvent {
    RegionSelect(RegionId),
    PainSelect(RegionId, Pain),
    AnswerShow(RegionId, Pain, Cause),
    /// The visitor followed the booking link. Ids only: the summary (with timing and signs)
    /// travels in the link itself, where the spa put `{summary}`, because the visitor chose to.
    BookingClick(RegionId, Pain),
    /// Content (built-in or a spa's override) had a problem; the widget carries on.
    ContentError {
        code: &'static str,
        path: String,
        expected: String,
    },
}

/// Every DOM event name, in [`WidgetEvent`]'s order: the one list (README and tests check it).
pub const EVENTS: [&str; 5] = [
    "region-select",
    "pain-select",
    "answer-show",
    "booking-click",
    "content-error",
];

impl WidgetEvent {
    /// The DOM event name, as documented in the README.
    pub const fn name(&self) -> &'static str {
        EVENTS[match self {
            WidgetEvent::RegionSelect(_) => 0,
            WidgetEvent::PainSelect(..) => 1,
            WidgetEvent::AnswerShow(..) => 2,
            WidgetEvent::BookingClick(..) => 3,
            WidgetEvent::ContentError { .. } => 4,
        }]
    }

    /// The event's `detail`, as (key, value) pairs.
    pub fn detail(&self) -> Vec<(&'static str, &str)> {
        match self {
            WidgetEvent::RegionSelect(region) => {
                vec![("region", region.id()), ("view", region.view().id())]
            }
            WidgetEvent::PainSelect(region, pain) => {
                vec![("region", region.id()), ("pain", pain.id())]
            }
            WidgetEvent::AnswerShow(region, pain, cause) => {
                vec![
                    ("region", region.id()),
                    ("pain", pain.id()),
                    ("cause", cause.id()),
                ]
            }
            WidgetEvent::BookingClick(region, pain) => {
                vec![("region", region.id()), ("pain", pain.id())]
            }
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
