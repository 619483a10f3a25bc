//! What the widget tells its host page. Ids only: nothing a visitor typed or chose as free
//! text leaves through these, except the therapist summary a visitor asks to book with.

use crate::content::{Cause, Pain, RegionId};

#[derive(Clone, Debug, PartialEq)]
pub enum WidgetEvent {
    RegionSelect(RegionId),
    PainSelect(RegionId, Pain),
    AnswerShow(RegionId, Pain, Cause),
    /// The visitor pressed "Book a massage"; `summary` is the therapist note they saw.
    BookingClick {
        region: Option<RegionId>,
        pain: Option<Pain>,
        summary: Option<String>,
    },
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
            WidgetEvent::BookingClick { .. } => 3,
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
            WidgetEvent::BookingClick {
                region,
                pain,
                summary,
            } => {
                let mut detail = Vec::new();
                if let Some(region) = region {
                    detail.push(("region", region.id()));
                }
                if let Some(pain) = pain {
                    detail.push(("pain", pain.id()));
                }
                if let Some(summary) = summary {
                    detail.push(("summary", summary));
                }
                detail
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
